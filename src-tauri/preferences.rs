//! What the admin chose for this app on this computer, kept in `preferences.json` in the data
//! folder: for now the language of the app ("System default" when none is kept).

use std::path::Path;

use serde::{Deserialize, Serialize};

const FILE: &str = "preferences.json";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preferences {
    /// The app's language as a BCP 47 tag; `None` follows the system.
    #[serde(default)]
    pub language: Option<String>,
}

impl Preferences {
    /// What was kept; a missing or damaged file is the defaults.
    pub fn load(dir: &Path) -> Preferences {
        std::fs::read_to_string(dir.join(FILE))
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Kept, replacing what was there (written to a new file first, so a crash keeps the old).
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        let text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        let tmp = dir.join(format!("{FILE}.tmp"));
        std::fs::write(&tmp, text)?;
        std::fs::rename(tmp, dir.join(FILE))
    }
}

#[cfg(test)]
mod tests {
    use super::Preferences;

    #[test]
    fn the_language_is_kept_and_a_damaged_file_is_the_defaults() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        assert_eq!(Preferences::load(dir.path()), Preferences::default());
        let chosen = Preferences {
            language: Some("de".into()),
        };
        chosen.save(dir.path()).expect("saved");
        assert_eq!(Preferences::load(dir.path()), chosen);
        std::fs::write(dir.path().join("preferences.json"), "{not json").expect("written");
        assert_eq!(Preferences::load(dir.path()), Preferences::default());
    }
}

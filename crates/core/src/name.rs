//! A person's first or last name: trimmed, never blank, of sane length, without control characters.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::message::{Message, Translatable};

/// Longest name accepted, in characters (not bytes: names in any script get the same room).
pub const MAX_NAME_CHARS: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct PersonName(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    #[error("a name cannot be blank")]
    Blank,
    #[error("a name can have at most {MAX_NAME_CHARS} characters")]
    TooLong,
    #[error("a name cannot contain control characters")]
    ControlCharacter,
}

impl Translatable for NameError {
    fn message(&self) -> Message {
        match self {
            NameError::Blank => Message::new("error-name-blank"),
            NameError::TooLong => Message::new("error-name-too-long").with("max", MAX_NAME_CHARS),
            NameError::ControlCharacter => Message::new("error-control-character"),
        }
    }
}

impl PersonName {
    pub fn parse(input: &str) -> Result<Self, NameError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(NameError::Blank);
        }
        if trimmed.chars().any(char::is_control) {
            return Err(NameError::ControlCharacter);
        }
        if trimmed.chars().count() > MAX_NAME_CHARS {
            return Err(NameError::TooLong);
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for PersonName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PersonName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for PersonName {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        PersonName::parse(&raw).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_are_trimmed() {
        assert_eq!(
            PersonName::parse("  Ada ").map(|n| n.0),
            Ok("Ada".to_owned())
        );
    }

    #[test]
    fn blank_names_are_refused() {
        for blank in ["", "   ", "\t\n", "\u{3000}"] {
            assert_eq!(PersonName::parse(blank), Err(NameError::Blank), "{blank:?}");
        }
    }

    #[test]
    fn names_in_any_script_are_accepted() {
        for name in [
            "José",
            "Łukasz",
            "Алексей",
            "محمد",
            "שרה",
            "山田",
            "김민준",
            "สมชาย",
            "O'Brien-Smith",
        ] {
            assert!(PersonName::parse(name).is_ok(), "{name}");
        }
    }

    #[test]
    fn control_characters_are_refused() {
        assert_eq!(
            PersonName::parse("Ada\u{0}Lovelace"),
            Err(NameError::ControlCharacter)
        );
        assert_eq!(
            PersonName::parse("Ada\nLovelace"),
            Err(NameError::ControlCharacter)
        );
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(PersonName::parse(&"名".repeat(MAX_NAME_CHARS)).is_ok());
        assert_eq!(
            PersonName::parse(&"a".repeat(MAX_NAME_CHARS + 1)),
            Err(NameError::TooLong)
        );
    }

    #[test]
    fn deserializing_validates() {
        assert!(serde_json::from_str::<PersonName>("\"  \"").is_err());
        assert_eq!(
            serde_json::from_str::<PersonName>("\" Bo \"")
                .ok()
                .map(|n| n.0),
            Some("Bo".into())
        );
    }

    /// Arbitrary text, and names with the spaces and punctuation people type around them.
    fn typed_names() -> impl Strategy<Value = String> {
        prop_oneof!["\\PC{0,120}", "\\s{0,3}[\\p{L}][\\p{L}' .-]{0,60}\\s{0,3}"]
    }

    #[test]
    fn parsed_names_are_never_blank_and_always_trimmed() {
        let accepted = crate::testing::Accepted::at_least(20, "names");
        proptest!(|(input in typed_names())| {
            if let Ok(name) = PersonName::parse(&input) {
                accepted.one();
                prop_assert!(!name.as_str().is_empty());
                prop_assert_eq!(name.as_str(), name.as_str().trim());
                prop_assert!(name.as_str().chars().count() <= MAX_NAME_CHARS);
            }
        });
    }

    #[test]
    fn parsing_is_idempotent() {
        let accepted = crate::testing::Accepted::at_least(20, "names");
        proptest!(|(input in typed_names())| {
            if let Ok(name) = PersonName::parse(&input) {
                accepted.one();
                prop_assert_eq!(PersonName::parse(name.as_str()), Ok(name));
            }
        });
    }
}

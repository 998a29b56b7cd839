//! A person's whole name written the way their culture writes it: Chinese, Japanese and Korean
//! names family name first with no space (赵静, 田中太郎, 김민준); Hungarian and Vietnamese names
//! family name first with a space (Nagy Gábor, Nguyễn Văn An); everyone else given name first.
//! The script of the name decides first (a name in Han, kana or Hangul is written that way
//! whatever language the person reads); for names in Latin letters, the person's language.
//! Initials follow the same order.

use crate::language::Language;

/// In which order, and how, a given and a family name make a whole name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameOrder {
    /// "Ada Lovelace".
    GivenFirst,
    /// "Nagy Gábor".
    FamilyFirst,
    /// "田中太郎": family name first, nothing between.
    FamilyFirstUnspaced,
}

/// Han ideographs, kana and Hangul: scripts whose names are written family name first, unspaced.
fn is_east_asian(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'     // Hangul Jamo
        | '\u{3040}'..='\u{30FF}'   // Hiragana, Katakana
        | '\u{3130}'..='\u{318F}'   // Hangul compatibility Jamo
        | '\u{3400}'..='\u{4DBF}'   // CJK Extension A
        | '\u{4E00}'..='\u{9FFF}'   // CJK Unified Ideographs
        | '\u{AC00}'..='\u{D7AF}'   // Hangul syllables
        | '\u{F900}'..='\u{FAFF}'   // CJK Compatibility Ideographs
        | '\u{20000}'..='\u{2FA1F}')
}

/// Languages whose names in Latin letters put the family name first.
const FAMILY_FIRST_LANGUAGES: [&str; 5] = ["hu", "ja", "ko", "vi", "zh"];

impl NameOrder {
    /// How `given` and `family` of a person who reads `language` are written together.
    pub fn of(given: &str, family: &str, language: &Language) -> Self {
        if given.chars().chain(family.chars()).any(is_east_asian) {
            return Self::FamilyFirstUnspaced;
        }
        let primary = language
            .tag()
            .and_then(|t| t.split(['-', '_']).next())
            .map(str::to_ascii_lowercase);
        match primary {
            Some(p) if FAMILY_FIRST_LANGUAGES.contains(&p.as_str()) => Self::FamilyFirst,
            _ => Self::GivenFirst,
        }
    }

    /// The whole name.
    pub fn full_name(self, given: &str, family: &str) -> String {
        match self {
            Self::GivenFirst => join(given, " ", family),
            Self::FamilyFirst => join(family, " ", given),
            Self::FamilyFirstUnspaced => join(family, "", given),
        }
    }

    /// The first letter of each name, in the order the whole name has them, upper-cased where
    /// the script has cases (ÖK, 田太, 김민).
    pub fn initials(self, given: &str, family: &str) -> String {
        let first = |s: &str| s.trim().chars().next();
        let (a, b) = match self {
            Self::GivenFirst => (first(given), first(family)),
            Self::FamilyFirst | Self::FamilyFirstUnspaced => (first(family), first(given)),
        };
        a.into_iter()
            .chain(b)
            .flat_map(char::to_uppercase)
            .collect()
    }
}

fn join(a: &str, between: &str, b: &str) -> String {
    match (a.trim(), b.trim()) {
        ("", b) => b.to_owned(),
        (a, "") => a.to_owned(),
        (a, b) => format!("{a}{between}{b}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tag: &str) -> Language {
        Language::parse(tag).expect("a language tag")
    }

    #[test]
    fn each_culture_writes_the_whole_name_its_own_way() {
        let cases = [
            ("静", "赵", "zh-CN", "赵静", "赵静"),
            ("太郎", "田中", "ja", "田中太郎", "田太"),
            ("민준", "김", "ko", "김민준", "김민"),
            // The script decides, whatever language the person reads.
            ("美玲", "陳", "en-US", "陳美玲", "陳美"),
            ("Gábor", "Nagy", "hu", "Nagy Gábor", "NG"),
            ("An", "Nguyễn Văn", "vi", "Nguyễn Văn An", "NA"),
            ("Taro", "Tanaka", "ja", "Tanaka Taro", "TT"),
            ("Ada", "Lovelace", "en-GB", "Ada Lovelace", "AL"),
            ("Özlem", "Kaya", "tr", "Özlem Kaya", "ÖK"),
            ("สมชาย", "ศรีสวัสดิ์", "th", "สมชาย ศรีสวัสดิ์", "สศ"),
            ("محمد", "العلي", "ar", "محمد العلي", "ما"),
            ("Gábor", "Nagy", "", "Gábor Nagy", "GN"),
        ];
        for (given, family, tag, whole, initials) in cases {
            let order = NameOrder::of(given, family, &lang(tag));
            assert_eq!(order.full_name(given, family), whole, "{tag}");
            assert_eq!(order.initials(given, family), initials, "{tag}");
        }
    }

    #[test]
    fn a_missing_part_leaves_no_stray_space() {
        assert_eq!(NameOrder::GivenFirst.full_name("Ada", " "), "Ada");
        assert_eq!(NameOrder::FamilyFirst.full_name("", "Nagy"), "Nagy");
        assert_eq!(NameOrder::GivenFirst.initials("", "Nagy"), "N");
    }
}

//! Phone numbers, stored in E.164 (`+4930123456`), made from a country and a national number the way
//! an admin types them, and validated against libphonenumber's metadata.

use std::fmt;
use std::str::FromStr;
use std::sync::Once;

use phonenumber::country;
use serde::{Deserialize, Serialize};

use crate::message::{Message, Translatable};

/// A valid phone number in E.164. It remembers where the national number starts, so search and
/// display need not parse it again (libphonenumber parsing is costly).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PhoneE164 {
    e164: String,
    /// Digits of the country calling code ("49" → 2).
    code_len: u8,
}

impl Serialize for PhoneE164 {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.e164)
    }
}

/// phonenumber keeps compiled patterns in an LRU cache of 100 entries, fewer than the patterns of
/// a few countries together: with an international staff every parse recompiled regexes (measured:
/// most of the time of loading 100,000 users). A larger cache keeps them all.
fn enlarge_pattern_cache() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let cache = phonenumber::metadata::DATABASE.cache();
        if let Ok(mut guard) = cache.lock() {
            *guard = regex_cache::RegexCache::new(4096);
        }
    });
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("a phone number is required")]
    Blank,
    #[error("unknown country code")]
    UnknownCountry,
    #[error("this is not a valid phone number for the chosen country")]
    Invalid,
}

impl Translatable for PhoneError {
    fn message(&self) -> Message {
        match self {
            PhoneError::Blank => Message::new("error-phone-blank"),
            PhoneError::UnknownCountry => Message::new("error-phone-country"),
            PhoneError::Invalid => Message::new("error-phone-invalid"),
        }
    }
}

/// Longest input we hand to the parser; real numbers with punctuation are far shorter.
pub const MAX_PHONE_INPUT: usize = 40;

/// Most digits an office extension has.
pub const MAX_EXTENSION_DIGITS: usize = 8;

impl PhoneE164 {
    /// From an ISO 3166-1 alpha-2 country ("DE") and a national number as typed ("030 1234567").
    /// A number typed with a leading `+` is taken as international whatever the country says.
    pub fn from_parts(country_code: &str, national: &str) -> Result<Self, PhoneError> {
        let national = national.trim();
        if national.is_empty() {
            return Err(PhoneError::Blank);
        }
        let id = country::Id::from_str(&country_code.trim().to_ascii_uppercase())
            .map_err(|_| PhoneError::UnknownCountry)?;
        Self::validate(Some(id), national)
    }

    /// From a number already in international form ("+49 30 1234567").
    pub fn parse(international: &str) -> Result<Self, PhoneError> {
        let trimmed = international.trim();
        if trimmed.is_empty() {
            return Err(PhoneError::Blank);
        }
        if !trimmed.starts_with('+') {
            return Err(PhoneError::Invalid);
        }
        Self::validate(None, trimmed)
    }

    fn validate(id: Option<country::Id>, input: &str) -> Result<Self, PhoneError> {
        enlarge_pattern_cache();
        if input.len() > MAX_PHONE_INPUT
            || !input
                .chars()
                .all(|c| c.is_ascii_digit() || " +-().".contains(c))
        {
            return Err(PhoneError::Invalid);
        }
        let number = phonenumber::parse(id, input).map_err(|_| PhoneError::Invalid)?;
        if !phonenumber::is_valid(&number) {
            return Err(PhoneError::Invalid);
        }
        let code_len = number.code().value().to_string().len() as u8;
        Ok(Self {
            e164: number.format().mode(phonenumber::Mode::E164).to_string(),
            code_len,
        })
    }

    pub fn as_str(&self) -> &str {
        &self.e164
    }

    /// The ISO country this number belongs to, when the metadata can tell.
    pub fn country(&self) -> Option<String> {
        enlarge_pattern_cache();
        phonenumber::parse(None, &self.e164)
            .ok()
            .and_then(|n| n.country().id())
            .map(|id| id.as_ref().to_owned())
    }

    /// The national significant number ("15112345678" for "+4915112345678").
    pub fn national_digits(&self) -> &str {
        self.e164
            .get(1 + usize::from(self.code_len)..)
            .unwrap_or_default()
    }

    /// The number as it is written at home ("030 1234567"), for the country picker beside it.
    pub fn national(&self) -> String {
        enlarge_pattern_cache();
        phonenumber::parse(None, &self.e164)
            .map(|n| n.format().mode(phonenumber::Mode::National).to_string())
            .unwrap_or_else(|_| self.national_digits().to_owned())
    }

    /// The number laid out for reading ("+49 30 1234567").
    pub fn international(&self) -> String {
        enlarge_pattern_cache();
        phonenumber::parse(None, &self.e164)
            .map(|n| {
                n.format()
                    .mode(phonenumber::Mode::International)
                    .to_string()
            })
            .unwrap_or_else(|_| self.e164.clone())
    }
}

impl fmt::Display for PhoneE164 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.e164)
    }
}

/// A stored number is read back without libphonenumber's validation (it was validated when it was
/// made; re-validating two numbers per user was most of the time of reading a page of users):
/// only its E.164 shape and its calling code are checked.
impl<'de> Deserialize<'de> for PhoneE164 {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        PhoneE164::from_e164(&raw).ok_or_else(|| serde::de::Error::custom(PhoneError::Invalid))
    }
}

impl PhoneE164 {
    /// A number already in E.164 ("+4930123456"): a `+`, a calling code libphonenumber knows and
    /// at most 15 digits in all. Its validity for its country is not checked again.
    pub fn from_e164(s: &str) -> Option<Self> {
        let digits = s.strip_prefix('+')?;
        if !(4..=15).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        // Calling codes are prefix-free (ITU-T E.164), so the first known prefix is the one.
        let db = &*phonenumber::metadata::DATABASE;
        let code_len = (1..=3).find(|&n| {
            digits[..n]
                .parse::<u16>()
                .is_ok_and(|c| db.by_code(&c).is_some())
        })?;
        Some(Self {
            e164: s.to_owned(),
            code_len: code_len as u8,
        })
    }
}

/// A country a phone number can be picked for: its ISO 3166-1 code and calling code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Country {
    pub code: String,
    pub calling_code: u16,
}

/// Every country libphonenumber has numbering rules for, by code.
pub fn countries() -> Vec<Country> {
    let db = &*phonenumber::metadata::DATABASE;
    let mut out: Vec<Country> = (b'A'..=b'Z')
        .flat_map(|a| (b'A'..=b'Z').map(move |b| String::from_utf8_lossy(&[a, b]).into_owned()))
        .filter_map(|code| {
            let meta = db.by_id(code.as_str())?;
            Some(Country {
                calling_code: meta.country_code(),
                code,
            })
        })
        .collect();
    out.sort_by(|a, b| a.code.cmp(&b.code));
    out
}

/// An office phone extension: up to 8 digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PhoneExtension(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("an extension is 1 to 8 digits")]
pub struct ExtensionError;

impl Translatable for ExtensionError {
    fn message(&self) -> Message {
        Message::new("error-extension-invalid")
    }
}

impl PhoneExtension {
    pub fn parse_optional(input: &str) -> Result<Option<Self>, ExtensionError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Ok(None);
        }
        if trimmed.len() > MAX_EXTENSION_DIGITS || !trimmed.chars().all(|c| c.is_ascii_digit()) {
            return Err(ExtensionError);
        }
        Ok(Some(Self(trimmed.to_owned())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_country_list_has_every_numbering_plan_with_its_calling_code() {
        let all = countries();
        assert!(all.len() > 200, "{}", all.len());
        let de = all.iter().find(|c| c.code == "DE").expect("Germany");
        assert_eq!(de.calling_code, 49);
        assert!(all.iter().all(|c| c.code != "001"));
        let n = PhoneE164::from_parts("DE", "030 901820").expect("valid");
        assert_eq!(n.national(), "030 901820");
        assert_eq!(n.country().as_deref(), Some("DE"));
    }

    #[test]
    fn national_numbers_become_e164() {
        assert_eq!(
            PhoneE164::from_parts("DE", "030 901820").map(|p| p.e164),
            Ok("+4930901820".into())
        );
        assert_eq!(
            PhoneE164::from_parts("us", "(201) 555-0123").map(|p| p.e164),
            Ok("+12015550123".into())
        );
        assert_eq!(
            PhoneE164::from_parts("GB", "07400 123456").map(|p| p.e164),
            Ok("+447400123456".into())
        );
    }

    #[test]
    fn country_is_recovered_from_the_stored_number() {
        let p = PhoneE164::from_parts("FR", "06 12 34 56 78").expect("valid");
        assert_eq!(p.as_str(), "+33612345678");
        assert_eq!(p.country().as_deref(), Some("FR"));
        assert_eq!(p.international(), "+33 6 12 34 56 78");
        assert_eq!(p.national_digits(), "612345678");
        assert_eq!(
            PhoneE164::parse("+390612345678").map(|p| p.national_digits().to_owned()),
            Ok("0612345678".into())
        );
        assert_eq!(
            PhoneE164::parse("+351912345678").map(|p| p.national_digits().to_owned()),
            Ok("912345678".into())
        );
    }

    #[test]
    fn unknown_countries_and_bad_numbers_are_refused() {
        assert_eq!(
            PhoneE164::from_parts("XX", "123"),
            Err(PhoneError::UnknownCountry)
        );
        assert_eq!(PhoneE164::from_parts("DE", "12"), Err(PhoneError::Invalid));
        assert_eq!(
            PhoneE164::from_parts("DE", "030 abc"),
            Err(PhoneError::Invalid)
        );
        assert_eq!(PhoneE164::from_parts("DE", " "), Err(PhoneError::Blank));
        assert_eq!(PhoneE164::parse("4930901820"), Err(PhoneError::Invalid));
    }

    #[test]
    fn international_input_round_trips() {
        let p = PhoneE164::parse("+81 3-1234-5678").expect("valid");
        assert_eq!(PhoneE164::parse(p.as_str()), Ok(p));
    }

    #[test]
    fn extensions_are_digits_only() {
        assert_eq!(
            PhoneExtension::parse_optional(" 204 ").map(|e| e.map(|e| e.0)),
            Ok(Some("204".into()))
        );
        assert_eq!(PhoneExtension::parse_optional(""), Ok(None));
        assert_eq!(PhoneExtension::parse_optional("12a"), Err(ExtensionError));
        assert_eq!(
            PhoneExtension::parse_optional("123456789"),
            Err(ExtensionError)
        );
    }

    #[test]
    fn parsing_never_panics() {
        let accepted = crate::testing::Accepted::at_least(20, "phone numbers");
        // Any country code and text, and mobile numbers as people type them in Switzerland and
        // Britain (with or without the leading 0 and the spaces).
        let input = prop_oneof![
            ("[A-Z]{2}", "\\PC{0,50}"),
            (
                Just("CH".to_owned()),
                "0?7[5-9] ?[0-9]{3} ?[0-9]{2} ?[0-9]{2}"
            ),
            (Just("GB".to_owned()), "0?7[4-9][0-9]{2} ?[0-9]{6}"),
        ];
        proptest!(|((country, national) in input)| {
            if let Ok(p) = PhoneE164::from_parts(&country, &national) {
                accepted.one();
                prop_assert!(p.as_str().starts_with('+'));
                prop_assert!(p.as_str()[1..].chars().all(|c| c.is_ascii_digit()));
                prop_assert!(p.as_str().len() <= 16);
            }
        });
    }

    #[test]
    fn a_stored_number_reads_back_as_it_was_made_without_validation() {
        for (country, national) in [
            ("DE", "030 901820"),
            ("US", "(201) 555-0123"),
            ("JP", "03-1234-5678"),
            ("AE", "050 123 4567"),
            ("MM", "09 212 3456"),
            ("AG", "268 464 1234"),
        ] {
            let made = PhoneE164::from_parts(country, national).expect("valid");
            let json = serde_json::to_string(&made).expect("json");
            let read: PhoneE164 = serde_json::from_str(&json).expect("read back");
            assert_eq!(read, made, "{country}");
            assert_eq!(read.national_digits(), made.national_digits(), "{country}");
        }
        for bad in [
            "4930901820",
            "+",
            "+49",
            "+49 30 901820",
            "+1234567890123456",
            "+4930x01820",
            "+999123456",
            "",
        ] {
            assert!(
                serde_json::from_str::<PhoneE164>(&format!("{bad:?}")).is_err(),
                "{bad}"
            );
        }
    }
}

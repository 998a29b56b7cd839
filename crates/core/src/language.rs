//! The language a user reads Userdesk and its e-mails in: the system default, or one of the
//! supported locales.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::message::{Message, Translatable};

/// Every locale Userdesk is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    EnUs,
    EnGb,
    De,
    Es,
    Fr,
    It,
    Pt,
    Pl,
    Ru,
    Tr,
    Ar,
    He,
    Ja,
    Ko,
    ZhCn,
    ZhTw,
    Th,
    My,
    Id,
    Vi,
}

impl Locale {
    pub const ALL: [Locale; 20] = [
        Locale::EnUs,
        Locale::EnGb,
        Locale::De,
        Locale::Es,
        Locale::Fr,
        Locale::It,
        Locale::Pt,
        Locale::Pl,
        Locale::Ru,
        Locale::Tr,
        Locale::Ar,
        Locale::He,
        Locale::Ja,
        Locale::Ko,
        Locale::ZhCn,
        Locale::ZhTw,
        Locale::Th,
        Locale::My,
        Locale::Id,
        Locale::Vi,
    ];

    /// The BCP 47 tag, as SCIM's `preferredLanguage` carries it.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::EnUs => "en-US",
            Locale::EnGb => "en-GB",
            Locale::De => "de",
            Locale::Es => "es",
            Locale::Fr => "fr",
            Locale::It => "it",
            Locale::Pt => "pt",
            Locale::Pl => "pl",
            Locale::Ru => "ru",
            Locale::Tr => "tr",
            Locale::Ar => "ar",
            Locale::He => "he",
            Locale::Ja => "ja",
            Locale::Ko => "ko",
            Locale::ZhCn => "zh-CN",
            Locale::ZhTw => "zh-TW",
            Locale::Th => "th",
            Locale::My => "my",
            Locale::Id => "id",
            Locale::Vi => "vi",
        }
    }

    /// The language's own name for itself, as the language picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::EnUs => "English (US)",
            Locale::EnGb => "English (UK)",
            Locale::De => "Deutsch",
            Locale::Es => "Español",
            Locale::Fr => "Français",
            Locale::It => "Italiano",
            Locale::Pt => "Português",
            Locale::Pl => "Polski",
            Locale::Ru => "Русский",
            Locale::Tr => "Türkçe",
            Locale::Ar => "العربية",
            Locale::He => "עברית",
            Locale::Ja => "日本語",
            Locale::Ko => "한국어",
            Locale::ZhCn => "简体中文",
            Locale::ZhTw => "繁體中文",
            Locale::Th => "ภาษาไทย",
            Locale::My => "မြန်မာဘာသာ",
            Locale::Id => "Bahasa Indonesia",
            Locale::Vi => "Tiếng Việt",
        }
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar | Locale::He)
    }

    /// Case-insensitive, accepting `_` for `-` (`zh_cn`, `EN-us`).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let wanted = tag.trim().replace('_', "-");
        Locale::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(&wanted))
    }
}

/// A user's language setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// Follow the operating system's (or browser's) language.
    #[default]
    SystemDefault,
    Locale(Locale),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("this language is not supported")]
pub struct LanguageError;

impl Translatable for LanguageError {
    fn message(&self) -> Message {
        Message::new("error-language-unsupported")
    }
}

impl Language {
    /// Blank means the system default, as does SCIM's absent `preferredLanguage`.
    pub fn parse(input: &str) -> Result<Self, LanguageError> {
        let trimmed = input.trim();
        if trimmed.is_empty() || trimmed.eq_ignore_ascii_case("system") {
            return Ok(Language::SystemDefault);
        }
        Locale::from_tag(trimmed)
            .map(Language::Locale)
            .ok_or(LanguageError)
    }

    /// The stored form: a tag, or `None` for the system default.
    pub fn tag(self) -> Option<&'static str> {
        match self {
            Language::SystemDefault => None,
            Language::Locale(l) => Some(l.tag()),
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag().unwrap_or("system"))
    }
}

impl Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.tag().unwrap_or("system"))
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Language::parse(&raw).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_round_trips_through_its_tag() {
        for l in Locale::ALL {
            assert_eq!(Locale::from_tag(l.tag()), Some(l));
            assert_eq!(Language::parse(l.tag()), Ok(Language::Locale(l)));
        }
    }

    #[test]
    fn tags_are_matched_leniently() {
        assert_eq!(Language::parse("zh_cn"), Ok(Language::Locale(Locale::ZhCn)));
        assert_eq!(
            Language::parse(" EN-us "),
            Ok(Language::Locale(Locale::EnUs))
        );
    }

    #[test]
    fn blank_or_system_means_system_default() {
        assert_eq!(Language::parse(""), Ok(Language::SystemDefault));
        assert_eq!(Language::parse("system"), Ok(Language::SystemDefault));
    }

    #[test]
    fn unsupported_languages_are_refused() {
        assert_eq!(Language::parse("xx-YY"), Err(LanguageError));
        assert_eq!(Language::parse("en"), Err(LanguageError));
    }

    #[test]
    fn only_arabic_and_hebrew_are_right_to_left() {
        let rtl: Vec<_> = Locale::ALL.into_iter().filter(|l| l.is_rtl()).collect();
        assert_eq!(rtl, vec![Locale::Ar, Locale::He]);
    }
}

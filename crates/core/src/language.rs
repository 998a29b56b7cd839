//! The language a user reads Userdesk and its e-mails in: the system default, one of the
//! supported locales, or another language an identity provider sent (kept as its BCP 47 tag, read
//! in the nearest supported locale).

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
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// Follow the operating system's (or browser's) language.
    #[default]
    SystemDefault,
    Locale(Locale),
    /// A well-formed language tag with no translation of its own (`nl`, `pt-BR`, `sr-Latn-RS`),
    /// in canonical form: stored as sent, read in [`Language::nearest_locale`].
    Other(Box<str>),
}

/// Longest tag kept (RFC 5646 §4.4.1 asks implementations to take at least 35 characters).
pub const MAX_TAG_LEN: usize = 35;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("this is not a language tag")]
pub struct LanguageError;

impl Translatable for LanguageError {
    fn message(&self) -> Message {
        Message::new("error-language-unsupported")
    }
}

impl Language {
    /// Blank means the system default, as does SCIM's absent `preferredLanguage`. A supported
    /// locale's tag (leniently: `zh_cn`) is that locale; any other well-formed BCP 47 tag is kept.
    pub fn parse(input: &str) -> Result<Self, LanguageError> {
        let trimmed = input.trim();
        if trimmed.is_empty() || trimmed.eq_ignore_ascii_case("system") {
            return Ok(Language::SystemDefault);
        }
        if let Some(l) = Locale::from_tag(trimmed) {
            return Ok(Language::Locale(l));
        }
        if trimmed.len() > MAX_TAG_LEN {
            return Err(LanguageError);
        }
        let id: unic_langid::LanguageIdentifier = trimmed.parse().map_err(|_| LanguageError)?;
        if id.language.is_empty() {
            // `und`: no language at all.
            return Err(LanguageError);
        }
        let canonical = id.to_string();
        Ok(Locale::from_tag(&canonical)
            .map(Language::Locale)
            .unwrap_or_else(|| Language::Other(canonical.into())))
    }

    /// What the app offers: the system default or a supported locale, nothing else.
    pub fn parse_supported(input: &str) -> Result<Self, LanguageError> {
        match Language::parse(input)? {
            Language::Other(_) => Err(LanguageError),
            chosen => Ok(chosen),
        }
    }

    /// The stored form: a tag, or `None` for the system default.
    pub fn tag(&self) -> Option<&str> {
        match self {
            Language::SystemDefault => None,
            Language::Locale(l) => Some(l.tag()),
            Language::Other(tag) => Some(tag),
        }
    }

    /// The supported locale closest to this language: itself, else the locale of the same
    /// language (`pt-BR` → pt, `en-AU` → en-US, `zh-Hant-HK` → zh-TW); `None` for the system
    /// default and for a language Userdesk has no translation for (`nl`).
    pub fn nearest_locale(&self) -> Option<Locale> {
        let tag = match self {
            Language::SystemDefault => return None,
            Language::Locale(l) => return Some(*l),
            Language::Other(tag) => tag,
        };
        let id: unic_langid::LanguageIdentifier = tag.parse().ok()?;
        let region = id.region.as_ref().map(|r| r.as_str().to_owned());
        let script = id.script.as_ref().map(|s| s.as_str().to_owned());
        match id.language.as_str() {
            "en" if region.as_deref() == Some("GB") => Some(Locale::EnGb),
            "en" => Some(Locale::EnUs),
            "zh" if script.as_deref() == Some("Hant")
                || matches!(region.as_deref(), Some("TW" | "HK" | "MO")) =>
            {
                Some(Locale::ZhTw)
            }
            "zh" => Some(Locale::ZhCn),
            // Hebrew's and Indonesian's withdrawn codes, as older systems still send them.
            "iw" => Some(Locale::He),
            "in" => Some(Locale::Id),
            language => Locale::ALL.into_iter().find(|l| l.tag() == language),
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
    fn any_well_formed_tag_is_kept_in_canonical_form() {
        assert_eq!(Language::parse("nl"), Ok(Language::Other("nl".into())));
        assert_eq!(
            Language::parse("PT-br"),
            Ok(Language::Other("pt-BR".into()))
        );
        assert_eq!(
            Language::parse("sr-latn-rs"),
            Ok(Language::Other("sr-Latn-RS".into()))
        );
        assert_eq!(Language::parse("en"), Ok(Language::Other("en".into())));
        assert_eq!(
            Language::parse("nl").map(|l| l.to_string()),
            Ok("nl".into())
        );
    }

    #[test]
    fn what_is_not_a_language_tag_is_refused() {
        for bad in [
            "x",
            "123",
            "en--US",
            "en-US-",
            "!!",
            "und",
            "nl US",
            "a-very-long-tag-of-many-subtags-indeed",
        ] {
            assert_eq!(Language::parse(bad), Err(LanguageError), "{bad}");
        }
    }

    #[test]
    fn another_language_is_read_in_the_nearest_supported_locale() {
        let nearest = |t: &str| Language::parse(t).expect("a tag").nearest_locale();
        assert_eq!(nearest("pt-BR"), Some(Locale::Pt));
        assert_eq!(nearest("en-AU"), Some(Locale::EnUs));
        assert_eq!(nearest("en-gb"), Some(Locale::EnGb));
        assert_eq!(nearest("zh-Hant-HK"), Some(Locale::ZhTw));
        assert_eq!(nearest("zh-SG"), Some(Locale::ZhCn));
        assert_eq!(nearest("de-AT"), Some(Locale::De));
        assert_eq!(nearest("nl"), None);
        assert_eq!(Language::SystemDefault.nearest_locale(), None);
    }

    #[test]
    fn only_arabic_and_hebrew_are_right_to_left() {
        let rtl: Vec<_> = Locale::ALL.into_iter().filter(|l| l.is_rtl()).collect();
        assert_eq!(rtl, vec![Locale::Ar, Locale::He]);
    }
}

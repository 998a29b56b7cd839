//! A badge ID: optional, unique in the account when set (the server and the cache enforce that),
//! made of letters, digits and a few separators so it survives printing on a badge and scanning.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::message::{Message, Translatable};

pub const MAX_BADGE_CHARS: usize = 32;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct BadgeId(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadgeError {
    #[error("a badge ID can have at most {MAX_BADGE_CHARS} characters")]
    TooLong,
    #[error("a badge ID may contain only letters, digits, '-', '_' and '.'")]
    InvalidCharacter,
}

impl Translatable for BadgeError {
    fn message(&self) -> Message {
        match self {
            BadgeError::TooLong => {
                Message::new("error-badge-too-long").with("max", MAX_BADGE_CHARS)
            }
            BadgeError::InvalidCharacter => Message::new("error-badge-invalid"),
        }
    }
}

impl BadgeId {
    /// Parses an optional badge ID: blank input means "no badge".
    pub fn parse_optional(input: &str) -> Result<Option<Self>, BadgeError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Ok(None);
        }
        if trimmed.chars().count() > MAX_BADGE_CHARS {
            return Err(BadgeError::TooLong);
        }
        if !trimmed
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        {
            return Err(BadgeError::InvalidCharacter);
        }
        Ok(Some(Self(trimmed.to_owned())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Uniqueness ignores case: "ab-12" and "AB-12" are the same badge.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

impl fmt::Display for BadgeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for BadgeId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        match BadgeId::parse_optional(&raw) {
            Ok(Some(badge)) => Ok(badge),
            Ok(None) => Err(serde::de::Error::custom("a badge ID cannot be blank")),
            Err(e) => Err(serde::de::Error::custom(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn blank_means_no_badge() {
        assert_eq!(BadgeId::parse_optional("   "), Ok(None));
    }

    #[test]
    fn typical_badges_are_accepted_and_trimmed() {
        assert_eq!(
            BadgeId::parse_optional(" B-10442 ")
                .ok()
                .flatten()
                .map(|b| b.0),
            Some("B-10442".to_owned())
        );
    }

    #[test]
    fn spaces_quotes_and_markup_are_refused() {
        for bad in ["B 1", "B'1", "<b>", "1;DROP", "a/b"] {
            assert_eq!(
                BadgeId::parse_optional(bad),
                Err(BadgeError::InvalidCharacter),
                "{bad}"
            );
        }
    }

    #[test]
    fn too_long_is_refused() {
        assert_eq!(
            BadgeId::parse_optional(&"9".repeat(33)),
            Err(BadgeError::TooLong)
        );
    }

    #[test]
    fn accepted_badges_are_short_and_clean() {
        let accepted = crate::testing::Accepted::at_least(10, "badge IDs");
        let input = prop_oneof!["\\PC{0,40}", " ?[A-Za-z0-9._ -]{0,40} ?"];
        proptest!(|(input in input)| {
            if let Ok(Some(b)) = BadgeId::parse_optional(&input) {
                accepted.one();
                prop_assert!(b.as_str().chars().count() <= MAX_BADGE_CHARS);
                prop_assert!(b.as_str().chars().all(|c| c.is_alphanumeric() || "-_.".contains(c)));
            }
        });
    }
}

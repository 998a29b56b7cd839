//! A job title: optional free text, trimmed, of sane length.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::message::{Message, Translatable};

pub const MAX_TITLE_CHARS: usize = 120;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Title(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TitleError {
    #[error("a title can have at most {MAX_TITLE_CHARS} characters")]
    TooLong,
    #[error("a title cannot contain control characters")]
    ControlCharacter,
}

impl Translatable for TitleError {
    fn message(&self) -> Message {
        match self {
            TitleError::TooLong => {
                Message::new("error-title-too-long").with("max", MAX_TITLE_CHARS)
            }
            TitleError::ControlCharacter => Message::new("error-control-character"),
        }
    }
}

impl Title {
    /// Parses an optional title: blank input means "no title".
    pub fn parse_optional(input: &str) -> Result<Option<Self>, TitleError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Ok(None);
        }
        if trimmed.chars().any(char::is_control) {
            return Err(TitleError::ControlCharacter);
        }
        if trimmed.chars().count() > MAX_TITLE_CHARS {
            return Err(TitleError::TooLong);
        }
        Ok(Some(Self(trimmed.to_owned())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Title {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Title {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        match Title::parse_optional(&raw) {
            Ok(Some(t)) => Ok(t),
            Ok(None) => Err(serde::de::Error::custom("a title cannot be blank")),
            Err(e) => Err(serde::de::Error::custom(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_title_means_none() {
        assert_eq!(Title::parse_optional(" "), Ok(None));
    }

    #[test]
    fn titles_are_trimmed_and_bounded() {
        assert_eq!(
            Title::parse_optional(" CTO ").ok().flatten().map(|t| t.0),
            Some("CTO".into())
        );
        assert_eq!(
            Title::parse_optional(&"x".repeat(121)),
            Err(TitleError::TooLong)
        );
        assert_eq!(
            Title::parse_optional("a\u{7}b"),
            Err(TitleError::ControlCharacter)
        );
    }
}

//! An e-mail address, which is also the username. Its identity is case-insensitive:
//! `Ada@Example.com` and `ada@example.com` are the same account.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::message::{Message, Translatable};

/// RFC 5321 limits a forward path to 256 octets including the angle brackets.
pub const MAX_EMAIL_LEN: usize = 254;

#[derive(Debug, Clone, Serialize)]
#[serde(transparent)]
pub struct Email(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("an e-mail address is required")]
    Blank,
    #[error("an e-mail address can have at most {MAX_EMAIL_LEN} characters")]
    TooLong,
    #[error("this is not a valid e-mail address")]
    Invalid,
}

impl Translatable for EmailError {
    fn message(&self) -> Message {
        match self {
            EmailError::Blank => Message::new("error-email-blank"),
            EmailError::TooLong => Message::new("error-email-too-long").with("max", MAX_EMAIL_LEN),
            EmailError::Invalid => Message::new("error-email-invalid"),
        }
    }
}

impl Email {
    /// Accepts a plain `local@domain` address: no display name, no IP-literal domain, a domain with
    /// at least two labels. That is what an organization's accounts look like, and it keeps
    /// surprising-but-legal forms (quoted local parts with spaces, comments) out of usernames.
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(EmailError::Blank);
        }
        if trimmed.len() > MAX_EMAIL_LEN {
            return Err(EmailError::TooLong);
        }
        if trimmed
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"')
        {
            return Err(EmailError::Invalid);
        }
        let parsed =
            email_address::EmailAddress::from_str(trimmed).map_err(|_| EmailError::Invalid)?;
        let domain = parsed.domain();
        let labels_ok = domain.split('.').count() >= 2
            && domain
                .split('.')
                .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'));
        if domain.starts_with('[') || !labels_ok || parsed.email() != trimmed {
            return Err(EmailError::Invalid);
        }
        Ok(Self(trimmed.to_owned()))
    }

    /// The address as the person typed it (trimmed).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The identity used for uniqueness and sign-in: the whole address in lower case.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

impl PartialEq for Email {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Email {}

impl Hash for Email {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Email {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Email::parse(&raw).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ordinary_addresses_are_accepted() {
        for ok in [
            "ada@example.com",
            "ada.lovelace+admin@mail.example.co.uk",
            "o'brien@example.ie",
            "x_y-z@sub-domain.example.org",
        ] {
            assert!(Email::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn hostile_or_malformed_addresses_are_refused() {
        for bad in [
            "ada",
            "ada@",
            "@example.com",
            "ada@example",
            "ada@@example.com",
            "ada@exa mple.com",
            "Ada <ada@example.com>",
            "\"a b\"@example.com",
            "ada@[127.0.0.1]",
            "ada@-example.com",
            "ada@example..com",
            "ada@example.com\r\nBcc: eve@example.com",
        ] {
            assert_eq!(Email::parse(bad), Err(EmailError::Invalid), "{bad:?}");
        }
    }

    #[test]
    fn blank_and_too_long_are_told_apart() {
        assert_eq!(Email::parse("  "), Err(EmailError::Blank));
        let long = format!("{}@example.com", "a".repeat(250));
        assert_eq!(Email::parse(&long), Err(EmailError::TooLong));
    }

    #[test]
    fn identity_is_case_insensitive_but_spelling_is_kept() {
        let a = Email::parse("Ada@Example.COM").expect("valid");
        let b = Email::parse("ada@example.com").expect("valid");
        assert_eq!(a, b);
        assert_eq!(a.as_str(), "Ada@Example.COM");
        assert_eq!(a.key(), "ada@example.com");
    }

    #[test]
    fn parse_never_panics_and_accepts_only_trimmed_single_at() {
        let accepted = crate::testing::Accepted::at_least(20, "e-mail addresses");
        // Arbitrary text, and text shaped like an address with spaces and extra signs around.
        let input = prop_oneof![
            "\\PC{0,300}",
            " ?[a-z][a-z0-9+]{0,15}(\\.[a-z0-9]{1,8})?@[a-z]{1,10}\\.[a-z]{2,6}@? ?"
        ];
        proptest!(|(input in input)| {
            if let Ok(email) = Email::parse(&input) {
                accepted.one();
                prop_assert_eq!(email.as_str().matches('@').count(), 1);
                prop_assert_eq!(email.as_str(), email.as_str().trim());
                prop_assert!(email.as_str().len() <= MAX_EMAIL_LEN);
            }
        });
    }

    proptest! {
        #[test]
        fn generated_addresses_round_trip(local in "[a-z0-9]{1,20}(\\.[a-z0-9]{1,10})?", domain in "[a-z0-9]{1,15}\\.[a-z]{2,6}") {
            let raw = format!("{local}@{domain}");
            let email = Email::parse(&raw);
            prop_assert!(email.is_ok(), "{}", raw);
        }
    }
}

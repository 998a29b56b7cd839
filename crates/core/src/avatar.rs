//! A user's avatar as the profile holds it: where its two pictures are, SCIM `photos`
//! (RFC 7643 §4.1.2) of type `photo` (256 px) and `thumbnail` (64 px).
//!
//! A picture is named by a URI: an `http(s)` URL where a server keeps it, or, for a picture set
//! here and not yet taken by the server, `urn:userdesk:picture:<content name>` (the SHA-256 of its
//! bytes and its extension), which names bytes the desktop app's cache holds.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::message::{Message, Translatable};

/// The prefix of a picture made here, before its content name.
pub const LOCAL_PICTURE: &str = "urn:userdesk:picture:";

/// The longest picture URI taken (identity providers send CDN URLs with signed queries).
pub const MAX_PICTURE_URI: usize = 2048;

/// Why a picture URI is not taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PictureRefError {
    #[error("a picture's address is at most {MAX_PICTURE_URI} characters")]
    TooLong,
    #[error("a picture's address is an http or https URL without a user name or password")]
    NotAUrl,
}

impl Translatable for PictureRefError {
    fn message(&self) -> Message {
        match self {
            PictureRefError::TooLong => {
                Message::new("error-picture-too-long").with("max", MAX_PICTURE_URI)
            }
            PictureRefError::NotAUrl => Message::new("error-picture-not-a-url"),
        }
    }
}

/// Whether `name` is a content name: 64 lower-case hex digits, a dot, `png` or `jpg`.
pub fn is_content_name(name: &str) -> bool {
    let Some((hash, ext)) = name.split_once('.') else {
        return false;
    };
    hash.len() == 64
        && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        && matches!(ext, "png" | "jpg")
}

/// Where one picture is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PictureRef(String);

impl PictureRef {
    /// An `http(s)` URL (no user name or password in it), or a picture made here.
    pub fn parse(uri: &str) -> Result<Self, PictureRefError> {
        if uri.len() > MAX_PICTURE_URI {
            return Err(PictureRefError::TooLong);
        }
        if let Some(name) = uri.strip_prefix(LOCAL_PICTURE) {
            return if is_content_name(name) {
                Ok(PictureRef(uri.to_owned()))
            } else {
                Err(PictureRefError::NotAUrl)
            };
        }
        let url = url::Url::parse(uri).map_err(|_| PictureRefError::NotAUrl)?;
        let web = matches!(url.scheme(), "http" | "https");
        if !web || url.host().is_none() || !url.username().is_empty() || url.password().is_some() {
            return Err(PictureRefError::NotAUrl);
        }
        Ok(PictureRef(url.into()))
    }

    /// The picture with content name `name`, made here.
    pub fn local(name: &str) -> Option<Self> {
        is_content_name(name).then(|| PictureRef(format!("{LOCAL_PICTURE}{name}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The content name of a picture made here (not yet on a server).
    pub fn local_name(&self) -> Option<&str> {
        self.0.strip_prefix(LOCAL_PICTURE)
    }
}

impl TryFrom<String> for PictureRef {
    type Error = PictureRefError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        PictureRef::parse(&s)
    }
}

impl From<PictureRef> for String {
    fn from(p: PictureRef) -> String {
        p.0
    }
}

impl std::fmt::Display for PictureRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A user's avatar: the picture and its thumbnail (the same picture when a server keeps one
/// size only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Avatar {
    pub photo: PictureRef,
    pub thumbnail: PictureRef,
}

impl Avatar {
    /// An avatar made here from its two pictures' content names.
    pub fn local(photo: &str, thumbnail: &str) -> Option<Self> {
        Some(Avatar {
            photo: PictureRef::local(photo)?,
            thumbnail: PictureRef::local(thumbnail)?,
        })
    }

    /// Whether it was set here and the server has not taken it yet.
    pub fn is_local(&self) -> bool {
        self.photo.local_name().is_some()
    }

    /// SCIM `photos`: the picture (primary) and its thumbnail.
    pub fn to_photos(&self) -> Value {
        let mut photos =
            vec![json!({"value": self.photo.as_str(), "type": "photo", "primary": true})];
        if self.thumbnail != self.photo {
            photos.push(json!({"value": self.thumbnail.as_str(), "type": "thumbnail"}));
        }
        Value::Array(photos)
    }

    /// Reads SCIM `photos`: the `photo` (the primary one first), and the `thumbnail` (else the
    /// photo). `Ok(None)` when there is none; an entry whose value is not a picture URI is an
    /// error, with the reason.
    pub fn from_photos(photos: &Value) -> Result<Option<Avatar>, PictureRefError> {
        let Some(entries) = photos.as_array() else {
            return Ok(None);
        };
        let mut photo: Option<(bool, PictureRef)> = None;
        let mut thumbnail: Option<PictureRef> = None;
        for e in entries {
            let Some(value) = e.get("value").and_then(Value::as_str) else {
                continue;
            };
            let picture = PictureRef::parse(value)?;
            let kind = e.get("type").and_then(Value::as_str).unwrap_or("photo");
            if kind.eq_ignore_ascii_case("thumbnail") {
                thumbnail.get_or_insert(picture);
            } else {
                let primary = e.get("primary").and_then(Value::as_bool).unwrap_or(false);
                if photo.as_ref().is_none_or(|(p, _)| primary && !p) {
                    photo = Some((primary, picture));
                }
            }
        }
        Ok(match (photo, thumbnail) {
            (Some((_, photo)), thumbnail) => Some(Avatar {
                thumbnail: thumbnail.unwrap_or_else(|| photo.clone()),
                photo,
            }),
            (None, Some(thumbnail)) => Some(Avatar {
                photo: thumbnail.clone(),
                thumbnail,
            }),
            (None, None) => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAME: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.png";

    #[test]
    fn picture_addresses_are_web_urls_or_pictures_made_here() {
        assert!(PictureRef::parse("https://cdn.example.com/a/b.jpg?sig=1").is_ok());
        assert!(PictureRef::parse(&format!("{LOCAL_PICTURE}{NAME}")).is_ok());
        for bad in [
            "",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "data:image/png;base64,AAAA",
            "https://user:pw@example.com/a.png",
            "/avatars/a.png",
            "urn:userdesk:picture:../../etc/passwd",
            "urn:userdesk:picture:0123.PNG",
        ] {
            assert_eq!(
                PictureRef::parse(bad),
                Err(PictureRefError::NotAUrl),
                "{bad}"
            );
        }
        let long = format!("https://example.com/{}", "a".repeat(MAX_PICTURE_URI));
        assert_eq!(PictureRef::parse(&long), Err(PictureRefError::TooLong));
    }

    #[test]
    fn photos_round_trip_and_third_party_forms_read() {
        let made = Avatar::local(NAME, &NAME.replace(".png", ".jpg").replace('0', "1"))
            .expect("content names");
        assert!(made.is_local());
        assert_eq!(Avatar::from_photos(&made.to_photos()), Ok(Some(made)));

        // One photo only, no type: it is both sizes.
        let one = json!([{"value": "https://example.com/p.jpg"}]);
        let a = Avatar::from_photos(&one).expect("read").expect("an avatar");
        assert_eq!(a.photo, a.thumbnail);
        assert_eq!(a.to_photos().as_array().map(Vec::len), Some(1));
        // The primary photo wins over an earlier one.
        let two = json!([
            {"value": "https://example.com/old.jpg", "type": "photo"},
            {"value": "https://example.com/new.jpg", "type": "photo", "primary": true},
            {"value": "https://example.com/t.jpg", "type": "thumbnail"},
        ]);
        let a = Avatar::from_photos(&two).expect("read").expect("an avatar");
        assert_eq!(a.photo.as_str(), "https://example.com/new.jpg");
        assert_eq!(a.thumbnail.as_str(), "https://example.com/t.jpg");
        assert_eq!(Avatar::from_photos(&json!([])), Ok(None));
        assert_eq!(Avatar::from_photos(&Value::Null), Ok(None));
        assert!(Avatar::from_photos(&json!([{"value": "javascript:x"}])).is_err());
    }
}

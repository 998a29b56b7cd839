//! One edit of one profile field, parsed from what the admin typed. This is what the cache saves
//! (and, later, what the outbox carries to the server).

use serde::{Deserialize, Serialize};

use crate::badge::BadgeId;
use crate::email::Email;
use crate::message::{Message, Translatable};
use crate::name::PersonName;
use crate::title::Title;

/// The fields that are edited in place on the profile page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    FirstName,
    LastName,
    Title,
    BadgeId,
    /// The e-mail address, which is also the username the user signs in with.
    Email,
    /// Whether the account may sign in: deactivation and reactivation.
    Active,
}

impl Field {
    pub const ALL: [Field; 6] = [
        Field::FirstName,
        Field::LastName,
        Field::Title,
        Field::BadgeId,
        Field::Email,
        Field::Active,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Field::FirstName => "first_name",
            Field::LastName => "last_name",
            Field::Title => "title",
            Field::BadgeId => "badge_id",
            Field::Email => "email",
            Field::Active => "active",
        }
    }

    pub fn parse(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.as_str() == name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "field", content = "value", rename_all = "snake_case")]
pub enum ProfileEdit {
    FirstName(PersonName),
    LastName(PersonName),
    Title(Option<Title>),
    BadgeId(Option<BadgeId>),
    Email(Email),
    /// `false` deactivates (sessions end, sign-in is blocked); `true` reactivates, back to Active
    /// if the account was ever activated, else to Created.
    Active(bool),
}

/// Why a typed value was refused, and at which field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field:?}: {message:?}")]
pub struct FieldError {
    pub field: Field,
    pub message: Message,
}

impl Translatable for FieldError {
    fn message(&self) -> Message {
        self.message.clone()
    }
}

impl ProfileEdit {
    pub fn parse(field: Field, raw: &str) -> Result<Self, FieldError> {
        let fail = |e: &dyn Translatable| FieldError {
            field,
            message: e.message(),
        };
        match field {
            Field::FirstName => PersonName::parse(raw)
                .map(ProfileEdit::FirstName)
                .map_err(|e| fail(&e)),
            Field::LastName => PersonName::parse(raw)
                .map(ProfileEdit::LastName)
                .map_err(|e| fail(&e)),
            Field::Title => Title::parse_optional(raw)
                .map(ProfileEdit::Title)
                .map_err(|e| fail(&e)),
            Field::BadgeId => BadgeId::parse_optional(raw)
                .map(ProfileEdit::BadgeId)
                .map_err(|e| fail(&e)),
            Field::Email => Email::parse(raw)
                .map(ProfileEdit::Email)
                .map_err(|e| fail(&e)),
            Field::Active => match raw.trim() {
                "true" => Ok(ProfileEdit::Active(true)),
                "false" => Ok(ProfileEdit::Active(false)),
                _ => Err(FieldError {
                    field,
                    message: Message::new("scim-error-invalid-value"),
                }),
            },
        }
    }

    /// Applies this edit to a profile.
    pub fn apply_to(&self, profile: &mut crate::UserProfile) {
        match self {
            ProfileEdit::FirstName(v) => profile.first_name = v.clone(),
            ProfileEdit::LastName(v) => profile.last_name = v.clone(),
            ProfileEdit::Title(v) => profile.title = v.clone(),
            ProfileEdit::BadgeId(v) => profile.badge_id = v.clone(),
            ProfileEdit::Email(v) => profile.email = v.clone(),
            ProfileEdit::Active(active) => {
                let event = if *active {
                    crate::lifecycle::LifecycleEvent::Reactivate {
                        activated_before: profile.activated_at.is_some(),
                    }
                } else {
                    crate::lifecycle::LifecycleEvent::Deactivate
                };
                // Asking for the state the account is in already changes nothing.
                if let Ok(status) = profile.status.apply(event) {
                    profile.status = status;
                }
            }
        }
    }

    /// The SCIM PATCH operation (RFC 7644 §3.5.2) that makes this edit on a server.
    pub fn patch_operation(&self) -> serde_json::Value {
        use crate::scim::ENTERPRISE_USER_SCHEMA;
        use serde_json::json;
        let badge = format!("{ENTERPRISE_USER_SCHEMA}:employeeNumber");
        match self {
            ProfileEdit::FirstName(v) => {
                json!({"op": "replace", "path": "name.givenName", "value": v.as_str()})
            }
            ProfileEdit::LastName(v) => {
                json!({"op": "replace", "path": "name.familyName", "value": v.as_str()})
            }
            ProfileEdit::Title(Some(v)) => {
                json!({"op": "replace", "path": "title", "value": v.as_str()})
            }
            ProfileEdit::Title(None) => json!({"op": "remove", "path": "title"}),
            ProfileEdit::BadgeId(Some(v)) => {
                json!({"op": "replace", "path": badge, "value": v.as_str()})
            }
            ProfileEdit::BadgeId(None) => json!({"op": "remove", "path": badge}),
            ProfileEdit::Email(v) => {
                json!({"op": "replace", "path": "userName", "value": v.as_str()})
            }
            ProfileEdit::Active(active) => {
                json!({"op": "replace", "path": "active", "value": active})
            }
        }
    }

    pub fn field(&self) -> Field {
        match self {
            ProfileEdit::FirstName(_) => Field::FirstName,
            ProfileEdit::LastName(_) => Field::LastName,
            ProfileEdit::Title(_) => Field::Title,
            ProfileEdit::BadgeId(_) => Field::BadgeId,
            ProfileEdit::Email(_) => Field::Email,
            ProfileEdit::Active(_) => Field::Active,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_first_name_is_refused_at_the_first_name_field() {
        let err = ProfileEdit::parse(Field::FirstName, "   ").expect_err("blank");
        assert_eq!(err.field, Field::FirstName);
        assert_eq!(err.message.id, "error-name-blank");
    }

    #[test]
    fn blank_optional_fields_clear_them() {
        assert_eq!(
            ProfileEdit::parse(Field::Title, ""),
            Ok(ProfileEdit::Title(None))
        );
        assert_eq!(
            ProfileEdit::parse(Field::BadgeId, " "),
            Ok(ProfileEdit::BadgeId(None))
        );
    }

    #[test]
    fn a_new_e_mail_address_is_the_new_username_on_the_server() {
        let edit = ProfileEdit::parse(Field::Email, "  Ada@Example.org ").expect("valid");
        assert_eq!(
            edit.patch_operation(),
            serde_json::json!({"op": "replace", "path": "userName", "value": "Ada@Example.org"})
        );
        let err = ProfileEdit::parse(Field::Email, "not an address").expect_err("invalid");
        assert_eq!(err.field, Field::Email);
        assert_eq!(err.message.id, "error-email-invalid");
    }

    #[test]
    fn deactivation_and_reactivation_follow_the_status_machine() {
        let users = crate::demo::demo_users(40, 5, time::macros::datetime!(2026-06-01 00:00 UTC));
        let mut active = users
            .iter()
            .find(|u| u.status == crate::Status::Active)
            .expect("active")
            .clone();
        ProfileEdit::parse(Field::Active, "false")
            .expect("valid")
            .apply_to(&mut active);
        assert_eq!(active.status, crate::Status::Inactive);
        let back = ProfileEdit::parse(Field::Active, "true").expect("valid");
        assert_eq!(
            back.patch_operation(),
            serde_json::json!({"op": "replace", "path": "active", "value": true})
        );
        back.apply_to(&mut active);
        assert_eq!(active.status, crate::Status::Active);
        let mut never = users
            .iter()
            .find(|u| u.status == crate::Status::Created)
            .expect("created")
            .clone();
        ProfileEdit::Active(false).apply_to(&mut never);
        ProfileEdit::Active(true).apply_to(&mut never);
        assert_eq!(never.status, crate::Status::Created, "never activated");
        assert!(ProfileEdit::parse(Field::Active, "maybe").is_err());
    }

    #[test]
    fn field_names_round_trip() {
        for f in Field::ALL {
            assert_eq!(Field::parse(f.as_str()), Some(f));
        }
        assert_eq!(Field::parse("password"), None);
    }
}

//! The Add-user form as typed: each field read by the domain's own rules, every refusal at the
//! field that caused it, and a profile for a new person when all are right.

use serde::Deserialize;
use time::OffsetDateTime;

use crate::account_type::AccountType;
use crate::badge::BadgeId;
use crate::edit::{Field, ProfileEdit};
use crate::email::Email;
use crate::message::{Message, Translatable};
use crate::name::PersonName;
use crate::profile::UserProfile;
use crate::title::Title;

/// What the form holds, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct NewUserForm {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub badge_id: String,
    /// `internal` when left empty.
    #[serde(default)]
    pub account_type: String,
    /// As the profile's phone fields send them: blank, `+49 30 901820` or `DE 030 901820`.
    #[serde(default)]
    pub mobile_phone: String,
    #[serde(default)]
    pub office_phone: String,
    #[serde(default)]
    pub office_extension: String,
    /// A custom group's id (blank: the default group).
    #[serde(default)]
    pub group: String,
    #[serde(default)]
    pub group_manager: bool,
}

/// A new person as the form describes them: the profile to create, and the custom group they
/// join afterwards (membership is the group's to record), with whether they manage it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUser {
    pub profile: UserProfile,
    /// The group's id, to be named from the account's catalog.
    pub group: Option<String>,
    pub group_manager: bool,
}

/// One refusal of the form: the field (as the form names it) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormError {
    pub field: &'static str,
    pub message: Message,
}

/// The account types someone can be created with here. A Super admin is made by promoting an
/// existing user, which only a Super admin may do.
pub const CREATABLE_TYPES: [AccountType; 4] = [
    AccountType::Internal,
    AccountType::External,
    AccountType::OneTimeCompletion,
    AccountType::ConfigAdmin,
];

impl NewUserForm {
    /// The new person (status Created, no roles), or every field's refusal.
    pub fn parse(&self, now: OffsetDateTime) -> Result<NewUser, Vec<FormError>> {
        let mut errors = Vec::new();
        let mut at = |field: &'static str, e: &dyn Translatable| {
            errors.push(FormError {
                field,
                message: e.message(),
            })
        };
        let first = PersonName::parse(&self.first_name)
            .map_err(|e| at("first_name", &e))
            .ok();
        let last = PersonName::parse(&self.last_name)
            .map_err(|e| at("last_name", &e))
            .ok();
        let email = Email::parse(&self.email).map_err(|e| at("email", &e)).ok();
        let title = Title::parse_optional(&self.title)
            .map_err(|e| at("title", &e))
            .ok();
        let badge = BadgeId::parse_optional(&self.badge_id)
            .map_err(|e| at("badge_id", &e))
            .ok();
        let account_type = match self.account_type.trim() {
            "" => Some(AccountType::Internal),
            typed => match AccountType::parse(typed) {
                Ok(t) if CREATABLE_TYPES.contains(&t) => Some(t),
                Ok(_) => {
                    at("account_type", &crate::policy::Denied::SuperAdminOnly);
                    None
                }
                Err(e) => {
                    at("account_type", &e);
                    None
                }
            },
        };
        // The phones and the group, read as the profile's fields read them.
        let mut edits = Vec::new();
        for (field, raw) in [
            (Field::MobilePhone, &self.mobile_phone),
            (Field::OfficePhone, &self.office_phone),
            (Field::OfficeExtension, &self.office_extension),
        ] {
            match ProfileEdit::parse(field, raw) {
                Ok(edit) => edits.push(edit),
                Err(e) => at(field.as_str(), &e),
            }
        }
        let group = match ProfileEdit::parse(Field::Group, &self.group) {
            Ok(ProfileEdit::Group(g)) => g.map(|g| g.id),
            Ok(_) => None,
            Err(e) => {
                at("group", &e);
                None
            }
        };
        if self.group_manager && group.is_none() && self.group.trim().is_empty() {
            errors.push(FormError {
                field: "group_manager",
                message: Message::new("error-group-manager-default"),
            });
        }
        match (first, last, email, title, badge, account_type) {
            (
                Some(first),
                Some(last),
                Some(email),
                Some(title),
                Some(badge),
                Some(account_type),
            ) if errors.is_empty() => {
                let mut profile = UserProfile::new_user(email, first, last, now);
                profile.title = title;
                profile.badge_id = badge;
                profile.account_type = account_type;
                for edit in &edits {
                    // An extension needs an office phone to belong to.
                    edit.check(&profile).map_err(|e| {
                        vec![FormError {
                            field: e.field.as_str(),
                            message: e.message,
                        }]
                    })?;
                    edit.apply_to(&mut profile);
                }
                Ok(NewUser {
                    profile,
                    group,
                    group_manager: self.group_manager,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Pasted control characters, very long text, emoji, right-to-left text: a profile or
        /// refusals at the form's own fields, never a panic.
        #[test]
        fn any_text_gets_a_profile_or_refusals_at_its_fields(
            texts in prop::collection::vec(
                prop_oneof!["\\PC{0,40}", "[\u{0}-\u{1f}a-z]{0,12}", "[\u{590}-\u{6ff} ]{1,20}", Just("x".repeat(10_000))],
                11,
            ),
        ) {
            let form = NewUserForm {
                first_name: texts[0].clone(),
                last_name: texts[1].clone(),
                email: texts[2].clone(),
                title: texts[3].clone(),
                badge_id: texts[4].clone(),
                account_type: texts[5].clone(),
                mobile_phone: texts[6].clone(),
                office_phone: texts[7].clone(),
                office_extension: texts[8].clone(),
                group: texts[9].clone(),
                group_manager: texts[10].is_empty(),
            };
            match form.parse(OffsetDateTime::UNIX_EPOCH) {
                Ok(p) => prop_assert!(!p.profile.first_name.as_str().is_empty()),
                Err(errors) => {
                    prop_assert!(!errors.is_empty());
                    for e in errors {
                        prop_assert!([
                            "first_name", "last_name", "email", "title", "badge_id", "account_type",
                            "mobile_phone", "office_phone", "office_extension", "group", "group_manager",
                        ].contains(&e.field));
                    }
                }
            }
        }
    }

    fn form() -> NewUserForm {
        NewUserForm {
            first_name: " Grace ".into(),
            last_name: "Hopper".into(),
            email: "grace@example.org".into(),
            ..NewUserForm::default()
        }
    }

    #[test]
    fn a_complete_form_makes_a_created_internal_user() {
        let p = form()
            .parse(OffsetDateTime::UNIX_EPOCH)
            .expect("valid form")
            .profile;
        assert_eq!(p.first_name.as_str(), "Grace");
        assert_eq!(p.account_type, AccountType::Internal);
        assert_eq!(p.status, crate::Status::Created);
        assert!(p.roles.is_empty() && p.title.is_none() && p.badge_id.is_none());
    }

    #[test]
    fn every_bad_field_is_named_at_once() {
        let bad = NewUserForm {
            first_name: "   ".into(),
            last_name: "x".repeat(10_000),
            email: "not an address".into(),
            title: "\u{7}bell".into(),
            badge_id: "b".repeat(500),
            account_type: "root".into(),
            mobile_phone: "+1 555".into(),
            group_manager: true,
            ..NewUserForm::default()
        };
        let errors = bad
            .parse(OffsetDateTime::UNIX_EPOCH)
            .expect_err("all refused");
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "first_name",
                "last_name",
                "email",
                "title",
                "badge_id",
                "account_type",
                "mobile_phone",
                "group_manager"
            ]
        );
    }

    #[test]
    fn phones_and_a_group_come_with_the_new_person() {
        let f = NewUserForm {
            mobile_phone: "DE 0151 23456789".into(),
            office_phone: "+49 30 901820".into(),
            office_extension: "12".into(),
            group: "g-night".into(),
            group_manager: true,
            ..form()
        };
        let new = f.parse(OffsetDateTime::UNIX_EPOCH).expect("valid");
        let mobile = new.profile.mobile_phone.expect("a mobile number");
        assert_eq!(mobile.number.as_str(), "+4915123456789");
        assert!(!mobile.verified, "a new number is unverified");
        assert_eq!(
            new.profile
                .office_phone
                .and_then(|o| o.extension)
                .map(|e| e.as_str().to_owned()),
            Some("12".into())
        );
        assert_eq!(new.group.as_deref(), Some("g-night"));
        assert!(new.group_manager);
        let lone_extension = NewUserForm {
            office_extension: "12".into(),
            ..form()
        };
        let errors = lone_extension
            .parse(OffsetDateTime::UNIX_EPOCH)
            .expect_err("an extension without a phone");
        assert_eq!(errors[0].field, "office_extension");
    }

    #[test]
    fn nobody_is_created_a_super_admin_here() {
        let f = NewUserForm {
            account_type: "super_admin".into(),
            ..form()
        };
        let errors = f.parse(OffsetDateTime::UNIX_EPOCH).expect_err("refused");
        assert_eq!(errors[0].field, "account_type");
    }
}

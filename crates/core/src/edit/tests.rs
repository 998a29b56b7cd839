//! Tests of field edits: specs, parsing, what each edit writes as SCIM.

use super::*;

/// A form that draws a field from its spec takes what the field's parser takes: a value of
/// the longest length given is accepted, one character more is refused, and a required field
/// refuses to be empty.
#[test]
fn each_spec_says_what_its_parser_does() {
    for field in Field::ALL {
        let spec = field.spec();
        assert_eq!(spec.field, field);
        assert_eq!(spec.label, field.label());
        // A phone's limit bounds the raw input handed to the number parser.
        let text = !matches!(field, Field::MobilePhone | Field::OfficePhone);
        if let Some(max) = spec.max.filter(|_| text) {
            let (longest, over) = match field {
                Field::Email => {
                    // Labels of at most 63 characters, 254 bytes in all.
                    let labels = [62, 61, 61, 61].map(|n| "x".repeat(n)).join(".");
                    let longest = format!("a@{labels}.com");
                    assert_eq!(longest.len(), max);
                    (longest.clone(), format!("a{longest}"))
                }
                Field::OfficeExtension => ("1".repeat(max), "1".repeat(max + 1)),
                _ => ("x".repeat(max), "x".repeat(max + 1)),
            };
            assert!(
                ProfileEdit::parse(field, &longest).is_ok(),
                "{field:?} at {max}"
            );
            assert!(
                ProfileEdit::parse(field, &over).is_err(),
                "{field:?} over {max}"
            );
        }
        if spec.required {
            assert!(ProfileEdit::parse(field, "   ").is_err(), "{field:?} empty");
        }
    }
}

#[test]
fn a_new_group_starts_without_its_manager_and_the_default_group_has_none() {
    let mut p = crate::demo::demo_users(1, 11, time::OffsetDateTime::UNIX_EPOCH).remove(0);
    p.group = UserGroup::Default;
    assert_eq!(
        ProfileEdit::GroupManager(true)
            .check(&p)
            .map_err(|e| e.message.id),
        Err("error-group-manager-default")
    );
    let night = Group {
        id: "g-night".into(),
        name: "Night shift".into(),
    };
    ProfileEdit::Group(Some(night.clone())).apply_to(&mut p);
    ProfileEdit::GroupManager(true).apply_to(&mut p);
    assert_eq!(
        p.group,
        UserGroup::Custom {
            id: night.id.clone(),
            name: night.name.clone(),
            manager: true
        }
    );
    // The same group again keeps the manager; another group does not.
    ProfileEdit::Group(Some(night.clone())).apply_to(&mut p);
    assert!(matches!(p.group, UserGroup::Custom { manager: true, .. }));
    let day = Group {
        id: "g-day".into(),
        name: "Day shift".into(),
    };
    ProfileEdit::Group(Some(day.clone())).apply_to(&mut p);
    assert!(matches!(p.group, UserGroup::Custom { manager: false, .. }));
    assert_eq!(
        ProfileEdit::Group(Some(day)).patch_operation(),
        serde_json::json!({"op": "replace", "path": "groups", "value": [{"value": "g-day", "display": "Day shift"}]})
    );
    assert_eq!(
        ProfileEdit::parse(Field::Group, ""),
        Ok(ProfileEdit::Group(None))
    );
    assert!(ProfileEdit::parse(Field::Group, "a\u{7}b").is_err());
}

#[test]
fn ones_own_settings_are_sent_to_the_userdesk_extension() {
    use crate::scim::USERDESK_USER_SCHEMA;
    let edit = ProfileEdit::parse(Field::Presence, " busy ").expect("a presence");
    assert_eq!(
        edit.patch_operation(),
        serde_json::json!({"op": "replace", "path": format!("{USERDESK_USER_SCHEMA}:presence"), "value": "busy"})
    );
    let edit = ProfileEdit::parse(Field::NotificationFrequency, "weekly").expect("a frequency");
    let mut p = crate::demo::demo_users(1, 7, time::OffsetDateTime::UNIX_EPOCH).remove(0);
    edit.apply_to(&mut p);
    assert_eq!(p.notification_frequency, NotificationFrequency::Weekly);
    for (field, raw) in [
        (Field::Presence, "invisible"),
        (Field::Presence, ""),
        (Field::NotificationFrequency, "Daily\u{0}"),
    ] {
        let err = ProfileEdit::parse(field, raw).expect_err("refused");
        assert_eq!(err.field, field);
    }
}

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
fn phones_are_typed_as_a_country_and_a_number_and_a_new_number_is_unverified() {
    let users = crate::demo::demo_users(40, 5, time::macros::datetime!(2026-06-01 00:00 UTC));
    let mut user = users
        .iter()
        .find(|u| u.mobile_phone.as_ref().is_some_and(|m| m.verified))
        .expect("a verified mobile")
        .clone();
    let same = user.mobile_phone.clone().expect("mobile").number;
    ProfileEdit::parse(Field::MobilePhone, same.as_str())
        .expect("international form")
        .apply_to(&mut user);
    assert!(
        user.mobile_phone.as_ref().is_some_and(|m| m.verified),
        "same number"
    );
    let edit = ProfileEdit::parse(Field::MobilePhone, "DE 0151 23456789").expect("valid");
    assert_eq!(
        edit.patch_operation(),
        serde_json::json!({"op": "replace", "path": "phoneNumbers[type eq \"mobile\"].value", "value": "+4915123456789"})
    );
    edit.apply_to(&mut user);
    let mobile = user.mobile_phone.clone().expect("mobile");
    assert_eq!(mobile.number.as_str(), "+4915123456789");
    assert!(!mobile.verified, "a new number waits for its code");
    let err = ProfileEdit::parse(Field::MobilePhone, "DE 12").expect_err("too short");
    assert_eq!(err.message.id, "error-phone-invalid");
    let err = ProfileEdit::parse(Field::OfficePhone, "XX 030 901820").expect_err("country");
    assert_eq!(err.message.id, "error-phone-country");
    let clear = ProfileEdit::parse(Field::MobilePhone, " ").expect("blank clears");
    assert_eq!(
        clear.patch_operation(),
        serde_json::json!({"op": "remove", "path": "phoneNumbers[type eq \"mobile\"]"})
    );
    clear.apply_to(&mut user);
    assert!(user.mobile_phone.is_none());
}

#[test]
fn an_extension_belongs_to_an_office_phone_and_language_is_a_locale_or_the_default() {
    let users = crate::demo::demo_users(40, 5, time::macros::datetime!(2026-06-01 00:00 UTC));
    let mut user = users[0].clone();
    user.office_phone = None;
    let ext = ProfileEdit::parse(Field::OfficeExtension, "204").expect("digits");
    assert_eq!(
        ext.check(&user).map_err(|e| e.message.id),
        Err("error-extension-needs-phone")
    );
    ProfileEdit::parse(Field::OfficePhone, "DE 030 901820")
        .expect("valid")
        .apply_to(&mut user);
    assert_eq!(ext.check(&user), Ok(()));
    ext.apply_to(&mut user);
    assert_eq!(
        user.office_phone
            .as_ref()
            .and_then(|o| o.extension.as_ref())
            .map(|e| e.as_str()),
        Some("204")
    );
    assert!(ProfileEdit::parse(Field::OfficeExtension, "12a").is_err());
    let lang = ProfileEdit::parse(Field::Language, "ja").expect("supported");
    assert_eq!(
        lang.patch_operation(),
        serde_json::json!({"op": "replace", "path": "preferredLanguage", "value": "ja"})
    );
    assert_eq!(
        ProfileEdit::parse(Field::Language, "system").map(|e| e.patch_operation()),
        Ok(serde_json::json!({"op": "remove", "path": "preferredLanguage"}))
    );
    assert_eq!(
        ProfileEdit::parse(Field::Language, "tlh").map_err(|e| e.message.id),
        Err("error-language-unsupported")
    );
}

#[test]
fn roles_are_a_config_admins_and_at_most_twenty_five() {
    let users = crate::demo::demo_users(40, 5, time::macros::datetime!(2026-06-01 00:00 UTC));
    let mut admin = users
        .iter()
        .find(|u| u.account_type == AccountType::ConfigAdmin)
        .expect("a Config admin")
        .clone();
    let edit = ProfileEdit::parse(Field::Roles, " user-viewer, administrator ,").expect("ids");
    assert_eq!(edit.check(&admin), Ok(()));
    assert_eq!(
        edit.patch_operation(),
        serde_json::json!({"op": "replace", "path": "roles", "value": [{"value": "administrator"}, {"value": "user-viewer"}]})
    );
    edit.apply_to(&mut admin);
    assert_eq!(admin.roles.len(), 2);
    let many: Vec<String> = (0..26).map(|i| format!("r{i}")).collect();
    let err = ProfileEdit::parse(Field::Roles, &many.join(",")).expect_err("26");
    assert_eq!(err.message.id, "error-roles-too-many");
    let internal = users
        .iter()
        .find(|u| u.account_type == AccountType::Internal)
        .expect("internal");
    assert_eq!(
        edit.check(internal).map_err(|e| e.message.id),
        Err("error-roles-config-admin-only")
    );
    let none = ProfileEdit::parse(Field::Roles, "").expect("none");
    assert_eq!(none.check(internal), Ok(()));
    assert_eq!(
        none.patch_operation(),
        serde_json::json!({"op": "remove", "path": "roles"})
    );
}

#[test]
fn field_names_round_trip() {
    for f in Field::ALL {
        assert_eq!(Field::parse(f.as_str()), Some(f));
    }
    assert_eq!(Field::parse("password"), None);
}

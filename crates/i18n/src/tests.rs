//! Tests of the locales: every key in every locale, variables, parsing, negotiation.

use super::*;
use userdesk_core::Message;
use userdesk_core::message::Translatable;

fn en() -> LanguageIdentifier {
    "en-US".parse().expect("valid tag")
}

#[test]
fn every_locale_folder_loads_without_errors() {
    let l = Localizer::load().expect("all .ftl files parse");
    assert!(l.available().contains(&en()));
}

#[test]
fn plurals_follow_the_count() {
    let l = Localizer::load().expect("load");
    assert_eq!(
        l.format(&en(), "users-count", &[("count", "1".into())]),
        "1 user"
    );
    assert_eq!(
        l.format(&en(), "users-count", &[("count", "500".into())]),
        "500 users"
    );
}

#[test]
fn unknown_locales_fall_back_to_english() {
    let l = Localizer::load().expect("load");
    let chosen = l.negotiate(&["tlh-KL"]);
    assert_eq!(chosen, en());
    assert_eq!(l.format(&chosen, "nav-users", &[]), "Users");
}

#[test]
fn posix_style_locales_are_understood() {
    let l = Localizer::load().expect("load");
    assert_eq!(l.negotiate(&["en_US.UTF-8"]), en());
}

#[test]
fn arabic_and_hebrew_are_right_to_left() {
    assert!(Localizer::is_rtl(&"ar".parse().expect("tag")));
    assert!(Localizer::is_rtl(&"he-IL".parse().expect("tag")));
    assert!(!Localizer::is_rtl(&en()));
}

#[test]
fn a_missing_message_shows_its_id_rather_than_nothing() {
    let l = Localizer::load().expect("load");
    assert_eq!(l.format(&en(), "no-such-message", &[]), "no-such-message");
}

/// Every message the domain can produce has an English text.
#[test]
fn every_domain_message_is_translated() {
    use userdesk_core::account_type::AccountTypeError;
    use userdesk_core::badge::BadgeError;
    use userdesk_core::email::EmailError;
    use userdesk_core::language::LanguageError;
    use userdesk_core::lifecycle::LifecycleError;
    use userdesk_core::name::NameError;
    use userdesk_core::phone::{ExtensionError, PhoneError};
    use userdesk_core::policy::Denied;
    use userdesk_core::roles::RoleError;
    use userdesk_core::title::TitleError;
    use userdesk_core::{AccountType, Permission};

    let messages: Vec<Message> = [
        NameError::Blank.message(),
        NameError::TooLong.message(),
        NameError::ControlCharacter.message(),
        EmailError::Blank.message(),
        EmailError::TooLong.message(),
        EmailError::Invalid.message(),
        BadgeError::TooLong.message(),
        BadgeError::InvalidCharacter.message(),
        TitleError::TooLong.message(),
        TitleError::ControlCharacter.message(),
        PhoneError::Blank.message(),
        PhoneError::UnknownCountry.message(),
        PhoneError::Invalid.message(),
        ExtensionError.message(),
        LanguageError.message(),
        AccountTypeError::CannotBecomeOneTimeCompletion.message(),
        AccountTypeError::Unknown.message(),
        RoleError::TooMany.message(),
        RoleError::AdministratorCannotManageUsers.message(),
        LifecycleError::SingleSignOnNeedsNoActivation.message(),
        LifecycleError::AlreadyActive.message(),
        LifecycleError::Inactive.message(),
        LifecycleError::AlreadyInactive.message(),
        LifecycleError::NotInactive.message(),
        LifecycleError::NotActive.message(),
        Denied::ActorInactive.message(),
        Denied::MissingPermission(Permission::UsersEdit).message(),
        Denied::OwnAccountType.message(),
        Denied::OwnStatus.message(),
        Denied::SuperAdminOnly.message(),
        Denied::RolesOnlyForConfigAdmins.message(),
        Denied::TargetHoldsMore(Permission::RolesAssign).message(),
        Denied::GrantBeyondOwn(Permission::RolesAssign).message(),
        Denied::UnknownRole("x".into()).message(),
    ]
    .into_iter()
    .chain(
        [
            "scim-error-required",
            "scim-error-not-a-string",
            "scim-error-not-an-object",
            "scim-error-not-an-array",
            "scim-error-not-a-boolean",
            "scim-error-invalid-value",
        ]
        .map(Message::new),
    )
    .chain({
        use userdesk_core::scim::filter::{FilterError, FilterErrorKind};
        FilterErrorKind::ALL.map(|kind| FilterError { position: 3, kind }.message())
    })
    .chain(
        [
            "patch-error-syntax",
            "patch-error-value-not-object",
            "patch-error-value-missing",
            "patch-error-read-only",
            "patch-error-invalid-path",
            "patch-error-no-target",
            "patch-error-remove-needs-path",
            "patch-error-too-much-work",
        ]
        .map(|id| Message::new(id).with("operation", 2)),
    )
    .chain([
        Message::new("patch-error-too-many-operations").with("max", 1000),
        Message::new("scim-error-too-many-attributes").with("max", 100),
        Message::new("auth-error-busy"),
        Message::new("error-phone-code-today"),
        Message::new("error-phone-sends-today"),
        Message::new("error-phone-sms-off"),
        Message::new("error-phone-sms-failed"),
        Message::new("error-phone-channel"),
        Message::new("sms-phone-code")
            .with("code", "123456")
            .with("minutes", 10),
        Message::new("sign-in-insecure"),
    ])
    .chain(
        AccountType::ALL
            .iter()
            .map(|t| Message::new("type-placeholder").with("t", t.as_str())),
    )
    .collect();

    let l = Localizer::load().expect("load");
    let ids = l.message_ids(&en());
    for m in messages.iter().filter(|m| m.id != "type-placeholder") {
        assert!(
            ids.iter().any(|id| id == m.id),
            "{} has no English text",
            m.id
        );
        let text = l.message(&en(), m);
        assert!(
            !text.contains("{"),
            "{}: unresolved argument in {text:?}",
            m.id
        );
    }
    for t in AccountType::ALL {
        assert!(
            ids.contains(&format!("type-{}", t.as_str())),
            "type-{}",
            t.as_str()
        );
    }
    for s in userdesk_core::Status::ALL {
        assert!(
            ids.contains(&format!("status-{}", s.as_str())),
            "status-{}",
            s.as_str()
        );
    }
}

#[test]
fn the_ui_gets_every_message() {
    let l = Localizer::load().expect("load");
    let all = l.all(&en());
    assert_eq!(all.get("users-title").map(String::as_str), Some("Users"));
    assert!(all.len() > 100);
    assert!(
        !all.contains_key("users-count"),
        "messages with arguments are formatted on request"
    );
}

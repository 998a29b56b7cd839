//! Tests of reading and writing the SCIM User resource.

use super::*;
use crate::demo::demo_users;
use time::macros::datetime;

fn meta() -> Meta {
    Meta {
        created: datetime!(2026-01-02 03:04:05 UTC),
        last_modified: datetime!(2026-02-03 04:05:06 UTC),
        version: "W/\"7\"".into(),
        location: "https://id.example/scim/v2/Users/x".into(),
    }
}

#[test]
fn every_demo_profile_survives_a_round_trip_through_scim() {
    for p in demo_users(300, 9, datetime!(2026-06-01 00:00 UTC)) {
        let resource = to_scim(&p, &meta(), None, |id| Some(id.to_uppercase()));
        let back =
            from_scim(&resource, p.id, Some(&p), datetime!(2026-07-01 00:00 UTC)).expect("valid");
        assert_eq!(back, p);
    }
}

#[test]
fn the_resource_carries_core_enterprise_and_userdesk_attributes() {
    let p = demo_users(50, 1, datetime!(2026-06-01 00:00 UTC))
        .into_iter()
        .find(|p| p.badge_id.is_some() && p.title.is_some())
        .expect("a user with badge and title");
    let r = to_scim(&p, &meta(), Some("ext-1"), |_| None);
    assert_eq!(r["userName"], p.email.as_str());
    assert_eq!(r["name"]["familyName"], p.last_name.as_str());
    assert_eq!(r["externalId"], "ext-1");
    assert_eq!(
        r[ENTERPRISE_USER_SCHEMA]["employeeNumber"],
        p.badge_id.as_ref().map(|b| b.as_str()).unwrap_or_default()
    );
    assert_eq!(
        r[USERDESK_USER_SCHEMA]["accountType"],
        p.account_type.as_str()
    );
    assert_eq!(r["meta"]["version"], "W/\"7\"");
    assert_eq!(r["active"], p.status != Status::Inactive);
}

#[test]
fn a_generic_client_can_create_a_user_with_core_attributes_only() {
    let r = json!({
        "schemas": [USER_SCHEMA],
        "userName": "new.person@example.com",
        "name": {"givenName": "New", "familyName": "Person"},
        "phoneNumbers": [{"value": "+4915112345678", "type": "mobile"}],
    });
    let now = datetime!(2026-03-01 10:00 UTC);
    let p = from_scim(&r, UserId::new(), None, now).expect("valid");
    assert_eq!(p.status, Status::Created);
    assert_eq!(p.account_type, AccountType::Internal);
    assert_eq!(p.created_at, now);
    let mobile = p.mobile_phone.expect("mobile");
    assert!(
        !mobile.verified,
        "a new number is never verified by a client"
    );
}

#[test]
fn attribute_names_are_case_insensitive() {
    let r = json!({"USERNAME": "a@example.com", "Name": {"GIVENNAME": "A", "familyname": "B"}});
    assert!(from_scim(&r, UserId::new(), None, datetime!(2026-03-01 10:00 UTC)).is_ok());
}

#[test]
fn bad_values_name_the_attribute_at_fault() {
    let now = datetime!(2026-03-01 10:00 UTC);
    let cases = [
        (
            json!({"name": {"givenName": "A", "familyName": "B"}}),
            "userName",
        ),
        (
            json!({"userName": "not-an-email", "name": {"givenName": "A", "familyName": "B"}}),
            "userName",
        ),
        (
            json!({"userName": "a@example.com", "name": {"givenName": "  ", "familyName": "B"}}),
            "name.givenName",
        ),
        (
            json!({"userName": "a@example.com", "name": {"givenName": "A", "familyName": 7}}),
            "name.familyName",
        ),
        (
            json!({"userName": "a@example.com", "name": {"givenName": "A", "familyName": "B"}, "active": "yes"}),
            "active",
        ),
        (
            json!({"userName": "a@example.com", "name": {"givenName": "A", "familyName": "B"}, "preferredLanguage": "not a language"}),
            "preferredLanguage",
        ),
        (
            json!({"userName": "a@example.com", "name": {"givenName": "A", "familyName": "B"}, "phoneNumbers": [{"type": "mobile", "value": "12"}]}),
            "phoneNumbers[type eq \"mobile\"].value",
        ),
        (
            json!({"userName": "a@example.com", "name": {"givenName": "A", "familyName": "B"}, ENTERPRISE_USER_SCHEMA: {"employeeNumber": "a b"}}),
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber",
        ),
        (
            json!({"userName": "a@example.com", "name": {"givenName": "A", "familyName": "B"}, USERDESK_USER_SCHEMA: {"accountType": "root"}}),
            "urn:ietf:params:scim:schemas:extension:userdesk:2.0:User:accountType",
        ),
        (
            json!({"userName": "a@example.com", "name": {"givenName": "A", "familyName": "B"}, "roles": (0..26).map(|i| json!({"value": format!("r{i}")})).collect::<Vec<_>>()}),
            "roles",
        ),
    ];
    for (resource, attribute) in cases {
        let err = from_scim(&resource, UserId::new(), None, now).expect_err(attribute);
        assert_eq!(err.attribute, attribute, "{resource}");
    }
}

#[test]
fn deactivating_and_reactivating_through_active() {
    let p = demo_users(20, 4, datetime!(2026-06-01 00:00 UTC))
        .into_iter()
        .find(|p| p.status == Status::Active)
        .expect("an active user");
    let mut r = to_scim(&p, &meta(), None, |_| None);
    r["active"] = json!(false);
    let off = from_scim(&r, p.id, Some(&p), datetime!(2026-07-01 00:00 UTC)).expect("valid");
    assert_eq!(off.status, Status::Inactive);
    r["active"] = json!(true);
    let on = from_scim(&r, p.id, Some(&off), datetime!(2026-07-01 00:00 UTC)).expect("valid");
    assert_eq!(on.status, Status::Active);
}

#[test]
fn reactivation_returns_to_where_the_account_stood() {
    let now = time::OffsetDateTime::now_utc();
    let mut never = crate::demo::demo_users(1, 7, now).remove(0);
    never.status = Status::Inactive;
    never.activated_at = None;
    let back = from_scim(&serde_json::json!({"userName": never.email.as_str(), "name": {"givenName": "A", "familyName": "B"}, "active": true}), never.id, Some(&never), now)
        .expect("valid");
    assert_eq!(
        back.status,
        Status::Created,
        "never activated: Created again"
    );
    let mut was = never.clone();
    was.activated_at = Some(now);
    let back = from_scim(&serde_json::json!({"userName": was.email.as_str(), "name": {"givenName": "A", "familyName": "B"}, "active": true}), was.id, Some(&was), now)
        .expect("valid");
    assert_eq!(back.status, Status::Active);
}

#[test]
fn a_one_time_completion_account_made_full_needs_activating() {
    let now = time::OffsetDateTime::now_utc();
    let mut otc = crate::demo::demo_users(1, 8, now).remove(0);
    otc.account_type = AccountType::OneTimeCompletion;
    otc.status = Status::Active;
    let body = serde_json::json!({
        "userName": otc.email.as_str(),
        "name": {"givenName": "A", "familyName": "B"},
        USERDESK_USER_SCHEMA: {"accountType": "internal"},
    });
    let full = from_scim(&body, otc.id, Some(&otc), now).expect("valid");
    assert_eq!(full.account_type, AccountType::Internal);
    assert_eq!(full.status, Status::Created);
}

#[test]
fn a_client_reads_back_everything_the_server_sent() {
    let now = time::OffsetDateTime::now_utc();
    for original in demo_users(60, 11, now) {
        let resource = to_scim(&original, &meta(), None, |_| None);
        let read = read_resource(&resource, original.id, now).expect("readable");
        let mut expected = original.clone();
        expected.created_at = datetime!(2026-01-02 03:04:05 UTC);
        // Seconds are what RFC 3339 in the resource carries at least; compare those.
        let trim = |t: Option<time::OffsetDateTime>| t.map(|t| t.unix_timestamp());
        assert_eq!(trim(read.invited_at), trim(expected.invited_at));
        assert_eq!(trim(read.activated_at), trim(expected.activated_at));
        assert_eq!(read.status, expected.status);
        assert_eq!(read.group, expected.group);
        assert_eq!(read.mobile_phone, expected.mobile_phone);
        assert_eq!(read.created_at, expected.created_at);
        assert_eq!(read.roles, expected.roles);
        assert_eq!(read.account_type, expected.account_type);
    }
    // A plain SCIM server's user: no extension, no status.
    let plain = serde_json::json!({"userName": "p@example.com", "name": {"givenName": "P", "familyName": "Q"}});
    let read = read_resource(&plain, crate::UserId::new(), now).expect("readable");
    assert_eq!(read.status, Status::Active);
}

/// An identity provider provisions a Dutch user: the language is kept as sent (canonical form)
/// and written back, though Userdesk has no Dutch translation.
#[test]
fn a_preferred_language_without_a_translation_is_kept() {
    let now = datetime!(2026-07-01 00:00 UTC);
    let sent = json!({"userName": "d@example.com", "name": {"givenName": "Daan", "familyName": "de Vries"},
        "preferredLanguage": "nl-nl"});
    let p = from_scim(&sent, UserId::new(), None, now).expect("accepted");
    assert_eq!(p.language, crate::Language::Other("nl-NL".into()));
    let back = to_scim(&p, &meta(), None, |_| None);
    assert_eq!(back["preferredLanguage"], "nl-NL");
    assert_eq!(from_scim(&back, p.id, Some(&p), now).expect("again"), p);
}

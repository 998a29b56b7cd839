//! Nobody gains power they were not given: every action on another user, by an admin against a
//! target weaker than, equal to and stronger than them (and themselves), over HTTP and through
//! Bulk; roles that must not outlive a demotion; writes that need a right whatever field they touch.

use crate::support::server::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use userdesk_core::{AccountType, Role, RoleSet};
use userdesk_server::account::create_user;

const PATCH_OP: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const BULK: &str = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
const GROUP: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
const PASSWORD_OF_ALL: &str = "a long password for everyone";

fn patch(ops: Value) -> Value {
    json!({"schemas": [PATCH_OP], "Operations": ops})
}

/// A Config admin with `roles`, and a session of theirs.
async fn admin(owner: &TestServer, email: &str, roles: &[&str]) -> (String, TestServer) {
    let id = create_user(
        &owner.store,
        email,
        "Ad",
        "Min",
        PASSWORD_OF_ALL,
        AccountType::ConfigAdmin,
        RoleSet::new(roles.iter().copied()).expect("roles"),
    )
    .await
    .expect("admin");
    let token = owner
        .sign_in(email, PASSWORD_OF_ALL)
        .await
        .expect("signs in");
    (id.to_string(), owner.as_token(&token))
}

/// A user resource that shows no roles.
fn assert_no_roles(v: &Value) {
    assert!(
        v.get("roles")
            .is_none_or(|r| r.as_array().is_some_and(Vec::is_empty)),
        "{v}"
    );
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Whom {
    Weaker,
    Equal,
    Stronger,
    Itself,
}

#[derive(Debug, Clone, Copy)]
enum Act {
    RenameUserName,
    ChangeType,
    Deactivate,
    Delete,
    SendActivation,
    SendReset,
    StartPhoneVerification,
    AddToGroup,
    SetExternalId,
    BulkRenameUserName,
    BulkDelete,
}

const ACTS: [Act; 11] = [
    Act::RenameUserName,
    Act::ChangeType,
    Act::Deactivate,
    Act::Delete,
    Act::SendActivation,
    Act::SendReset,
    Act::StartPhoneVerification,
    Act::AddToGroup,
    Act::SetExternalId,
    Act::BulkRenameUserName,
    Act::BulkDelete,
];

/// The roles of the target of each kind, for an actor holding User manager.
fn roles_of(whom: Whom) -> &'static [&'static str] {
    match whom {
        Whom::Weaker => &[Role::USER_VIEWER],
        Whom::Equal => &[Role::USER_MANAGER],
        Whom::Stronger => &[Role::ACCOUNT_OWNER],
        Whom::Itself => &[],
    }
}

/// The answer `actor` gets doing `act` to `target`: the HTTP status, or the Bulk operation's.
async fn act_on(actor: &TestServer, act: Act, target: &str, group: &str, n: usize) -> String {
    let code = |s: StatusCode| s.as_u16().to_string();
    let user = format!("/Users/{target}");
    let bulk = |op: Value| async move {
        let body = json!({"schemas": [BULK], "Operations": [op]});
        let (s, _, v) = actor.send(Method::POST, "/Bulk", Some(body), &[]).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        v["Operations"][0]["status"]
            .as_str()
            .unwrap_or("?")
            .to_owned()
    };
    let rename = patch(
        json!([{"op": "replace", "path": "userName", "value": format!("taken-over-{n}@example.net")}]),
    );
    match act {
        Act::RenameUserName => code(actor.send(Method::PATCH, &user, Some(rename), &[]).await.0),
        Act::ChangeType => {
            let op = patch(
                json!([{"op": "replace", "path": format!("{USERDESK}:accountType"), "value": "internal"}]),
            );
            code(actor.send(Method::PATCH, &user, Some(op), &[]).await.0)
        }
        Act::Deactivate => {
            let op = patch(json!([{"op": "replace", "path": "active", "value": false}]));
            code(actor.send(Method::PATCH, &user, Some(op), &[]).await.0)
        }
        Act::Delete => code(actor.send(Method::DELETE, &user, None, &[]).await.0),
        Act::SendActivation | Act::SendReset => {
            let kind = if matches!(act, Act::SendActivation) {
                "activation"
            } else {
                "password-reset"
            };
            let path = format!("/api/users/{target}/emails/{kind}");
            code(actor.call(Method::POST, &path, None, &[]).await.0)
        }
        Act::StartPhoneVerification => {
            let path = format!("/api/users/{target}/phone-verification");
            let body = json!({"country": "DE", "number": "030 1234567"});
            code(actor.call(Method::POST, &path, Some(body), &[]).await.0)
        }
        Act::AddToGroup => {
            let op = patch(json!([{"op": "add", "path": "members", "value": [{"value": target}]}]));
            code(
                actor
                    .send(Method::PATCH, &format!("/Groups/{group}"), Some(op), &[])
                    .await
                    .0,
            )
        }
        Act::SetExternalId => {
            let op = patch(
                json!([{"op": "replace", "path": "externalId", "value": format!("idp-{n}")}]),
            );
            code(actor.send(Method::PATCH, &user, Some(op), &[]).await.0)
        }
        Act::BulkRenameUserName => {
            bulk(json!({"method": "PATCH", "path": user, "data": rename})).await
        }
        Act::BulkDelete => bulk(json!({"method": "DELETE", "path": user})).await,
    }
}

/// What a User manager must be told: weaker and equal targets are theirs to manage, a stronger
/// one is not; of themselves they may only edit fields (a password reset e-mail to oneself is
/// fine, one's own type, status and existence are not one's own to change).
fn expected(act: Act, whom: Whom) -> &'static str {
    match (whom, act) {
        (Whom::Stronger, _) => "403",
        (Whom::Itself, Act::RenameUserName | Act::BulkRenameUserName) => "200",
        (Whom::Itself, Act::StartPhoneVerification) => "202",
        (Whom::Itself, Act::SendReset) => "200",
        (Whom::Itself, Act::AddToGroup) => "200",
        (Whom::Itself, Act::SetExternalId) => "200",
        (Whom::Itself, Act::SendActivation) => "409",
        (Whom::Itself, _) => "403",
        (_, Act::Delete | Act::BulkDelete) => "204",
        (_, Act::StartPhoneVerification) => "202",
        // Active admins: an activation is not for them, a reset is.
        (_, Act::SendActivation) => "409",
        _ => "200",
    }
}

#[tokio::test]
async fn a_user_manager_manages_weaker_and_equal_admins_and_never_a_stronger_one() {
    let owner = spawn(Backend::Sqlite).await;
    let (me, manager) = admin(&owner, "manager@example.com", &[Role::USER_MANAGER]).await;
    let g = json!({"schemas": [GROUP], "displayName": "Night shift"});
    let (s, _, group) = owner.send(Method::POST, "/Groups", Some(g), &[]).await;
    assert_eq!(s, StatusCode::CREATED, "{group}");
    let group = group["id"].as_str().expect("group id").to_owned();

    let mut wrong = Vec::new();
    let mut n = 0;
    for act in ACTS {
        for whom in [Whom::Weaker, Whom::Equal, Whom::Stronger, Whom::Itself] {
            n += 1;
            let target = match whom {
                Whom::Itself => me.clone(),
                _ => {
                    let email = format!("target{n}@example.com");
                    let (id, _) = admin(&owner, &email, roles_of(whom)).await;
                    id
                }
            };
            let (_, _, before) = owner
                .send(Method::GET, &format!("/Users/{target}"), None, &[])
                .await;
            let got = act_on(&manager, act, &target, &group, n).await;
            let want = expected(act, whom);
            if got != want {
                wrong.push(format!("{act:?} on {whom:?}: expected {want}, got {got}"));
            }
            if want == "403" {
                // A refusal changes nothing.
                let (_, _, after) = owner
                    .send(Method::GET, &format!("/Users/{target}"), None, &[])
                    .await;
                if before != after {
                    wrong.push(format!(
                        "{act:?} on {whom:?} was refused but changed {after}"
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));

    // The take-over of the review, step by step, now ends at its first step.
    let (owner_id, _) = admin(&owner, "real-owner@example.com", &[Role::ACCOUNT_OWNER]).await;
    let op = patch(json!([{"op": "replace", "path": "userName", "value": "attacker@example.net"}]));
    let (s, _, v) = manager
        .send(Method::PATCH, &format!("/Users/{owner_id}"), Some(op), &[])
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{v}");
    assert!(
        v["detail"]
            .as_str()
            .is_some_and(|d| d.contains("roles.assign")
                || d.contains("config.manage")
                || d.contains("audit.view")),
        "the refusal names a permission the target holds: {v}"
    );
}

#[tokio::test]
async fn an_account_owner_reaches_everyone_but_super_admins() {
    let owner = spawn(Backend::Sqlite).await;
    let (_, account_owner) = admin(&owner, "ao@example.com", &[Role::ACCOUNT_OWNER]).await;
    let (peer, _) = admin(&owner, "peer@example.com", &[Role::ACCOUNT_OWNER]).await;
    let op = patch(json!([{"op": "replace", "path": "title", "value": "Peer"}]));
    let (s, _, v) = account_owner
        .send(
            Method::PATCH,
            &format!("/Users/{peer}"),
            Some(op.clone()),
            &[],
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let me = owner.send(Method::GET, "/Me", None, &[]).await.2;
    let super_admin = me["id"].as_str().expect("id");
    let (s, _, v) = account_owner
        .send(
            Method::PATCH,
            &format!("/Users/{super_admin}"),
            Some(op),
            &[],
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{v}");
}

#[tokio::test]
async fn roles_do_not_outlive_a_demotion_and_a_promotion_grants_only_what_the_actor_may() {
    let owner = spawn(Backend::Sqlite).await;
    let (_, manager) = admin(&owner, "manager@example.com", &[Role::USER_MANAGER]).await;
    let (demoted, _) = admin(&owner, "was-owner@example.com", &[Role::ACCOUNT_OWNER]).await;

    // The Super admin demotes an Account owner: the roles go with the type.
    let to = |t: &str| {
        patch(json!([{"op": "replace", "path": format!("{USERDESK}:accountType"), "value": t}]))
    };
    let user = format!("/Users/{demoted}");
    let (s, _, v) = owner
        .send(Method::PATCH, &user, Some(to("internal")), &[])
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_no_roles(&v);

    // A User manager (no roles.assign) moves them back: nothing comes back with them.
    let (s, _, v) = manager
        .send(Method::PATCH, &user, Some(to("config_admin")), &[])
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_no_roles(&v);
    let (_, _, me) = owner
        .as_token(
            &owner
                .sign_in("was-owner@example.com", PASSWORD_OF_ALL)
                .await
                .expect("signs in"),
        )
        .send(Method::GET, "/Users?count=1", None, &[])
        .await;
    assert_eq!(me["totalResults"], 1, "no users.view came back: {me}");

    // Someone stored as Internal with roles from an earlier version of the server: a move to
    // Config admin is a grant of those roles, which a User manager may not make.
    let stale = create_user(
        &owner.store,
        "stale@example.com",
        "St",
        "Ale",
        PASSWORD_OF_ALL,
        AccountType::Internal,
        RoleSet::new([Role::ACCOUNT_OWNER]).expect("roles"),
    )
    .await
    .expect("stale");
    let (s, _, v) = manager
        .send(
            Method::PATCH,
            &format!("/Users/{stale}"),
            Some(to("config_admin")),
            &[],
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{v}");
    // And such roles are never shown on a type that has none.
    let (_, _, v) = owner
        .send(Method::GET, &format!("/Users/{stale}"), None, &[])
        .await;
    assert_no_roles(&v);
}

#[tokio::test]
async fn a_patch_without_path_with_any_key_is_answered_also_inside_bulk() {
    let owner = spawn(Backend::Sqlite).await;
    let id = owner.create(person("uni@example.com", "Uni", "Code")).await["id"]
        .as_str()
        .expect("id")
        .to_owned();
    for key in ["aaaé", "é", "urné:x", "日本語キー", "urn:é"] {
        let op = patch(json!([{"op": "add", "value": {key: 1}}]));
        let (s, _, v) = owner
            .send(Method::PATCH, &format!("/Users/{id}"), Some(op), &[])
            .await;
        assert!(s.is_client_error() || s == StatusCode::OK, "{key}: {s} {v}");
    }
    // In Bulk, the operations before it keep their replies.
    let body = json!({"schemas": [BULK], "Operations": [
        {"method": "POST", "path": "/Users", "bulkId": "one", "data": person("first@example.com", "Fir", "St")},
        {"method": "PATCH", "path": format!("/Users/{id}"), "data": patch(json!([{"op": "add", "value": {"aaaé": 1}}]))},
    ]});
    let (s, _, v) = owner.send(Method::POST, "/Bulk", Some(body), &[]).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["Operations"][0]["status"], "201", "{v}");
    assert!(v["Operations"][1]["status"].as_str().is_some(), "{v}");
}

#[tokio::test]
async fn every_write_needs_its_right_and_a_write_that_changes_nothing_keeps_the_version() {
    let owner = spawn(Backend::Sqlite).await;
    let (viewer_id, viewer) = admin(&owner, "viewer@example.com", &[Role::USER_VIEWER]).await;
    let other = owner.create(person("other@example.com", "Oth", "Er")).await;
    let other = other["id"].as_str().expect("id");
    let ext = |v: &str| patch(json!([{"op": "replace", "path": "externalId", "value": v}]));
    for (path, who) in [
        (format!("/Users/{other}"), "another user"),
        (format!("/Users/{viewer_id}"), "themselves"),
        ("/Me".to_owned(), "/Me"),
    ] {
        let (s, _, v) = viewer
            .send(Method::PATCH, &path, Some(ext("mine")), &[])
            .await;
        assert_eq!(s, StatusCode::FORBIDDEN, "externalId of {who}: {v}");
    }
    let (s, _, v) = owner
        .send(
            Method::PATCH,
            &format!("/Users/{other}"),
            Some(ext("idp-1")),
            &[],
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["externalId"], "idp-1");

    // The same value again, by someone who may not edit: no new version, nothing in the audit.
    let (_, headers, before) = owner
        .send(Method::GET, &format!("/Users/{other}"), None, &[])
        .await;
    let same = patch(json!([{"op": "replace", "path": "name.givenName", "value": "Oth"}]));
    let (s, after_headers, after) = viewer
        .send(
            Method::PATCH,
            &format!("/Users/{other}"),
            Some(same.clone()),
            &[],
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{after}");
    assert_eq!(headers.get("etag"), after_headers.get("etag"));
    assert_eq!(before["meta"]["version"], after["meta"]["version"]);
    let (s, _, _) = owner
        .send(Method::PATCH, &format!("/Users/{other}"), Some(same), &[])
        .await;
    assert_eq!(s, StatusCode::OK);
    let (_, _, audit) = owner
        .call(Method::GET, &format!("/api/audit?user={other}"), None, &[])
        .await;
    let updates = audit["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter(|e| e["action"] == "update")
        .count();
    assert_eq!(
        updates, 1,
        "only the externalId change is an update: {audit}"
    );
}

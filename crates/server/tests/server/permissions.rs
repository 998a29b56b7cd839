//! Every endpoint against every kind of caller: one table, each row an action, each column a caller,
//! each cell the answer the server must give. Permissions are read per request, so each caller's
//! row is checked with the token they got at sign-in.

use crate::support::server::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use userdesk_core::{AccountType, Role, RoleSet};
use userdesk_server::account::create_user;

const PATCH_OP: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

/// The kinds of caller, in the table's column order.
const CALLERS: [&str; 6] = [
    "super admin",
    "config admin with Account owner",
    "config admin with User manager",
    "config admin with User viewer",
    "config admin with Administrator",
    "internal user",
];

#[derive(Debug, Clone, Copy)]
enum Act {
    ListUsers,
    GetOtherUser,
    GetSuperAdmin,
    EditOtherUser,
    EditSuperAdmin,
    EditSelf,
    ChangeOtherType,
    ChangeOwnType,
    AssignRolesToConfigAdmin,
    DeactivateOtherUser,
    DeactivateSelf,
    CreateUser,
    CreateSuperAdmin,
    DeleteOtherUser,
    SendActivationEmail,
    StartPhoneVerificationOfOther,
    ReadAudit,
    ReadRoles,
    ListGroups,
    CreateGroup,
    BulkCreateUser,
    ReadMe,
}

/// Expected answers per caller (columns as in `CALLERS`). `many` / `self` stand for a 200 list
/// with other users in it / with only the caller.
const TABLE: &[(Act, [&str; 6])] = &[
    (
        Act::ListUsers,
        ["many", "many", "many", "many", "self", "self"],
    ),
    (
        Act::GetOtherUser,
        ["200", "200", "200", "200", "404", "404"],
    ),
    (
        Act::GetSuperAdmin,
        ["200", "200", "200", "200", "404", "404"],
    ),
    (
        Act::EditOtherUser,
        ["200", "200", "200", "403", "404", "404"],
    ),
    (
        Act::EditSuperAdmin,
        ["200", "403", "403", "403", "404", "404"],
    ),
    (Act::EditSelf, ["200", "200", "200", "200", "200", "200"]),
    (
        Act::ChangeOtherType,
        ["200", "200", "200", "403", "404", "404"],
    ),
    (
        Act::ChangeOwnType,
        ["403", "403", "403", "403", "403", "403"],
    ),
    (
        Act::AssignRolesToConfigAdmin,
        ["200", "200", "403", "403", "404", "404"],
    ),
    (
        Act::DeactivateOtherUser,
        ["200", "200", "200", "403", "404", "404"],
    ),
    (
        Act::DeactivateSelf,
        ["403", "403", "403", "403", "403", "403"],
    ),
    (Act::CreateUser, ["201", "201", "201", "403", "403", "403"]),
    (
        Act::CreateSuperAdmin,
        ["201", "403", "403", "403", "403", "403"],
    ),
    (
        Act::DeleteOtherUser,
        ["204", "204", "204", "403", "404", "404"],
    ),
    (
        Act::SendActivationEmail,
        ["200", "200", "200", "403", "404", "404"],
    ),
    (
        Act::StartPhoneVerificationOfOther,
        ["202", "202", "202", "403", "404", "404"],
    ),
    (Act::ReadAudit, ["200", "200", "200", "403", "200", "403"]),
    (Act::ReadRoles, ["200", "200", "200", "200", "200", "200"]),
    (Act::ListGroups, ["200", "200", "200", "200", "200", "200"]),
    (Act::CreateGroup, ["201", "201", "403", "403", "201", "403"]),
    (
        Act::BulkCreateUser,
        ["201", "201", "201", "403", "403", "403"],
    ),
    (Act::ReadMe, ["200", "200", "200", "200", "200", "200"]),
];

fn patch(ops: Value) -> Value {
    json!({"schemas": [PATCH_OP], "Operations": ops})
}

async fn new_user(owner: &TestServer, tag: &str, account_type: &str) -> String {
    let mut p = person(&format!("{tag}@example.com"), "Tar", "Get");
    p[USERDESK] = json!({"accountType": account_type});
    owner.create(p).await["id"].as_str().expect("id").to_owned()
}

async fn run(owner: &TestServer, caller: &TestServer, me: &str, act: Act, n: usize) -> String {
    let tag = format!("t{n}-{act:?}").to_lowercase();
    let code = |s: StatusCode| s.as_u16().to_string();
    match act {
        Act::ListUsers => {
            let (s, v) = caller.list("count=5").await;
            assert_eq!(s, StatusCode::OK);
            match v["totalResults"].as_u64() {
                Some(1) if v["Resources"][0]["id"] == me => "self".into(),
                Some(n) if n > 1 => "many".into(),
                _ => format!("unexpected {v}"),
            }
        }
        Act::GetOtherUser | Act::GetSuperAdmin => {
            let kind = if matches!(act, Act::GetSuperAdmin) {
                "super_admin"
            } else {
                "internal"
            };
            let id = new_user(owner, &tag, kind).await;
            code(
                caller
                    .send(Method::GET, &format!("/Users/{id}"), None, &[])
                    .await
                    .0,
            )
        }
        Act::EditOtherUser | Act::EditSuperAdmin | Act::EditSelf => {
            let id = match act {
                Act::EditSelf => me.to_owned(),
                Act::EditSuperAdmin => new_user(owner, &tag, "super_admin").await,
                _ => new_user(owner, &tag, "internal").await,
            };
            let op = patch(json!([{"op": "replace", "path": "title", "value": "Edited"}]));
            code(
                caller
                    .send(Method::PATCH, &format!("/Users/{id}"), Some(op), &[])
                    .await
                    .0,
            )
        }
        Act::ChangeOtherType | Act::ChangeOwnType => {
            let id = match act {
                Act::ChangeOwnType => me.to_owned(),
                _ => new_user(owner, &tag, "internal").await,
            };
            let op = patch(
                json!([{"op": "replace", "path": format!("{USERDESK}:accountType"), "value": "external"}]),
            );
            code(
                caller
                    .send(Method::PATCH, &format!("/Users/{id}"), Some(op), &[])
                    .await
                    .0,
            )
        }
        Act::AssignRolesToConfigAdmin => {
            let id = new_user(owner, &tag, "config_admin").await;
            let op = patch(
                json!([{"op": "add", "path": "roles", "value": [{"value": Role::USER_VIEWER}]}]),
            );
            code(
                caller
                    .send(Method::PATCH, &format!("/Users/{id}"), Some(op), &[])
                    .await
                    .0,
            )
        }
        Act::DeactivateOtherUser | Act::DeactivateSelf => {
            let id = match act {
                Act::DeactivateSelf => me.to_owned(),
                _ => new_user(owner, &tag, "internal").await,
            };
            let op = patch(json!([{"op": "replace", "path": "active", "value": false}]));
            code(
                caller
                    .send(Method::PATCH, &format!("/Users/{id}"), Some(op), &[])
                    .await
                    .0,
            )
        }
        Act::CreateUser | Act::CreateSuperAdmin => {
            let mut p = person(&format!("{tag}@example.com"), "New", "Person");
            if matches!(act, Act::CreateSuperAdmin) {
                p[USERDESK] = json!({"accountType": "super_admin"});
            }
            code(caller.send(Method::POST, "/Users", Some(p), &[]).await.0)
        }
        Act::DeleteOtherUser => {
            let id = new_user(owner, &tag, "internal").await;
            code(
                caller
                    .send(Method::DELETE, &format!("/Users/{id}"), None, &[])
                    .await
                    .0,
            )
        }
        Act::SendActivationEmail => {
            let id = new_user(owner, &tag, "internal").await;
            let path = format!("/api/users/{id}/emails/activation");
            code(caller.call(Method::POST, &path, None, &[]).await.0)
        }
        Act::StartPhoneVerificationOfOther => {
            let id = new_user(owner, &tag, "internal").await;
            let path = format!("/api/users/{id}/phone-verification");
            let body = json!({"country": "DE", "number": "030 1234567"});
            code(caller.call(Method::POST, &path, Some(body), &[]).await.0)
        }
        Act::ReadAudit => code(caller.call(Method::GET, "/api/audit", None, &[]).await.0),
        Act::ReadRoles => code(caller.call(Method::GET, "/api/roles", None, &[]).await.0),
        Act::ListGroups => code(caller.send(Method::GET, "/Groups", None, &[]).await.0),
        Act::CreateGroup => {
            let g = json!({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": tag});
            code(caller.send(Method::POST, "/Groups", Some(g), &[]).await.0)
        }
        Act::BulkCreateUser => {
            let bulk = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"], "Operations": [
                {"method": "POST", "path": "/Users", "bulkId": "b1",
                 "data": person(&format!("{tag}@example.com"), "Bulk", "Made")}
            ]});
            let (s, _, v) = caller.send(Method::POST, "/Bulk", Some(bulk), &[]).await;
            assert_eq!(s, StatusCode::OK, "{v}");
            v["Operations"][0]["status"]
                .as_str()
                .unwrap_or("?")
                .to_owned()
        }
        Act::ReadMe => code(caller.send(Method::GET, "/Me", None, &[]).await.0),
    }
}

#[tokio::test]
async fn every_endpoint_answers_every_kind_of_caller_as_the_policy_says() {
    let owner = spawn(Backend::Sqlite).await;
    let password = "a password for the matrix";
    let mut callers = vec![(owner.as_token(&owner.token), String::new())];
    let me = owner.send(Method::GET, "/Me", None, &[]).await.2;
    callers[0].1 = me["id"].as_str().expect("id").to_owned();
    for (i, (account_type, roles)) in [
        (AccountType::ConfigAdmin, vec![Role::ACCOUNT_OWNER]),
        (AccountType::ConfigAdmin, vec![Role::USER_MANAGER]),
        (AccountType::ConfigAdmin, vec![Role::USER_VIEWER]),
        (AccountType::ConfigAdmin, vec![Role::ADMINISTRATOR]),
        (AccountType::Internal, vec![]),
    ]
    .into_iter()
    .enumerate()
    {
        let email = format!("caller{i}@example.com");
        let id = create_user(
            &owner.store,
            &email,
            "Cal",
            "Ler",
            password,
            account_type,
            RoleSet::new(roles).expect("roles"),
        )
        .await
        .expect("caller");
        let token = owner.sign_in(&email, password).await.expect("signs in");
        callers.push((owner.as_token(&token), id.to_string()));
    }

    let mut wrong = Vec::new();
    for (n, (act, expected)) in TABLE.iter().enumerate() {
        for (c, (caller, me)) in callers.iter().enumerate() {
            let got = run(&owner, caller, me, *act, n * 10 + c).await;
            if got != expected[c] {
                wrong.push(format!(
                    "{act:?} by {}: expected {}, got {got}",
                    CALLERS[c], expected[c]
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));

    // Nobody without a valid token gets anywhere.
    let anonymous = owner.as_token("");
    for path in ["/Users", "/Groups", "/Me", "/ServiceProviderConfig"] {
        assert_eq!(
            anonymous.send(Method::GET, path, None, &[]).await.0,
            StatusCode::UNAUTHORIZED,
            "{path}"
        );
    }
    for path in ["/api/audit", "/api/roles"] {
        assert_eq!(
            anonymous.call(Method::GET, path, None, &[]).await.0,
            StatusCode::UNAUTHORIZED,
            "{path}"
        );
    }
}

#[tokio::test]
async fn a_permission_change_applies_to_the_next_request() {
    let owner = spawn(Backend::Sqlite).await;
    let id = create_user(
        &owner.store,
        "grows@example.com",
        "Gro",
        "Ws",
        "a password that grows",
        AccountType::ConfigAdmin,
        RoleSet::new([Role::USER_VIEWER]).expect("roles"),
    )
    .await
    .expect("user");
    let token = owner
        .sign_in("grows@example.com", "a password that grows")
        .await
        .expect("signs in");
    let them = owner.as_token(&token);
    let p = person("new@example.com", "New", "Person");
    assert_eq!(
        them.send(Method::POST, "/Users", Some(p.clone()), &[])
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    let op = patch(
        json!([{"op": "replace", "path": "roles", "value": [{"value": Role::USER_MANAGER}]}]),
    );
    let (s, _, v) = owner
        .send(Method::PATCH, &format!("/Users/{id}"), Some(op), &[])
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(
        them.send(Method::POST, "/Users", Some(p), &[]).await.0,
        StatusCode::CREATED,
        "same token, new permissions"
    );
    // Roles come from the catalog only.
    let op = patch(json!([{"op": "replace", "path": "roles", "value": [{"value": "root"}]}]));
    let (s, _, v) = owner
        .send(Method::PATCH, &format!("/Users/{id}"), Some(op), &[])
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");
    assert!(
        v["detail"]
            .as_str()
            .is_some_and(|d| d.starts_with("roles: ")),
        "{v}"
    );
    let (_, _, catalog) = owner.call(Method::GET, "/api/roles", None, &[]).await;
    let administrator = catalog["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .find(|r| r["id"] == Role::ADMINISTRATOR)
        .expect("administrator");
    assert!(
        !administrator["permissions"]
            .as_array()
            .expect("permissions")
            .iter()
            .any(|p| p.as_str().is_some_and(|p| p.starts_with("users."))),
        "{administrator}"
    );
    assert_eq!(catalog["maxRolesPerUser"], 25);
}

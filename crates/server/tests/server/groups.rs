//! `/Groups` over real HTTP, on SQLite and on PostgreSQL: membership is each user's one custom
//! group, kept consistent with `/Users` in every change.

use crate::on_both_backends;
use crate::support::server::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use userdesk_core::{AccountType, RoleSet};
use userdesk_server::account::create_user;

const GROUP: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
const PATCH_OP: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

async fn user(s: &TestServer, email: &str, given: &str, family: &str) -> String {
    s.create(person(email, given, family)).await["id"]
        .as_str()
        .expect("id")
        .to_owned()
}

fn group(name: &str, members: &[&str]) -> Value {
    json!({
        "schemas": [GROUP],
        "displayName": name,
        "members": members.iter().map(|m| json!({"value": m})).collect::<Vec<_>>(),
    })
}

fn member_ids(g: &Value) -> Vec<String> {
    let mut ids: Vec<String> = g["members"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|m| m["value"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    ids.sort();
    ids
}

fn sorted(ids: &[&String]) -> Vec<String> {
    let mut v: Vec<String> = ids.iter().map(|s| (*s).clone()).collect();
    v.sort();
    v
}

async fn get_user(s: &TestServer, id: &str) -> Value {
    s.send(Method::GET, &format!("/Users/{id}"), None, &[])
        .await
        .2
}

fn patch(ops: Value) -> Value {
    json!({"schemas": [PATCH_OP], "Operations": ops})
}

async fn groups_are_created_listed_filtered_patched_and_deleted_with_their_members(s: TestServer) {
    let a = user(&s, "ann@example.com", "Ann", "Alder").await;
    let b = user(&s, "bo@example.com", "Bo", "Birch").await;
    let c = user(&s, "cy@example.com", "Cy", "Cedar").await;
    let a_before = get_user(&s, &a).await["meta"]["version"].clone();

    let (status, headers, g) = s
        .send(
            Method::POST,
            "/Groups",
            Some(group("Field team", &[&a, &b])),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{g}");
    let gid = g["id"].as_str().expect("id").to_owned();
    assert_eq!(member_ids(&g), sorted(&[&a, &b]));
    assert_eq!(g["members"][0]["display"], "Ann Alder");
    assert_eq!(g["members"][0]["type"], "User");
    assert!(
        headers
            .get("location")
            .and_then(|l| l.to_str().ok())
            .is_some_and(|l| l.ends_with(&format!("/Groups/{gid}")))
    );

    // The users show their group, and changed version for syncing clients.
    let ann = get_user(&s, &a).await;
    assert_eq!(ann["groups"][0]["value"], gid.as_str());
    assert_eq!(ann["groups"][0]["display"], "Field team");
    assert_ne!(ann["meta"]["version"], a_before);
    let (_, members) = s
        .list(&format!(
            "filter={}",
            enc(&format!("groups.value eq \"{gid}\""))
        ))
        .await;
    assert_eq!(members["totalResults"], 2, "{members}");

    // Filters over groups and their members.
    let (_, _, found) = s
        .send(
            Method::GET,
            &format!("/Groups?filter={}", enc("displayName sw \"field\"")),
            None,
            &[],
        )
        .await;
    assert_eq!(found["totalResults"], 1, "{found}");
    let (_, _, found) = s
        .send(
            Method::GET,
            &format!(
                "/Groups?filter={}",
                enc(&format!("members[value eq \"{a}\"]"))
            ),
            None,
            &[],
        )
        .await;
    assert_eq!(found["totalResults"], 1, "{found}");
    let (_, _, found) = s
        .send(
            Method::GET,
            &format!(
                "/Groups?filter={}",
                enc(&format!("members.value eq \"{c}\""))
            ),
            None,
            &[],
        )
        .await;
    assert_eq!(found["totalResults"], 0, "{found}");
    let (_, _, slim) = s
        .send(Method::GET, "/Groups?excludedAttributes=members", None, &[])
        .await;
    assert!(slim["Resources"][0].get("members").is_none(), "{slim}");
    assert_eq!(slim["Resources"][0]["displayName"], "Field team");
    // The same question as a POST to /Groups/.search (RFC 7644 §3.4.3), with a projection.
    let (status, _, searched) = s
        .send(
            Method::POST,
            "/Groups/.search",
            Some(json!({
                "schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                "filter": format!("members.value eq \"{a}\""),
                "attributes": ["displayName"],
            })),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{searched}");
    assert_eq!(searched["totalResults"], 1, "{searched}");
    assert_eq!(searched["Resources"][0]["displayName"], "Field team");
    assert!(
        searched["Resources"][0].get("members").is_none(),
        "{searched}"
    );
    assert_eq!(
        searched["Resources"][0]["id"],
        gid.as_str(),
        "id is always returned"
    );

    // PATCH: Cy joins, Ann leaves, the group is renamed.
    let (status, _, g2) = s
        .send(
            Method::PATCH,
            &format!("/Groups/{gid}"),
            Some(patch(json!([
                {"op": "add", "path": "members", "value": [{"value": c}]},
                {"op": "remove", "path": format!("members[value eq \"{a}\"]")},
                {"op": "replace", "path": "displayName", "value": "Field crew"}
            ]))),
            &[("if-match", "W/\"1\"")],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{g2}");
    assert_eq!(member_ids(&g2), sorted(&[&b, &c]));
    assert_eq!(g2["meta"]["version"], "W/\"2\"");
    assert!(get_user(&s, &a).await.get("groups").is_none());
    assert_eq!(get_user(&s, &b).await["groups"][0]["display"], "Field crew");
    assert_eq!(get_user(&s, &c).await["groups"][0]["value"], gid.as_str());

    // A stale version changes nothing.
    let (status, _, _) = s
        .send(
            Method::PATCH,
            &format!("/Groups/{gid}"),
            Some(patch(
                json!([{"op": "replace", "path": "displayName", "value": "Late"}]),
            )),
            &[("if-match", "W/\"1\"")],
        )
        .await;
    assert_eq!(status, StatusCode::PRECONDITION_FAILED);

    // PUT replaces the members.
    let (status, _, g3) = s
        .send(
            Method::PUT,
            &format!("/Groups/{gid}"),
            Some(group("Field crew", &[&a])),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{g3}");
    assert_eq!(member_ids(&g3), vec![a.clone()]);
    assert!(get_user(&s, &b).await.get("groups").is_none());

    // Deleting the group puts its members back in the default group.
    let (status, _, _) = s
        .send(Method::DELETE, &format!("/Groups/{gid}"), None, &[])
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert!(get_user(&s, &a).await.get("groups").is_none());
    let (status, _, _) = s
        .send(Method::GET, &format!("/Groups/{gid}"), None, &[])
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Every step is audited: the group's changes and each person's.
    let (_, _, audit) = s
        .call(Method::GET, &format!("/api/audit?user={gid}"), None, &[])
        .await;
    let actions: Vec<&str> = audit["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    assert_eq!(
        actions,
        [
            "group-delete",
            "group-update",
            "group-update",
            "group-create"
        ]
    );
    let (_, _, audit) = s
        .call(Method::GET, &format!("/api/audit?user={a}"), None, &[])
        .await;
    let changes: Vec<&Value> = audit["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter(|e| e["action"] == "update")
        .collect();
    assert_eq!(changes.len(), 4, "joined, left, joined, left: {audit}");
}

async fn a_user_belongs_to_one_group_and_bad_groups_change_nothing(s: TestServer) {
    let a = user(&s, "ann@example.com", "Ann", "Alder").await;
    let (status, _, first) = s
        .send(Method::POST, "/Groups", Some(group("Alpha", &[&a])), &[])
        .await;
    assert_eq!(status, StatusCode::CREATED, "{first}");

    // Already in Alpha: a second group cannot take her, and is not created either.
    let (status, _, err) = s
        .send(Method::POST, "/Groups", Some(group("Beta", &[&a])), &[])
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{err}");
    assert_eq!(err["scimType"], "uniqueness");
    assert!(
        err["detail"]
            .as_str()
            .is_some_and(|d| d.contains("Ann Alder already belongs to the group Alpha")),
        "{err}"
    );
    let (_, _, all) = s.send(Method::GET, "/Groups", None, &[]).await;
    assert_eq!(all["totalResults"], 1);

    // Names are unique regardless of case; members are users of this account.
    let (status, _, err) = s
        .send(Method::POST, "/Groups", Some(group("ALPHA", &[])), &[])
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{err}");
    let ghost = uuid::Uuid::new_v4().to_string();
    let (status, _, err) = s
        .send(
            Method::POST,
            "/Groups",
            Some(group("Gamma", &[&ghost])),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{err}");
    assert!(
        err["detail"].as_str().is_some_and(|d| d.contains(&ghost)),
        "{err}"
    );
    let mut nested = group("Delta", &[]);
    nested["members"] = json!([{"value": first["id"], "type": "Group"}]);
    let (status, _, err) = s.send(Method::POST, "/Groups", Some(nested), &[]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{err}");
    let (status, _, err) = s
        .send(Method::POST, "/Groups", Some(group("  ", &[])), &[])
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{err}");
    assert!(
        err["detail"]
            .as_str()
            .is_some_and(|d| d.starts_with("displayName: ")),
        "{err}"
    );

    // Being the group's manager is part of the user's profile.
    let op = |v: bool| {
        patch(json!([{"op": "replace", "path": format!("{USERDESK}:groupManager"), "value": v}]))
    };
    let (status, _, ann) = s
        .send(Method::PATCH, &format!("/Users/{a}"), Some(op(true)), &[])
        .await;
    assert_eq!(status, StatusCode::OK, "{ann}");
    assert_eq!(ann[USERDESK]["groupManager"], true);
    let b = user(&s, "bo@example.com", "Bo", "Birch").await;
    let (status, _, err) = s
        .send(Method::PATCH, &format!("/Users/{b}"), Some(op(true)), &[])
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{err}");
    // Renaming the group keeps her its manager.
    let gid = first["id"].as_str().expect("id");
    let (status, _, _) = s
        .send(
            Method::PATCH,
            &format!("/Groups/{gid}"),
            Some(patch(
                json!([{"op": "replace", "path": "displayName", "value": "Alpha One"}]),
            )),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let ann = get_user(&s, &a).await;
    assert_eq!(ann[USERDESK]["groupManager"], true);
    assert_eq!(ann["groups"][0]["display"], "Alpha One");
}

async fn who_may_do_what_with_groups(s: TestServer) {
    let a = user(&s, "ann@example.com", "Ann", "Alder").await;
    let (_, _, g) = s
        .send(Method::POST, "/Groups", Some(group("Alpha", &[&a])), &[])
        .await;
    let gid = g["id"].as_str().expect("id").to_owned();
    let signed_in =
        |email: &'static str, account_type: AccountType, roles: &'static [&'static str]| {
            let s = &s;
            async move {
                create_user(
                    &s.store,
                    email,
                    "Test",
                    "Person",
                    "a password for tests",
                    account_type,
                    RoleSet::new(roles.iter().copied()).expect("roles"),
                )
                .await
                .expect("user");
                let token = s
                    .sign_in(email, "a password for tests")
                    .await
                    .expect("signs in");
                s.as_token(&token)
            }
        };
    let viewer = signed_in(
        "viewer@example.com",
        AccountType::ConfigAdmin,
        &["user-viewer"],
    )
    .await;
    let administrator = signed_in(
        "config@example.com",
        AccountType::ConfigAdmin,
        &["administrator"],
    )
    .await;
    let plain = signed_in("plain@example.com", AccountType::Internal, &[]).await;

    // Viewers see groups and members, and change nothing.
    let (status, _, seen) = viewer
        .send(Method::GET, &format!("/Groups/{gid}"), None, &[])
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(member_ids(&seen), vec![a.clone()]);
    let (status, _, _) = viewer
        .send(Method::POST, "/Groups", Some(group("Mine", &[])), &[])
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // The Administrator role manages groups but not the people in them.
    let (status, _, seen) = administrator
        .send(Method::GET, &format!("/Groups/{gid}"), None, &[])
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(member_ids(&seen).is_empty(), "members are users: {seen}");
    let (status, _, made) = administrator
        .send(
            Method::POST,
            "/Groups",
            Some(group("Config made", &[])),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    let (status, _, err) = administrator
        .send(
            Method::POST,
            "/Groups",
            Some(group("With people", &[&a])),
            &[],
        )
        .await;
    // Ann is not someone this role may see, so for it she does not exist.
    assert_eq!(status, StatusCode::BAD_REQUEST, "{err}");
    let (status, _, _) = administrator
        .send(Method::DELETE, &format!("/Groups/{gid}"), None, &[])
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "deleting moves Ann");
    let (status, _, _) = administrator
        .send(
            Method::PATCH,
            &format!("/Groups/{gid}"),
            Some(patch(
                json!([{"op": "replace", "path": "displayName", "value": "Alpha renamed"}]),
            )),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "renaming is configuration");

    // Without permissions one sees no group but one's own.
    let (status, _, list) = plain.send(Method::GET, "/Groups", None, &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list["totalResults"], 0, "{list}");
    let (status, _, _) = plain
        .send(Method::GET, &format!("/Groups/{gid}"), None, &[])
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

on_both_backends!(
    groups_are_created_listed_filtered_patched_and_deleted_with_their_members,
    a_user_belongs_to_one_group_and_bad_groups_change_nothing,
    who_may_do_what_with_groups,
);

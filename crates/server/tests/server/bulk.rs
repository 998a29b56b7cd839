//! `/Bulk` over real HTTP, on SQLite and on PostgreSQL.

use crate::on_both_backends;
use crate::support::server::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const BULK: &str = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
const PATCH_OP: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

fn bulk(ops: Value) -> Value {
    json!({"schemas": [BULK], "Operations": ops})
}

fn title(t: &str) -> Value {
    json!({"schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "title", "value": t}]})
}

fn statuses(reply: &Value) -> Vec<String> {
    reply["Operations"]
        .as_array()
        .expect("operations")
        .iter()
        .map(|o| {
            format!(
                "{} {}",
                o["bulkId"].as_str().unwrap_or("-"),
                o["status"].as_str().unwrap_or("?")
            )
        })
        .collect()
}

async fn operations_run_with_bulk_ids_resolved_in_any_order(s: TestServer) {
    let existing = s.create(person("old@example.com", "Old", "Timer")).await;
    let old_id = existing["id"].as_str().expect("id");
    let (status, _, reply) = s
        .send(
            Method::POST,
            "/Bulk",
            Some(bulk(json!([
                // Refers to a user created further down: it waits for it.
                {"method": "POST", "path": "/Groups", "bulkId": "team",
                 "data": {"displayName": "Night shift", "members": [{"value": "bulkId:ada"}]}},
                {"method": "POST", "path": "/Users", "bulkId": "ada",
                 "data": person("ada@example.com", "Ada", "Lovelace")},
                {"method": "PATCH", "path": "/Users/bulkId:ada", "bulkId": "ada-title",
                 "data": title("Analyst")},
                {"method": "PATCH", "path": format!("/Users/{old_id}"), "bulkId": "stale",
                 "version": "W/\"7\"", "data": title("Never")},
                {"method": "DELETE", "path": format!("/Users/{}", uuid::Uuid::new_v4()), "bulkId": "ghost"},
            ]))),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    assert_eq!(
        reply["schemas"][0],
        "urn:ietf:params:scim:api:messages:2.0:BulkResponse"
    );
    assert_eq!(
        statuses(&reply),
        [
            "team 201",
            "ada 201",
            "ada-title 200",
            "stale 412",
            "ghost 404"
        ]
    );
    let ops = reply["Operations"].as_array().expect("ops");
    let ada_location = ops[1]["location"].as_str().expect("location");
    let ada_id = ada_location.rsplit('/').next().expect("id");
    // In order, except that the group waited for Ada: created, titled, then put in the group.
    assert_eq!(ops[2]["version"], "W/\"2\"");
    // RFC 7644 §3.7.3: every result but a failed POST says which resource it was about.
    assert_eq!(ops[2]["location"], ada_location);
    assert!(
        ops[3]["location"]
            .as_str()
            .is_some_and(|l| l.ends_with(&format!("/Users/{old_id}"))),
        "{}",
        ops[3]
    );
    assert_eq!(ops[3]["response"]["status"], "412");

    let (_, _, ada) = s
        .send(Method::GET, &format!("/Users/{ada_id}"), None, &[])
        .await;
    assert_eq!(ada["title"], "Analyst");
    assert_eq!(ada["meta"]["version"], "W/\"3\"");
    assert_eq!(ada["groups"][0]["display"], "Night shift");
    let (_, _, old) = s
        .send(Method::GET, &format!("/Users/{old_id}"), None, &[])
        .await;
    assert!(
        old.get("title").is_none(),
        "the stale PATCH changed nothing"
    );
}

async fn a_retried_bulk_request_does_each_operation_once(s: TestServer) {
    let request = bulk(json!([
        {"method": "POST", "path": "/Users", "bulkId": "entry-1",
         "data": person("bea@example.com", "Bea", "Once")},
        {"method": "PATCH", "path": "/Users/bulkId:entry-1", "bulkId": "entry-2",
         "data": title("Lead")},
    ]));
    let key = [("idempotency-key", "device-7/outbox-41")];
    let (_, _, first) = s
        .send(Method::POST, "/Bulk", Some(request.clone()), &key)
        .await;
    let (_, _, second) = s.send(Method::POST, "/Bulk", Some(request), &key).await;
    assert_eq!(statuses(&first), ["entry-1 201", "entry-2 200"]);
    assert_eq!(first, second, "the retry replays every stored reply");
    let (_, list) = s
        .list(&format!(
            "filter={}",
            enc("userName eq \"bea@example.com\"")
        ))
        .await;
    assert_eq!(list["totalResults"], 1);
    assert_eq!(list["Resources"][0]["meta"]["version"], "W/\"2\"");
}

async fn bad_bulk_requests_are_refused_whole_or_per_operation(s: TestServer) {
    // Whole request: too many operations, duplicate bulkIds, unknown methods.
    let many: Vec<Value> = (0..1001)
        .map(|i| json!({"method": "DELETE", "path": format!("/Users/{i}")}))
        .collect();
    let (status, _, err) = s
        .send(Method::POST, "/Bulk", Some(bulk(json!(many))), &[])
        .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{err}");
    assert_eq!(err["scimType"], "tooMany");
    let (status, _, err) = s
        .send(
            Method::POST,
            "/Bulk",
            Some(bulk(json!([
                {"method": "POST", "path": "/Users", "bulkId": "x", "data": person("a@example.com", "A", "A")},
                {"method": "POST", "path": "/Users", "bulkId": "x", "data": person("b@example.com", "B", "B")},
            ]))),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{err}");
    let (status, _, _) = s
        .send(
            Method::POST,
            "/Bulk",
            Some(bulk(json!([{"method": "GET", "path": "/Users"}]))),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _, _) = s
        .send(Method::POST, "/Bulk", Some(json!({"Operations": []})), &[])
        .await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "a BulkRequest names its schema"
    );

    // Per operation: circles and dangling references fail, the rest goes on.
    let (_, _, reply) = s
        .send(
            Method::POST,
            "/Bulk",
            Some(bulk(json!([
                {"method": "POST", "path": "/Groups", "bulkId": "g1",
                 "data": {"displayName": "One", "members": [{"value": "bulkId:g2"}]}},
                {"method": "POST", "path": "/Groups", "bulkId": "g2",
                 "data": {"displayName": "Two", "members": [{"value": "bulkId:g1"}]}},
                {"method": "PATCH", "path": "/Users/bulkId:nowhere", "bulkId": "p", "data": title("x")},
                {"method": "POST", "path": "/Users", "bulkId": "ok",
                 "data": person("fine@example.com", "Fine", "User")},
            ]))),
            &[],
        )
        .await;
    assert_eq!(
        statuses(&reply),
        ["g1 409", "g2 409", "p 409", "ok 201"],
        "{reply}"
    );

    // failOnErrors stops after that many errors.
    let (_, _, reply) = s
        .send(
            Method::POST,
            "/Bulk",
            Some(json!({"schemas": [BULK], "failOnErrors": 1, "Operations": [
                {"method": "POST", "path": "/Users", "bulkId": "bad",
                 "data": person("not an address", "Bad", "Mail")},
                {"method": "POST", "path": "/Users", "bulkId": "never",
                 "data": person("never@example.com", "Never", "Done")},
            ]})),
            &[],
        )
        .await;
    assert_eq!(statuses(&reply), ["bad 400"], "{reply}");
    assert!(
        reply["Operations"][0]["response"]["detail"]
            .as_str()
            .is_some_and(|d| d.starts_with("userName: ")),
        "{reply}"
    );
    let (_, list) = s
        .list(&format!(
            "filter={}",
            enc("userName eq \"never@example.com\"")
        ))
        .await;
    assert_eq!(list["totalResults"], 0);

    // Bulk is advertised with its limits.
    let (_, _, spc) = s
        .send(Method::GET, "/ServiceProviderConfig", None, &[])
        .await;
    assert_eq!(spc["bulk"]["supported"], true);
    assert_eq!(spc["bulk"]["maxOperations"], 1000);
}

async fn patches_of_many_users_give_the_result_of_doing_them_in_order(s: TestServer) {
    let mut ids = Vec::new();
    for n in 0..30 {
        let u = s
            .create(person(
                &format!("p{n}@example.com"),
                "Pat",
                &format!("N{n}"),
            ))
            .await;
        ids.push(u["id"].as_str().expect("id").to_owned());
    }
    let mut ops: Vec<Value> = ids
        .iter()
        .enumerate()
        .map(|(n, id)| {
            json!({"method": "PATCH", "path": format!("/Users/{id}"), "bulkId": format!("t{n}"),
                   "version": "W/\"1\"", "data": title(&format!("Title {n}"))})
        })
        .collect();
    // The same user again, on the version it had before the first PATCH: only in order is it
    // refused (the first PATCH made version 2).
    ops.push(
        json!({"method": "PATCH", "path": format!("/Users/{}", ids[3]), "bulkId": "again",
                    "version": "W/\"1\"", "data": title("Too late")}),
    );
    // A user name handed on: the second is only free once the first moved away.
    ops.push(
        json!({"method": "PATCH", "path": format!("/Users/{}", ids[0]), "bulkId": "free",
                    "data": {"schemas": [PATCH_OP], "Operations": [
                        {"op": "replace", "path": "userName", "value": "moved@example.com"}]}}),
    );
    ops.push(
        json!({"method": "PATCH", "path": format!("/Users/{}", ids[1]), "bulkId": "take",
                    "data": {"schemas": [PATCH_OP], "Operations": [
                        {"op": "replace", "path": "userName", "value": "p0@example.com"}]}}),
    );
    let (status, _, reply) = s
        .send(Method::POST, "/Bulk", Some(bulk(json!(ops))), &[])
        .await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    let mut expected: Vec<String> = (0..30).map(|n| format!("t{n} 200")).collect();
    expected.extend(["again 412".into(), "free 200".into(), "take 200".into()]);
    assert_eq!(statuses(&reply), expected);
    for (n, id) in ids.iter().enumerate() {
        let (_, _, u) = s
            .send(Method::GET, &format!("/Users/{id}"), None, &[])
            .await;
        let title = if n == 3 {
            "Title 3".to_owned()
        } else {
            format!("Title {n}")
        };
        assert_eq!(u["title"], title.as_str());
        let name = match n {
            0 => "moved@example.com".to_owned(),
            1 => "p0@example.com".to_owned(),
            n => format!("p{n}@example.com"),
        };
        assert_eq!(u["userName"], name.as_str());
    }
}

on_both_backends!(
    operations_run_with_bulk_ids_resolved_in_any_order,
    a_retried_bulk_request_does_each_operation_once,
    bad_bulk_requests_are_refused_whole_or_per_operation,
    patches_of_many_users_give_the_result_of_doing_them_in_order,
);

//! The SCIM payloads whose exact JSON other software reads, as snapshots (`cargo insta review`
//! after a deliberate change): what the server says it supports, the schemas it enforces, a user
//! as created, a list page and an error. Addresses, ids and times, which change from run to run,
//! are redacted.

use insta::assert_json_snapshot;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::support::server::*;

#[tokio::test]
async fn discovery_documents_are_exactly_as_published() {
    let s = spawn(Backend::Sqlite).await;
    for (name, path) in [
        ("service_provider_config", "/ServiceProviderConfig"),
        ("resource_types", "/ResourceTypes"),
        ("schemas", "/Schemas"),
    ] {
        let (status, _, v) = s.send(Method::GET, path, None, &[]).await;
        assert_eq!(status, StatusCode::OK, "{path}: {v}");
        assert_json_snapshot!(name, v, {
            ".meta.location" => "[location]",
            ".Resources[].meta.location" => "[location]",
        });
    }
}

#[tokio::test]
async fn a_user_a_list_page_and_an_error_are_exactly_as_published() {
    let s = spawn(Backend::Sqlite).await;
    let mut body = person("ada@example.com", "Ada", "Lovelace");
    body["title"] = json!("Analyst");
    body["phoneNumbers"] = json!([{"type": "mobile", "value": "+41781234567"}]);
    body[ENTERPRISE] = json!({"employeeNumber": "B-1815"});
    body["schemas"] = json!(["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE]);
    let user = s.create(body).await;
    assert_json_snapshot!("created_user", user, {
        ".id" => "[id]",
        ".meta.created" => "[time]",
        ".meta.lastModified" => "[time]",
        ".meta.location" => "[location]",
    });

    let (status, page) = s
        .list(&format!(
            "filter={}&attributes=userName,name",
            enc("userName eq \"ada@example.com\"")
        ))
        .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_json_snapshot!("list_page", page, { ".Resources[].id" => "[id]" });

    let (status, _, error) = s
        .send(
            Method::GET,
            "/Users?filter=userName%20zz%20%22x%22",
            None,
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{error}");
    assert_json_snapshot!("invalid_filter", error);
}

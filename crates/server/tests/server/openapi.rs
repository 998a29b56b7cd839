//! The OpenAPI document served at /api/openapi.json describes exactly the routes beside SCIM:
//! every documented operation exists, answers anonymous callers as its security says, and the
//! endpoints the app and the e-mails use are all in it.

use crate::support::server::*;
use reqwest::{Method, StatusCode};
use serde_json::Value;

/// What the desktop app, the e-mails and scripts rely on.
const EXPECTED: &[(&str, &str)] = &[
    ("post", "/auth/sign-in"),
    ("post", "/auth/refresh"),
    ("post", "/auth/sign-out"),
    ("post", "/api/me/password"),
    ("get", "/api/audit"),
    ("get", "/api/roles"),
    ("post", "/api/users/{id}/emails/{kind}"),
    ("post", "/api/users/{id}/phone-verification"),
    ("post", "/api/users/{id}/phone-verification/confirm"),
    ("put", "/api/users/{id}/avatar"),
    ("delete", "/api/users/{id}/avatar"),
    ("get", "/avatars/{name}"),
    ("get", "/account/password"),
    ("post", "/account/password"),
    ("get", "/account/page.css"),
];

#[tokio::test]
async fn the_document_and_the_routes_agree() {
    let s = spawn(Backend::Sqlite).await;
    let r = s
        .http
        .get(format!("{}/api/openapi.json", s.root))
        .send()
        .await
        .expect("document");
    assert_eq!(r.status(), StatusCode::OK);
    let doc: Value = r.json().await.expect("json");
    assert!(doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")));
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );

    let mut documented = Vec::new();
    // Signing out ends the test's session: that operation is tried last.
    let mut paths: Vec<(&String, &Value)> =
        doc["paths"].as_object().expect("paths").iter().collect();
    paths.sort_by_key(|(path, _)| path.as_str() == "/auth/sign-out");
    for (path, item) in paths {
        for (method, op) in item.as_object().expect("path item") {
            if !["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                continue;
            }
            documented.push((method.clone(), path.clone()));
            assert!(
                op["responses"].as_object().is_some_and(|r| !r.is_empty()),
                "{method} {path} documents its responses"
            );
            let secured = op.get("security").is_some();
            let url = format!(
                "{}{}",
                s.root,
                path.replace("{id}", &uuid::Uuid::new_v4().to_string())
                    .replace("{kind}", "activation")
                    .replace("{name}", &format!("{}.png", "0".repeat(64)))
            );
            let m = Method::from_bytes(method.to_uppercase().as_bytes()).expect("method");
            // Anonymous: a secured operation refuses with 401; any other answers from its handler.
            let anonymous = s
                .http
                .request(m.clone(), &url)
                .send()
                .await
                .expect("request");
            let status = anonymous.status();
            let body = anonymous.text().await.unwrap_or_default();
            assert_ne!(status, StatusCode::METHOD_NOT_ALLOWED, "{method} {path}");
            assert!(
                !body.contains("There is no such endpoint"),
                "{method} {path} is documented but not routed"
            );
            if secured {
                assert_eq!(status, StatusCode::UNAUTHORIZED, "{method} {path}");
                // With a token it reaches the handler (which may still refuse the empty request).
                let signed = s
                    .http
                    .request(m, &url)
                    .bearer_auth(&s.token)
                    .header("content-type", "application/json")
                    .body("{}")
                    .send()
                    .await
                    .expect("request");
                let status = signed.status();
                let body = signed.text().await.unwrap_or_default();
                assert_ne!(status, StatusCode::UNAUTHORIZED, "{method} {path}: {body}");
                assert!(
                    !body.contains("There is no such endpoint"),
                    "{method} {path}"
                );
            } else {
                assert_ne!(status, StatusCode::UNAUTHORIZED, "{method} {path}");
            }
        }
    }
    documented.sort();
    let mut expected: Vec<(String, String)> = EXPECTED
        .iter()
        .map(|(m, p)| ((*m).to_owned(), (*p).to_owned()))
        .collect();
    expected.sort();
    assert_eq!(documented, expected);

    // An address that is no route says so.
    let r = s
        .http
        .get(format!("{}/api/nothing-here", s.root))
        .send()
        .await
        .expect("request");
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(
        r.text()
            .await
            .unwrap_or_default()
            .contains("There is no such endpoint")
    );
}

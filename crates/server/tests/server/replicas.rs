//! Two `userdesk-server` processes on one PostgreSQL database behave as one server: the state is in
//! the database, so a token from one works on the other and their writes never overwrite each other.

use crate::support::process::{ServerProcess, init};
use reqwest::StatusCode;
use serde_json::{Value, json};

const PASSWORD: &str = "replicas share everything";

fn start(database_url: &str) -> ServerProcess {
    ServerProcess::start(&[], &[("DATABASE_URL", database_url)])
}

#[tokio::test]
async fn two_server_processes_share_one_postgres_database() {
    let url = crate::support::postgres::fresh_database().await;
    let env = [("DATABASE_URL", url.as_str())];
    let first = init(&env, &[], "owner@example.com", PASSWORD);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let again = init(&env, &[], "other@example.com", PASSWORD);
    assert!(!again.status.success(), "an account is created once");

    let (a, b) = (start(&url), start(&url));
    let http = crate::support::http();
    let signed: Value = http
        .post(format!("{}/auth/sign-in", a.root))
        .json(&json!({"email": "owner@example.com", "password": PASSWORD}))
        .send()
        .await
        .expect("sign in on A")
        .json()
        .await
        .expect("tokens");
    let token = signed["access_token"].as_str().expect("token").to_owned();

    let created: Value = http
        .post(format!("{}/scim/v2/Users", b.root))
        .bearer_auth(&token)
        .header("content-type", "application/scim+json")
        .body(json!({"userName": "shared@example.com", "name": {"givenName": "Sha", "familyName": "Red"}}).to_string())
        .send()
        .await
        .expect("create on B with A's token")
        .json()
        .await
        .expect("resource");
    let id = created["id"].as_str().expect("id").to_owned();

    // The same version edited on both replicas at once: exactly one wins, the other gets 412.
    let patch = |root: String, title: &'static str| {
        let http = http.clone();
        let token = token.clone();
        let id = id.clone();
        async move {
            http.patch(format!("{root}/scim/v2/Users/{id}"))
                .bearer_auth(token)
                .header("if-match", "W/\"1\"")
                .header("content-type", "application/scim+json")
                .body(json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": "title", "value": title}]}).to_string())
                .send()
                .await
                .expect("patch")
                .status()
        }
    };
    let (sa, sb) = tokio::join!(
        patch(a.root.clone(), "From A"),
        patch(b.root.clone(), "From B")
    );
    let mut statuses = [sa, sb];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::PRECONDITION_FAILED]);

    let on_a: Value = http
        .get(format!("{}/scim/v2/Users/{id}", a.root))
        .bearer_auth(&token)
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("json");
    let on_b: Value = http
        .get(format!("{}/scim/v2/Users/{id}", b.root))
        .bearer_auth(&token)
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("json");
    assert_eq!(on_a["title"], on_b["title"]);
    assert_eq!(on_a["meta"]["version"], "W/\"2\"");

    // Signing out on B ends the session on A too.
    let out = http
        .post(format!("{}/auth/sign-out", b.root))
        .bearer_auth(&token)
        .send()
        .await
        .expect("sign out");
    assert_eq!(out.status(), StatusCode::NO_CONTENT);
    let after = http
        .get(format!("{}/scim/v2/Users", a.root))
        .bearer_auth(&token)
        .send()
        .await
        .expect("list");
    assert_eq!(after.status(), StatusCode::UNAUTHORIZED);
}

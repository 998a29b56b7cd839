//! Two `userdesk-server` processes on one PostgreSQL database behave as one server: the state is in
//! the database, so a token from one works on the other and their writes never overwrite each other.

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use reqwest::StatusCode;
use serde_json::{Value, json};

struct Replica {
    child: Child,
    root: String,
}

impl Drop for Replica {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const EXE: &str = env!("CARGO_BIN_EXE_userdesk-server");
const PASSWORD: &str = "replicas share everything";

fn start(database_url: &str) -> Replica {
    let mut child = Command::new(EXE)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start userdesk-server");
    let stdout = child.stdout.take().expect("stdout");
    let line = BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .find(|l| l.contains("listening on"))
        .expect("the server says where it listens");
    let root = line.rsplit(' ').next().expect("an address").to_owned();
    Replica { child, root }
}

#[tokio::test]
async fn two_server_processes_share_one_postgres_database() {
    let url = support::postgres::fresh_database().await;
    let init = Command::new(EXE)
        .args([
            "init",
            "--email",
            "owner@example.com",
            "--first-name",
            "Olive",
            "--last-name",
            "Owner",
        ])
        .env("DATABASE_URL", &url)
        .env("USERDESK_ADMIN_PASSWORD", PASSWORD)
        .output()
        .expect("run init");
    assert!(
        init.status.success(),
        "{}",
        String::from_utf8_lossy(&init.stderr)
    );
    let again = Command::new(EXE)
        .args([
            "init",
            "--email",
            "other@example.com",
            "--first-name",
            "O",
            "--last-name",
            "T",
        ])
        .env("DATABASE_URL", &url)
        .env("USERDESK_ADMIN_PASSWORD", PASSWORD)
        .output()
        .expect("run init again");
    assert!(!again.status.success(), "an account is created once");

    let (a, b) = (start(&url), start(&url));
    let http = reqwest::Client::new();
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

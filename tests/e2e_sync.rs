//! End to end: the real app signed in to a real account server, edited while the server is down,
//! synced when it is back, and a conflict with a change made on the server resolved in the UI.

#![cfg(target_os = "linux")]

mod support;

use serde_json::{Value, json};
use support::{App, Keychain, TIMEOUT};

/// Our account server on its own runtime, so that the test can stop it dead and start it again
/// on the same SQLite file and port.
struct Server {
    runtime: Option<tokio::runtime::Runtime>,
    root: String,
    email: String,
    password: String,
}

impl Server {
    fn start(dir: &std::path::Path, addr: &str) -> Server {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let e = runtime
            .block_on(userdesk_server::embedded::start_demo_on(dir, 40, addr))
            .expect("account server");
        Server {
            runtime: Some(runtime),
            root: e.root,
            email: e.owner_email,
            password: e.owner_password,
        }
    }

    fn stop(&mut self) {
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }

    fn http(&self) -> (reqwest::blocking::Client, String) {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::blocking::Client::new();
        let v: Value = http
            .post(format!("{}/auth/sign-in", self.root))
            .json(&json!({"email": self.email, "password": self.password}))
            .send()
            .and_then(|r| r.json())
            .expect("sign in");
        (http, v["access_token"].as_str().expect("token").to_owned())
    }

    fn user(&self, id: &str) -> Value {
        let (http, token) = self.http();
        http.get(format!("{}/scim/v2/Users/{id}", self.root))
            .bearer_auth(token)
            .send()
            .and_then(|r| r.json())
            .expect("user")
    }

    fn patch(&self, id: &str, path: &str, value: &str) {
        let (http, token) = self.http();
        let r = http
            .patch(format!("{}/scim/v2/Users/{id}", self.root))
            .bearer_auth(token)
            .header("content-type", "application/scim+json")
            .body(
                json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                    "Operations": [{"op": "replace", "path": path, "value": value}]})
                .to_string(),
            )
            .send()
            .expect("patch");
        assert!(r.status().is_success(), "{}", r.status());
    }

    /// A user other than the admin.
    fn some_user(&self) -> String {
        let (http, token) = self.http();
        let v: Value = http
            .get(format!("{}/scim/v2/Users?count=5", self.root))
            .bearer_auth(token)
            .send()
            .and_then(|r| r.json())
            .expect("list");
        v["Resources"]
            .as_array()
            .expect("users")
            .iter()
            .find(|u| u["userName"] != self.email.as_str())
            .and_then(|u| u["id"].as_str())
            .expect("a user")
            .to_owned()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

fn sync_box_state(app: &App) -> String {
    app.attribute("#sync-box", "data-state").unwrap_or_default()
}

fn row_state(app: &App, id: &str) -> Option<String> {
    let v = app.js(
        "const r = document.querySelector(`#user-list a.grid-row[data-id=\"${arguments[0]}\"]`);
         if (!r) return null;
         const p = r.querySelector('[data-sync]');
         return p ? p.dataset.sync : 'synced';",
        json!([id]),
    );
    v.as_str().map(str::to_owned)
}

fn search_for(app: &App, text: &str) {
    app.js("location.hash = '#/users';", json!([]));
    let search = app.wait_for("the search box", |a| a.try_find("#user-search"));
    app.clear(&search);
    app.type_text(&search, text);
}

fn edit_field(app: &App, id: &str, field: &str, value: &str) {
    app.js("location.hash = '#/users/' + arguments[0];", json!([id]));
    let css = format!("#field-{field}");
    let input = app.wait_for("the profile", |a| a.try_find(&css));
    app.clear(&input);
    app.type_text(&input, value);
    // Leaving the field saves it.
    app.js("document.activeElement.blur();", json!([]));
    app.wait_for("the edit saved", |a| {
        (a.attribute(&format!("#field-{field}-sync"), "data-sync")
            .as_deref()
            == Some("pending"))
        .then_some(())
    });
}

fn sync_now(app: &App) {
    let button = app.find("#sync-now");
    app.click(&button);
}

#[test]
fn offline_edit_syncs_when_the_server_is_back_and_a_conflict_is_resolved_in_the_ui() {
    let dir = tempfile::tempdir().expect("temp dir");
    let keychain = Keychain::start(&std::fs::canonicalize(dir.path()).expect("dir"));
    let server_dir = dir.path().join("server");
    let mut server = Server::start(&server_dir, "127.0.0.1:0");
    let addr = server.root.trim_start_matches("http://").to_owned();
    let id = server.some_user();
    let who = server.user(&id)["userName"]
        .as_str()
        .expect("userName")
        .to_owned();

    let app = App::launch_with(
        "sync",
        &dir.path().join("app"),
        &["--server", &server.root],
        &keychain.env,
    );
    // Sign in: the session goes to the keychain.
    let email = app.wait_for("the sign-in form", |a| a.try_find("#sign-in-email"));
    app.type_text(&email, &server.email);
    let password = app.find("#sign-in-password");
    app.type_text(&password, "not the password");
    app.click(&app.find("#sign-in-submit"));
    app.wait_for("the refusal at the password", |a| {
        a.try_find("#sign-in-password-message .error-text")
    });
    let password = app.find("#sign-in-password");
    app.clear(&password);
    app.type_text(&password, &server.password);
    app.click(&app.find("#sign-in-submit"));
    app.wait_for("the list", |a| a.try_find("#user-search"));
    search_for(&app, &who);
    app.wait_for("the users from the server", |a| {
        row_state(a, &id).filter(|s| s == "synced")
    });
    app.screenshot("sync-1-signed-in.png");

    // The server goes away; the admin edits on.
    server.stop();
    edit_field(&app, &id, "title", "Night shift lead");
    assert_eq!(
        app.attribute("#profile-sync", "data-sync").as_deref(),
        Some("pending")
    );
    app.wait_for("offline", |a| {
        (sync_box_state(a) == "offline").then_some(())
    });
    app.screenshot("sync-2-profile-pending.png");
    search_for(&app, &who);
    app.wait_for("the row marked pending", |a| {
        row_state(a, &id).filter(|s| s == "pending")
    });
    app.screenshot("sync-2-list-pending.png");

    // Back: Sync now sends it.
    server = Server::start(&server_dir, &addr);
    sync_now(&app);
    app.wait_for("the row synced", |a| {
        row_state(a, &id).filter(|s| s == "synced")
    });
    assert_eq!(server.user(&id)["title"], "Night shift lead");
    assert_eq!(sync_box_state(&app), "online");

    // Offline again, the admin changes the last name; meanwhile someone changes it on the server
    // (reached on another address, where this app does not look).
    server.stop();
    edit_field(&app, &id, "last_name", "Okafor");
    {
        let elsewhere = Server::start(&server_dir, "127.0.0.1:0");
        elsewhere.patch(&id, "name.familyName", "Adeyemi");
    }
    server = Server::start(&server_dir, &addr);
    sync_now(&app);
    search_for(&app, &who);
    app.wait_for("the row in conflict", |a| {
        row_state(a, &id).filter(|s| s == "conflict")
    });
    app.js("location.hash = '#/sync';", json!([]));
    let row =
        format!("#sync-conflicts .conflict-row[data-user=\"{id}\"][data-field=\"last_name\"]");
    app.wait_for("the conflict side by side", |a| a.try_find(&row));
    // Read in one go: the screen redraws itself when a sync ends.
    let sides = app.js(
        "const r = document.querySelector(arguments[0]);
         return [r.querySelector('.mine .side-value').textContent,
                 r.querySelector('.theirs .side-value').textContent,
                 r.querySelector('.theirs .side-who').textContent];",
        json!([row]),
    );
    assert_eq!(sides[0], "Okafor", "{sides}");
    assert_eq!(sides[1], "Adeyemi", "{sides}");
    assert!(
        sides[2].as_str().is_some_and(|w| w.contains("Demo Admin")),
        "who changed theirs: {sides}"
    );
    app.screenshot("sync-3-conflict.png");
    app.js(
        "document.querySelector(arguments[0] + ' button[data-choice=\"keep_mine\"]').click();",
        json!([row]),
    );
    app.wait_for("the conflict gone", |a| {
        a.try_find(&row).is_none().then_some(())
    });
    sync_now(&app);
    let start = std::time::Instant::now();
    while server.user(&id)["name"]["familyName"] != "Okafor" {
        assert!(start.elapsed() < TIMEOUT, "mine reached the server");
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    // And the screen catches up on its own: nothing waits any more.
    app.wait_for("the Sync screen emptied", |a| {
        (a.try_find("#sync-pending .change-row").is_none()
            && a.try_find("#sync-conflicts .conflict-row").is_none()
            && a.attribute("#sync-count", "hidden").is_some())
        .then_some(())
    });
    app.screenshot("sync-4-resolved.png");
    drop(app);
    drop(keychain);
}

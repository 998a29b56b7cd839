//! Our account server for the end-to-end tests, and the app signed in to it.

use serde_json::{Value, json};
use userdesk_core::scim::USERDESK_USER_SCHEMA as EXT;

use super::{App, Keychain};

/// Our account server on its own runtime, so that the test can stop it dead and start it again
/// on the same SQLite file and port.
pub struct Server {
    pub runtime: Option<tokio::runtime::Runtime>,
    pub root: String,
    pub email: String,
    pub password: String,
}

impl Server {
    pub fn start(dir: &std::path::Path, addr: &str) -> Server {
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

    pub fn stop(&mut self) {
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }

    pub fn http(&self) -> (reqwest::blocking::Client, String) {
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

    pub fn user(&self, id: &str) -> Value {
        let (http, token) = self.http();
        http.get(format!("{}/scim/v2/Users/{id}", self.root))
            .bearer_auth(token)
            .send()
            .and_then(|r| r.json())
            .expect("user")
    }

    pub fn patch(&self, id: &str, path: &str, value: &str) {
        self.patch_value(id, path, json!(value));
    }

    pub fn patch_value(&self, id: &str, path: &str, value: Value) {
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

    /// The users whose userName is `user_name`.
    pub fn find(&self, user_name: &str) -> Vec<Value> {
        let (http, token) = self.http();
        let v: Value = http
            .get(format!("{}/scim/v2/Users", self.root))
            .query(&[("filter", format!("userName eq \"{user_name}\""))])
            .bearer_auth(token)
            .send()
            .and_then(|r| r.json())
            .expect("list");
        v["Resources"].as_array().cloned().unwrap_or_default()
    }

    /// Up to 100 of the server's users.
    pub fn users(&self) -> Vec<Value> {
        let (http, token) = self.http();
        let v: Value = http
            .get(format!("{}/scim/v2/Users?count=100", self.root))
            .bearer_auth(token)
            .send()
            .and_then(|r| r.json())
            .expect("list");
        v["Resources"].as_array().cloned().expect("users")
    }

    /// A user other than the admin of `account_type` who signs in with a password, not
    /// inactive (and, with `active`, active): their id and userName.
    pub fn pick(&self, account_type: &str, active: bool) -> (String, String) {
        self.users()
            .iter()
            .find(|u| {
                u["userName"] != self.email.as_str()
                    && u[EXT]["accountType"] == account_type
                    && u[EXT]["status"] != "inactive"
                    && (!active || u[EXT]["status"] == "active")
                    && u[EXT]["singleSignOn"] == false
            })
            .and_then(|u| {
                Some((
                    u["id"].as_str()?.to_owned(),
                    u["userName"].as_str()?.to_owned(),
                ))
            })
            .unwrap_or_else(|| panic!("a {account_type} user"))
    }

    /// An active user other than the admin, with their userName.
    pub fn active_user(&self) -> (String, String) {
        self.users()
            .iter()
            .find(|u| {
                u["userName"] != self.email.as_str()
                    && u[EXT]["status"] == "active"
                    && u[EXT]["singleSignOn"] == false
            })
            .map(|u| {
                (
                    u["id"].as_str().expect("id").to_owned(),
                    u["userName"].as_str().expect("userName").to_owned(),
                )
            })
            .expect("an active user")
    }

    /// A user other than the admin.
    pub fn some_user(&self) -> String {
        self.users()
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

pub fn row_state(app: &App, id: &str) -> Option<String> {
    let v = app.js(
        "const r = document.querySelector(`#user-list a.grid-row[data-id=\"${arguments[0]}\"]`);
         return r ? (r.dataset.sync ?? null) : null;",
        json!([id]),
    );
    v.as_str().map(str::to_owned)
}

/// Types `text` into the Users list's search. The list may be drawn again meanwhile (the hash
/// change, or the first sync status deciding the screen): the search is typed into again until it
/// holds the text, which the list keeps across redraws.
pub fn search_for(app: &App, text: &str) {
    app.js(
        "if (location.hash !== '#/users') location.hash = '#/users';",
        json!([]),
    );
    app.replace_text("#user-search", text);
}

pub fn click_when_there(app: &App, css: &str) {
    app.wait_for(css, |a| {
        a.js(
            "const el = document.querySelector(arguments[0]); if (!el) return false; el.click(); return true;",
            json!([css]),
        )
        .as_bool()
        .filter(|clicked| *clicked)
    });
}

/// The app set up for `server`, its data under `dir/app`, its session in `keychain`.
pub fn app_for(name: &str, dir: &std::path::Path, server: &Server, keychain: &Keychain) -> App {
    App::launch_with(
        name,
        &dir.join("app"),
        &["--server", &server.root],
        &keychain.env,
    )
}

/// Signs `app` in to `server` as its owner and waits for the user `id` (searched by `who`) to show
/// synced in the list.
pub fn sign_in_and_find(app: &App, server: &Server, who: &str, id: &str) {
    sign_in(app, server);
    search_for(app, who);
    app.wait_for("the user from the server, synced", |a| {
        row_state(a, id).filter(|s| s == "synced")
    });
}

/// Signs `app` in to `server` as its owner and waits for the list.
pub fn sign_in(app: &App, server: &Server) {
    let email = app.wait_for("the sign-in form", |a| a.try_find("#sign-in-email"));
    app.type_text(&email, &server.email);
    let password = app.find("#sign-in-password");
    app.type_text(&password, &server.password);
    app.click(&app.find("#sign-in-submit"));
    app.wait_for("the list", |a| a.try_find("#user-search"));
}

pub struct Signed {
    pub app: App,
    pub server: Server,
    pub server_dir: std::path::PathBuf,
    pub id: String,
    pub who: String,
    pub _keychain: Keychain,
    pub _dir: tempfile::TempDir,
}

pub fn signed_in_with_an_active_user(name: &str) -> Signed {
    let dir = tempfile::tempdir().expect("temp dir");
    let keychain = Keychain::start(&std::fs::canonicalize(dir.path()).expect("dir"));
    let server_dir = dir.path().join("server");
    let server = Server::start(&server_dir, "127.0.0.1:0");
    let (id, who) = server.active_user();
    let app = app_for(name, dir.path(), &server, &keychain);
    sign_in_and_find(&app, &server, &who, &id);
    Signed {
        app,
        server,
        server_dir,
        id,
        who,
        _keychain: keychain,
        _dir: dir,
    }
}

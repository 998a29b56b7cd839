//! A real server for tests: a fresh SQLite file or PostgreSQL database, the HTTP application on a
//! free port of 127.0.0.1, its e-mail delivery worker, and a signed-in Super admin.

use std::path::PathBuf;
use std::sync::Arc;

use reqwest::StatusCode;
use serde_json::{Value, json};
use userdesk_core::ShiftedClock;
use userdesk_i18n::Localizer;
use userdesk_server::account::init_account;
use userdesk_server::mail::{Delivery, Mailer, spawn_delivery};
use userdesk_server::store::Store;
use userdesk_server::{AppState, service};

pub const SCIM: &str = "application/scim+json";
pub const ENTERPRISE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
pub const USERDESK: &str = "urn:ietf:params:scim:schemas:extension:userdesk:2.0:User";

pub const ADMIN: &str = "owner@example.com";
pub const PASSWORD: &str = "correct horse battery staple";

pub struct TestServer {
    pub root: String,
    pub base: String,
    pub http: reqwest::Client,
    pub store: Store,
    pub token: String,
    /// Where e-mails land when they are written as files.
    pub mail_dir: PathBuf,
    /// How many passwords the server has checked against a hash.
    pub password_checks: Arc<std::sync::atomic::AtomicU64>,
    /// The server's clock: the system's until a test moves it.
    pub clock: ShiftedClock,
    /// The server's mailer (its `wake` starts a delivery round at once).
    pub mailer: Mailer,
    _dir: Arc<tempfile::TempDir>,
}

#[derive(Clone, Copy)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A server on a free port with a fresh database and a signed-in Super admin.
pub async fn spawn(backend: Backend) -> TestServer {
    spawn_with(backend, None).await
}

/// Like [`spawn`], sending e-mails with `delivery` instead of into files.
pub async fn spawn_with(backend: Backend, delivery: Option<Delivery>) -> TestServer {
    spawn_configured(backend, delivery, |state| state).await
}

/// Like [`spawn_with`], with the server's state as `configure` makes it.
pub async fn spawn_configured(
    backend: Backend,
    delivery: Option<Delivery>,
    configure: impl FnOnce(AppState) -> AppState,
) -> TestServer {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = match backend {
        Backend::Sqlite => format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("server.sqlite3").display()
        ),
        Backend::Postgres => super::postgres::fresh_database().await,
    };
    let clock = ShiftedClock::new();
    let store = Store::open(&url)
        .await
        .expect("store")
        .with_clock(Arc::new(clock.clone()));
    init_account(&store, ADMIN, "Olive", "Owner", PASSWORD)
        .await
        .expect("init");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let root = format!("http://{addr}");
    let base = format!("{root}/scim/v2");
    let mail_dir = dir.path().join("mail");
    let mut mailer = Mailer::new(
        "Userdesk <no-reply@example.com>",
        delivery.unwrap_or_else(|| Delivery::Files(mail_dir.clone())),
    )
    .expect("mailer");
    // Failed deliveries are retried within the test's patience.
    mailer.first_retry = time::Duration::milliseconds(200);
    spawn_delivery(store.clone(), mailer.clone());
    let state = AppState::new(
        store.clone(),
        Arc::new(Localizer::load().expect("i18n")),
        &root,
        mailer.clone(),
    );
    let state = configure(state);
    let password_checks = state.password_checks.clone();
    tokio::spawn(async move { axum::serve(listener, service(state)).await });
    let mut s = TestServer {
        password_checks,
        root,
        base,
        http: super::http(),
        store,
        token: String::new(),
        mail_dir,
        clock,
        mailer,
        _dir: Arc::new(dir),
    };
    s.token = s
        .sign_in(ADMIN, PASSWORD)
        .await
        .expect("the owner signs in");
    s
}

pub fn person(user_name: &str, given: &str, family: &str) -> Value {
    json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": user_name,
        "name": {"givenName": given, "familyName": family},
    })
}

impl TestServer {
    pub async fn sign_in_raw(&self, email: &str, password: &str) -> reqwest::Response {
        self.http
            .post(format!("{}/auth/sign-in", self.root))
            .json(&json!({"email": email, "password": password}))
            .send()
            .await
            .expect("sign-in request")
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> Option<String> {
        let r = self.sign_in_raw(email, password).await;
        if r.status() != StatusCode::OK {
            return None;
        }
        let v: Value = r.json().await.ok()?;
        v["access_token"].as_str().map(str::to_owned)
    }

    /// Moves the server's clock by `by` and signs the Super admin in again (their access token
    /// lasts 15 minutes of that clock).
    pub async fn advance(&mut self, by: time::Duration) {
        self.clock.advance(by);
        self.token = self
            .sign_in(ADMIN, PASSWORD)
            .await
            .expect("the owner signs in again");
    }

    /// The same server, speaking with another user's token.
    pub fn as_token(&self, token: &str) -> TestServer {
        TestServer {
            root: self.root.clone(),
            base: self.base.clone(),
            http: self.http.clone(),
            store: self.store.clone(),
            token: token.to_owned(),
            mail_dir: self.mail_dir.clone(),
            password_checks: self.password_checks.clone(),
            clock: self.clock.clone(),
            mailer: self.mailer.clone(),
            _dir: self._dir.clone(),
        }
    }

    /// A request to the SCIM endpoints (`path` after `/scim/v2`).
    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
        headers: &[(&str, &str)],
    ) -> (StatusCode, reqwest::header::HeaderMap, Value) {
        self.send_url(method, &format!("{}{path}", self.base), body, headers)
            .await
    }

    /// A request to any endpoint (`path` from the server's root, e.g. `/api/audit`).
    pub async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
        headers: &[(&str, &str)],
    ) -> (StatusCode, reqwest::header::HeaderMap, Value) {
        self.send_url(method, &format!("{}{path}", self.root), body, headers)
            .await
    }

    async fn send_url(
        &self,
        method: reqwest::Method,
        url: &str,
        body: Option<Value>,
        headers: &[(&str, &str)],
    ) -> (StatusCode, reqwest::header::HeaderMap, Value) {
        let mut req = self.http.request(method, url);
        if !self.token.is_empty() {
            req = req.bearer_auth(&self.token);
        }
        if let Some(b) = body {
            req = req.header("content-type", SCIM).body(b.to_string());
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let resp = req.send().await.expect("request");
        let status = resp.status();
        let headers = resp.headers().clone();
        let text = resp.text().await.expect("body");
        let value = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        (status, headers, value)
    }

    pub async fn create(&self, body: Value) -> Value {
        let (status, _, v) = self
            .send(reqwest::Method::POST, "/Users", Some(body), &[])
            .await;
        assert_eq!(status, StatusCode::CREATED, "{v}");
        v
    }

    pub async fn list(&self, query: &str) -> (StatusCode, Value) {
        let (s, _, v) = self
            .send(reqwest::Method::GET, &format!("/Users?{query}"), None, &[])
            .await;
        (s, v)
    }
}

pub fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Runs each case (taking a [`TestServer`]) on SQLite and on PostgreSQL.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test]
            async fn $name() {
                let s = $crate::support::server::spawn($crate::support::server::Backend::Sqlite).await;
                super::$name(s).await;
            })*
        }
        mod postgres {
            $(#[tokio::test]
            async fn $name() {
                let s = $crate::support::server::spawn($crate::support::server::Backend::Postgres).await;
                super::$name(s).await;
            })*
        }
    };
}

/// Runs each case (taking a [`Backend`]) on SQLite and on PostgreSQL.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test]
            async fn $name() {
                super::$name($crate::support::server::Backend::Sqlite).await;
            })*
        }
        mod postgres {
            $(#[tokio::test]
            async fn $name() {
                super::$name($crate::support::server::Backend::Postgres).await;
            })*
        }
    };
}

//! Our account server in-process on a free port of 127.0.0.1, for the sync tests.
#![allow(dead_code)]

pub mod chaos;

use std::sync::Arc;

use userdesk_i18n::Localizer;
use userdesk_server::account::{add_demo_users, init_account};
use userdesk_server::mail::{Delivery, Mailer};
use userdesk_server::store::Store;
use userdesk_server::{AppState, service};
use userdesk_sync::{Credentials, ScimClient};

pub const OWNER: &str = "owner@example.com";
pub const PASSWORD: &str = "correct horse battery staple";

/// Our server with `users` demo people, on a free port; returns its SCIM base URL.
pub async fn our_server(dir: &std::path::Path, users: usize) -> String {
    let url = format!("sqlite://{}?mode=rwc", dir.join("server.sqlite3").display());
    let store = Store::open(&url).await.expect("store");
    init_account(&store, OWNER, "Olive", "Owner", PASSWORD)
        .await
        .expect("init");
    add_demo_users(&store, users, 5).await.expect("demo users");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let root = format!("http://{}", listener.local_addr().expect("addr"));
    let mailer = Mailer::new(
        "Userdesk <no-reply@example.com>",
        Delivery::Files(dir.join("mail")),
    )
    .expect("mailer");
    let state = AppState::new(
        store,
        Arc::new(Localizer::load().expect("i18n")),
        &root,
        mailer,
    );
    tokio::spawn(async move { axum_serve(listener, state).await });
    format!("{root}/scim/v2")
}

async fn axum_serve(listener: tokio::net::TcpListener, state: AppState) {
    let _ = axum::serve(listener, service(state)).await;
}

/// A client signed in to `base` as the owner.
pub async fn owner_client(base: &str) -> ScimClient {
    ScimClient::connect(
        base,
        Credentials::Password {
            email: OWNER.into(),
            password: PASSWORD.into(),
        },
    )
    .await
    .expect("signed in")
}

/// A small seeded generator (splitmix64): fault schedules that can be replayed from their seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// A bearer token of the owner on our server at `base` (the SCIM base URL).
pub async fn owner_token(base: &str) -> String {
    owner_sign_in(base).await["access_token"]
        .as_str()
        .expect("access token")
        .to_owned()
}

/// The owner's sign-in reply: access and refresh tokens.
pub async fn owner_sign_in(base: &str) -> serde_json::Value {
    let root = base.trim_end_matches("/scim/v2");
    reqwest::Client::new()
        .post(format!("{root}/auth/sign-in"))
        .json(&serde_json::json!({"email": OWNER, "password": PASSWORD}))
        .send()
        .await
        .expect("sign in")
        .json()
        .await
        .expect("tokens")
}

/// The users of `cache` that came from the server, but the owner (whose own account has rules of
/// its own), in a stable order.
pub async fn users_but_owner(cache: &userdesk_cache::Cache) -> Vec<userdesk_core::UserId> {
    let owner = cache
        .list_users(&userdesk_cache::ListQuery {
            search: OWNER.into(),
            limit: 5,
            ..Default::default()
        })
        .await
        .expect("owner")
        .first()
        .map(|r| r.id.clone());
    let mut ids: Vec<userdesk_core::UserId> = cache
        .server_ids()
        .await
        .expect("ids")
        .into_iter()
        .map(|(id, _)| id)
        .filter(|id| Some(id.to_string()) != owner)
        .collect();
    ids.sort_by_key(|id| id.to_string());
    ids
}

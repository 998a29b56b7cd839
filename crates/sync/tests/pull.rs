//! Pulling an account server's users into a fresh cache over real HTTP on 127.0.0.1.

use std::sync::Arc;

use reqwest::Method;
use serde_json::json;
use userdesk_cache::Cache;
use userdesk_core::UserId;
use userdesk_i18n::Localizer;
use userdesk_server::account::{add_demo_users, init_account};
use userdesk_server::mail::{Delivery, Mailer};
use userdesk_server::store::Store;
use userdesk_server::{AppState, app};
use userdesk_sync::{Credentials, ScimClient, pull};

const OWNER: &str = "owner@example.com";
const PASSWORD: &str = "correct horse battery staple";

/// Our server with `users` demo people, on a free port; returns its SCIM base URL.
async fn our_server(dir: &std::path::Path, users: usize) -> String {
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
    let _ = axum::serve(listener, app(state)).await;
}

#[tokio::test]
async fn a_fresh_cache_receives_every_user_then_only_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = our_server(dir.path(), 1_200).await;
    let client = ScimClient::connect(
        &base,
        Credentials::Password {
            email: OWNER.into(),
            password: PASSWORD.into(),
        },
    )
    .await
    .expect("signed in");
    assert!(client.capabilities.patch && client.capabilities.filter && client.capabilities.etag);
    assert!(client.capabilities.bulk.is_some());

    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("cache");
    let first = pull(&client, &cache).await.expect("first pull");
    assert!(first.full);
    assert_eq!(first.stored, 1_201, "{first:?}");
    assert!(first.unreadable.is_empty(), "{first:?}");
    assert_eq!(cache.user_count().await.expect("count"), 1_201);
    assert_eq!(cache.server_user_count().await.expect("count"), 1_201);

    // Nothing changed: nothing stored (the newest user comes again, recognised by version).
    let again = pull(&client, &cache).await.expect("second pull");
    assert_eq!(again.stored, 0, "{again:?}");
    assert!(!again.full);

    // A change on the server arrives with the next pull, and only it.
    let (_, page) = client
        .request(Method::GET, "/Users?count=1&startIndex=600", None, &[])
        .await
        .expect("a user");
    let id = page["Resources"][0]["id"].as_str().expect("id").to_owned();
    let op = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "path": "title", "value": "Night nurse"}]});
    client
        .request(Method::PATCH, &format!("/Users/{id}"), Some(&op), &[])
        .await
        .expect("patch");
    let third = pull(&client, &cache).await.expect("third pull");
    assert_eq!(third.stored, 1, "{third:?}");
    let local = cache
        .get_user(UserId(uuid::Uuid::parse_str(&id).expect("uuid")))
        .await
        .expect("cached");
    assert_eq!(
        local.title.map(|t| t.as_str().to_owned()).as_deref(),
        Some("Night nurse")
    );
    let copy = cache
        .server_copy(local.id)
        .await
        .expect("copy")
        .expect("from the server");
    assert_eq!(copy.version.as_deref(), Some("W/\"2\""));
}

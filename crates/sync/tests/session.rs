//! Sessions resumed from a refresh token: refresh tokens are single-use, so each new one must
//! reach the caller (the app's keychain) the moment the server hands it out.

mod support;

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::http::StatusCode;
use axum::routing::{get, post};
use serde_json::json;
use support::our_server;
use userdesk_sync::{Credentials, KeepRefresh, ScimClient, SyncError};

fn keeper() -> (KeepRefresh, Arc<Mutex<Vec<String>>>) {
    let kept = Arc::new(Mutex::new(Vec::new()));
    let into = Arc::clone(&kept);
    let keep = KeepRefresh::new(move |t: &str| {
        into.lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(t.to_owned());
    });
    (keep, kept)
}

#[tokio::test]
async fn each_rotated_refresh_token_is_handed_over_and_the_old_one_is_spent() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = our_server(dir.path(), 3).await;
    let first = support::owner_sign_in(&base).await["refresh_token"]
        .as_str()
        .expect("refresh token")
        .to_owned();
    let (keep, kept) = keeper();
    let client = ScimClient::connect_keeping(
        &base,
        Credentials::Session {
            refresh: first.clone(),
        },
        Some(keep),
    )
    .await
    .expect("resumed");
    let handed = kept.lock().expect("kept").clone();
    assert_eq!(handed.len(), 1, "{handed:?}");
    assert_ne!(handed[0], first);
    assert_eq!(
        client.refresh_token().await.as_deref(),
        Some(handed[0].as_str())
    );
    // The handed-over token resumes the session; the old one is spent. (Presenting a spent token
    // ends the whole session on our server — reuse detection — so it comes last.)
    ScimClient::connect(
        &base,
        Credentials::Session {
            refresh: handed[0].clone(),
        },
    )
    .await
    .expect("the new token works");
    let again = ScimClient::connect(&base, Credentials::Session { refresh: first }).await;
    assert!(matches!(again, Err(SyncError::Unauthorized)), "{again:?}");
}

#[tokio::test]
async fn a_new_refresh_token_is_kept_even_when_the_connection_then_fails() {
    // A server that rotates the token, then fails the next request (as a dropped connection or
    // an overloaded server would).
    let app = Router::new()
        .route(
            "/auth/refresh",
            post(|| async {
                axum::Json(json!({"access_token": "access-2", "refresh_token": "refresh-2"}))
            }),
        )
        .route(
            "/scim/v2/ServiceProviderConfig",
            get(|| async { StatusCode::SERVICE_UNAVAILABLE }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, app).await });
    let (keep, kept) = keeper();
    let connected = ScimClient::connect_keeping(
        &format!("http://{addr}/scim/v2"),
        Credentials::Session {
            refresh: "refresh-1".into(),
        },
        Some(keep),
    )
    .await;
    assert!(connected.is_err(), "the discovery failed");
    assert_eq!(*kept.lock().expect("kept"), ["refresh-2"]);
}

#[tokio::test]
async fn signing_out_ends_the_session_on_the_server_so_a_kept_refresh_token_is_worthless() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = our_server(dir.path(), 3).await;
    let refresh = support::owner_sign_in(&base).await["refresh_token"]
        .as_str()
        .expect("refresh token")
        .to_owned();
    let (keep, kept) = keeper();
    let client = ScimClient::connect_keeping(&base, Credentials::Session { refresh }, Some(keep))
        .await
        .expect("resumed");
    let latest = kept.lock().expect("kept").last().cloned().expect("a token");
    // Nothing secret in what the client prints of itself.
    let shown = format!("{client:?}");
    assert!(!shown.contains(&latest), "{shown}");
    client.sign_out().await.expect("signed out");
    assert!(client.refresh_token().await.is_none());
    let again = ScimClient::connect(&base, Credentials::Session { refresh: latest }).await;
    assert!(matches!(again, Err(SyncError::Unauthorized)), "{again:?}");
}

#[test]
fn credentials_never_print_their_secrets() {
    let shown = format!(
        "{:?} {:?} {:?}",
        Credentials::Password {
            email: "ada@example.com".into(),
            password: "hunter2 hunter2".into()
        },
        Credentials::Bearer("bearer-secret".into()),
        Credentials::Session {
            refresh: "refresh-secret".into()
        }
    );
    for secret in ["hunter2", "bearer-secret", "refresh-secret"] {
        assert!(!shown.contains(secret), "{shown}");
    }
    assert!(shown.contains("ada@example.com"));
}

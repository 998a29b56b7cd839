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

/// The sync service as the app runs it: signed in with a password, the session lands in the
/// keychain; a service made later (the next start of the app) resumes from it and syncs; signing
/// out ends the session and the keychain forgets it.
#[tokio::test]
async fn the_service_keeps_the_session_in_its_keychain_and_forgets_it_on_sign_out() {
    use userdesk_sync::account::AccountFile;
    use userdesk_sync::keychain::{Keychain, MemoryKeychain};
    use userdesk_sync::signin::{self, SignInError};
    use userdesk_sync::{Account, SyncService};

    let dir = tempfile::tempdir().expect("temp dir");
    let base = our_server(dir.path(), 3).await;
    let root = base.trim_end_matches("/scim/v2").to_owned();
    let owner = userdesk_core::Email::parse(support::OWNER).expect("an address");
    assert_eq!(
        signin::with_password(&root, &owner, "not the password".into())
            .await
            .err(),
        Some(SignInError::Refused)
    );
    assert_eq!(
        signin::with_password(&root, &owner, String::new())
            .await
            .err(),
        Some(SignInError::PasswordMissing)
    );
    let client = signin::with_password(&root, &owner, support::PASSWORD.into())
        .await
        .expect("signed in");

    let keychain = Arc::new(MemoryKeychain::default());
    let file = AccountFile {
        email: Some(support::OWNER.into()),
        ..AccountFile::new(root.clone())
    };
    let open = |cache_name: &str| {
        let path = dir.path().join(cache_name);
        let (file, keychain) = (file.clone(), keychain.clone());
        async move {
            let cache = userdesk_cache::Cache::open(&path).await.expect("cache");
            let account = Account::Server {
                base: file.scim_base(),
                email: support::OWNER.into(),
            };
            let service =
                SyncService::new(cache.clone(), Some(account), Some(file), "en-US", keychain);
            (service, cache)
        }
    };
    let (first, _) = open("first.sqlite3").await;
    first.signed_in(support::OWNER, client).await;
    let kept = keychain
        .read(&root, support::OWNER)
        .expect("the keychain answers")
        .expect("the session is kept");

    // The next start: the session comes from the keychain, and the sync works with it.
    let (next, cache) = open("next.sqlite3").await;
    next.sync_once()
        .await
        .expect("synced with the kept session");
    assert!(
        !cache.is_empty().await.expect("counted"),
        "users were pulled"
    );
    let status = next.status().await;
    assert!(
        !status.needs_sign_in && status.online == Some(true),
        "{status:?}"
    );
    let rotated = keychain
        .read(&root, support::OWNER)
        .expect("the keychain answers")
        .expect("still kept");
    assert_ne!(
        rotated, kept,
        "the rotated refresh token replaced the spent one"
    );

    next.signed_out().await;
    assert_eq!(
        keychain
            .read(&root, support::OWNER)
            .expect("the keychain answers"),
        None
    );
    assert!(next.status().await.needs_sign_in);
    let resumed = ScimClient::connect(&base, Credentials::Session { refresh: rotated }).await;
    assert!(
        matches!(resumed, Err(SyncError::Unauthorized)),
        "the session ended on the server"
    );
}

/// The access token lives 15 minutes: one that expired between two syncs is renewed from the
/// refresh token in the middle of the next sync, the renewed refresh token reaches the keychain,
/// and the edit arrives. When the session itself has expired (30 days without use), the sync
/// stops with `Unauthorized`, so the app asks to sign in again, and the queued edit stays queued.
#[tokio::test]
async fn an_expired_access_token_is_renewed_mid_sync_and_an_expired_session_keeps_edits_queued() {
    use time::Duration;
    use userdesk_cache::{Cache, OutboxState};
    use userdesk_core::{Field, ProfileEdit};

    let dir = tempfile::tempdir().expect("temp dir");
    let (base, clock) = support::our_server_clocked(dir.path(), 3).await;
    let refresh = support::owner_sign_in(&base).await["refresh_token"]
        .as_str()
        .expect("refresh token")
        .to_owned();
    let (keep, kept) = keeper();
    let client = ScimClient::connect_keeping(&base, Credentials::Session { refresh }, Some(keep))
        .await
        .expect("resumed");
    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("cache");
    userdesk_sync::sync(&client, &cache, true)
        .await
        .expect("first sync");
    let someone = support::users_but_owner(&cache).await[0];
    let handed = kept.lock().expect("kept").len();

    clock.advance(Duration::minutes(16));
    let title = ProfileEdit::parse(Field::Title, "Night shift lead").expect("a title");
    cache.apply_edit(someone, &title).await.expect("queued");
    userdesk_sync::sync(&client, &cache, false)
        .await
        .expect("the sync renews the access token and goes on");
    assert!(
        kept.lock().expect("kept").len() > handed,
        "the renewed refresh token reaches the keychain"
    );
    let (_, on_server) = client
        .request(
            reqwest::Method::GET,
            &format!("/Users/{someone}"),
            None,
            &[],
        )
        .await
        .expect("read back");
    assert_eq!(on_server["title"], "Night shift lead");
    assert!(
        cache
            .outbox(OutboxState::Pending)
            .await
            .expect("outbox")
            .is_empty()
    );

    clock.advance(Duration::days(31));
    let later = ProfileEdit::parse(Field::Title, "Ward manager").expect("a title");
    cache.apply_edit(someone, &later).await.expect("queued");
    let expired = userdesk_sync::sync(&client, &cache, false).await;
    assert!(
        matches!(expired, Err(SyncError::Unauthorized)),
        "{expired:?}"
    );
    let waiting = cache.outbox(OutboxState::Pending).await.expect("outbox");
    assert_eq!(waiting.len(), 1, "the edit waits for the next sign-in");
    assert_eq!(
        cache
            .get_user(someone)
            .await
            .expect("cached")
            .title
            .map(|t| t.as_str().to_owned()),
        Some("Ward manager".to_owned()),
        "and the admin still sees it"
    );
}

//! Our account server in-process on a free port of 127.0.0.1, for the sync tests.
#![allow(dead_code)]

pub mod chaos;

use std::sync::Arc;

use userdesk_core::{SharedClock, ShiftedClock};
use userdesk_i18n::Localizer;
use userdesk_server::AppState;
use userdesk_server::account::{add_demo_users, init_account};
use userdesk_server::mail::{Delivery, Mailer};
use userdesk_server::store::Store;
use userdesk_sync::{Credentials, ScimClient};

pub const OWNER: &str = "owner@example.com";
pub const PASSWORD: &str = "correct horse battery staple";

/// Our server with `users` demo people, on a free port; returns its SCIM base URL.
pub async fn our_server(dir: &std::path::Path, users: usize) -> String {
    our_server_watched(dir, users, BulkReply::AsIs).await.0
}

/// What a watched server saw of the Bulk requests: the number of operations of each.
#[derive(Debug, Default)]
pub struct Watched {
    pub bulk_sizes: std::sync::Mutex<Vec<usize>>,
    /// Requests other than Bulk that wrote a user (PATCH, PUT, POST, DELETE on /Users).
    pub single_writes: std::sync::atomic::AtomicUsize,
}

/// How a watched server answers Bulk requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkReply {
    /// As our server does: every result with its bulkId, in order.
    AsIs,
    /// 400 to every Bulk request, as a server that advertises Bulk but will not take ours.
    Refused,
    /// Every operation done, the results without bulkId (as RFC 7644 §3.7.3's example answers
    /// PATCH) and in reverse order.
    WithoutBulkIds,
    /// Every operation done, but only the first N results told (as after failOnErrors).
    FirstOnly(usize),
    /// Bulk as ours does, but list pages of at most N users whatever was asked (itemsPerPage
    /// smaller than count) and without `totalResults`.
    SmallPagesNoTotal(usize),
}

/// [`our_server`] that records every Bulk request's size and counts single writes, and answers
/// Bulk requests as `reply` says.
pub async fn our_server_watched(
    dir: &std::path::Path,
    users: usize,
    reply: BulkReply,
) -> (String, Arc<Watched>) {
    start(dir, users, reply, userdesk_core::clock::system()).await
}

/// [`our_server`] whose clock the test moves: tokens, links and codes expire when it says so.
pub async fn our_server_clocked(dir: &std::path::Path, users: usize) -> (String, ShiftedClock) {
    let clock = ShiftedClock::new();
    let (base, _) = start(dir, users, BulkReply::AsIs, Arc::new(clock.clone())).await;
    (base, clock)
}

async fn start(
    dir: &std::path::Path,
    users: usize,
    reply: BulkReply,
    clock: SharedClock,
) -> (String, Arc<Watched>) {
    let watched = Arc::new(Watched::default());
    let seen = watched.clone();
    let watch = move |request: axum::extract::Request, next: axum::middleware::Next| {
        let seen = seen.clone();
        async move {
            let path = request.uri().path().to_owned();
            let method = request.method().clone();
            if method == axum::http::Method::POST && path.ends_with("/Bulk") {
                let (parts, body) = request.into_parts();
                let bytes = axum::body::to_bytes(body, 64 << 20)
                    .await
                    .unwrap_or_default();
                let ops = serde_json::from_slice::<serde_json::Value>(&bytes)
                    .ok()
                    .and_then(|v| v["Operations"].as_array().map(Vec::len))
                    .unwrap_or(0);
                seen.bulk_sizes.lock().expect("sizes").push(ops);
                if reply == BulkReply::Refused {
                    return axum::response::IntoResponse::into_response((
                        axum::http::StatusCode::BAD_REQUEST,
                        [("content-type", "application/scim+json")],
                        r#"{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"400","detail":"Bulk is not for you"}"#,
                    ));
                }
                let request =
                    axum::extract::Request::from_parts(parts, axum::body::Body::from(bytes));
                let answer = next.run(request).await;
                return match reply {
                    BulkReply::WithoutBulkIds | BulkReply::FirstOnly(_) => {
                        rewrite_bulk_reply(answer, reply).await
                    }
                    _ => answer,
                };
            }
            if let BulkReply::SmallPagesNoTotal(cap) = reply
                && method == axum::http::Method::GET
                && path.ends_with("/Users")
            {
                return small_page(request, next, cap).await;
            }
            if method != axum::http::Method::GET && path.contains("/Users/") {
                seen.single_writes
                    .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            }
            next.run(request).await
        }
    };
    let url = format!("sqlite://{}?mode=rwc", dir.join("server.sqlite3").display());
    let store = Store::open(&url).await.expect("store").with_clock(clock);
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
    let app = userdesk_server::app(state)
        .layer(axum::middleware::from_fn(watch))
        .into_make_service_with_connect_info::<std::net::SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("{root}/scim/v2"), watched)
}

/// A list page of at most `cap` users, without `totalResults`.
async fn small_page(
    mut request: axum::extract::Request,
    next: axum::middleware::Next,
    cap: usize,
) -> axum::response::Response {
    let query: Vec<String> = request
        .uri()
        .query()
        .unwrap_or_default()
        .split('&')
        .map(|kv| match kv.strip_prefix("count=") {
            Some(n) => format!("count={}", n.parse::<usize>().unwrap_or(cap).min(cap)),
            None => kv.to_owned(),
        })
        .collect();
    let uri = format!("{}?{}", request.uri().path(), query.join("&"));
    *request.uri_mut() = uri.parse().expect("a URI");
    let (parts, body) = next.run(request).await.into_parts();
    let bytes = axum::body::to_bytes(body, 64 << 20)
        .await
        .unwrap_or_default();
    let mut v: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
    if let Some(page) = v.as_object_mut() {
        page.remove("totalResults");
    }
    let mut parts = parts;
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    axum::response::Response::from_parts(parts, axum::body::Body::from(v.to_string()))
}

/// The Bulk reply of our server, told as `reply` says.
async fn rewrite_bulk_reply(
    answer: axum::response::Response,
    reply: BulkReply,
) -> axum::response::Response {
    let (parts, body) = answer.into_parts();
    let bytes = axum::body::to_bytes(body, 64 << 20)
        .await
        .unwrap_or_default();
    let mut v: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
    if let Some(ops) = v["Operations"].as_array_mut() {
        match reply {
            BulkReply::WithoutBulkIds => {
                for op in ops.iter_mut() {
                    if let Some(op) = op.as_object_mut() {
                        op.remove("bulkId");
                    }
                }
                ops.reverse();
            }
            BulkReply::FirstOnly(n) => ops.truncate(n),
            _ => {}
        }
    }
    let mut parts = parts;
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    axum::response::Response::from_parts(parts, axum::body::Body::from(v.to_string()))
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

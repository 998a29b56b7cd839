//! Sign-in and the caller of each request.
//!
//! An unknown e-mail costs the same password work as a wrong password (see [`crate::password`]). Tokens are 256 random bits,
//! given to the client once and stored only as SHA-256 hashes. Repeated failures lock the login for
//! a while. Permissions are read from the database on every request, so a change applies at once.

use std::sync::LazyLock;

use axum::Json;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use time::Duration;
use userdesk_core::policy::{Actor, effective_permissions};
use userdesk_core::{Email, Message, Role, Status};

use crate::AppState;
use crate::password::{
    Busy, MAX_PASSWORD_BYTES, MIN_PASSWORD_CHARS, hash_password, hash_password_off_runtime,
    verify_password_off_runtime,
};
use crate::scim::error::Refusal;
use crate::store::{Try, TryLimits};

pub const ACCESS_LIFETIME: Duration = Duration::minutes(15);
pub const REFRESH_LIFETIME: Duration = Duration::days(30);
/// Tries of one login from one client address before that pair is locked, and for how long
/// (doubling with each further try, at most a quarter of an hour): guesses from elsewhere never
/// lock the real user out for long.
pub const LOGIN_TRIES: TryLimits = TryLimits {
    threshold: 5,
    first_lock: Duration::minutes(1),
    max_lock: Duration::minutes(15),
};
/// Failed tries from one client address, whatever the login, before the address is locked:
/// password spraying (one password against many logins) is slowed too.
pub const CLIENT_TRIES: TryLimits = TryLimits {
    threshold: 30,
    first_lock: Duration::minutes(1),
    max_lock: Duration::hours(1),
};
/// Wrong current passwords given to a password change before it is locked (a stolen access
/// token must not become a way to guess the password).
pub const PASSWORD_CHANGE_TRIES: TryLimits = TryLimits {
    threshold: 5,
    first_lock: Duration::minutes(1),
    max_lock: Duration::hours(1),
};
/// The address a request comes from: the connection's peer, unless that peer is one of the
/// `trusted` proxies, in which case the nearest address in `X-Forwarded-For` that is not one of
/// them (a client can prepend anything it likes to that header, so it is read from the right).
pub fn client_address(
    peer: Option<std::net::SocketAddr>,
    headers: &axum::http::HeaderMap,
    trusted: &[std::net::IpAddr],
) -> Option<std::net::SocketAddr> {
    let peer = peer?;
    if !trusted.contains(&peer.ip()) {
        return Some(peer);
    }
    let forwarded: Vec<std::net::IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|a| a.trim().parse().ok())
        .collect();
    let client = forwarded
        .iter()
        .rev()
        .find(|ip| !trusted.contains(ip))
        .copied()
        .unwrap_or(peer.ip());
    Some(std::net::SocketAddr::new(client, 0))
}

/// The client's address as counted for throttling: an IPv4 address, or the /64 network of an
/// IPv6 one (one machine usually holds a whole /64).
pub fn client_key(addr: Option<std::net::SocketAddr>) -> String {
    match addr.map(|a| a.ip()) {
        Some(std::net::IpAddr::V4(ip)) => ip.to_string(),
        Some(std::net::IpAddr::V6(ip)) => match ip.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = ip.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
        None => "unknown".to_owned(),
    }
}

/// The login a sign-in names, as its failures are counted: the address's key when it is one, else
/// a hash of what was sent (so a megabyte of junk is stored as 64 characters).
pub fn login_key(email: &str) -> String {
    Email::parse(email)
        .map(|e| e.key())
        .unwrap_or_else(|_| format!("invalid:{}", token_hash(email.trim())))
}

/// Takes one try of the count `key` (see [`crate::store::Store::take_try`]): `Some` 429 answer
/// while the count is locked.
async fn take_try(
    state: &AppState,
    key: &str,
    login: Option<&str>,
    now: time::OffsetDateTime,
    limits: TryLimits,
) -> Result<Option<Response>, Refusal> {
    match state
        .store
        .take_try(key, login, now, limits)
        .await
        .map_err(|_| Refusal::internal())?
    {
        Try::Allowed => Ok(None),
        Try::Locked { until } => Ok(Some(too_many(
            Message::new("auth-error-locked"),
            (until - now).whole_seconds().max(1),
        ))),
    }
}

/// Checks a typed password against `phc`, counted in [`AppState::password_checks`]; the 429 to
/// answer when too many checks wait already.
async fn check_typed_password(
    state: &AppState,
    phc: String,
    password: String,
) -> Result<bool, Response> {
    state
        .password_checks
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    verify_password_off_runtime(phc, password)
        .await
        .map_err(|Busy| too_many(Message::new("auth-error-busy"), 1))
}

/// A 429 saying why, and after how many seconds to try again.
pub(crate) fn too_many(message: Message, seconds: i64) -> Response {
    let mut r = Refusal::new(StatusCode::TOO_MANY_REQUESTS, None, message).into_response();
    if let Ok(v) = HeaderValue::from_str(&seconds.to_string()) {
        r.headers_mut().insert(header::RETRY_AFTER, v);
    }
    r
}

/// Verified against when the e-mail is unknown, so both answers take the same time.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_password(&new_token()).unwrap_or_default());

/// 256 random bits, base64url.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    if getrandom::fill(&mut bytes).is_err() {
        // Without an OS random source no token can be made safely.
        panic!("the operating system's random number generator failed");
    }
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct SignIn {
    /// The username.
    email: String,
    password: String,
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct Refresh {
    refresh_token: String,
}

fn tokens_response(access: &str, refresh: &str) -> Response {
    let body = json!({
        "token_type": "Bearer",
        "access_token": access,
        "expires_in": ACCESS_LIFETIME.whole_seconds(),
        "refresh_token": refresh,
    });
    let mut r = Json(body).into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

fn unauthorized(id: &'static str) -> Refusal {
    Refusal::new(StatusCode::UNAUTHORIZED, None, Message::new(id))
}

async fn issue_tokens(state: &AppState, user_id: &str) -> Result<Response, Refusal> {
    let (access, refresh) = (new_token(), new_token());
    let now = state.store.now();
    state
        .store
        .create_session(
            user_id,
            &token_hash(&access),
            &token_hash(&refresh),
            now + ACCESS_LIFETIME,
            now + REFRESH_LIFETIME,
            now,
        )
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "cannot create a session");
            Refusal::internal()
        })?;
    Ok(tokens_response(&access, &refresh))
}

/// `POST /auth/sign-in` with `{email, password}`.
#[utoipa::path(
    post,
    path = "/sign-in",
    tag = "sign-in",
    request_body = SignIn,
    responses(
        (status = 200, description = "Signed in", body = crate::openapi::Tokens),
        (status = 401, description = "Wrong e-mail or password, or an account that may not sign in", body = crate::openapi::ErrorBody),
        (status = 429, description = "Locked for a while after repeated failures (see Retry-After)", body = crate::openapi::ErrorBody),
    )
)]
pub async fn sign_in(
    State(state): State<AppState>,
    peer: Option<axum::Extension<axum::extract::ConnectInfo<std::net::SocketAddr>>>,
    headers: axum::http::HeaderMap,
    Json(body): Json<SignIn>,
) -> Result<Response, Refusal> {
    let login = login_key(&body.email);
    let peer = peer.map(|p| p.0.0);
    let client = client_key(client_address(peer, &headers, &state.trusted_proxies));
    // Each try is counted before its password is checked: per login from this client address,
    // and per client address alone. Whichever is locked refuses.
    let pair = format!("login:{login}|client:{client}");
    let alone = format!("client:{client}");
    let now = state.store.now();
    if let Some(refused) = take_try(&state, &alone, None, now, CLIENT_TRIES).await? {
        return Ok(refused);
    }
    if let Some(refused) = take_try(&state, &pair, Some(&login), now, LOGIN_TRIES).await? {
        return Ok(refused);
    }
    let found = state
        .store
        .password_for(&login)
        .await
        .map_err(|_| Refusal::internal())?;
    let phc = found
        .as_ref()
        .map_or_else(|| DUMMY_HASH.clone(), |(_, _, h)| h.clone());
    let ok = match check_typed_password(&state, phc, body.password).await {
        Ok(ok) => ok,
        Err(busy) => return Ok(busy),
    };
    match found {
        Some((user_id, status, _)) if ok && status.may_sign_in() => {
            // A right password is no guess: this login's count from here goes, and this try
            // leaves the client's count (one's own sign-in never unlocks spraying of others).
            state
                .store
                .clear_failures(&pair)
                .await
                .map_err(|_| Refusal::internal())?;
            state
                .store
                .give_back_try(&alone)
                .await
                .map_err(|_| Refusal::internal())?;
            issue_tokens(&state, &user_id).await
        }
        _ => Err(unauthorized("auth-error-credentials")),
    }
}

/// `POST /auth/refresh` with `{refresh_token}`: new tokens; the old refresh token is spent.
#[utoipa::path(
    post,
    path = "/refresh",
    tag = "sign-in",
    request_body = Refresh,
    responses(
        (status = 200, description = "New tokens", body = crate::openapi::Tokens),
        (status = 401, description = "Unknown, expired or spent refresh token", body = crate::openapi::ErrorBody),
    )
)]
pub async fn refresh(
    State(state): State<AppState>,
    Json(body): Json<Refresh>,
) -> Result<Response, Refusal> {
    let hash = token_hash(&body.refresh_token);
    let now = state.store.now();
    match state
        .store
        .spend_refresh(&hash, now)
        .await
        .map_err(|_| Refusal::internal())?
    {
        crate::store::Refreshed::Valid { user_id } => issue_tokens(&state, &user_id).await,
        crate::store::Refreshed::Reused { user_id } => {
            tracing::warn!(%user_id, "a spent refresh token was presented: signing the user out everywhere");
            state
                .store
                .revoke_user_sessions(&user_id)
                .await
                .map_err(|_| Refusal::internal())?;
            Err(unauthorized("auth-error-token"))
        }
        crate::store::Refreshed::Invalid => Err(unauthorized("auth-error-token")),
    }
}

/// `POST /auth/sign-out`: ends the session of the bearer token.
#[utoipa::path(
    post,
    path = "/sign-out",
    tag = "sign-in",
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Signed out"),
        (status = 401, description = "No bearer token", body = crate::openapi::ErrorBody),
    )
)]
pub async fn sign_out(
    State(state): State<AppState>,
    request: Request,
) -> Result<Response, Refusal> {
    let token = bearer(&request).ok_or_else(|| unauthorized("auth-error-token"))?;
    state
        .store
        .revoke_session_by_access(&token_hash(&token))
        .await
        .map_err(|_| Refusal::internal())?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

fn bearer(request: &Request) -> Option<String> {
    let value = request
        .headers()
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_owned())
        .filter(|t| !t.is_empty())
}

/// Requires a valid bearer token and puts the caller, with the permissions they hold right now,
/// into the request.
pub async fn require_caller(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let Some(token) = bearer(&request) else {
        return challenge(unauthorized("auth-error-token"));
    };
    let now = state.store.now();
    let caller = match state.store.caller(&token_hash(&token), now).await {
        Ok(Some(caller)) => caller,
        Ok(None) => return challenge(unauthorized("auth-error-token")),
        Err(e) => {
            tracing::error!(error = %e, "cannot read the session");
            return Refusal::internal().into_response();
        }
    };
    if caller.status != Status::Active {
        return challenge(unauthorized("auth-error-token"));
    }
    let actor = Actor {
        id: caller.id,
        account_type: caller.account_type,
        status: caller.status,
        permissions: effective_permissions(
            caller.account_type,
            caller.status,
            &caller.roles,
            &Role::built_ins(),
        ),
    };
    request.extensions_mut().insert(actor);
    next.run(request).await
}

fn challenge(refusal: Refusal) -> Response {
    let mut r = refusal.into_response();
    r.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_static("Bearer realm=\"userdesk\""),
    );
    r
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct ChangePassword {
    current_password: String,
    new_password: String,
}

/// `POST /api/me/password`: a user changes their own password, giving the current one. Every other
/// session of theirs ends.
#[utoipa::path(
    post,
    path = "/me/password",
    tag = "my-account",
    security(("bearer" = [])),
    request_body = ChangePassword,
    responses(
        (status = 204, description = "Changed; the user's other sessions ended"),
        (status = 400, description = "The current password is wrong, or the new one too short", body = crate::openapi::ErrorBody),
        (status = 401, description = "Not signed in", body = crate::openapi::ErrorBody),
    )
)]
pub async fn change_password(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    request: Request,
) -> Result<Response, Refusal> {
    let token = bearer(&request).unwrap_or_default();
    let body = axum::body::to_bytes(request.into_body(), crate::MAX_BODY)
        .await
        .map_err(|_| Refusal::bad_request("invalidSyntax", Message::new("scim-error-bad-json")))?;
    let body: ChangePassword = serde_json::from_slice(&body)
        .map_err(|_| Refusal::bad_request("invalidSyntax", Message::new("scim-error-bad-json")))?;
    if body.new_password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(Refusal::bad_request(
            "invalidValue",
            Message::new("auth-error-weak-password").with("min", MIN_PASSWORD_CHARS),
        )
        .at("new_password"));
    }
    if body.new_password.len() > MAX_PASSWORD_BYTES {
        return Err(
            Refusal::bad_request("invalidValue", Message::new("auth-error-long-password"))
                .at("new_password"),
        );
    }
    let now = state.store.now();
    let count = format!("password-change:{}", actor.id);
    if let Some(refused) = take_try(&state, &count, None, now, PASSWORD_CHANGE_TRIES).await? {
        return Ok(refused);
    }
    let Some(phc) = state
        .store
        .password_of(actor.id)
        .await
        .map_err(|_| Refusal::internal())?
    else {
        return Err(unauthorized("auth-error-credentials"));
    };
    let ok = match check_typed_password(&state, phc, body.current_password).await {
        Ok(ok) => ok,
        Err(busy) => return Ok(busy),
    };
    if !ok {
        return Err(Refusal::bad_request(
            "invalidValue",
            Message::new("auth-error-current-password"),
        )
        .at("current_password"));
    }
    let new = body.new_password;
    let phc = hash_password_off_runtime(new)
        .await
        .ok_or_else(Refusal::internal)?;
    state
        .store
        .clear_failures(&count)
        .await
        .map_err(|_| Refusal::internal())?;
    state
        .store
        .set_password(&actor.id.to_string(), &phc, now)
        .await
        .map_err(|_| Refusal::internal())?;
    state
        .store
        .revoke_other_sessions(&actor.id.to_string(), &token_hash(&token))
        .await
        .map_err(|_| Refusal::internal())?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behind_a_trusted_proxy_the_client_is_the_nearest_forwarded_address() {
        let proxy: std::net::SocketAddr = "10.0.0.2:5000".parse().expect("addr");
        let trusted = [
            "10.0.0.2".parse().expect("ip"),
            "10.0.0.3".parse().expect("ip"),
        ];
        let mut headers = axum::http::HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            HeaderValue::from_static("6.6.6.6, 203.0.113.9, 10.0.0.3"),
        );
        let ip = |a: Option<std::net::SocketAddr>| a.map(|a| a.ip().to_string());
        assert_eq!(
            ip(client_address(Some(proxy), &headers, &trusted)),
            Some("203.0.113.9".into()),
            "the spoofable left part is not believed"
        );
        assert_eq!(
            ip(client_address(Some(proxy), &headers, &[])),
            Some("10.0.0.2".into()),
            "an untrusted peer's header is ignored"
        );
        let direct: std::net::SocketAddr = "198.51.100.4:1".parse().expect("addr");
        assert_eq!(
            ip(client_address(Some(direct), &headers, &trusted)),
            Some("198.51.100.4".into())
        );
        assert_eq!(
            ip(client_address(
                Some(proxy),
                &axum::http::HeaderMap::new(),
                &trusted
            )),
            Some("10.0.0.2".into())
        );
    }

    #[test]
    fn clients_are_counted_by_address_and_ipv6_by_network() {
        let key = |s: &str| client_key(Some(s.parse().expect("addr")));
        assert_eq!(key("192.0.2.7:4000"), "192.0.2.7");
        assert_eq!(
            key("[2001:db8:1:2:aaaa::1]:4000"),
            key("[2001:db8:1:2:bbbb::9]:1")
        );
        assert_ne!(key("[2001:db8:1:2::1]:4000"), key("[2001:db8:1:3::1]:4000"));
        assert_eq!(key("[::ffff:192.0.2.7]:1"), "192.0.2.7");
        assert_eq!(client_key(None), "unknown");
        assert!(login_key(&"x".repeat(100_000)).len() < 100);
        assert_eq!(login_key(" Ada@Example.COM "), login_key("ada@example.com"));
    }
}

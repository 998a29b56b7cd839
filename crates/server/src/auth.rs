//! Sign-in and the caller of each request.
//!
//! Passwords are hashed with argon2id at OWASP's parameters (19 MiB, 2 passes, 1 lane) on a blocking
//! thread; an unknown e-mail costs the same work as a wrong password. Tokens are 256 random bits,
//! given to the client once and stored only as SHA-256 hashes. Repeated failures lock the login for
//! a while. Permissions are read from the database on every request, so a change applies at once.

use std::sync::LazyLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use axum::Json;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};
use userdesk_core::policy::{Actor, effective_permissions};
use userdesk_core::{Email, Message, Role, Status};

use crate::AppState;
use crate::scim::error::Refusal;

pub const ACCESS_LIFETIME: Duration = Duration::minutes(15);
pub const REFRESH_LIFETIME: Duration = Duration::days(30);
/// Failures before a login is locked, and for how long (doubling with each further failure).
pub const FAILURES_BEFORE_LOCK: i64 = 5;
pub const FIRST_LOCK: Duration = Duration::minutes(1);

fn argon2() -> Argon2<'static> {
    // 19 MiB, t = 2, p = 1: OWASP's recommendation for argon2id. Params::new cannot fail for these.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The PHC string of `password` (algorithm, parameters and salt included).
pub fn hash_password(password: &str) -> Option<String> {
    let salt = SaltString::generate(&mut OsRng);
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .ok()
        .map(|h| h.to_string())
}

fn verify_password(phc: &str, password: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|h| argon2().verify_password(password.as_bytes(), &h).is_ok())
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
    let now = OffsetDateTime::now_utc();
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
    Json(body): Json<SignIn>,
) -> Result<Response, Refusal> {
    let login_key = Email::parse(&body.email)
        .map(|e| e.key())
        .unwrap_or_else(|_| body.email.trim().to_lowercase());
    let now = OffsetDateTime::now_utc();
    if let Some(until) = state
        .store
        .locked_until(&login_key)
        .await
        .map_err(|_| Refusal::internal())?
        && until > now
    {
        let mut r = Refusal::new(
            StatusCode::TOO_MANY_REQUESTS,
            None,
            Message::new("auth-error-locked"),
        )
        .into_response();
        if let Ok(v) = HeaderValue::from_str(&(until - now).whole_seconds().max(1).to_string()) {
            r.headers_mut().insert(header::RETRY_AFTER, v);
        }
        return Ok(r);
    }
    let found = state
        .store
        .password_for(&login_key)
        .await
        .map_err(|_| Refusal::internal())?;
    let phc = found
        .as_ref()
        .map_or_else(|| DUMMY_HASH.clone(), |(_, _, h)| h.clone());
    let password = body.password;
    let ok = tokio::task::spawn_blocking(move || verify_password(&phc, &password))
        .await
        .unwrap_or(false);
    match found {
        Some((user_id, status, _)) if ok && status.may_sign_in() => {
            state
                .store
                .clear_failures(&login_key)
                .await
                .map_err(|_| Refusal::internal())?;
            issue_tokens(&state, &user_id).await
        }
        _ => {
            state
                .store
                .record_failure(&login_key, now, FAILURES_BEFORE_LOCK, FIRST_LOCK)
                .await
                .map_err(|_| Refusal::internal())?;
            Err(unauthorized("auth-error-credentials"))
        }
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
    let now = OffsetDateTime::now_utc();
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
    let now = OffsetDateTime::now_utc();
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
    if body.new_password.chars().count() < crate::account::MIN_PASSWORD_CHARS {
        return Err(Refusal::bad_request(
            "invalidValue",
            Message::new("auth-error-weak-password")
                .with("min", crate::account::MIN_PASSWORD_CHARS),
        )
        .at("new_password"));
    }
    let Some(phc) = state
        .store
        .password_of(actor.id)
        .await
        .map_err(|_| Refusal::internal())?
    else {
        return Err(unauthorized("auth-error-credentials"));
    };
    let current = body.current_password;
    let ok = tokio::task::spawn_blocking(move || verify_password(&phc, &current))
        .await
        .unwrap_or(false);
    if !ok {
        return Err(Refusal::bad_request(
            "invalidValue",
            Message::new("auth-error-current-password"),
        )
        .at("current_password"));
    }
    let new = body.new_password;
    let phc = tokio::task::spawn_blocking(move || hash_password(&new))
        .await
        .ok()
        .flatten()
        .ok_or_else(Refusal::internal)?;
    let now = OffsetDateTime::now_utc();
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

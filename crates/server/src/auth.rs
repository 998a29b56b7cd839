//! Sign-in and the caller of each request.
//!
//! Passwords are hashed with argon2id at OWASP's parameters (19 MiB, 2 passes, 1 lane) on a blocking
//! thread; an unknown e-mail costs the same work as a wrong password. Tokens are 256 random bits,
//! given to the client once and stored only as SHA-256 hashes. Repeated failures lock the login for
//! a while. Permissions are read from the database on every request, so a change applies at once.

use std::sync::LazyLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
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

thread_local! {
    /// argon2's 19 MiB of working memory, kept by each password thread and reused for every hash,
    /// so that memory stays flat however many sign-ins come.
    static BLOCKS: std::cell::RefCell<Vec<Block>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Most working memory a thread keeps between hashes (64 MiB).
const KEEP_BLOCKS: usize = 64 * 1024;

/// argon2 with `params` over `password` and `salt`, into `out`, using the thread's kept memory.
fn argon2_into(params: Params, password: &[u8], salt: &[u8], out: &mut [u8]) -> bool {
    let count = params.block_count();
    let hasher = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    if count > KEEP_BLOCKS {
        return hasher.hash_password_into(password, salt, out).is_ok();
    }
    BLOCKS.with(|blocks| {
        let mut blocks = blocks.borrow_mut();
        if blocks.len() < count {
            blocks.resize(count, Block::default());
        }
        hasher
            .hash_password_into_with_memory(password, salt, out, &mut blocks[..count])
            .is_ok()
    })
}

/// The PHC string of `password` (algorithm, parameters and salt included).
pub fn hash_password(password: &str) -> Option<String> {
    let salt = SaltString::generate(&mut OsRng);
    let mut raw_salt = [0u8; 64];
    let raw_salt = salt.decode_b64(&mut raw_salt).ok()?;
    let params = argon2().params().clone();
    let mut out = [0u8; 32];
    if !argon2_into(params.clone(), password.as_bytes(), raw_salt, &mut out) {
        return None;
    }
    let phc = PasswordHash {
        algorithm: argon2::ARGON2ID_IDENT,
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).ok()?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).ok()?),
    };
    Some(phc.to_string())
}

/// Whether `password` gives the hash in `phc` (with the parameters written there).
fn verify_password(phc: &str, password: &str) -> bool {
    let Ok(hash) = PasswordHash::new(phc) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (hash.salt, hash.hash) else {
        return false;
    };
    let Ok(params) = Params::try_from(&hash) else {
        return false;
    };
    let mut raw_salt = [0u8; 64];
    let Ok(raw_salt) = salt.decode_b64(&mut raw_salt) else {
        return false;
    };
    let mut out = vec![0u8; expected.len()];
    // Output's equality is constant-time.
    argon2_into(params, password.as_bytes(), raw_salt, &mut out)
        && Output::new(&out).is_ok_and(|computed| computed == expected)
}

/// A job for the password threads.
type HashJob = Box<dyn FnOnce() + Send>;

/// Password hashing runs on a few threads of its own (one per core, at most four), not on the
/// runtime's blocking pool: a flood of sign-ins queues here instead of taking every core, and each
/// thread reuses its 19 MiB of argon2 memory instead of leaving a copy in every allocator arena.
static HASHERS: LazyLock<Option<std::sync::Mutex<std::sync::mpsc::Sender<HashJob>>>> =
    LazyLock::new(|| {
        let (send, receive) = std::sync::mpsc::channel::<HashJob>();
        let receive = std::sync::Arc::new(std::sync::Mutex::new(receive));
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get().min(4));
        for i in 0..threads {
            let receive = receive.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("password-{i}"))
                .spawn(move || {
                    loop {
                        let job = match receive.lock() {
                            Ok(r) => r.recv(),
                            Err(_) => return,
                        };
                        match job {
                            Ok(job) => job(),
                            Err(_) => return,
                        }
                    }
                });
            if spawned.is_err() {
                return None;
            }
        }
        Some(std::sync::Mutex::new(send))
    });

/// Runs `f` on a password thread.
async fn on_password_thread<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    let (done, result) = tokio::sync::oneshot::channel();
    let job: HashJob = Box::new(move || {
        let _ = done.send(f());
    });
    HASHERS.as_ref()?.lock().ok()?.send(job).ok()?;
    result.await.ok()
}

/// [`hash_password`] on a password thread.
pub async fn hash_password_off_runtime(password: String) -> Option<String> {
    on_password_thread(move || hash_password(&password))
        .await
        .flatten()
}

/// Whether `password` matches the PHC string, checked on a password thread.
pub async fn verify_password_off_runtime(phc: String, password: String) -> bool {
    on_password_thread(move || verify_password(&phc, &password))
        .await
        .unwrap_or(false)
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
    let now = crate::store::now();
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
    let now = crate::store::now();
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
    let ok = verify_password_off_runtime(phc, password).await;
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
    let now = crate::store::now();
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
    let now = crate::store::now();
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
    let ok = verify_password_off_runtime(phc, current).await;
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
    let now = crate::store::now();
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
    use argon2::password_hash::{PasswordHasher, PasswordVerifier};

    #[test]
    fn hashes_are_standard_phc_strings_both_ways() {
        let ours = hash_password("correct horse battery staple").expect("hash");
        assert!(
            ours.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{ours}"
        );
        let parsed = PasswordHash::new(&ours).expect("PHC");
        assert!(
            argon2()
                .verify_password(b"correct horse battery staple", &parsed)
                .is_ok()
        );
        assert!(verify_password(&ours, "correct horse battery staple"));
        assert!(!verify_password(&ours, "correct horse battery stapler"));

        let salt = SaltString::generate(&mut OsRng);
        let theirs = argon2()
            .hash_password(b"another secret", &salt)
            .expect("hash")
            .to_string();
        assert!(verify_password(&theirs, "another secret"));
        assert!(!verify_password(&theirs, "another secreT"));
        assert!(!verify_password("not a hash", "another secret"));
    }
}

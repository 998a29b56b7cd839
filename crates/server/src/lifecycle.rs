//! The account lifecycle outside SCIM: activation, welcome and password-reset e-mails, the page
//! their links open, and mobile-number verification by an e-mailed code.
//!
//! Every action is written with its audit event, its e-mail (into the outbox) and its link or code
//! in one transaction, and honours `Idempotency-Key`: a retried request sends nothing twice.

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use time::{Duration, OffsetDateTime};
use userdesk_core::lifecycle::{LifecycleError, LifecycleEvent};
use userdesk_core::message::Translatable;
use userdesk_core::policy::{Action, Actor};
use userdesk_core::profile::MobilePhone;
use userdesk_core::{Message, PhoneE164, Status, UserProfile};
use userdesk_i18n::Locale;

use crate::account::{MAX_PASSWORD_BYTES, MIN_PASSWORD_CHARS};
use crate::auth::{hash_password_off_runtime, new_token, token_hash};
use crate::mail::{Content, compose, recipient_locale};
use crate::scim::error::Refusal;
use crate::scim::users::{
    Out, Reply, changes, commit, denied, idempotency, parse_id, replay, resource, store_refusal,
    target, visible,
};
use crate::store::{Effect, UserRecord, Write};
use crate::{AppState, reader_locale};

/// How long the link in each e-mail works.
pub const ACTIVATION_LINK_LIFETIME: Duration = Duration::days(7);
pub const WELCOME_LINK_LIFETIME: Duration = Duration::days(7);
pub const RESET_LINK_LIFETIME: Duration = Duration::hours(1);

/// Mobile-number codes: lifetime, wrong guesses allowed, and the wait before another is sent.
pub const PHONE_CODE_LIFETIME: Duration = Duration::minutes(10);
pub const PHONE_CODE_ATTEMPTS: i64 = 5;
pub const PHONE_CODE_RESEND_AFTER: Duration = Duration::seconds(60);
/// Codes checked for one number of one user in a day, whichever code they were for: a new code
/// does not bring new guesses.
pub const PHONE_CODE_TRIES: crate::store::TryLimits = crate::store::TryLimits {
    threshold: 10,
    first_lock: Duration::days(1),
    max_lock: Duration::days(1),
};
/// Codes sent for one number of one user in a day.
pub const PHONE_CODE_SENDS: crate::store::TryLimits = crate::store::TryLimits {
    threshold: 5,
    first_lock: Duration::days(1),
    max_lock: Duration::days(1),
};

/// The counts of codes checked and codes sent for `number` of `user`.
fn phone_counts(user: userdesk_core::UserId, number: &str) -> (String, String) {
    (
        format!("phone-checks:{user}:{number}"),
        format!("phone-sends:{user}:{number}"),
    )
}

/// The e-mails an admin can send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailKind {
    Activation,
    Welcome,
    PasswordReset,
}

impl EmailKind {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "activation" => Some(Self::Activation),
            "welcome" => Some(Self::Welcome),
            "password-reset" => Some(Self::PasswordReset),
            _ => None,
        }
    }

    /// The same e-mail as core knows it, whose rules say to whom it may go.
    fn core(self) -> userdesk_core::lifecycle::AccountEmail {
        use userdesk_core::lifecycle::AccountEmail;
        match self {
            Self::Activation => AccountEmail::Activation,
            Self::Welcome => AccountEmail::Welcome,
            Self::PasswordReset => AccountEmail::PasswordReset,
        }
    }

    fn purpose(self) -> &'static str {
        match self {
            Self::Activation => "activation",
            Self::Welcome => "welcome",
            Self::PasswordReset => "password-reset",
        }
    }

    fn lifetime(self) -> Duration {
        match self {
            Self::Activation => ACTIVATION_LINK_LIFETIME,
            Self::Welcome => WELCOME_LINK_LIFETIME,
            Self::PasswordReset => RESET_LINK_LIFETIME,
        }
    }

    fn audit_action(self) -> &'static str {
        match self {
            Self::Activation => "send-activation-email",
            Self::Welcome => "send-welcome-email",
            Self::PasswordReset => "send-password-reset-email",
        }
    }

    /// The message ids of this e-mail: subject, introduction, button.
    fn messages(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Self::Activation => (
                "email-activation-subject",
                "email-activation-intro",
                "email-activation-action",
            ),
            Self::Welcome => (
                "email-welcome-subject",
                "email-welcome-intro",
                "email-welcome-action",
            ),
            Self::PasswordReset => (
                "email-reset-subject",
                "email-reset-intro",
                "email-reset-action",
            ),
        }
    }
}

fn conflict(message: Message) -> Refusal {
    Refusal::new(StatusCode::CONFLICT, None, message)
}

fn lifecycle_refusal(e: LifecycleError) -> Refusal {
    conflict(e.message())
}

/// The profile after sending `kind` to `user`: activation and welcome e-mails to someone not yet
/// active invite them (status Invited, with the time); a reset needs an active account.
fn after_sending(
    kind: EmailKind,
    user: &UserProfile,
    now: OffsetDateTime,
) -> Result<Option<UserProfile>, Refusal> {
    kind.core()
        .offered(user.status, user.single_sign_on)
        .map_err(lifecycle_refusal)?;
    let invite = LifecycleEvent::SendActivationEmail {
        single_sign_on: user.single_sign_on,
    };
    match (kind, user.status) {
        (EmailKind::Activation, _) | (EmailKind::Welcome, Status::Created | Status::Invited) => {
            let status = user.status.apply(invite).map_err(lifecycle_refusal)?;
            let mut after = user.clone();
            after.status = status;
            after.invited_at = Some(now);
            Ok(Some(after))
        }
        _ => Ok(None),
    }
}

/// The write that turns `current` into `profile` (none when nothing changes), and the record after.
fn advance(
    current: &UserRecord,
    profile: Option<UserProfile>,
    now: OffsetDateTime,
) -> (Write, UserRecord) {
    match profile.filter(|p| *p != current.profile) {
        Some(profile) => {
            let record = UserRecord {
                profile,
                external_id: current.external_id.clone(),
                version: current.version + 1,
                created: current.created,
                last_modified: now.max(current.last_modified),
            };
            let write = Write::Update {
                record: record.clone(),
                before: Box::new(current.clone()),
            };
            (write, record)
        }
        None => (Write::Nothing, current.clone()),
    }
}

/// A reply with the user as SCIM resource and its ETag.
fn user_out(state: &AppState, record: &UserRecord) -> Out {
    Out {
        status: StatusCode::OK,
        body: Some(resource(state, record)),
        etag: Some(record.etag()),
        location: None,
    }
}

fn greeting(state: &AppState, locale: &Locale, user: &UserProfile) -> String {
    state.i18n.format_text(
        locale,
        "email-greeting",
        &[("name", user.first_name.as_str().to_owned())],
    )
}

fn footer(state: &AppState, locale: &Locale, user: &UserProfile) -> String {
    state.i18n.format_text(
        locale,
        "email-footer",
        &[("email", user.email.as_str().to_owned())],
    )
}

fn mail_refusal(e: crate::mail::MailError) -> Refusal {
    tracing::warn!(error = %e, "cannot compose an e-mail");
    Refusal::bad_request(
        "invalidValue",
        Message::new("scim-error-undeliverable-address"),
    )
    .at("userName")
}

/// `POST /api/users/{id}/emails/{activation|welcome|password-reset}`: sends the e-mail with a new
/// single-use link (earlier links of the user stop working). Replies with the user as SCIM
/// resource, whose status and `invitedAt` may have changed.
#[utoipa::path(
    post,
    path = "/users/{id}/emails/{kind}",
    tag = "lifecycle",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The user"),
        ("kind" = String, Path, description = "activation, welcome or password-reset"),
        ("Idempotency-Key" = Option<String>, Header, description = "Sent once whatever the retries"),
    ),
    responses(
        (status = 200, description = "Queued; the user as SCIM resource", body = crate::openapi::ScimUser),
        (status = 403, description = "The caller may not send e-mails to this user", body = crate::openapi::ErrorBody),
        (status = 404, description = "No such user (for this caller), or no such kind", body = crate::openapi::ErrorBody),
        (status = 409, description = "Not for this account's status or sign-on", body = crate::openapi::ErrorBody),
    )
)]
pub async fn send_email(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path((id, kind)): Path<(String, String)>,
    headers: HeaderMap,
) -> Reply {
    let idem = idempotency(&headers, &format!("POST /users/{id}/emails/{kind}"), &[]);
    if let Some(r) = replay(&state, &actor, &idem).await? {
        return Ok(r);
    }
    let kind = EmailKind::parse(&kind).ok_or_else(Refusal::not_found)?;
    let id = parse_id(&id)?;
    let current = visible(&state, &actor, id).await?;
    actor
        .may(Action::SendEmail, &target(&current.profile))
        .map_err(denied)?;
    crate::scim::users::check_if_match(&headers, &current)?;
    let now = crate::store::now();
    let changed = after_sending(kind, &current.profile, now)?;
    let user = changed.as_ref().unwrap_or(&current.profile);

    let token = new_token();
    let link = format!("{}/account/password?token={token}", state.public_url);
    let locale = recipient_locale(&state.i18n, user);
    let (subject, intro, action) = kind.messages();
    let lifetime = kind.lifetime();
    let expiry = if lifetime.whole_days() >= 1 {
        state.i18n.format(
            &locale,
            "email-expiry-days",
            &[("days", lifetime.whole_days().to_string())],
        )
    } else {
        state.i18n.format(
            &locale,
            "email-expiry-hours",
            &[("hours", lifetime.whole_hours().max(1).to_string())],
        )
    };
    let args = [("email", user.email.as_str().to_owned())];
    let content = Content {
        kind: kind.purpose(),
        subject: state.i18n.format_text(&locale, subject, &[]),
        paragraphs: vec![
            format!(
                "{}\n\n{}",
                greeting(&state, &locale, user),
                state.i18n.format_text(&locale, intro, &args)
            ),
            format!(
                "{expiry} {}",
                state.i18n.format_text(&locale, "email-ignore", &[])
            ),
            state.i18n.format_text(&locale, "email-signature", &[]),
        ],
        action: Some((state.i18n.format_text(&locale, action, &[]), link)),
        footer: footer(&state, &locale, user),
    };
    let mail = compose(&state.mailer, user, &locale, content).map_err(mail_refusal)?;
    let effects = vec![
        Effect::IssueToken {
            hash: token_hash(&token),
            user_id: id,
            purpose: kind.purpose(),
            expires: now + lifetime,
        },
        Effect::Mail(mail),
    ];
    let (write, record) = advance(&current, changed, now);
    let out = user_out(&state, &record);
    let diff = changes(Some(&current.profile), Some(&record.profile));
    commit(
        &state,
        &actor,
        &headers,
        &idem,
        write,
        kind.audit_action(),
        id,
        diff,
        out,
        effects,
    )
    .await
}

// ---------------------------------------------------------------------------------------------
// The page behind the link.

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TokenQuery {
    /// The token from the e-mail's link.
    #[serde(default)]
    token: String,
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
pub struct PasswordForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

#[utoipa::path(
    get,
    path = "/page.css",
    tag = "lifecycle",
    responses((status = 200, description = "The page's style sheet", content_type = "text/css"))
)]
pub async fn page_css() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        PAGE_CSS,
    )
        .into_response()
}

const PAGE_CSS: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;background:#f4f6fa;color:#1d2330;margin:0;display:flex;min-height:100vh;align-items:center;justify-content:center}
main{background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.08);padding:32px;width:min(420px,90vw)}
h1{font-size:1.4rem;margin:0 0 8px}p{line-height:1.5}
label{display:block;font-weight:600;margin:16px 0 4px}
input[type=password]{box-sizing:border-box;width:100%;padding:10px;border:1px solid #b8c0cc;border-radius:6px;font-size:1rem}
input[aria-invalid=true]{border-color:#c62828}
.hint{color:#5b6472;font-size:.9rem;margin:4px 0 0}
.error{color:#c62828;font-size:.9rem;margin:4px 0 0}
button{margin-top:24px;width:100%;padding:12px;border:0;border-radius:6px;background:#2457c5;color:#fff;font-size:1rem;cursor:pointer}
";

/// Security headers of the page: no scripts at all, nothing framed, the token never leaves in a
/// Referer, nothing cached.
fn page(status: StatusCode, locale: &Locale, title: &str, body: &str) -> Response {
    let dir = if userdesk_i18n::Localizer::is_rtl(locale) {
        "rtl"
    } else {
        "ltr"
    };
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{locale}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title><link rel=\"stylesheet\" href=\"page.css\"></head>\n<body><main>\n<h1>{title}</h1>\n{body}</main></body></html>\n",
        title = html_escape::encode_text(title),
    );
    let mut r = (status, html).into_response();
    let h = r.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-store"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ] {
        h.insert(name, HeaderValue::from_static(value));
    }
    r
}

fn accept_language(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
}

fn invalid_link_page(state: &AppState, headers: &HeaderMap) -> Response {
    let locale = reader_locale(&state.i18n, accept_language(headers));
    let text = state.i18n.format(&locale, "page-link-invalid", &[]);
    page(
        StatusCode::GONE,
        &locale,
        &state.i18n.format(&locale, "page-link-invalid-title", &[]),
        &format!("<p>{}</p>\n", html_escape::encode_text(&text)),
    )
}

/// The user a link belongs to, if it still works and their account may still use it.
async fn link_user(state: &AppState, token: &str) -> Result<Option<(UserRecord, String)>, Refusal> {
    if token.is_empty() || token.len() > 100 {
        return Ok(None);
    }
    let now = crate::store::now();
    let Some(live) = state
        .store
        .live_token(&token_hash(token), now)
        .await
        .map_err(store_refusal)?
    else {
        return Ok(None);
    };
    let Some(user) = state.store.get(live.user_id).await.map_err(store_refusal)? else {
        return Ok(None);
    };
    if user.profile.status == Status::Inactive || user.profile.single_sign_on {
        return Ok(None);
    }
    Ok(Some((user, live.purpose)))
}

fn user_locale(state: &AppState, user: &UserProfile, headers: &HeaderMap) -> Locale {
    match user.language.tag() {
        Some(tag) => state.i18n.negotiate(&[tag]),
        None => reader_locale(&state.i18n, accept_language(headers)),
    }
}

fn form_page(
    state: &AppState,
    locale: &Locale,
    user: &UserProfile,
    purpose: &str,
    token: &str,
    errors: (Option<String>, Option<String>),
) -> Response {
    let t = |id: &str| state.i18n.format(locale, id, &[]);
    let esc = |s: &str| html_escape::encode_text(s).into_owned();
    let title = t(match purpose {
        "activation" => "page-activate-title",
        "password-reset" => "page-reset-title",
        _ => "page-welcome-title",
    });
    let field = |name: &str, label: &str, error: &Option<String>, hint: Option<String>| {
        let described = match (error, &hint) {
            (Some(_), _) => format!(" aria-invalid=\"true\" aria-describedby=\"{name}-error\""),
            (None, Some(_)) => format!(" aria-describedby=\"{name}-hint\""),
            _ => String::new(),
        };
        let mut s = format!(
            "<label for=\"{name}\">{}</label>\n<input type=\"password\" id=\"{name}\" name=\"{name}\" autocomplete=\"new-password\" required minlength=\"{MIN_PASSWORD_CHARS}\"{described}>\n",
            esc(label)
        );
        if let Some(e) = error {
            s.push_str(&format!(
                "<p class=\"error\" id=\"{name}-error\">{}</p>\n",
                esc(e)
            ));
        } else if let Some(h) = hint {
            s.push_str(&format!(
                "<p class=\"hint\" id=\"{name}-hint\">{}</p>\n",
                esc(&h)
            ));
        }
        s
    };
    let body = format!(
        "<p>{}</p>\n<form method=\"post\" action=\"password\">\n<input type=\"hidden\" name=\"token\" value=\"{}\">\n<input type=\"email\" name=\"username\" value=\"{}\" autocomplete=\"username\" hidden>\n{}{}<button type=\"submit\">{}</button>\n</form>\n",
        esc(&state.i18n.format_text(
            locale,
            "page-username",
            &[("email", user.email.as_str().to_owned())]
        )),
        html_escape::encode_double_quoted_attribute(token),
        html_escape::encode_double_quoted_attribute(user.email.as_str()),
        field(
            "password",
            &t("page-password"),
            &errors.0,
            Some(state.i18n.format(
                locale,
                "page-password-hint",
                &[("min", MIN_PASSWORD_CHARS.to_string())]
            )),
        ),
        field("confirm", &t("page-confirm"), &errors.1, None),
        esc(&t("page-submit")),
    );
    let status = if errors.0.is_some() || errors.1.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    page(status, locale, &title, &body)
}

/// `GET /account/password?token=…`: the form to choose a password, in the user's language.
#[utoipa::path(
    get,
    path = "/password",
    tag = "lifecycle",
    params(TokenQuery),
    responses(
        (status = 200, description = "The form", content_type = "text/html"),
        (status = 410, description = "The link expired, was used or was replaced", content_type = "text/html"),
    )
)]
pub async fn password_page(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    let Some((user, purpose)) = link_user(&state, &q.token).await? else {
        return Ok(invalid_link_page(&state, &headers));
    };
    let locale = user_locale(&state, &user.profile, &headers);
    Ok(form_page(
        &state,
        &locale,
        &user.profile,
        &purpose,
        &q.token,
        (None, None),
    ))
}

/// `POST /account/password`: sets the password, uses up the link, activates an account that was
/// not active yet, and ends every session of the user (a reset locks out whoever knew the old one).
#[utoipa::path(
    post,
    path = "/password",
    tag = "lifecycle",
    request_body(content = PasswordForm, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "The password is set", content_type = "text/html"),
        (status = 410, description = "The link expired, was used or was replaced", content_type = "text/html"),
        (status = 422, description = "The form again, with the error at its field", content_type = "text/html"),
    )
)]
pub async fn set_password(
    State(state): State<AppState>,
    headers: HeaderMap,
    form: Result<Form<PasswordForm>, axum::extract::rejection::FormRejection>,
) -> Result<Response, Refusal> {
    let Ok(Form(form)) = form else {
        return Ok(invalid_link_page(&state, &headers));
    };
    let Some((user, purpose)) = link_user(&state, &form.token).await? else {
        return Ok(invalid_link_page(&state, &headers));
    };
    let locale = user_locale(&state, &user.profile, &headers);
    let password_error = if form.password.chars().count() < MIN_PASSWORD_CHARS {
        Some(state.i18n.format(
            &locale,
            "auth-error-weak-password",
            &[("min", MIN_PASSWORD_CHARS.to_string())],
        ))
    } else if form.password.len() > MAX_PASSWORD_BYTES {
        Some(state.i18n.format(&locale, "auth-error-long-password", &[]))
    } else {
        None
    };
    let confirm_error = (password_error.is_none() && form.confirm != form.password)
        .then(|| state.i18n.format(&locale, "page-error-mismatch", &[]));
    if password_error.is_some() || confirm_error.is_some() {
        return Ok(form_page(
            &state,
            &locale,
            &user.profile,
            &purpose,
            &form.token,
            (password_error, confirm_error),
        ));
    }
    let password = form.password;
    let phc = hash_password_off_runtime(password)
        .await
        .ok_or_else(Refusal::internal)?;
    let now = crate::store::now();
    let id = user.profile.id;
    let (activated, action) = match user.profile.status.apply(LifecycleEvent::Activate) {
        Ok(status) => {
            let mut profile = user.profile.clone();
            profile.status = status;
            profile.activated_at = Some(now);
            (Some(profile), "activate")
        }
        Err(_) => (None, "set-password"),
    };
    let (write, after) = advance(&user, activated, now);
    let audit = crate::store::AuditEvent {
        actor_id: id,
        action,
        target_id: id.0,
        changes: changes(Some(&user.profile), Some(&after.profile)),
        client_time: None,
        server_time: now,
        idempotency_key: None,
    };
    let effects = [
        Effect::SpendToken {
            hash: token_hash(&form.token),
        },
        Effect::SetPassword { user_id: id, phc },
        Effect::EndSessions { user_id: id },
        Effect::ClearSignInFailures {
            login_key: user.profile.email.key(),
        },
    ];
    let done = state
        .store
        .commit_change(
            std::slice::from_ref(&write),
            std::slice::from_ref(&audit),
            None,
            &effects,
        )
        .await
        .map_err(store_refusal)?;
    if !done {
        // Used a moment ago by another request, or the user changed meanwhile.
        return Ok(invalid_link_page(&state, &headers));
    }
    let text = state.i18n.format_text(
        &locale,
        "page-done",
        &[("email", user.profile.email.as_str().to_owned())],
    );
    Ok(page(
        StatusCode::OK,
        &locale,
        &state.i18n.format(&locale, "page-done-title", &[]),
        &format!("<p>{}</p>\n", html_escape::encode_text(&text)),
    ))
}

// ---------------------------------------------------------------------------------------------
// Mobile-number verification.

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct StartPhone {
    /// ISO 3166-1 country ("DE"); without it the number must start with +.
    country: Option<String>,
    /// As typed ("030 1234567" or "+49 30 1234567").
    number: String,
    /// How the code travels: `email` (the default: to the user's address) or `sms` (to the
    /// number itself, when the server has an SMS gateway).
    #[serde(default)]
    channel: Option<String>,
}

/// How a phone code travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Channel {
    Email,
    Sms,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct ConfirmPhone {
    /// The six digits from the e-mail (spaces ignored).
    code: String,
}

fn read_json<T: serde::de::DeserializeOwned>(body: &Bytes) -> Result<T, Refusal> {
    serde_json::from_slice(body)
        .map_err(|_| Refusal::bad_request("invalidSyntax", Message::new("scim-error-bad-json")))
}

fn code_hash(salt: &str, code: &str) -> String {
    let mut h = Sha256::new();
    h.update(salt.as_bytes());
    h.update(b":");
    h.update(code.as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Six random digits, uniformly drawn.
fn new_code() -> Result<String, Refusal> {
    loop {
        let mut b = [0u8; 4];
        getrandom::fill(&mut b).map_err(|_| Refusal::internal())?;
        let n = u32::from_le_bytes(b);
        // Reject the top sliver so every code is equally likely.
        if n < u32::MAX - u32::MAX % 1_000_000 {
            return Ok(format!("{:06}", n % 1_000_000));
        }
    }
}

fn editable(actor: &Actor, user: &UserProfile) -> Result<(), Refusal> {
    actor
        .may(Action::EditProfile, &target(user))
        .map_err(denied)
}

/// `POST /api/users/{id}/phone-verification` with `{country, number}`: sets the mobile number
/// (unverified unless it is the number already verified) and e-mails the user a 6-digit code.
/// Another code can be asked for after a minute.
#[utoipa::path(
    post,
    path = "/users/{id}/phone-verification",
    tag = "phone",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The user")),
    request_body = StartPhone,
    responses(
        (status = 202, description = "The code is on its way", body = crate::openapi::PhoneVerificationStarted),
        (status = 400, description = "Not a valid number for that country", body = crate::openapi::ErrorBody),
        (status = 403, description = "The caller may not edit this user", body = crate::openapi::ErrorBody),
        (status = 429, description = "A code was sent less than a minute ago (see Retry-After)", body = crate::openapi::ErrorBody),
    )
)]
pub async fn start_phone_verification(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let idem = idempotency(
        &headers,
        &format!("POST /users/{id}/phone-verification"),
        &body,
    );
    if let Some(r) = replay(&state, &actor, &idem).await? {
        return Ok(r);
    }
    let id = parse_id(&id)?;
    let req: StartPhone = read_json(&body)?;
    let current = visible(&state, &actor, id).await?;
    editable(&actor, &current.profile)?;
    let channel = match req.channel.as_deref().map(str::trim) {
        None | Some("" | "email") => Channel::Email,
        Some("sms") if state.sms.is_some() => Channel::Sms,
        Some("sms") => {
            return Err(
                Refusal::bad_request("invalidValue", Message::new("error-phone-sms-off"))
                    .at("channel"),
            );
        }
        Some(_) => {
            return Err(
                Refusal::bad_request("invalidValue", Message::new("error-phone-channel"))
                    .at("channel"),
            );
        }
    };
    let number = match req.country.as_deref().map(str::trim) {
        Some(c) if !c.is_empty() => PhoneE164::from_parts(c, &req.number),
        _ => PhoneE164::parse(&req.number),
    }
    .map_err(|e| {
        let field = match e {
            userdesk_core::phone::PhoneError::UnknownCountry => "country",
            _ => "number",
        };
        Refusal::bad_request("invalidValue", e.message()).at(field)
    })?;
    if current.profile.status == Status::Inactive {
        return Err(lifecycle_refusal(LifecycleError::Inactive));
    }
    let now = crate::store::now();
    if let Some(pending) = state.store.phone_code(id).await.map_err(store_refusal)?
        && pending.last_sent + PHONE_CODE_RESEND_AFTER > now
    {
        let wait = (pending.last_sent + PHONE_CODE_RESEND_AFTER - now)
            .whole_seconds()
            .max(1);
        return Ok(crate::auth::too_many(
            Message::new("error-phone-code-wait").with("seconds", wait),
            wait,
        ));
    }
    let (_, sends) = phone_counts(id, number.as_str());
    if let crate::store::Try::Locked { .. } = state
        .store
        .take_try(&sends, None, now, PHONE_CODE_SENDS)
        .await
        .map_err(store_refusal)?
    {
        return Err(Refusal::new(
            StatusCode::TOO_MANY_REQUESTS,
            None,
            Message::new("error-phone-sends-today"),
        )
        .at("number"));
    }
    let already_verified = current
        .profile
        .mobile_phone
        .as_ref()
        .is_some_and(|m| m.verified && m.number == number);
    let mut after = current.profile.clone();
    after.mobile_phone = Some(MobilePhone {
        number: number.clone(),
        verified: already_verified,
    });
    let code = new_code()?;
    let salt = new_token();
    let locale = recipient_locale(&state.i18n, &after);
    let content = Content {
        kind: "phone-code",
        subject: state.i18n.format_text(&locale, "email-phone-subject", &[]),
        paragraphs: vec![
            format!(
                "{}\n\n{}",
                greeting(&state, &locale, &after),
                state.i18n.format_text(
                    &locale,
                    "email-phone-intro",
                    &[("phone", number.international())]
                )
            ),
            code.clone(),
            state.i18n.format(
                &locale,
                "email-phone-expiry",
                &[("minutes", PHONE_CODE_LIFETIME.whole_minutes().to_string())],
            ),
            state.i18n.format_text(&locale, "email-signature", &[]),
        ],
        action: None,
        footer: footer(&state, &locale, &after),
    };
    let mut effects = vec![Effect::PhoneCode {
        user_id: id,
        phone: number.as_str().to_owned(),
        salt: salt.clone(),
        hash: code_hash(&salt, &code),
        expires: now + PHONE_CODE_LIFETIME,
    }];
    let sent_to = match channel {
        Channel::Email => {
            effects.push(Effect::Mail(
                compose(&state.mailer, &after, &locale, content).map_err(mail_refusal)?,
            ));
            crate::sms::masked_email(after.email.as_str())
        }
        Channel::Sms => crate::sms::masked_phone(number.as_str()),
    };
    let sms_text = (channel == Channel::Sms).then(|| {
        state.i18n.format_text(
            &locale,
            "sms-phone-code",
            &[
                ("code", code.clone()),
                ("minutes", PHONE_CODE_LIFETIME.whole_minutes().to_string()),
            ],
        )
    });
    let (write, record) = advance(&current, Some(after), now);
    let out = Out {
        status: StatusCode::ACCEPTED,
        body: Some(json!({
            "phone": number.as_str(),
            "expiresAt": crate::store::fmt_time(now + PHONE_CODE_LIFETIME),
            "resendAfter": crate::store::fmt_time(now + PHONE_CODE_RESEND_AFTER),
            "attemptsLeft": PHONE_CODE_ATTEMPTS,
            "channel": match channel { Channel::Email => "email", Channel::Sms => "sms" },
            "sentTo": sent_to,
            "user": resource(&state, &record),
        })),
        etag: Some(record.etag()),
        location: None,
    };
    let diff = changes(Some(&current.profile), Some(&record.profile));
    let reply = commit(
        &state,
        &actor,
        &headers,
        &idem,
        write,
        "start-phone-verification",
        id,
        diff,
        out,
        effects,
    )
    .await?;
    if let (Some(text), Some(gateway)) = (sms_text, &state.sms)
        && let Err(e) = gateway.send(number.as_str(), &text).await
    {
        tracing::warn!(error = %e, "a phone code did not reach the SMS gateway");
        // The code went nowhere: it is void, and another may be asked for at once.
        state
            .store
            .commit_change(&[], &[], None, &[Effect::ClearPhoneCode { user_id: id }])
            .await
            .map_err(store_refusal)?;
        return Err(Refusal::new(
            StatusCode::BAD_GATEWAY,
            None,
            Message::new("error-phone-sms-failed"),
        )
        .at("channel"));
    }
    Ok(reply)
}

fn code_refusal(id: &'static str) -> Refusal {
    Refusal::bad_request("invalidValue", Message::new(id)).at("code")
}

/// `POST /api/users/{id}/phone-verification/confirm` with `{code}`: the right code, in time and
/// within the attempts, marks the mobile number verified.
#[utoipa::path(
    post,
    path = "/users/{id}/phone-verification/confirm",
    tag = "phone",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The user")),
    request_body = ConfirmPhone,
    responses(
        (status = 200, description = "Verified; the user as SCIM resource", body = crate::openapi::ScimUser),
        (status = 400, description = "Wrong, expired or used-up code (the tries left are in the detail)", body = crate::openapi::ErrorBody),
    )
)]
pub async fn confirm_phone(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let id = parse_id(&id)?;
    let req: ConfirmPhone = read_json(&body)?;
    let current = visible(&state, &actor, id).await?;
    editable(&actor, &current.profile)?;
    let now = crate::store::now();
    let Some(pending) = state.store.phone_code(id).await.map_err(store_refusal)? else {
        return Err(code_refusal("error-phone-code-none"));
    };
    if pending.expires <= now {
        return Err(code_refusal("error-phone-code-expired"));
    }
    let (checks, _) = phone_counts(id, &pending.phone);
    if let crate::store::Try::Locked { .. } = state
        .store
        .take_try(&checks, None, now, PHONE_CODE_TRIES)
        .await
        .map_err(store_refusal)?
    {
        return Err(code_refusal("error-phone-code-today"));
    }
    if !state
        .store
        .phone_code_attempt(id, PHONE_CODE_ATTEMPTS)
        .await
        .map_err(store_refusal)?
    {
        return Err(code_refusal("error-phone-code-attempts"));
    }
    let code: String = req.code.chars().filter(|c| !c.is_whitespace()).collect();
    let right = code.len() == 6
        && bool::from(
            code_hash(&pending.salt, &code)
                .as_bytes()
                .ct_eq(pending.hash.as_bytes()),
        );
    if !right {
        let left = (PHONE_CODE_ATTEMPTS - pending.attempts - 1).max(0);
        return Err(if left == 0 {
            code_refusal("error-phone-code-attempts")
        } else {
            Refusal::bad_request(
                "invalidValue",
                Message::new("error-phone-code-wrong").with("left", left),
            )
            .at("code")
        });
    }
    // The code proves the number it was sent to; if the profile holds another one by now, it
    // proves nothing about that.
    let Some(mobile) = current
        .profile
        .mobile_phone
        .as_ref()
        .filter(|m| m.number.as_str() == pending.phone)
    else {
        return Err(code_refusal("error-phone-code-other-number"));
    };
    let mut after = current.profile.clone();
    after.mobile_phone = Some(MobilePhone {
        number: mobile.number.clone(),
        verified: true,
    });
    let (write, record) = advance(&current, Some(after), now);
    let out = user_out(&state, &record);
    let diff = changes(Some(&current.profile), Some(&record.profile));
    commit(
        &state,
        &actor,
        &headers,
        &None,
        write,
        "verify-phone",
        id,
        diff,
        out,
        vec![Effect::ClearPhoneCode { user_id: id }],
    )
    .await
}

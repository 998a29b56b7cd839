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

use crate::auth::{new_token, token_hash};
use crate::mail::{Content, compose, recipient_locale};
use crate::password::{MAX_PASSWORD_BYTES, MIN_PASSWORD_CHARS, hash_password_off_runtime};
use crate::scim::error::Refusal;
use crate::scim::etag::check_if_match;
use crate::scim::reply::{Mutation, Out, Reply, changes, commit, idempotency, replay};
use crate::scim::users::{denied, parse_id, resource, target, visible};
use crate::store::{Effect, UserRecord, Write};
use crate::{AppState, reader_locale};

/// How long the link in each e-mail works.
pub const ACTIVATION_LINK_LIFETIME: Duration = Duration::days(7);
pub const WELCOME_LINK_LIFETIME: Duration = Duration::days(7);
pub const RESET_LINK_LIFETIME: Duration = Duration::hours(1);

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
    check_if_match(&headers, &current)?;
    let now = state.store.now();
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
        Mutation {
            write,
            action: kind.audit_action(),
            target: id,
            diff,
            out,
            effects,
        },
    )
    .await
}

mod password_page;
mod phone;

pub use password_page::*;
pub use phone::*;

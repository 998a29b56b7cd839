//! What an admin has the server do for a user: account e-mails (queued like edits), and a mobile
//! number's verification (the code sent, then checked online).

use tauri::State;
use userdesk_core::ProfileEdit;
use userdesk_core::lifecycle::AccountEmail;
use userdesk_core::policy::{Action, Target};
use userdesk_sync::service::OnlineError;

use super::parse_id;
use super::profile::{ProfileView, me, view};
use crate::error::AppError;
use crate::state::AppState;

/// Has the server send `kind` (activation, welcome, password-reset) to the user: queued like an
/// edit (offline too), sent by the server once, after the edits before it.
#[tauri::command]
pub async fn send_email(
    state: State<'_, AppState>,
    id: String,
    kind: String,
) -> Result<ProfileView, AppError> {
    let id = parse_id(&state, &id)?;
    let kind = AccountEmail::parse(&kind).ok_or_else(|| AppError::unknown_field(&state))?;
    let profile = state
        .cache()
        .get_user(id)
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    kind.offered(profile.status, profile.single_sign_on)
        .map_err(|e| AppError::invalid_at(&state, "status", &e))?;
    let catalog = state
        .cache()
        .roles()
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    if let Some(actor) = me(&state, &catalog).await {
        actor
            .may(Action::SendEmail, &Target::of(&profile, &catalog))
            .map_err(|e| AppError::invalid_at(&state, "status", &e))?;
    }
    state
        .cache()
        .queue_action(id, &serde_json::json!({"action": kind.as_str()}))
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    state.sync().poke();
    view(&state, profile).await
}

/// "Send verification e-mail": the number chosen in the verification dialog becomes the user's
/// mobile number (an edit, if it is a new one) and the server is asked to send its code, queued
/// like any action (offline too) and sent after the edits before it.
#[tauri::command]
pub async fn start_phone_verification(
    state: State<'_, AppState>,
    id: String,
    country: String,
    number: String,
) -> Result<ProfileView, AppError> {
    let id = parse_id(&state, &id)?;
    let phone = userdesk_core::phone::PhoneE164::from_parts(&country, &number).map_err(|e| {
        let field = match e {
            userdesk_core::phone::PhoneError::UnknownCountry => "verify-country",
            _ => "verify-number",
        };
        AppError::invalid_at(&state, field, &e)
    })?;
    let mut profile = state
        .cache()
        .get_user(id)
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    if profile.mobile_phone.as_ref().map(|m| &m.number) != Some(&phone) {
        profile = state
            .cache()
            .apply_edit(id, &ProfileEdit::MobilePhone(Some(phone.clone())))
            .await
            .map_err(|e| AppError::from_cache(&state, e))?;
    }
    let country = phone.country().unwrap_or(country);
    state
        .cache()
        .queue_action(
            id,
            &serde_json::json!({
                "action": "phone-verification",
                "country": country,
                "number": phone.as_str(),
            }),
        )
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    state.sync().poke();
    view(&state, profile).await
}

/// "Verify": the six digits the user read in the e-mail, checked by the server (online only).
/// Wrong, expired and used-up codes get the server's own message at the code.
#[tauri::command]
pub async fn confirm_phone(
    state: State<'_, AppState>,
    id: String,
    code: String,
) -> Result<ProfileView, AppError> {
    let user = parse_id(&state, &id)?;
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return Err(AppError::message_at(
            &state,
            "verify-code",
            "error-phone-code-format",
        ));
    }
    state
        .sync()
        .confirm_phone(user, &code)
        .await
        .map_err(|e| match e {
            OnlineError::NotOnServer => {
                AppError::message_at(&state, "verify-code", "error-phone-not-synced")
            }
            OnlineError::NotOffered => {
                AppError::message_at(&state, "verify-code", "error-phone-not-offered")
            }
            OnlineError::Failed(userdesk_sync::SyncError::Server { detail, .. })
                if !detail.is_empty() =>
            {
                // The server names the attribute before its message; the dialog shows it at the code.
                let message = detail.strip_prefix("code: ").unwrap_or(&detail).to_owned();
                AppError::text_at("verify-code", message)
            }
            OnlineError::Failed(e) if e.is_transient() => {
                AppError::message_at(&state, "verify-code", "error-phone-offline")
            }
            OnlineError::Failed(userdesk_sync::SyncError::Unauthorized) => {
                AppError::message_at(&state, "verify-code", "sync-problem-sign-in")
            }
            OnlineError::Failed(e) => {
                tracing::warn!(error = %e, "the phone code could not be checked");
                AppError::message_at(&state, "verify-code", "error-internal")
            }
        })?;
    let profile = state
        .cache()
        .get_user(user)
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    view(&state, profile).await
}

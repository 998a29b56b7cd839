//! My Account: the signed-in person's own profile (edited with the profile's field commands),
//! their password, the app's language on this computer, and sign-out.

use serde::Serialize;
use tauri::State;
use userdesk_sync::SyncError;
use userdesk_sync::service::OnlineError;

use super::profile::{LanguageOption, ProfileView, view};
use crate::error::AppError;
use crate::preferences::Preferences;
use crate::state::{AppState, negotiate};

#[derive(Debug, Serialize)]
pub struct MyAccount {
    /// Their own profile, from the cache (None with an API token: there is no person).
    pub profile: Option<ProfileView>,
    /// The account server's address (None for the demo account).
    pub server: Option<String>,
    pub demo: bool,
    pub token: bool,
    /// Why the password cannot be changed here, translated; None when it can.
    pub password_unavailable: Option<String>,
    /// The app's language as chosen here (None: the system's).
    pub app_language: Option<String>,
    /// The language the app speaks now.
    pub app_locale: String,
    /// The languages the app speaks, each in its own name.
    pub app_languages: Vec<LanguageOption>,
}

#[tauri::command]
pub async fn my_account(state: State<'_, AppState>) -> Result<MyAccount, AppError> {
    let sync = state.sync();
    let profile = match sync.account_email() {
        Some(email) => match userdesk_core::Email::parse(&email) {
            Ok(email) => state
                .cache()
                .user_by_email(&email)
                .await
                .map_err(|e| AppError::from_cache(&state, e))?,
            Err(_) => None,
        },
        None => None,
    };
    let profile = match profile {
        Some(p) => Some(view(&state, p).await?),
        None => None,
    };
    let demo = state.demo();
    let token = sync.status().await.token;
    let password_unavailable = if demo {
        Some("account-password-demo")
    } else if !sync.person_signed_in() {
        Some("account-password-token")
    } else {
        None
    }
    .map(|id| state.tr(&userdesk_core::Message::new(id)));
    Ok(MyAccount {
        profile,
        server: sync.server().map(|f| f.server.clone()),
        demo,
        token,
        password_unavailable,
        app_language: Preferences::load(&state.data_dir).language,
        app_locale: state.locale().to_string(),
        app_languages: state
            .i18n
            .available()
            .iter()
            .filter_map(|l| userdesk_core::language::Locale::from_tag(&l.to_string()))
            .map(|l| LanguageOption {
                tag: l.tag(),
                name: l.native_name(),
            })
            .collect(),
    })
}

/// The app's language from now on, on this computer: a tag the app speaks, or `None` for the
/// system's. The UI asks for its text again and redraws; the server's messages follow too.
#[tauri::command]
pub async fn set_app_language(
    state: State<'_, AppState>,
    language: Option<String>,
) -> Result<String, AppError> {
    let language = match language.as_deref().map(str::trim) {
        None | Some("" | "system") => None,
        Some(tag) => match tag.parse::<userdesk_i18n::Locale>() {
            Ok(locale) if state.i18n.available().contains(&locale) => Some(locale.to_string()),
            _ => {
                return Err(AppError::message_at(
                    &state,
                    "app-language",
                    "error-language-unsupported",
                ));
            }
        },
    };
    let prefs = Preferences {
        language: language.clone(),
    };
    prefs
        .save(&state.data_dir)
        .map_err(|_| AppError::message_at(&state, "app-language", "error-internal"))?;
    let locale = negotiate(&state.i18n, language.as_deref(), &state.system_locales);
    state.set_locale(locale.clone());
    state.sync().set_language(&locale.to_string()).await;
    Ok(locale.to_string())
}

/// Longest password passed on (the server refuses longer ones with its own message; this only
/// bounds what crosses the network).
const MAX_PASSWORD_BYTES: usize = 4096;

/// Changes the signed-in person's password: the current one is required and checked by the
/// server (online only), the new one typed twice. The server's policy messages come back at the
/// field they concern (`current`, `new`, `repeat`).
#[tauri::command]
pub async fn change_password(
    state: State<'_, AppState>,
    current: String,
    new: String,
    repeat: String,
) -> Result<(), AppError> {
    if current.is_empty() {
        return Err(AppError::message_at(
            &state,
            "current",
            "account-password-current-missing",
        ));
    }
    if new.is_empty() {
        return Err(AppError::message_at(
            &state,
            "new",
            "account-password-new-missing",
        ));
    }
    if current.len() > MAX_PASSWORD_BYTES || new.len() > MAX_PASSWORD_BYTES {
        let field = if current.len() > MAX_PASSWORD_BYTES {
            "current"
        } else {
            "new"
        };
        return Err(AppError::message_at(
            &state,
            field,
            "auth-error-long-password",
        ));
    }
    if new != repeat {
        return Err(AppError::message_at(
            &state,
            "repeat",
            "account-password-mismatch",
        ));
    }
    if new == current {
        return Err(AppError::message_at(
            &state,
            "new",
            "account-password-unchanged",
        ));
    }
    state
        .sync()
        .change_password(&current, &new)
        .await
        .map_err(|e| match e {
            OnlineError::NotOffered | OnlineError::NotOnServer => {
                AppError::message_at(&state, "current", "account-password-token")
            }
            OnlineError::Failed(SyncError::Server { detail, .. }) if !detail.is_empty() => {
                // The server names the attribute at fault before its message.
                let (field, message) = match detail.split_once(": ") {
                    Some(("current_password", m)) => ("current", m),
                    Some(("new_password", m)) => ("new", m),
                    _ => ("new", detail.as_str()),
                };
                AppError::text_at(field, message.to_owned())
            }
            OnlineError::Failed(SyncError::Unauthorized) => {
                AppError::message_at(&state, "current", "sync-problem-sign-in")
            }
            OnlineError::Failed(e) if e.is_transient() => {
                AppError::message_at(&state, "current", "account-password-offline")
            }
            OnlineError::Failed(e) => {
                tracing::warn!(error = %e, "the password could not be changed");
                AppError::message_at(&state, "current", "error-internal")
            }
        })
}

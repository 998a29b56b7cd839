//! Signing in and out, and choosing what the app works on: the server address typed on the
//! sign-in screen (a new address opens that server's own cache), or the demo account.

use serde::Serialize;
use tauri::State;
use userdesk_sync::SyncStatus;
use userdesk_sync::account::{self, AccountFile, Choice};
use userdesk_sync::signin::{self, ApiToken, SignInError};

use crate::error::AppError;
use crate::state::AppState;
use crate::workspace;

/// The answer to a sign-in or a choice of account.
#[derive(Debug, Serialize)]
pub struct SignedIn {
    pub status: SyncStatus,
    /// The app now works on another account (another server, the demo account, or none): the UI
    /// starts afresh.
    pub switched: bool,
}

/// A typed server address as the app will use it.
#[derive(Debug, Serialize)]
pub struct ServerAddress {
    pub address: String,
    /// Plain `http://` across a network: the UI warns.
    pub insecure: bool,
}

/// The address typed so far, checked (the sign-in screen warns of `http://` as it is typed).
#[tauri::command]
pub fn check_server_address(
    state: State<'_, AppState>,
    server: String,
) -> Result<ServerAddress, AppError> {
    let address = typed_address(&state, &server)?;
    Ok(ServerAddress {
        insecure: account::insecure_address(&address),
        address,
    })
}

fn refused(state: &AppState, e: SignInError) -> AppError {
    AppError::sign_in(state, e.message_id(), Some(e.field()))
}

fn typed_address(state: &AppState, server: &str) -> Result<String, AppError> {
    account::server_address(server)
        .map_err(|e| AppError::sign_in(state, e.message_id(), Some("server")))
}

/// The account file of `address`: the one in use when it is the same server, else a new one.
fn file_for(state: &AppState, address: &str) -> (AccountFile, bool) {
    match state.sync().server() {
        Some(f) if f.server == address => (f.clone(), false),
        _ => (AccountFile::new(address.to_owned()), true),
    }
}

/// Edits queued on this computer by another person are theirs to send: a different account may
/// not sign in to the same server's cache while they wait.
async fn check_pending_of_others(
    state: &AppState,
    file: &AccountFile,
    same_person: impl Fn(&AccountFile) -> bool,
    field: &'static str,
) -> Result<(), AppError> {
    if (file.email.is_none() && !file.token) || same_person(file) {
        return Ok(());
    }
    let (pending, conflicts, _) = state
        .cache()
        .outbox_counts()
        .await
        .map_err(|e| AppError::from_cache(state, e))?;
    if pending + conflicts > 0 {
        return Err(AppError::sign_in(
            state,
            "sign-in-other-account-pending",
            Some(field),
        ));
    }
    Ok(())
}

/// Keeps `file` as this computer's choice and, when it is another server than the one in use,
/// opens that server's workspace (its own cache) in place of the current one.
async fn take(state: &AppState, file: &AccountFile, new: bool) -> Result<(), AppError> {
    file.save(&state.data_dir)
        .map_err(|_| AppError::sign_in(state, "error-internal", None))?;
    if new {
        let work = workspace::server(&state.data_dir, file.clone(), &state.locale().to_string())
            .await
            .map_err(|e| AppError::from_cache(state, e))?;
        state.replace(work);
    }
    Ok(())
}

/// Signs in to the account server at `server`. The session's refresh token goes to the OS
/// keychain; the password is used once and kept nowhere.
#[tauri::command]
pub async fn sign_in(
    state: State<'_, AppState>,
    server: String,
    email: String,
    password: String,
) -> Result<SignedIn, AppError> {
    let _one = state.switching.lock().await;
    let address = typed_address(&state, &server)?;
    let email = userdesk_core::Email::parse(&email)
        .map_err(|e| AppError::invalid_at(&state, "email", &e))?;
    if password.is_empty() {
        return Err(refused(&state, SignInError::PasswordMissing));
    }
    let (file, new) = file_for(&state, &address);
    if !new {
        let same = |f: &AccountFile| {
            !f.token
                && f.email
                    .as_deref()
                    .is_some_and(|last| last.eq_ignore_ascii_case(email.as_str()))
        };
        check_pending_of_others(&state, &file, same, "email").await?;
    }
    let client = signin::with_password(&address, &email, password)
        .await
        .map_err(|e| refused(&state, e))?;
    let saved = AccountFile {
        email: Some(email.as_str().to_owned()),
        ..AccountFile::new(file.server.clone())
    };
    take(&state, &saved, new).await?;
    state.sync().signed_in(email.as_str(), client).await;
    Ok(SignedIn {
        status: state.sync().status().await,
        switched: new,
    })
}

/// Signs in to a SCIM server with an API token (how third-party SCIM servers are used). The
/// address may be the server's root (SCIM under `/scim/v2`, as on ours) or SCIM's own base; the
/// token goes to the OS keychain once the server took it.
#[tauri::command]
pub async fn sign_in_token(
    state: State<'_, AppState>,
    server: String,
    token: String,
) -> Result<SignedIn, AppError> {
    let _one = state.switching.lock().await;
    let address = typed_address(&state, &server)?;
    let token = ApiToken::parse(&token).map_err(|e| refused(&state, e))?;
    let (file, new) = file_for(&state, &address);
    if !new {
        check_pending_of_others(&state, &file, |f| f.token, "token").await?;
    }
    let signed = signin::with_token(&address, &token)
        .await
        .map_err(|e| refused(&state, e))?;
    let saved = AccountFile {
        token: true,
        scim: Some(signed.base.clone()),
        ..AccountFile::new(address)
    };
    take(&state, &saved, new).await?;
    state
        .sync()
        .signed_in_with_token(&signed.base, token.as_str(), signed.client)
        .await;
    Ok(SignedIn {
        status: state.sync().status().await,
        switched: new,
    })
}

/// Chooses the demo account on this computer (remembered): our account server inside the app,
/// with made-up people. The server's cache, and whatever waits in it, stays for the next sign-in.
#[tauri::command]
pub async fn use_demo(state: State<'_, AppState>) -> Result<SignedIn, AppError> {
    let _one = state.switching.lock().await;
    if state.demo() {
        return Ok(SignedIn {
            status: state.sync().status().await,
            switched: false,
        });
    }
    Choice::demo()
        .save(&state.data_dir)
        .map_err(|_| AppError::sign_in(&state, "error-internal", None))?;
    let work = workspace::demo(&state.data_dir, &state.locale().to_string())
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    state.replace(work);
    Ok(SignedIn {
        status: state.sync().status().await,
        switched: true,
    })
}

/// Signs out: the server ends the session and the keychain forgets it; the cache, with what waits
/// in it, stays. Leaving the demo account brings back the choice of what to work on.
#[tauri::command]
pub async fn sign_out(state: State<'_, AppState>) -> Result<SignedIn, AppError> {
    let _one = state.switching.lock().await;
    if state.demo() {
        Choice::forget(&state.data_dir)
            .map_err(|_| AppError::sign_in(&state, "error-internal", None))?;
        let work = workspace::nothing_chosen(&state.data_dir, &state.locale().to_string())
            .await
            .map_err(|e| AppError::from_cache(&state, e))?;
        state.replace(work);
        return Ok(SignedIn {
            status: state.sync().status().await,
            switched: true,
        });
    }
    state.sync().signed_out().await;
    Ok(SignedIn {
        status: state.sync().status().await,
        switched: false,
    })
}

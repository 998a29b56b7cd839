//! Signing in and out, and choosing what the app works on: the server address typed on the
//! sign-in screen (a new address opens that server's own cache), or the demo account.

use serde::Serialize;
use tauri::State;
use userdesk_sync::{Credentials, ScimClient, SyncError};

use crate::account::{self, AccountFile, Choice};
use crate::error::AppError;
use crate::state::AppState;
use crate::sync::SyncStatus;
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
        return Err(AppError::sign_in(
            &state,
            "sign-in-password-missing",
            Some("password"),
        ));
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
    let client = ScimClient::connect(
        &format!("{address}/scim/v2"),
        Credentials::Password {
            email: email.as_str().to_owned(),
            password,
        },
    )
    .await
    .map_err(|e| match e {
        SyncError::Unauthorized => AppError::sign_in(&state, "sign-in-refused", Some("password")),
        SyncError::Network(_) => AppError::sign_in(&state, "sign-in-unreachable", Some("server")),
        _ => AppError::sign_in(&state, "sign-in-not-a-server", Some("server")),
    })?;
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

/// Longest API token taken (real ones are far shorter; this bounds what reaches the keychain).
const MAX_TOKEN: usize = 4096;

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
    let token = token.trim().to_owned();
    if token.is_empty() {
        return Err(AppError::sign_in(
            &state,
            "sign-in-token-missing",
            Some("token"),
        ));
    }
    // A header value: visible ASCII only, no spaces.
    if token.len() > MAX_TOKEN || !token.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(AppError::sign_in(
            &state,
            "sign-in-token-invalid",
            Some("token"),
        ));
    }
    let (file, new) = file_for(&state, &address);
    if !new {
        check_pending_of_others(&state, &file, |f| f.token, "token").await?;
    }
    let mut found = None;
    let mut refused = false;
    let mut unreachable = false;
    for base in [format!("{address}/scim/v2"), address.clone()] {
        match ScimClient::connect(&base, Credentials::Bearer(token.clone())).await {
            Ok(client) => {
                found = Some((base, client));
                break;
            }
            Err(SyncError::Unauthorized) => refused = true,
            Err(SyncError::Network(_)) => unreachable = true,
            Err(_) => {}
        }
    }
    let Some((base, client)) = found else {
        return Err(if refused {
            AppError::sign_in(&state, "sign-in-token-refused", Some("token"))
        } else if unreachable {
            AppError::sign_in(&state, "sign-in-unreachable", Some("server"))
        } else {
            AppError::sign_in(&state, "sign-in-not-scim", Some("server"))
        });
    };
    if let Err(e) = account::keep_secret(&address, account::TOKEN_ENTRY, &token) {
        tracing::warn!(error = %e, "the keychain cannot keep the API token: it will be asked again next time");
    }
    let saved = AccountFile {
        token: true,
        scim: Some(base.clone()),
        ..AccountFile::new(address)
    };
    take(&state, &saved, new).await?;
    state.sync().signed_in_with_token(&base, client).await;
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

//! The sync as the UI shows it: the status, "Sync now", and the Sync screen's lists (what waits,
//! conflicts side by side, what the server refused) with the admin's decisions on them.

use std::collections::HashMap;

use serde::Serialize;
use tauri::State;
use userdesk_cache::{RejectReason, Resolution};
use userdesk_core::{Message, UserId};
use userdesk_sync::SyncStatus;

use super::parse_id;
use crate::error::AppError;
use crate::state::AppState;

/// Where the sync stands: online, last sync, what waits.
#[tauri::command]
pub async fn sync_status(state: State<'_, AppState>) -> Result<SyncStatus, AppError> {
    Ok(state.sync().status().await)
}

/// "Sync now".
#[tauri::command]
pub async fn sync_now(state: State<'_, AppState>) -> Result<SyncStatus, AppError> {
    state.sync().poke();
    Ok(state.sync().status().await)
}

/// One queued edit, as the Sync screen lists it.
#[derive(Debug, Serialize)]
pub struct ChangeView {
    pub seq: i64,
    pub user_id: String,
    /// None when the user is gone from the cache (deleted on the server).
    pub user_name: Option<String>,
    pub field: String,
    /// The value the edit sets (None: it clears the field).
    pub value: Option<String>,
    pub made_at: String,
    pub error: Option<String>,
}

/// A conflict, side by side.
#[derive(Debug, Serialize)]
pub struct ConflictView {
    pub user_id: String,
    pub user_name: Option<String>,
    pub field: String,
    pub base: Option<String>,
    pub mine: Option<String>,
    pub theirs: Option<String>,
    pub theirs_by: Option<String>,
    pub theirs_at: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Changes {
    pub pending: Vec<ChangeView>,
    pub conflicts: Vec<ConflictView>,
    pub rejected: Vec<ChangeView>,
}

/// A queued or conflicting value of `field` as the admin reads it: a picture is "A picture", not
/// its addresses.
pub(crate) fn shown_value(state: &AppState, field: &str, v: &serde_json::Value) -> Option<String> {
    if field == userdesk_core::Field::Avatar.as_str() {
        return (!v.is_null()).then(|| state.tr(&Message::new("history-avatar-set")));
    }
    shown(v)
}

pub(crate) fn shown(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        v => Some(v.to_string()),
    }
}

async fn user_name(
    state: &AppState,
    names: &mut HashMap<UserId, Option<String>>,
    id: UserId,
) -> Option<String> {
    if let Some(n) = names.get(&id) {
        return n.clone();
    }
    let name = state
        .cache()
        .get_user(id)
        .await
        .ok()
        .map(|u| u.display_name());
    names.insert(id, name.clone());
    name
}

fn change_views(state: &AppState, entries: Vec<userdesk_cache::OutboxEntry>) -> Vec<ChangeView> {
    // The engine's own reasons are translated here; the server's come in the app's language.
    let reason = |r: Option<RejectReason>| {
        let id = match r? {
            RejectReason::Server(said) => return Some(said),
            RejectReason::Unmergeable(why) => {
                return Some(
                    state.tr(&Message::new("sync-rejected-unmergeable").with("reason", why)),
                );
            }
            RejectReason::DeletedOnServer => "sync-rejected-deleted",
            RejectReason::NotOffered => "sync-rejected-not-offered",
            RejectReason::GroupGone => "error-group-unknown",
            RejectReason::NoPictures => "avatar-unavailable",
            RejectReason::PictureGone => "avatar-picture-gone",
        };
        Some(state.tr(&Message::new(id)))
    };
    entries
        .into_iter()
        .map(|e| ChangeView {
            seq: e.seq,
            user_id: e.user_id.to_string(),
            user_name: None,
            value: shown_value(state, &e.field, &e.operation["value"]),
            field: e.field,
            made_at: e.made_at,
            error: reason(e.reason),
        })
        .collect()
}

/// Everything the Sync screen lists.
#[tauri::command]
pub async fn sync_changes(state: State<'_, AppState>) -> Result<Changes, AppError> {
    let fail = |e| AppError::from_cache(&state, e);
    let mut names = HashMap::new();
    let mut pending = change_views(
        &state,
        state
            .cache()
            .outbox(userdesk_cache::OutboxState::Pending)
            .await
            .map_err(fail)?,
    );
    let mut rejected = change_views(
        &state,
        state
            .cache()
            .outbox(userdesk_cache::OutboxState::Rejected)
            .await
            .map_err(fail)?,
    );
    for c in pending.iter_mut().chain(rejected.iter_mut()) {
        if let Ok(u) = uuid::Uuid::parse_str(&c.user_id) {
            c.user_name = user_name(&state, &mut names, UserId(u)).await;
        }
    }
    let mut conflicts = Vec::new();
    for c in state.cache().conflicts().await.map_err(fail)? {
        conflicts.push(ConflictView {
            user_id: c.user_id.to_string(),
            user_name: user_name(&state, &mut names, c.user_id).await,
            base: shown_value(&state, &c.field, &c.base),
            mine: shown_value(&state, &c.field, &c.mine),
            theirs: shown_value(&state, &c.field, &c.theirs),
            field: c.field,
            theirs_by: c.theirs_by,
            theirs_at: c.theirs_at,
        });
    }
    Ok(Changes {
        pending,
        conflicts,
        rejected,
    })
}

/// The admin's decision on a conflict: `keep_mine` or `take_theirs`.
#[tauri::command]
pub async fn resolve_conflict(
    state: State<'_, AppState>,
    id: String,
    field: String,
    choice: Resolution,
) -> Result<(), AppError> {
    let id = parse_id(&state, &id)?;
    state
        .cache()
        .resolve_conflict(id, &field, choice)
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    state.sync().poke();
    Ok(())
}

/// Gives up an edit the server refused.
#[tauri::command]
pub async fn discard_rejected(state: State<'_, AppState>, seq: i64) -> Result<(), AppError> {
    state
        .cache()
        .discard_rejected(seq)
        .await
        .map_err(|e| AppError::from_cache(&state, e))
}

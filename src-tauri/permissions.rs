//! The signed-in admin's own powers, watched across syncs: when a sync changes their account type
//! or the permissions their roles add up to (a colleague, or the server, took one away), the
//! window is told at once by a `permissions-changed` event, and every open screen applies core's
//! policy again.

use tauri::{AppHandle, Emitter, Manager};

use crate::powers::Powers;
use crate::state::AppState;

/// The signed-in admin's powers now (None: nobody the cache knows is signed in).
pub async fn current(state: &AppState) -> Option<Powers> {
    let catalog = state.cache().roles().await.ok()?;
    let actor = crate::commands::profile::me(state, &catalog).await?;
    Some(Powers {
        account_type: actor.account_type,
        permissions: actor.permissions,
    })
}

/// After a sync of `generation`: reads the admin's powers and tells the window when they differ
/// from the ones known before (not when they are first learnt, nor when nothing was synced).
pub async fn check(app: &AppHandle, generation: u64) {
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    if state.permissions.knows(generation) {
        return;
    }
    let now = current(&state).await;
    if state.permissions.record(generation, now.clone())
        && let Err(e) = app.emit("permissions-changed", &now)
    {
        tracing::warn!(error = %e, "the change of permissions could not reach the window");
    }
}

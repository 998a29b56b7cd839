//! The signed-in admin's own powers, watched across syncs: when a sync changes their account type
//! or the permissions their roles add up to (a colleague, or the server, took one away), the
//! window is told at once by a `permissions-changed` event, and every open screen applies core's
//! policy again.

use std::collections::BTreeSet;
use std::sync::Mutex;

use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager};
use userdesk_core::{AccountType, Permission};

use crate::state::AppState;

/// What the signed-in admin may do, as core's policy reads it from their profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Powers {
    pub account_type: AccountType,
    pub permissions: BTreeSet<Permission>,
}

/// The powers last seen, per sync generation.
#[derive(Debug, Default)]
pub struct Watch {
    seen: Mutex<Option<(u64, Option<Powers>)>>,
}

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
    if let Some(state) = app.try_state::<AppState>() {
        state.permissions.check(app, &state, generation).await;
    }
}

impl Watch {
    async fn check(&self, app: &AppHandle, state: &AppState, generation: u64) {
        let known = self
            .seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        if known.as_ref().is_some_and(|(g, _)| *g == generation) {
            return;
        }
        let now = current(state).await;
        let changed = {
            let mut seen = self
                .seen
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            // Only a change from powers known: the first sync learns them, it changes nothing.
            let changed = matches!(&*seen, Some((_, Some(before))) if Some(before) != now.as_ref());
            *seen = Some((generation, now.clone()));
            changed
        };
        if changed && let Err(e) = app.emit("permissions-changed", &now) {
            tracing::warn!(error = %e, "the change of permissions could not reach the window");
        }
    }

    /// Another workspace: what was seen belongs to another account.
    pub fn forget(&self) {
        *self
            .seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = None;
    }
}

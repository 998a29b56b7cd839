//! The signed-in admin's powers as last seen, per sync generation: what tells a change of them
//! (a colleague, or the server, took a permission away) from the first time they are learnt.

use std::collections::BTreeSet;
use std::sync::Mutex;

use serde::Serialize;
use userdesk_core::{AccountType, Permission};

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

impl Watch {
    fn seen(&self) -> std::sync::MutexGuard<'_, Option<(u64, Option<Powers>)>> {
        self.seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Whether the powers after the sync of `generation` were read already.
    pub fn knows(&self, generation: u64) -> bool {
        self.seen().as_ref().is_some_and(|(g, _)| *g == generation)
    }

    /// Records the powers read after the sync of `generation`; whether they differ from powers
    /// known before (the first sync learns them, it changes nothing).
    pub fn record(&self, generation: u64, now: Option<Powers>) -> bool {
        let mut seen = self.seen();
        let changed = matches!(&*seen, Some((_, Some(before))) if Some(before) != now.as_ref());
        *seen = Some((generation, now));
        changed
    }

    /// Another workspace: what was seen belongs to another account.
    pub fn forget(&self) {
        *self.seen() = None;
    }
}

//! When the server's resource of a user arrives (a pull, the answer after a 412, a deletion), it
//! meets the admin's edits of that user that still wait. The decisions are core's
//! (`userdesk_core::merge::rebase`): per field, edits the server left alone are rebased onto its
//! new version, edits it already agrees with leave the queue, two different values become a
//! conflict kept with both values until the admin keeps theirs, takes the server's, or types a
//! third. Here they are carried out on the tables, in the caller's transaction; every queued edit
//! is thus always based on the version the cache holds.

use sqlx::{Sqlite, Transaction};
use time::OffsetDateTime;
use userdesk_core::merge::{Decision, Queued, rebase};
use userdesk_core::scim::PATCH_OP;
use userdesk_core::scim::eval::default_case_exact;
use userdesk_core::scim::patch;
use userdesk_core::scim::user::read_resource;
use userdesk_core::{UserId, UserProfile};

use crate::conflicts::{close_conflict, close_conflicts_of, open_conflict};
use crate::outbox::{
    conflict_to_pending, created, delete_entries, drop_conflicting, live_entries, reject_entries,
    reject_live, set_state, users_with_live_edits,
};
use crate::server_copies::{read_copy, write_copies, write_copy};
use crate::users::{delete_user, write_users};
use crate::{Cache, CacheError, OutboxState, RejectReason, Resolution, ServerCopy};

/// What the cache shows of a user from the server: the server's resource with the admin's edits
/// that still mean to reach it (pending, or in conflict) applied over it, in order. Refused edits
/// are not applied: the server's value shows until the admin fixes them.
pub(crate) async fn refresh_local(
    tx: &mut Transaction<'_, Sqlite>,
    id: UserId,
) -> Result<(), CacheError> {
    let Some(copy) = read_copy(tx, id).await? else {
        return Ok(());
    };
    let mut view = copy.resource;
    for e in live_entries(tx, id).await? {
        let body = serde_json::json!({"schemas": [PATCH_OP], "Operations": [e.operation]});
        // An edit the resource no longer takes is left out of the view; the server will say why.
        if let Ok(v) = patch::apply(&view, &body, &default_case_exact) {
            view = v;
        }
    }
    let now = OffsetDateTime::now_utc();
    match read_resource(&view, id, now) {
        Ok(profile) => write_users(tx, std::slice::from_ref(&profile), now).await,
        Err(e) => {
            tracing::warn!(user = %id, attribute = %e.attribute, "a server resource cannot be shown");
            Ok(())
        }
    }
}

/// Takes `new` as the server's resource of user `id`, merging the user's queued edits with it;
/// returns the fields that became conflicts.
async fn absorb(
    tx: &mut Transaction<'_, Sqlite>,
    id: UserId,
    new: &ServerCopy,
) -> Result<Vec<String>, CacheError> {
    let old = read_copy(tx, id).await?;
    let version = new.version.as_deref();
    let mut found = Vec::new();
    match &old {
        Some(old) if old.version.is_some() && old.version == new.version => return Ok(found),
        // A user made here, now on the server: their create arrived, and their edits are based
        // on the server's first version.
        None => created(tx, id, version).await?,
        Some(old) => {
            let queued: Vec<Queued> = live_entries(tx, id)
                .await?
                .into_iter()
                .map(|e| Queued {
                    seq: e.seq,
                    in_conflict: e.state == OutboxState::Conflict,
                    sent: e.sent_at.is_some(),
                    field: e.field,
                    operation: e.operation,
                })
                .collect();
            let now = OffsetDateTime::now_utc();
            for decision in rebase(&old.resource, &new.resource, &queued) {
                match decision {
                    Decision::Delivered { seq } => delete_entries(tx, &[seq]).await?,
                    Decision::Converged { field, seqs } => {
                        delete_entries(tx, &seqs).await?;
                        close_conflict(tx, id, &field).await?;
                    }
                    Decision::StillInConflict { .. } => {}
                    Decision::Resend { seqs } => {
                        set_state(tx, &seqs, OutboxState::Pending, version).await?;
                    }
                    Decision::Conflict {
                        field,
                        seqs,
                        base,
                        mine,
                        theirs,
                    } => {
                        set_state(tx, &seqs, OutboxState::Conflict, version).await?;
                        open_conflict(
                            tx,
                            id,
                            &field,
                            &base,
                            &mine,
                            &theirs,
                            version,
                            new.last_modified.as_deref(),
                            now,
                        )
                        .await?;
                        found.push(field);
                    }
                    Decision::Unmergeable { seqs, error } => {
                        let reason = RejectReason::Unmergeable(error.to_string());
                        reject_entries(tx, &seqs, &reason).await?;
                    }
                }
            }
        }
    }
    write_copy(tx, id, new).await?;
    refresh_local(tx, id).await?;
    Ok(found)
}

impl Cache {
    /// Stores users as received from the server, with what the server said of each: all or none.
    /// A user with queued edits is merged with them and keeps showing them; returns the (user,
    /// field) pairs that became conflicts.
    pub async fn record_pulled(
        &self,
        users: &[(UserProfile, ServerCopy)],
    ) -> Result<Vec<(UserId, String)>, CacheError> {
        let now = OffsetDateTime::now_utc();
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let queued = users_with_live_edits(&mut tx).await?;
        let (with_edits, plain): (Vec<_>, Vec<_>) = users
            .iter()
            .partition(|(p, _)| queued.contains(&p.id.0.to_string()));
        let profiles: Vec<UserProfile> = plain.iter().map(|(p, _)| p.clone()).collect();
        write_users(&mut tx, &profiles, now).await?;
        let copies: Vec<(UserId, &ServerCopy)> = plain.iter().map(|(p, c)| (p.id, c)).collect();
        write_copies(&mut tx, &copies).await?;
        let mut conflicts = Vec::new();
        for (p, copy) in with_edits {
            for field in absorb(&mut tx, p.id, copy).await? {
                conflicts.push((p.id, field));
            }
        }
        tx.commit().await?;
        Ok(conflicts)
    }

    /// The server's current resource of one user (read after a 412, or before a write to a server
    /// without versions): merged with the user's queued edits like a pulled one.
    pub async fn record_current(
        &self,
        id: UserId,
        copy: &ServerCopy,
    ) -> Result<Vec<String>, CacheError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let fields = absorb(&mut tx, id, copy).await?;
        tx.commit().await?;
        Ok(fields)
    }

    /// Users that are gone from the server leave the cache. Their edits that never arrived stay in
    /// the outbox as rejected, deleted on the server, so nothing the admin typed vanishes unseen.
    pub async fn record_deleted(&self, ids: &[UserId]) -> Result<(), CacheError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        for id in ids {
            reject_live(&mut tx, *id, &RejectReason::DeletedOnServer).await?;
            close_conflicts_of(&mut tx, *id).await?;
            // server_users follows by ON DELETE CASCADE.
            delete_user(&mut tx, *id).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The admin's decision on the conflict of `field` of user `id`. Keeping mine queues my edits
    /// again on the server's version, so they are sent with that version's If-Match (if the
    /// server moves on again meanwhile, they meet again here). Taking theirs drops my edits.
    pub async fn resolve_conflict(
        &self,
        id: UserId,
        field: &str,
        resolution: Resolution,
    ) -> Result<(), CacheError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        if !close_conflict(&mut tx, id, field).await? {
            return Err(CacheError::NoConflict);
        }
        match resolution {
            Resolution::KeepMine => {
                let version = read_copy(&mut tx, id).await?.and_then(|c| c.version);
                conflict_to_pending(&mut tx, id, field, version.as_deref()).await?;
            }
            Resolution::TakeTheirs => drop_conflicting(&mut tx, id, field).await?,
        }
        refresh_local(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    }
}

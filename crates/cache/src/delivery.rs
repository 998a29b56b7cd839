//! The server's answers to queued entries: taken (the entry leaves the queue and the server's
//! copy of the user moves on), refused (kept with the reason), or given up by the admin.

use time::OffsetDateTime;

use crate::outbox::{delete_entries, delete_rejected, move_base, reject_pending};
use crate::rebase::refresh_local;
use crate::server_copies::{read_copy, write_copy};
use crate::{Cache, CacheError, OutboxEntry, RejectReason, ServerCopy};

impl Cache {
    /// The server took the entry (an edit, or the create of a user made here): it leaves the
    /// queue, the server's copy of the user becomes `copy`, the user's later queued edits (made
    /// on top of this one) are now based on its version, and the cache shows the server's
    /// resource with those later edits over it.
    pub async fn outbox_done(
        &self,
        entry: &OutboxEntry,
        copy: &ServerCopy,
    ) -> Result<(), CacheError> {
        self.outbox_done_many(&[(entry, copy)]).await
    }

    /// [`Cache::outbox_done`] for the answers of one request (a Bulk reply), in one transaction.
    pub async fn outbox_done_many(
        &self,
        done: &[(&OutboxEntry, &ServerCopy)],
    ) -> Result<(), CacheError> {
        if done.is_empty() {
            return Ok(());
        }
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        for (entry, copy) in done {
            delete_entries(&mut tx, &[entry.seq]).await?;
            move_base(
                &mut tx,
                entry.user_id,
                entry.base_version.as_deref(),
                copy.version.as_deref(),
            )
            .await?;
            // A replayed answer (the edit was done once, earlier) may be older than what a pull
            // brought meanwhile: the newer copy stays.
            let held = read_copy(&mut tx, entry.user_id).await?;
            let at = |t: Option<&str>| {
                t.and_then(|t| {
                    OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339).ok()
                })
            };
            let newer_held = match (
                at(held.as_ref().and_then(|h| h.last_modified.as_deref())),
                at(copy.last_modified.as_deref()),
            ) {
                (Some(h), Some(c)) => h > c,
                _ => false,
            };
            if !newer_held {
                write_copy(&mut tx, entry.user_id, copy).await?;
            }
            refresh_local(&mut tx, entry.user_id).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The server refused the entry for `reason`: kept as rejected, and the cache shows the
    /// server's value of that field again until the admin fixes or discards it.
    pub async fn outbox_reject(
        &self,
        entry: &OutboxEntry,
        reason: &RejectReason,
    ) -> Result<(), CacheError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        reject_pending(&mut tx, entry.seq, reason).await?;
        refresh_local(&mut tx, entry.user_id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The admin gives up a refused edit.
    pub async fn discard_rejected(&self, seq: i64) -> Result<(), CacheError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        if let Some(e) = delete_rejected(&mut tx, seq).await? {
            refresh_local(&mut tx, e.user_id).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

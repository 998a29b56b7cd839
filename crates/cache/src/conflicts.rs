//! When the server's resource of a user moves on while the admin's edits of that user wait, the
//! two meet here: per attribute, the queued edits are merged with the server's change
//! (`userdesk_core::merge`). Edits of attributes the server left alone are rebased onto its new
//! version; edits the server already agrees with leave the queue; two different values become a
//! conflict, kept with both values until the admin keeps theirs, takes the server's, or types a
//! third. Every queued edit is thus always based on the version the cache holds.

use std::collections::BTreeMap;

use serde_json::Value;
use sqlx::{Row, Sqlite, Transaction};
use time::OffsetDateTime;
use userdesk_core::UserId;
use userdesk_core::merge::{Outcome, arrived, merge};
use userdesk_core::scim::PATCH_OP;
use userdesk_core::scim::eval::default_case_exact;
use userdesk_core::scim::patch;

use crate::outbox::{OutboxEntry, live_entries};
use crate::rows::fmt_time;
use crate::server_copies::{read_copy, refresh_local, write_copy};
use crate::{Cache, CacheError, ServerCopy};

/// A field both the admin and the server changed, to different values.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Conflict {
    pub user_id: UserId,
    pub field: String,
    /// The values at the attribute, as SCIM has them (null: none).
    pub base: Value,
    pub mine: Value,
    pub theirs: Value,
    pub theirs_version: Option<String>,
    /// When the server's value was written (`meta.lastModified`).
    pub theirs_at: Option<String>,
    /// Who wrote it, when the server tells.
    pub theirs_by: Option<String>,
    pub found_at: String,
}

/// The admin's decision on a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    /// Send my value, over the server's.
    KeepMine,
    /// Drop my edit, the server's value stays.
    TakeTheirs,
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or(Value::Null)
}

fn conflict_from_row(row: &sqlx::sqlite::SqliteRow) -> Result<Conflict, CacheError> {
    let user: String = row.try_get("user_id")?;
    Ok(Conflict {
        user_id: uuid::Uuid::parse_str(&user)
            .map(UserId)
            .map_err(|_| CacheError::Corrupt {
                id: user.clone(),
                column: "conflicts.user_id",
            })?,
        field: row.try_get("field")?,
        base: json(&row.try_get::<String, _>("base")?),
        mine: json(&row.try_get::<String, _>("mine")?),
        theirs: json(&row.try_get::<String, _>("theirs")?),
        theirs_version: row.try_get("theirs_version")?,
        theirs_at: row.try_get("theirs_at")?,
        theirs_by: row.try_get("theirs_by")?,
        found_at: row.try_get("found_at")?,
    })
}

async fn set_state(
    tx: &mut Transaction<'_, Sqlite>,
    entries: &[&OutboxEntry],
    state: &str,
    base_version: Option<&str>,
) -> Result<(), CacheError> {
    for e in entries {
        sqlx::query(
            "UPDATE outbox SET state = ?1, base_version = ?2, error = NULL, sent_at = NULL
             WHERE seq = ?3",
        )
        .bind(state)
        .bind(base_version)
        .bind(e.seq)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

async fn delete_entries(
    tx: &mut Transaction<'_, Sqlite>,
    entries: &[&OutboxEntry],
) -> Result<(), CacheError> {
    for e in entries {
        sqlx::query("DELETE FROM outbox WHERE seq = ?1")
            .bind(e.seq)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Takes `new` as the server's resource of user `id`, merging the user's queued edits with it;
/// returns the fields that became conflicts.
pub(crate) async fn absorb(
    tx: &mut Transaction<'_, Sqlite>,
    id: UserId,
    new: &ServerCopy,
) -> Result<Vec<String>, CacheError> {
    let old = read_copy(tx, id).await?;
    if let Some(old) = &old
        && old.version.is_some()
        && old.version == new.version
    {
        return Ok(Vec::new());
    }
    let mut found = Vec::new();
    if old.is_none() {
        // A user made here, now on the server: their create arrived, and their edits are based
        // on the server's first version.
        sqlx::query("DELETE FROM outbox WHERE user_id = ?1 AND kind = 'create'")
            .bind(id.0.to_string())
            .execute(&mut **tx)
            .await?;
        sqlx::query(
            "UPDATE outbox SET base_version = ?2 WHERE user_id = ?1 AND kind = 'edit'
               AND state = 'pending'",
        )
        .bind(id.0.to_string())
        .bind(&new.version)
        .execute(&mut **tx)
        .await?;
    }
    let entries = live_entries(tx, id).await?;
    if let Some(old) = &old {
        // The queued edits of each field, in the order they were made.
        let mut by_field: BTreeMap<(i64, &str), Vec<&OutboxEntry>> = BTreeMap::new();
        let mut first_seq: BTreeMap<&str, i64> = BTreeMap::new();
        for e in &entries {
            let seq = *first_seq.entry(e.field.as_str()).or_insert(e.seq);
            by_field.entry((seq, e.field.as_str())).or_default().push(e);
        }
        let user = id.0.to_string();
        let now = fmt_time(OffsetDateTime::now_utc());
        for ((_, field), mut group) in by_field {
            // The oldest edit of a user may have been sent with its answer lost (a dropped
            // connection, the app killed): if the server's value is what it wrote, it arrived.
            let mut base = std::borrow::Cow::Borrowed(&old.resource);
            if let Some(first) = group.first()
                && first.sent_at.is_some()
                && arrived(
                    &old.resource,
                    &new.resource,
                    std::slice::from_ref(&first.operation),
                )
                .unwrap_or(false)
            {
                delete_entries(tx, &group[..1]).await?;
                let body =
                    serde_json::json!({"schemas": [PATCH_OP], "Operations": [first.operation]});
                if let Ok(b) = patch::apply(&old.resource, &body, &default_case_exact) {
                    base = std::borrow::Cow::Owned(b);
                }
                group.remove(0);
                if group.is_empty() {
                    continue;
                }
            }
            let ops: Vec<Value> = group.iter().map(|e| e.operation.clone()).collect();
            let in_conflict = group
                .iter()
                .any(|e| e.state == crate::OutboxState::Conflict);
            match merge(&base, &new.resource, &ops) {
                Ok(Outcome::Converged) => {
                    delete_entries(tx, &group).await?;
                    sqlx::query("DELETE FROM conflicts WHERE user_id = ?1 AND field = ?2")
                        .bind(&user)
                        .bind(field)
                        .execute(&mut **tx)
                        .await?;
                }
                Ok(Outcome::Resend) if in_conflict => {}
                Ok(Outcome::Resend) => {
                    set_state(tx, &group, "pending", new.version.as_deref()).await?;
                }
                Ok(Outcome::Conflict { base, mine, theirs }) => {
                    set_state(tx, &group, "conflict", new.version.as_deref()).await?;
                    // A conflict already open keeps the value both sides started from.
                    sqlx::query(
                        "INSERT INTO conflicts (user_id, field, base, mine, theirs, theirs_version,
                           theirs_at, found_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                         ON CONFLICT (user_id, field) DO UPDATE SET mine = excluded.mine,
                           theirs = excluded.theirs, theirs_version = excluded.theirs_version,
                           theirs_at = excluded.theirs_at, theirs_by = NULL",
                    )
                    .bind(&user)
                    .bind(field)
                    .bind(base.to_string())
                    .bind(mine.to_string())
                    .bind(theirs.to_string())
                    .bind(&new.version)
                    .bind(&new.last_modified)
                    .bind(&now)
                    .execute(&mut **tx)
                    .await?;
                    found.push(field.to_owned());
                }
                Err(e) => {
                    for entry in &group {
                        sqlx::query(
                            "UPDATE outbox SET state = 'rejected', error = ?1 WHERE seq = ?2",
                        )
                        .bind(format!("cannot be merged: {e}"))
                        .bind(entry.seq)
                        .execute(&mut **tx)
                        .await?;
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
    /// Every open conflict, oldest first.
    pub async fn conflicts(&self) -> Result<Vec<Conflict>, CacheError> {
        let rows = sqlx::query("SELECT * FROM conflicts ORDER BY found_at, user_id, field")
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(conflict_from_row).collect()
    }

    /// Who wrote the server's value of a conflict, once the server has told.
    pub async fn set_conflict_author(
        &self,
        id: UserId,
        field: &str,
        by: &str,
    ) -> Result<(), CacheError> {
        sqlx::query("UPDATE conflicts SET theirs_by = ?3 WHERE user_id = ?1 AND field = ?2")
            .bind(id.0.to_string())
            .bind(field)
            .bind(by)
            .execute(&self.pool)
            .await?;
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
        let user = id.0.to_string();
        let removed = sqlx::query("DELETE FROM conflicts WHERE user_id = ?1 AND field = ?2")
            .bind(&user)
            .bind(field)
            .execute(&mut *tx)
            .await?;
        if removed.rows_affected() == 0 {
            return Err(CacheError::NoConflict);
        }
        match resolution {
            Resolution::KeepMine => {
                let version = read_copy(&mut tx, id).await?.and_then(|c| c.version);
                sqlx::query(
                    "UPDATE outbox SET state = 'pending', base_version = ?3
                     WHERE user_id = ?1 AND field = ?2 AND state = 'conflict'",
                )
                .bind(&user)
                .bind(field)
                .bind(version)
                .execute(&mut *tx)
                .await?;
            }
            Resolution::TakeTheirs => {
                sqlx::query(
                    "DELETE FROM outbox WHERE user_id = ?1 AND field = ?2 AND state = 'conflict'",
                )
                .bind(&user)
                .bind(field)
                .execute(&mut *tx)
                .await?;
            }
        }
        refresh_local(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    }
}

//! Local edits queued for the server, in the order they were made.
//!
//! An entry is `pending` until the server takes it, `conflict` while the admin decides between
//! their value and one set on the server meanwhile (see rebase.rs), or `rejected` when the
//! server refused it for a reason, kept with that reason until the admin fixes or discards it.

use sqlx::{Row, Sqlite, Transaction};
use time::OffsetDateTime;
use userdesk_core::{ProfileEdit, UserId};

use crate::rows::fmt_time;
use crate::{Cache, CacheError};

/// A queued edit.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxEntry {
    pub seq: i64,
    /// The Idempotency-Key of its request.
    pub id: String,
    pub user_id: UserId,
    pub field: String,
    pub operation: serde_json::Value,
    pub base_version: Option<String>,
    pub made_at: String,
    pub state: OutboxState,
    pub attempts: i64,
    /// The last failure of a pending entry that is tried again (a network error, a busy server).
    pub error: Option<String>,
    /// Why a rejected entry was refused.
    pub reason: Option<RejectReason>,
    /// Set while the entry was sent and no answer has come back yet.
    pub sent_at: Option<String>,
    pub kind: OutboxKind,
}

/// Where a queued entry stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutboxState {
    /// Waiting to be sent (or sent, its answer not known yet).
    Pending,
    /// The admin decides between their value and the server's.
    Conflict,
    /// The server refused it for a reason, kept until the admin fixes or discards it.
    Rejected,
}

/// Why the server (or the engine, before sending) refused a queued entry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RejectReason {
    /// The server refused it and said why (in the admin's language, as it wrote it).
    #[error("{0}")]
    Server(String),
    /// The user was deleted on the server.
    #[error("the user was deleted on the server")]
    DeletedOnServer,
    /// The server does not offer this (an e-mail or a phone verification, on a server other than
    /// ours).
    #[error("this server does not offer it")]
    NotOffered,
    /// A move to a group the server no longer has.
    #[error("the group is gone from the server")]
    GroupGone,
    /// An avatar for a server that keeps no pictures.
    #[error("this server keeps no pictures")]
    NoPictures,
    /// An avatar whose picture is gone from this computer's cache.
    #[error("the picture is no longer on this computer")]
    PictureGone,
    /// An edit that cannot be merged with the server's resource.
    #[error("cannot be merged: {0}")]
    Unmergeable(String),
}

impl RejectReason {
    /// The code it is stored under, and the detail kept with it.
    fn stored(&self) -> (&'static str, Option<&str>) {
        match self {
            Self::Server(d) => ("server", Some(d)),
            Self::DeletedOnServer => ("deleted-on-server", None),
            Self::NotOffered => ("not-offered", None),
            Self::GroupGone => ("group-gone", None),
            Self::NoPictures => ("no-pictures", None),
            Self::PictureGone => ("picture-gone", None),
            Self::Unmergeable(d) => ("unmergeable", Some(d)),
        }
    }

    fn from_stored(code: &str, detail: Option<String>) -> Option<Self> {
        let detail = || detail.clone().unwrap_or_default();
        Some(match code {
            "server" => Self::Server(detail()),
            "deleted-on-server" => Self::DeletedOnServer,
            "not-offered" => Self::NotOffered,
            "group-gone" => Self::GroupGone,
            "no-pictures" => Self::NoPictures,
            "picture-gone" => Self::PictureGone,
            "unmergeable" => Self::Unmergeable(detail()),
            _ => return None,
        })
    }
}

/// What a queued entry asks of the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutboxKind {
    /// A PATCH of profile fields.
    Edit,
    /// The create of a user made here.
    Create,
    /// Something the server does once: an e-mail, a phone verification.
    Action,
}

impl OutboxState {
    /// As the outbox table stores it.
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxState::Pending => "pending",
            OutboxState::Conflict => "conflict",
            OutboxState::Rejected => "rejected",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        [
            OutboxState::Pending,
            OutboxState::Conflict,
            OutboxState::Rejected,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

impl OutboxKind {
    /// As the outbox table stores it.
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxKind::Edit => "edit",
            OutboxKind::Create => "create",
            OutboxKind::Action => "action",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        [OutboxKind::Edit, OutboxKind::Create, OutboxKind::Action]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

/// How the edits of one user stand, as the Users list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncState {
    Synced,
    Pending,
    Conflict,
    Rejected,
}

fn rank(s: SyncState) -> u8 {
    match s {
        SyncState::Synced => 0,
        SyncState::Pending => 1,
        SyncState::Rejected => 2,
        SyncState::Conflict => 3,
    }
}

/// Queues `edit` of user `id`, made on the server version the cache holds for them.
pub(crate) async fn queue_edit(
    tx: &mut Transaction<'_, Sqlite>,
    id: UserId,
    edit: &ProfileEdit,
    now: OffsetDateTime,
) -> Result<(), CacheError> {
    // Every queued edit of a user is based on the version the cache holds (see rebase.rs).
    let base: Option<String> = sqlx::query("SELECT version FROM server_users WHERE user_id = ?1")
        .bind(id.0.to_string())
        .fetch_optional(&mut **tx)
        .await?
        .map(|r| r.try_get("version"))
        .transpose()?
        .flatten();
    sqlx::query(
        "INSERT INTO outbox (id, user_id, field, operation, base_version, made_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .bind(uuid::Uuid::new_v4().to_string())
    .bind(id.0.to_string())
    .bind(edit.field().as_str())
    .bind(edit.patch_operation().to_string())
    .bind(base)
    .bind(fmt_time(now))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Drops the user's refused or conflicting edits of `field` (a new edit of it replaces them).
pub(crate) async fn supersede(
    tx: &mut Transaction<'_, Sqlite>,
    id: UserId,
    field: &str,
) -> Result<(), CacheError> {
    sqlx::query(
        "DELETE FROM outbox WHERE user_id = ?1 AND field = ?2 AND state IN ('rejected', 'conflict')",
    )
    .bind(id.0.to_string())
    .bind(field)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub(crate) fn entry(row: &sqlx::sqlite::SqliteRow) -> Result<OutboxEntry, CacheError> {
    let user: String = row.try_get("user_id")?;
    let corrupt = |column| CacheError::Corrupt {
        id: user.clone(),
        column,
    };
    let operation: String = row.try_get("operation")?;
    Ok(OutboxEntry {
        seq: row.try_get("seq")?,
        id: row.try_get("id")?,
        user_id: uuid::Uuid::parse_str(&user)
            .map(UserId)
            .map_err(|_| corrupt("outbox.user_id"))?,
        field: row.try_get("field")?,
        operation: serde_json::from_str(&operation).map_err(|_| corrupt("outbox.operation"))?,
        base_version: row.try_get("base_version")?,
        made_at: row.try_get("made_at")?,
        state: OutboxState::parse(&row.try_get::<String, _>("state")?)
            .ok_or_else(|| corrupt("outbox.state"))?,
        attempts: row.try_get("attempts")?,
        reason: match row.try_get::<Option<String>, _>("reason")? {
            Some(code) => Some(
                RejectReason::from_stored(&code, row.try_get("error")?)
                    .ok_or_else(|| corrupt("outbox.reason"))?,
            ),
            None => None,
        },
        error: row.try_get("error")?,
        sent_at: row.try_get("sent_at")?,
        kind: OutboxKind::parse(&row.try_get::<String, _>("kind")?)
            .ok_or_else(|| corrupt("outbox.kind"))?,
    })
}

/// The user's entries that still mean to reach the server (pending or in conflict), oldest first.
pub(crate) async fn live_entries(
    tx: &mut Transaction<'_, Sqlite>,
    id: UserId,
) -> Result<Vec<OutboxEntry>, CacheError> {
    let rows = sqlx::query(
        "SELECT * FROM outbox WHERE user_id = ?1 AND kind = 'edit'
           AND state IN ('pending', 'conflict') ORDER BY seq",
    )
    .bind(id.0.to_string())
    .fetch_all(&mut **tx)
    .await?;
    rows.iter().map(entry).collect()
}

/// Queues the create of user `id` made here, as the SCIM `resource` to send.
pub(crate) async fn queue_create(
    tx: &mut Transaction<'_, Sqlite>,
    id: UserId,
    resource: &serde_json::Value,
    now: OffsetDateTime,
) -> Result<(), CacheError> {
    sqlx::query(
        "INSERT INTO outbox (id, user_id, field, operation, made_at, kind)
         VALUES (?1, ?2, 'create', ?3, ?4, 'create')",
    )
    .bind(uuid::Uuid::new_v4().to_string())
    .bind(id.0.to_string())
    .bind(resource.to_string())
    .bind(fmt_time(now))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The users with edits that still mean to reach the server (pending or in conflict).
pub(crate) async fn users_with_live_edits(
    tx: &mut Transaction<'_, Sqlite>,
) -> Result<std::collections::HashSet<String>, CacheError> {
    Ok(sqlx::query_scalar(
        "SELECT DISTINCT user_id FROM outbox WHERE state IN ('pending', 'conflict')",
    )
    .fetch_all(&mut **tx)
    .await?
    .into_iter()
    .collect())
}

/// Puts the entries `seqs` in `state`, based on `base_version`, no longer in doubt.
pub(crate) async fn set_state(
    tx: &mut Transaction<'_, Sqlite>,
    seqs: &[i64],
    state: OutboxState,
    base_version: Option<&str>,
) -> Result<(), CacheError> {
    for seq in seqs {
        sqlx::query(
            "UPDATE outbox SET state = ?1, base_version = ?2, error = NULL, reason = NULL, sent_at = NULL
             WHERE seq = ?3",
        )
        .bind(state.as_str())
        .bind(base_version)
        .bind(seq)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Removes the entries `seqs` from the queue.
pub(crate) async fn delete_entries(
    tx: &mut Transaction<'_, Sqlite>,
    seqs: &[i64],
) -> Result<(), CacheError> {
    for seq in seqs {
        sqlx::query("DELETE FROM outbox WHERE seq = ?1")
            .bind(seq)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Rejects the entries `seqs` for `reason`.
pub(crate) async fn reject_entries(
    tx: &mut Transaction<'_, Sqlite>,
    seqs: &[i64],
    reason: &RejectReason,
) -> Result<(), CacheError> {
    let (code, detail) = reason.stored();
    for seq in seqs {
        sqlx::query("UPDATE outbox SET state = 'rejected', reason = ?1, error = ?2 WHERE seq = ?3")
            .bind(code)
            .bind(detail)
            .bind(seq)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// The server refused the pending entry `seq` for `reason`: it is rejected, one attempt more.
pub(crate) async fn reject_pending(
    tx: &mut Transaction<'_, Sqlite>,
    seq: i64,
    reason: &RejectReason,
) -> Result<(), CacheError> {
    let (code, detail) = reason.stored();
    sqlx::query(
        "UPDATE outbox SET state = 'rejected', reason = ?1, error = ?2, attempts = attempts + 1
         WHERE seq = ?3 AND state = 'pending'",
    )
    .bind(code)
    .bind(detail)
    .bind(seq)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Every edit of user `id` that still meant to reach the server is rejected for `reason`.
pub(crate) async fn reject_live(
    tx: &mut Transaction<'_, Sqlite>,
    id: UserId,
    reason: &RejectReason,
) -> Result<(), CacheError> {
    let (code, detail) = reason.stored();
    sqlx::query(
        "UPDATE outbox SET state = 'rejected', reason = ?2, error = ?3
         WHERE user_id = ?1 AND state IN ('pending', 'conflict')",
    )
    .bind(id.0.to_string())
    .bind(code)
    .bind(detail)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Removes the rejected entry `seq`, returning it (none when there is no such rejected entry).
pub(crate) async fn delete_rejected(
    tx: &mut Transaction<'_, Sqlite>,
    seq: i64,
) -> Result<Option<OutboxEntry>, CacheError> {
    let row = sqlx::query("DELETE FROM outbox WHERE seq = ?1 AND state = 'rejected' RETURNING *")
        .bind(seq)
        .fetch_optional(&mut **tx)
        .await?;
    row.as_ref().map(entry).transpose()
}

/// The create of user `id` arrived: it leaves the queue, and their pending edits are based on
/// the server's first `version`.
pub(crate) async fn created(
    tx: &mut Transaction<'_, Sqlite>,
    id: UserId,
    version: Option<&str>,
) -> Result<(), CacheError> {
    sqlx::query("DELETE FROM outbox WHERE user_id = ?1 AND kind = 'create'")
        .bind(id.0.to_string())
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "UPDATE outbox SET base_version = ?2 WHERE user_id = ?1 AND kind = 'edit'
           AND state = 'pending'",
    )
    .bind(id.0.to_string())
    .bind(version)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The pending entries of user `id` that were based on version `from` are now based on `to`.
pub(crate) async fn move_base(
    tx: &mut Transaction<'_, Sqlite>,
    id: UserId,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<(), CacheError> {
    sqlx::query(
        "UPDATE outbox SET base_version = ?1 WHERE user_id = ?2 AND state = 'pending'
           AND (base_version IS ?3)",
    )
    .bind(to)
    .bind(id.0.to_string())
    .bind(from)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The user's edits of `field` waiting in a conflict are pending again, based on `version`.
pub(crate) async fn conflict_to_pending(
    tx: &mut Transaction<'_, Sqlite>,
    id: UserId,
    field: &str,
    version: Option<&str>,
) -> Result<(), CacheError> {
    sqlx::query(
        "UPDATE outbox SET state = 'pending', base_version = ?3
         WHERE user_id = ?1 AND field = ?2 AND state = 'conflict'",
    )
    .bind(id.0.to_string())
    .bind(field)
    .bind(version)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Drops the user's edits of `field` waiting in a conflict.
pub(crate) async fn drop_conflicting(
    tx: &mut Transaction<'_, Sqlite>,
    id: UserId,
    field: &str,
) -> Result<(), CacheError> {
    sqlx::query("DELETE FROM outbox WHERE user_id = ?1 AND field = ?2 AND state = 'conflict'")
        .bind(id.0.to_string())
        .bind(field)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

impl Cache {
    /// Entries in `state`, oldest first.
    pub async fn outbox(&self, state: OutboxState) -> Result<Vec<OutboxEntry>, CacheError> {
        let rows = sqlx::query("SELECT * FROM outbox WHERE state = ?1 ORDER BY seq")
            .bind(state.as_str())
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(entry).collect()
    }

    /// Pending edits of users the server does not know (edited on demo data): they stay local.
    pub async fn local_only_edits(&self) -> Result<u64, CacheError> {
        let n: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM outbox WHERE state = 'pending'
               AND user_id NOT IN (SELECT user_id FROM server_users)
               AND user_id NOT IN (SELECT user_id FROM outbox WHERE kind = 'create')",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// The oldest pending entries of users from the server, as long as each is of a different user: sent together (one
    /// Bulk request), they keep the order the admin made them in.
    pub async fn next_pending(&self, limit: usize) -> Result<Vec<OutboxEntry>, CacheError> {
        let rows = sqlx::query(
            "SELECT * FROM outbox WHERE state = 'pending'
               AND (kind = 'create' OR user_id IN (SELECT user_id FROM server_users))
             ORDER BY seq LIMIT ?1",
        )
        .bind(i64::try_from(limit).unwrap_or(i64::MAX))
        .fetch_all(&self.pool)
        .await?;
        let mut out: Vec<OutboxEntry> = Vec::new();
        for row in &rows {
            let e = entry(row)?;
            if out.iter().any(|o| o.user_id == e.user_id) {
                break;
            }
            out.push(e);
        }
        Ok(out)
    }

    /// One entry as it stands now (its base version moves when an earlier edit of the same user
    /// reached the server).
    pub async fn outbox_entry(&self, seq: i64) -> Result<Option<OutboxEntry>, CacheError> {
        let row = sqlx::query("SELECT * FROM outbox WHERE seq = ?1")
            .bind(seq)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(entry).transpose()
    }

    /// The entries are about to be sent: until their answer is recorded they are in doubt.
    pub async fn outbox_sending(&self, entries: &[&OutboxEntry]) -> Result<(), CacheError> {
        let now = fmt_time(OffsetDateTime::now_utc());
        let mut tx = self.pool.begin().await?;
        for e in entries {
            sqlx::query("UPDATE outbox SET sent_at = ?1 WHERE seq = ?2")
                .bind(&now)
                .bind(e.seq)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The server answered that it did not take the entry (412: the version moved on): no
    /// longer in doubt.
    pub async fn outbox_not_taken(&self, entry: &OutboxEntry) -> Result<(), CacheError> {
        sqlx::query("UPDATE outbox SET sent_at = NULL WHERE seq = ?1")
            .bind(entry.seq)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Queues an action the server performs once, after the user's edits queued before it:
    /// `{"action": "activation" | "welcome" | "password-reset"}`, or
    /// `{"action": "phone-verification", "country": …, "number": …}`.
    pub async fn queue_action(
        &self,
        id: UserId,
        action: &serde_json::Value,
    ) -> Result<(), CacheError> {
        let name = action["action"].as_str().unwrap_or_default();
        sqlx::query(
            "INSERT INTO outbox (id, user_id, field, operation, made_at, kind)
             VALUES (?1, ?2, ?3, ?4, ?5, 'action')",
        )
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(id.0.to_string())
        .bind(format!("action:{name}"))
        .bind(action.to_string())
        .bind(fmt_time(OffsetDateTime::now_utc()))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The server did an action (or answered that it will not): it leaves the queue.
    pub async fn action_done(&self, entry: &OutboxEntry) -> Result<(), CacheError> {
        sqlx::query("DELETE FROM outbox WHERE seq = ?1")
            .bind(entry.seq)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// A failed attempt: the entry stays pending, with the reason of the last failure.
    pub async fn outbox_retry_later(
        &self,
        entry: &OutboxEntry,
        error: &str,
    ) -> Result<(), CacheError> {
        sqlx::query("UPDATE outbox SET error = ?1, attempts = attempts + 1 WHERE seq = ?2")
            .bind(error)
            .bind(entry.seq)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// How many entries are in each state: (pending, conflict, rejected).
    pub async fn outbox_counts(&self) -> Result<(u64, u64, u64), CacheError> {
        let row = sqlx::query(
            "SELECT count(*) FILTER (WHERE state = 'pending') AS p,
                    count(*) FILTER (WHERE state = 'conflict') AS c,
                    count(*) FILTER (WHERE state = 'rejected') AS r FROM outbox",
        )
        .fetch_one(&self.pool)
        .await?;
        let n = |c: &str| -> Result<u64, CacheError> {
            Ok(u64::try_from(row.try_get::<i64, _>(c)?).unwrap_or(0))
        };
        Ok((n("p")?, n("c")?, n("r")?))
    }

    /// How the edits of each edited field of the user stand.
    pub async fn field_states(&self, id: UserId) -> Result<Vec<(String, SyncState)>, CacheError> {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT DISTINCT field, state FROM outbox WHERE user_id = ?1")
                .bind(id.0.to_string())
                .fetch_all(&self.pool)
                .await?;
        let mut out: Vec<(String, SyncState)> = Vec::new();
        for (field, state) in rows {
            let s = match state.as_str() {
                "conflict" => SyncState::Conflict,
                "rejected" => SyncState::Rejected,
                _ => SyncState::Pending,
            };
            match out.iter_mut().find(|(f, _)| *f == field) {
                Some((_, held)) if rank(s) > rank(*held) => *held = s,
                Some(_) => {}
                None => out.push((field, s)),
            }
        }
        Ok(out)
    }

    /// How each user's edits stand: a conflict or a refusal outweighs waiting edits.
    pub async fn sync_state(&self, id: UserId) -> Result<SyncState, CacheError> {
        let states: Vec<String> =
            sqlx::query_scalar("SELECT DISTINCT state FROM outbox WHERE user_id = ?1")
                .bind(id.0.to_string())
                .fetch_all(&self.pool)
                .await?;
        let has = |s: &str| states.iter().any(|x| x == s);
        Ok(if has("conflict") {
            SyncState::Conflict
        } else if has("rejected") {
            SyncState::Rejected
        } else if has("pending") {
            SyncState::Pending
        } else {
            SyncState::Synced
        })
    }
}

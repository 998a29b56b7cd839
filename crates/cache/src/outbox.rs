//! Local edits queued for the server, in the order they were made.

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
    pub state: String,
    pub attempts: i64,
    pub error: Option<String>,
}

/// Queues `edit` of user `id`, made on the server version the cache holds for them.
pub(crate) async fn queue_edit(
    tx: &mut Transaction<'_, Sqlite>,
    id: UserId,
    edit: &ProfileEdit,
    now: OffsetDateTime,
) -> Result<(), CacheError> {
    // Made on top of an edit still queued for the same user, it is based on the same version.
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

fn entry(row: &sqlx::sqlite::SqliteRow) -> Result<OutboxEntry, CacheError> {
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
        state: row.try_get("state")?,
        attempts: row.try_get("attempts")?,
        error: row.try_get("error")?,
    })
}

impl Cache {
    /// Entries in `state`, oldest first.
    pub async fn outbox(&self, state: &str) -> Result<Vec<OutboxEntry>, CacheError> {
        let rows = sqlx::query("SELECT * FROM outbox WHERE state = ?1 ORDER BY seq")
            .bind(state)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(entry).collect()
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

    /// The server took the entry: it leaves the queue, the server's copy of the user becomes
    /// `resource` at `version`, and the user's later queued edits (made on top of this one) are
    /// now based on that version. When nothing else is queued for the user, the cache shows the
    /// server's resource as `profile`.
    pub async fn outbox_done(
        &self,
        entry: &OutboxEntry,
        profile: &userdesk_core::UserProfile,
        copy: &crate::ServerCopy,
    ) -> Result<(), CacheError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM outbox WHERE seq = ?1")
            .bind(entry.seq)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE outbox SET base_version = ?1 WHERE user_id = ?2 AND state = 'pending'
               AND (base_version IS ?3)",
        )
        .bind(&copy.version)
        .bind(entry.user_id.0.to_string())
        .bind(&entry.base_version)
        .execute(&mut *tx)
        .await?;
        let others: i64 = sqlx::query(
            "SELECT count(*) AS n FROM outbox WHERE user_id = ?1 AND state = 'pending'",
        )
        .bind(entry.user_id.0.to_string())
        .fetch_one(&mut *tx)
        .await?
        .try_get("n")?;
        if others == 0 {
            crate::users::write_users(
                &mut tx,
                std::slice::from_ref(profile),
                OffsetDateTime::now_utc(),
            )
            .await?;
        }
        crate::server_copies::write_copy(&mut tx, entry.user_id, copy).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The entry stays queued in `state` (`rejected`, `stale`, or `pending` after a failed
    /// attempt) with the server's reason.
    pub async fn outbox_mark(
        &self,
        entry: &OutboxEntry,
        state: &str,
        error: Option<&str>,
    ) -> Result<(), CacheError> {
        sqlx::query(
            "UPDATE outbox SET state = ?1, error = ?2, attempts = attempts + 1 WHERE seq = ?3",
        )
        .bind(state)
        .bind(error)
        .bind(entry.seq)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

//! The open conflicts: a field both the admin and the server changed, to different values, kept
//! with both values until the admin decides (see rebase.rs).

use serde_json::Value;
use sqlx::{Row, Sqlite, Transaction};
use time::OffsetDateTime;
use userdesk_core::UserId;

use crate::rows::fmt_time;
use crate::{Cache, CacheError};

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

/// Opens the conflict of `field` of user `id` (or updates the one open: it keeps the value both
/// sides started from).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn open_conflict(
    tx: &mut Transaction<'_, Sqlite>,
    id: UserId,
    field: &str,
    base: &Value,
    mine: &Value,
    theirs: &Value,
    theirs_version: Option<&str>,
    theirs_at: Option<&str>,
    now: OffsetDateTime,
) -> Result<(), CacheError> {
    sqlx::query(
        "INSERT INTO conflicts (user_id, field, base, mine, theirs, theirs_version,
           theirs_at, found_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (user_id, field) DO UPDATE SET mine = excluded.mine,
           theirs = excluded.theirs, theirs_version = excluded.theirs_version,
           theirs_at = excluded.theirs_at, theirs_by = NULL",
    )
    .bind(id.0.to_string())
    .bind(field)
    .bind(base.to_string())
    .bind(mine.to_string())
    .bind(theirs.to_string())
    .bind(theirs_version)
    .bind(theirs_at)
    .bind(fmt_time(now))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Closes the conflict of `field` of user `id`; whether one was open.
pub(crate) async fn close_conflict(
    tx: &mut Transaction<'_, Sqlite>,
    id: UserId,
    field: &str,
) -> Result<bool, CacheError> {
    let removed = sqlx::query("DELETE FROM conflicts WHERE user_id = ?1 AND field = ?2")
        .bind(id.0.to_string())
        .bind(field)
        .execute(&mut **tx)
        .await?;
    Ok(removed.rows_affected() > 0)
}

/// Closes every conflict of user `id`.
pub(crate) async fn close_conflicts_of(
    tx: &mut Transaction<'_, Sqlite>,
    id: UserId,
) -> Result<(), CacheError> {
    sqlx::query("DELETE FROM conflicts WHERE user_id = ?1")
        .bind(id.0.to_string())
        .execute(&mut **tx)
        .await?;
    Ok(())
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
}

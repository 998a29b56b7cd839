//! What the cache knows of the account server: each user's server id, version and last received
//! resource, and the small facts of the sync (the pull cursor, the last sync time).

use sqlx::Row;
use userdesk_core::{UserId, UserProfile};

use crate::users::write_users;
use crate::{Cache, CacheError};

/// A user as last received from the server.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerCopy {
    /// The server's id of the user (any string).
    pub server_id: String,
    /// The ETag (`meta.version`), when the server has versions.
    pub version: Option<String>,
    /// `meta.lastModified`, as the server wrote it.
    pub last_modified: Option<String>,
    /// The resource as received: the base of a three-way merge.
    pub resource: serde_json::Value,
}

pub(crate) async fn write_copy(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    id: UserId,
    copy: &ServerCopy,
) -> Result<(), CacheError> {
    sqlx::query(
        "INSERT INTO server_users (user_id, server_id, version, last_modified, resource)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (user_id) DO UPDATE SET server_id = excluded.server_id,
           version = excluded.version, last_modified = excluded.last_modified,
           resource = excluded.resource",
    )
    .bind(id.0.to_string())
    .bind(&copy.server_id)
    .bind(&copy.version)
    .bind(&copy.last_modified)
    .bind(copy.resource.to_string())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl Cache {
    /// Stores users as received from the server, with what the server said of each: all or none.
    /// Users with local edits still queued keep them on screen.
    pub async fn record_pulled(
        &self,
        users: &[(UserProfile, ServerCopy)],
    ) -> Result<(), CacheError> {
        let now = time::OffsetDateTime::now_utc();
        let mut tx = self.pool.begin().await?;
        // A user with edits still queued keeps showing them: only the server's copy (the base
        // of their merge) is updated.
        let mut profiles: Vec<UserProfile> = Vec::with_capacity(users.len());
        for (p, _) in users {
            let queued: i64 = sqlx::query(
                "SELECT count(*) AS n FROM outbox WHERE user_id = ?1 AND state <> 'rejected'",
            )
            .bind(p.id.0.to_string())
            .fetch_one(&mut *tx)
            .await?
            .try_get("n")?;
            if queued == 0 {
                profiles.push(p.clone());
            }
        }
        write_users(&mut tx, &profiles, now).await?;
        for (p, copy) in users {
            write_copy(&mut tx, p.id, copy).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// What the server last said of this user, if the user came from the server.
    pub async fn server_copy(&self, id: UserId) -> Result<Option<ServerCopy>, CacheError> {
        let row = sqlx::query(
            "SELECT server_id, version, last_modified, resource FROM server_users WHERE user_id = ?1",
        )
        .bind(id.0.to_string())
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let resource: String = row.try_get("resource")?;
        Ok(Some(ServerCopy {
            server_id: row.try_get("server_id")?,
            version: row.try_get("version")?,
            last_modified: row.try_get("last_modified")?,
            resource: serde_json::from_str(&resource).map_err(|_| CacheError::Corrupt {
                id: id.to_string(),
                column: "server_users.resource",
            })?,
        }))
    }

    /// How many users came from the server.
    pub async fn server_user_count(&self) -> Result<u64, CacheError> {
        let n: i64 = sqlx::query("SELECT count(*) AS n FROM server_users")
            .fetch_one(&self.pool)
            .await?
            .try_get("n")?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// A fact of the sync (e.g. `pull_cursor`).
    pub async fn sync_value(&self, key: &str) -> Result<Option<String>, CacheError> {
        let row = sqlx::query("SELECT value FROM sync_state WHERE key = ?1")
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.try_get("value")).transpose()?)
    }

    pub async fn set_sync_value(&self, key: &str, value: &str) -> Result<(), CacheError> {
        sqlx::query(
            "INSERT INTO sync_state (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(key)
        .bind(value)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

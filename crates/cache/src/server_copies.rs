//! What the cache knows of the account server: each user's server id, version and last received
//! resource, and the small facts of the sync (the pull cursor, the last sync time).

use sqlx::Row;
use userdesk_core::UserId;

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

/// A user of the server the cache already has: its id here, and the `meta.version` and
/// `meta.lastModified` of the copy it keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownCopy {
    pub user: UserId,
    pub version: Option<String>,
    pub last_modified: Option<String>,
}

impl ServerCopy {
    /// A resource as the server sent it: its version is `version` (the reply's ETag) or else its
    /// `meta.version`.
    pub fn of(server_id: &str, resource: serde_json::Value, version: Option<String>) -> Self {
        let meta = |k: &str| resource["meta"][k].as_str().map(str::to_owned);
        ServerCopy {
            server_id: server_id.to_owned(),
            version: version.or_else(|| meta("version")),
            last_modified: meta("lastModified"),
            resource,
        }
    }
}

pub(crate) async fn write_copy(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    id: UserId,
    copy: &ServerCopy,
) -> Result<(), CacheError> {
    write_copies(tx, &[(id, copy)]).await
}

/// Copies per INSERT statement (5 parameters each, well under SQLite's limit).
const COPY_BATCH: usize = 200;

/// What the server said of these users, in as few statements as possible.
pub(crate) async fn write_copies(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    copies: &[(UserId, &ServerCopy)],
) -> Result<(), CacheError> {
    for batch in copies.chunks(COPY_BATCH) {
        let mut q = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
            "INSERT INTO server_users (user_id, server_id, version, last_modified, resource) ",
        );
        q.push_values(batch, |mut b, (id, copy)| {
            b.push_bind(id.0.to_string())
                .push_bind(copy.server_id.clone())
                .push_bind(copy.version.clone())
                .push_bind(copy.last_modified.clone())
                .push_bind(copy.resource.to_string());
        });
        q.push(
            " ON CONFLICT (user_id) DO UPDATE SET server_id = excluded.server_id,
               version = excluded.version, last_modified = excluded.last_modified,
               resource = excluded.resource",
        );
        q.build().execute(&mut **tx).await?;
    }
    Ok(())
}

/// What the server last said of the user, inside a transaction.
pub(crate) async fn read_copy(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    id: UserId,
) -> Result<Option<ServerCopy>, CacheError> {
    let row = sqlx::query(
        "SELECT server_id, version, last_modified, resource FROM server_users WHERE user_id = ?1",
    )
    .bind(id.0.to_string())
    .fetch_optional(&mut **tx)
    .await?;
    row.as_ref().map(|r| copy_from_row(r, id)).transpose()
}

fn copy_from_row(row: &sqlx::sqlite::SqliteRow, id: UserId) -> Result<ServerCopy, CacheError> {
    let resource: String = row.try_get("resource")?;
    Ok(ServerCopy {
        server_id: row.try_get("server_id")?,
        version: row.try_get("version")?,
        last_modified: row.try_get("last_modified")?,
        resource: serde_json::from_str(&resource).map_err(|_| CacheError::Corrupt {
            id: id.to_string(),
            column: "server_users.resource",
        })?,
    })
}

impl Cache {
    /// The cache's id of the server's user `server_id`, if the cache has them: known by that id,
    /// or made here and created on the server by a request whose answer was lost (the server's
    /// `externalId` is then our id).
    pub async fn user_of_server_id(
        &self,
        server_id: &str,
        external_id: Option<&str>,
    ) -> Result<Option<UserId>, CacheError> {
        let user: Option<String> =
            sqlx::query_scalar("SELECT user_id FROM server_users WHERE server_id = ?1")
                .bind(server_id)
                .fetch_optional(&self.pool)
                .await?;
        if let Some(id) = user.and_then(|u| uuid::Uuid::parse_str(&u).ok()) {
            return Ok(Some(UserId(id)));
        }
        let Some(ours) = external_id.and_then(|e| uuid::Uuid::parse_str(e).ok()) else {
            return Ok(None);
        };
        let created_here: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM outbox WHERE user_id = ?1 AND kind = 'create')",
        )
        .bind(ours.to_string())
        .fetch_one(&self.pool)
        .await?;
        Ok(created_here.then_some(UserId(ours)))
    }

    /// For each of the server's users (server id, `externalId`), what [`Cache::user_of_server_id`]
    /// says, with the version and time of the cache's copy: one query for a whole page of a pull.
    pub async fn users_of_server_ids(
        &self,
        users: &[(&str, Option<&str>)],
    ) -> Result<Vec<Option<KnownCopy>>, CacheError> {
        let mut found: Vec<Option<KnownCopy>> = vec![None; users.len()];
        let server_ids: Vec<&str> = users.iter().map(|(s, _)| *s).collect();
        let rows = sqlx::query(
            // CROSS JOIN keeps this order: each id of the page looked up in the index.
            "SELECT j.key AS i, s.user_id, s.version, s.last_modified
             FROM json_each(?1) AS j CROSS JOIN server_users AS s ON s.server_id = j.value",
        )
        .bind(serde_json::to_string(&server_ids).unwrap_or_else(|_| "[]".into()))
        .fetch_all(&self.pool)
        .await?;
        for r in &rows {
            let i: i64 = r.try_get("i")?;
            let user: String = r.try_get("user_id")?;
            let id = uuid::Uuid::parse_str(&user).map_err(|_| CacheError::Corrupt {
                id: user.clone(),
                column: "server_users.user_id",
            })?;
            if let Some(slot) = usize::try_from(i).ok().and_then(|i| found.get_mut(i)) {
                *slot = Some(KnownCopy {
                    user: UserId(id),
                    version: r.try_get("version")?,
                    last_modified: r.try_get("last_modified")?,
                });
            }
        }
        // Not known by the server's id: made here, created by a request whose answer was lost?
        // (The server's `externalId` is then our id.)
        let ours: Vec<Option<String>> = users
            .iter()
            .zip(&found)
            .map(|((_, external), known)| {
                external
                    .filter(|_| known.is_none())
                    .and_then(|e| uuid::Uuid::parse_str(e).ok())
                    .map(|u| u.to_string())
            })
            .collect();
        if ours.iter().any(Option::is_some) {
            let created: Vec<i64> = sqlx::query_scalar(
                "SELECT j.key FROM json_each(?1) AS j
                 WHERE j.value IS NOT NULL
                   AND EXISTS (SELECT 1 FROM outbox WHERE user_id = j.value AND kind = 'create')",
            )
            .bind(serde_json::to_string(&ours).unwrap_or_else(|_| "[]".into()))
            .fetch_all(&self.pool)
            .await?;
            for i in created.into_iter().filter_map(|i| usize::try_from(i).ok()) {
                let Some(Ok(id)) = ours
                    .get(i)
                    .cloned()
                    .flatten()
                    .map(|u| uuid::Uuid::parse_str(&u))
                else {
                    continue;
                };
                let id = UserId(id);
                let copy = self.server_copy(id).await?;
                found[i] = Some(KnownCopy {
                    user: id,
                    version: copy.as_ref().and_then(|c| c.version.clone()),
                    last_modified: copy.and_then(|c| c.last_modified),
                });
            }
        }
        Ok(found)
    }

    /// The server ids of every user that came from the server, with the cache's ids.
    pub async fn server_ids(&self) -> Result<Vec<(UserId, String)>, CacheError> {
        let rows = sqlx::query("SELECT user_id, server_id FROM server_users")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                let user: String = r.try_get("user_id")?;
                let id =
                    uuid::Uuid::parse_str(&user)
                        .map(UserId)
                        .map_err(|_| CacheError::Corrupt {
                            id: user.clone(),
                            column: "server_users.user_id",
                        })?;
                Ok((id, r.try_get("server_id")?))
            })
            .collect()
    }

    /// What the server last said of this user, if the user came from the server.
    pub async fn server_copy(&self, id: UserId) -> Result<Option<ServerCopy>, CacheError> {
        let row = sqlx::query(
            "SELECT server_id, version, last_modified, resource FROM server_users WHERE user_id = ?1",
        )
        .bind(id.0.to_string())
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(|r| copy_from_row(r, id)).transpose()
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

//! Reading and writing users.

use sqlx::{QueryBuilder, Row, Sqlite, Transaction};
use time::OffsetDateTime;
use userdesk_core::profile::UserGroup;
use userdesk_core::{Role, UserId, UserProfile};

use crate::rows::{fmt_time, lower, profile_from_row, sort_key_optional};
use crate::search::index_terms;
use crate::{Cache, CacheError};

const COLUMNS: &str = "INSERT INTO users (id, email, email_key, first_name, last_name,
    first_name_key, last_name_key, title, title_sort, badge_id, badge_key, badge_sort, mobile_phone,
    mobile_verified, office_phone, office_extension, language, group_id, group_name, group_manager,
    account_type, status, account_type_rank, status_rank, single_sign_on, invited_at, activated_at,
    last_active_at, created_at, avatar, notification_frequency, presence, updated_at, search_terms,
    role_ids) ";

const ON_CONFLICT: &str = " ON CONFLICT (id) DO UPDATE SET
    email = excluded.email, email_key = excluded.email_key, first_name = excluded.first_name,
    last_name = excluded.last_name, first_name_key = excluded.first_name_key,
    last_name_key = excluded.last_name_key, title = excluded.title, title_sort = excluded.title_sort,
    badge_id = excluded.badge_id, badge_key = excluded.badge_key, badge_sort = excluded.badge_sort,
    mobile_phone = excluded.mobile_phone, mobile_verified = excluded.mobile_verified,
    office_phone = excluded.office_phone, office_extension = excluded.office_extension,
    language = excluded.language, group_id = excluded.group_id, group_name = excluded.group_name,
    group_manager = excluded.group_manager, account_type = excluded.account_type,
    status = excluded.status, account_type_rank = excluded.account_type_rank,
    status_rank = excluded.status_rank, single_sign_on = excluded.single_sign_on,
    invited_at = excluded.invited_at, activated_at = excluded.activated_at,
    last_active_at = excluded.last_active_at, created_at = excluded.created_at,
    avatar = excluded.avatar, notification_frequency = excluded.notification_frequency,
    presence = excluded.presence, updated_at = excluded.updated_at,
    search_terms = excluded.search_terms, role_ids = excluded.role_ids";

/// Users per INSERT statement: 35 columns each stays well under SQLite's 32,766 parameters.
const BATCH: usize = 200;

/// Inserts or replaces `users` in as few statements as possible; the triggers of the schema keep
/// the search index and the role table in step.
pub(crate) async fn write_users(
    tx: &mut Transaction<'_, Sqlite>,
    users: &[UserProfile],
    now: OffsetDateTime,
) -> Result<(), CacheError> {
    let updated_at = fmt_time(now);
    for batch in users.chunks(BATCH) {
        let mut q = QueryBuilder::<Sqlite>::new(COLUMNS);
        q.push_values(batch, |mut b, u| {
            let (group_id, group_name, group_manager) = match &u.group {
                UserGroup::Default => (None, None, false),
                UserGroup::Custom { id, name, manager } => {
                    (Some(id.clone()), Some(name.clone()), *manager)
                }
            };
            let roles: Vec<&str> = u.roles.ids().collect();
            b.push_bind(u.id.0.to_string())
                .push_bind(u.email.as_str().to_owned())
                .push_bind(u.email.key())
                .push_bind(u.first_name.as_str().to_owned())
                .push_bind(u.last_name.as_str().to_owned())
                .push_bind(lower(u.first_name.as_str()))
                .push_bind(lower(u.last_name.as_str()))
                .push_bind(u.title.as_ref().map(|t| t.as_str().to_owned()))
                .push_bind(sort_key_optional(u.title.as_ref().map(|t| t.as_str())))
                .push_bind(u.badge_id.as_ref().map(|b| b.as_str().to_owned()))
                .push_bind(u.badge_id.as_ref().map(|b| b.key()))
                .push_bind(sort_key_optional(u.badge_id.as_ref().map(|b| b.as_str())))
                .push_bind(
                    u.mobile_phone
                        .as_ref()
                        .map(|m| m.number.as_str().to_owned()),
                )
                .push_bind(u.mobile_phone.as_ref().is_some_and(|m| m.verified))
                .push_bind(
                    u.office_phone
                        .as_ref()
                        .map(|o| o.number.as_str().to_owned()),
                )
                .push_bind(
                    u.office_phone
                        .as_ref()
                        .and_then(|o| o.extension.as_ref())
                        .map(|e| e.as_str().to_owned()),
                )
                .push_bind(u.language.tag())
                .push_bind(group_id)
                .push_bind(group_name)
                .push_bind(group_manager)
                .push_bind(u.account_type.as_str())
                .push_bind(u.status.as_str())
                .push_bind(crate::query::account_type_rank(u.account_type))
                .push_bind(crate::query::status_rank(u.status))
                .push_bind(u.single_sign_on)
                .push_bind(u.invited_at.map(fmt_time))
                .push_bind(u.activated_at.map(fmt_time))
                .push_bind(u.last_active_at.map(fmt_time))
                .push_bind(fmt_time(u.created_at))
                .push_bind(
                    u.avatar
                        .as_ref()
                        .and_then(|a| serde_json::to_string(a).ok()),
                )
                .push_bind(u.notification_frequency.as_str())
                .push_bind(u.presence.as_str())
                .push_bind(updated_at.clone())
                .push_bind(index_terms(u))
                .push_bind(serde_json::to_string(&roles).unwrap_or_else(|_| "[]".into()));
        });
        q.push(ON_CONFLICT);
        q.build().execute(&mut **tx).await?;
    }
    Ok(())
}

/// User `id` as stored, if the cache has them.
pub(crate) async fn read_user(
    tx: &mut Transaction<'_, Sqlite>,
    id: UserId,
) -> Result<Option<UserProfile>, CacheError> {
    let row = sqlx::query("SELECT * FROM users WHERE id = ?1")
        .bind(id.0.to_string())
        .fetch_optional(&mut **tx)
        .await?;
    row.as_ref().map(profile_from_row).transpose()
}

/// What must be unique among the users the cache holds.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Unique {
    Email,
    Badge,
}

/// Whether a user other than `except` already has `key` (an e-mail or badge key) as `what`.
pub(crate) async fn taken(
    tx: &mut Transaction<'_, Sqlite>,
    what: Unique,
    key: &str,
    except: Option<UserId>,
) -> Result<bool, CacheError> {
    let sql = match what {
        Unique::Email => {
            "SELECT EXISTS (SELECT 1 FROM users WHERE email_key = ?1 AND id IS NOT ?2)"
        }
        Unique::Badge => {
            "SELECT EXISTS (SELECT 1 FROM users WHERE badge_key = ?1 AND id IS NOT ?2)"
        }
    };
    Ok(sqlx::query_scalar(sql)
        .bind(key)
        .bind(except.map(|id| id.0.to_string()))
        .fetch_one(&mut **tx)
        .await?)
}

/// Removes user `id` (their server copy follows by ON DELETE CASCADE).
pub(crate) async fn delete_user(
    tx: &mut Transaction<'_, Sqlite>,
    id: UserId,
) -> Result<(), CacheError> {
    sqlx::query("DELETE FROM users WHERE id = ?1")
        .bind(id.0.to_string())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

impl Cache {
    /// Inserts or replaces these users, all or none.
    pub async fn upsert_users(&self, users: &[UserProfile]) -> Result<(), CacheError> {
        let now = OffsetDateTime::now_utc();
        let mut tx = self.pool.begin().await?;
        write_users(&mut tx, users, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether the cache holds no user yet (cheaper than counting 100,000 of them).
    pub async fn is_empty(&self) -> Result<bool, CacheError> {
        let any: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM users)")
            .fetch_one(&self.pool)
            .await?;
        Ok(!any)
    }

    pub async fn user_count(&self) -> Result<u64, CacheError> {
        let n: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
            .fetch_one(&self.pool)
            .await?;
        Ok(n.max(0) as u64)
    }

    pub async fn get_user(&self, id: UserId) -> Result<UserProfile, CacheError> {
        let row = sqlx::query("SELECT * FROM users WHERE id = ?1")
            .bind(id.0.to_string())
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| CacheError::UserNotFound(id.to_string()))?;
        profile_from_row(&row)
    }

    /// The user with this e-mail address (username), compared as the server does.
    pub async fn user_by_email(
        &self,
        email: &userdesk_core::Email,
    ) -> Result<Option<UserProfile>, CacheError> {
        let row = sqlx::query("SELECT * FROM users WHERE email_key = ?1")
            .bind(email.key())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(profile_from_row).transpose()
    }

    /// Replaces the role catalog.
    pub async fn set_roles(&self, roles: &[Role]) -> Result<(), CacheError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM roles").execute(&mut *tx).await?;
        for role in roles {
            let permissions: Vec<&str> = role.permissions.iter().map(|p| p.as_str()).collect();
            sqlx::query(
                "INSERT INTO roles (id, name, permissions, built_in) VALUES (?1, ?2, ?3, ?4)",
            )
            .bind(&role.id)
            .bind(&role.name)
            .bind(serde_json::to_string(&permissions).unwrap_or_else(|_| "[]".into()))
            .bind(role.built_in)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn roles(&self) -> Result<Vec<Role>, CacheError> {
        let rows = sqlx::query(
            "SELECT id, name, permissions, built_in FROM roles ORDER BY built_in DESC, name",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let id: String = r.try_get("id")?;
                let permissions: String = r.try_get("permissions")?;
                Ok(Role {
                    permissions: serde_json::from_str(&permissions).map_err(|_| {
                        CacheError::Corrupt {
                            id: id.clone(),
                            column: "permissions",
                        }
                    })?,
                    name: r.try_get("name")?,
                    built_in: r.try_get::<i64, _>("built_in")? != 0,
                    id,
                })
            })
            .collect()
    }
}

/// Set in `sync_state` when the rules of what search indexes changed (a migration sets it).
const SEARCH_TERMS_OUTDATED: &str = "search_terms_outdated";

impl Cache {
    /// Prepares every user's search text anew when a migration said the rules changed, in one
    /// transaction (a cut-short run is done again by the next open).
    pub(crate) async fn refresh_search_terms(&self) -> Result<(), CacheError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let marked: Option<String> =
            sqlx::query_scalar("SELECT value FROM sync_state WHERE key = ?1")
                .bind(SEARCH_TERMS_OUTDATED)
                .fetch_optional(&mut *tx)
                .await?;
        if marked.is_none() {
            return Ok(());
        }
        let rows = sqlx::query("SELECT rowid, * FROM users")
            .fetch_all(&mut *tx)
            .await?;
        for row in &rows {
            let rowid: i64 = row.try_get("rowid")?;
            let stored: String = row.try_get("search_terms")?;
            let terms = index_terms(&profile_from_row(row)?);
            if terms != stored {
                sqlx::query("UPDATE users SET search_terms = ?1 WHERE rowid = ?2")
                    .bind(terms)
                    .bind(rowid)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        sqlx::query("DELETE FROM sync_state WHERE key = ?1")
            .bind(SEARCH_TERMS_OUTDATED)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}

//! Reading and writing users.

use sqlx::{Row, Sqlite, Transaction};
use time::OffsetDateTime;
use userdesk_core::profile::UserGroup;
use userdesk_core::{Field, ProfileEdit, Role, UserId, UserProfile};

use crate::rows::{fmt_time, lower, profile_from_row, sort_key_optional};
use crate::search::index_terms;
use crate::{Cache, CacheError};

const UPSERT: &str = "
INSERT INTO users (id, email, email_key, first_name, last_name, first_name_key, last_name_key,
    title, title_sort, badge_id, badge_key, badge_sort, mobile_phone, mobile_verified,
    office_phone, office_extension, language, group_id, group_name, group_manager, account_type,
    status, account_type_rank, status_rank, single_sign_on, invited_at, activated_at, last_active_at, created_at, avatar,
    notification_frequency, presence, updated_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
    ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33)
ON CONFLICT (id) DO UPDATE SET
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
    presence = excluded.presence, updated_at = excluded.updated_at
RETURNING rowid";

/// Maps a uniqueness violation to the field it concerns.
fn unique_violation(err: sqlx::Error) -> CacheError {
    if let sqlx::Error::Database(db) = &err
        && db.is_unique_violation()
    {
        if db.message().contains("users.badge_key") {
            return CacheError::Taken(Field::BadgeId);
        }
        if db.message().contains("users.email_key") {
            return CacheError::EmailTaken;
        }
    }
    CacheError::Database(err)
}

async fn write_user(
    tx: &mut Transaction<'_, Sqlite>,
    u: &UserProfile,
    now: OffsetDateTime,
) -> Result<(), CacheError> {
    let (group_id, group_name, group_manager) = match &u.group {
        UserGroup::Default => (None, None, false),
        UserGroup::Custom { id, name, manager } => {
            (Some(id.as_str()), Some(name.as_str()), *manager)
        }
    };
    let rowid: i64 = sqlx::query(UPSERT)
        .bind(u.id.0.to_string())
        .bind(u.email.as_str())
        .bind(u.email.key())
        .bind(u.first_name.as_str())
        .bind(u.last_name.as_str())
        .bind(lower(u.first_name.as_str()))
        .bind(lower(u.last_name.as_str()))
        .bind(u.title.as_ref().map(|t| t.as_str()))
        .bind(sort_key_optional(u.title.as_ref().map(|t| t.as_str())))
        .bind(u.badge_id.as_ref().map(|b| b.as_str()))
        .bind(u.badge_id.as_ref().map(|b| b.key()))
        .bind(sort_key_optional(u.badge_id.as_ref().map(|b| b.as_str())))
        .bind(u.mobile_phone.as_ref().map(|m| m.number.as_str()))
        .bind(u.mobile_phone.as_ref().is_some_and(|m| m.verified))
        .bind(u.office_phone.as_ref().map(|o| o.number.as_str()))
        .bind(
            u.office_phone
                .as_ref()
                .and_then(|o| o.extension.as_ref())
                .map(|e| e.as_str()),
        )
        .bind(u.language.tag())
        .bind(group_id)
        .bind(group_name)
        .bind(group_manager)
        .bind(u.account_type.as_str())
        .bind(u.status.as_str())
        .bind(crate::query::account_type_rank(u.account_type))
        .bind(crate::query::status_rank(u.status))
        .bind(u.single_sign_on)
        .bind(u.invited_at.map(fmt_time))
        .bind(u.activated_at.map(fmt_time))
        .bind(u.last_active_at.map(fmt_time))
        .bind(fmt_time(u.created_at))
        .bind(u.avatar.as_deref())
        .bind(u.notification_frequency.as_str())
        .bind(u.presence.as_str())
        .bind(fmt_time(now))
        .fetch_one(&mut **tx)
        .await
        .map_err(unique_violation)?
        .try_get(0)?;

    sqlx::query("DELETE FROM users_fts WHERE rowid = ?1")
        .bind(rowid)
        .execute(&mut **tx)
        .await?;
    sqlx::query("INSERT INTO users_fts (rowid, terms) VALUES (?1, ?2)")
        .bind(rowid)
        .bind(index_terms(u))
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM user_roles WHERE user_rowid = ?1")
        .bind(rowid)
        .execute(&mut **tx)
        .await?;
    for role in u.roles.ids() {
        sqlx::query("INSERT INTO user_roles (role_id, user_rowid) VALUES (?1, ?2)")
            .bind(role)
            .bind(rowid)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

impl Cache {
    /// Inserts or replaces these users, all or none.
    pub async fn upsert_users(&self, users: &[UserProfile]) -> Result<(), CacheError> {
        let now = OffsetDateTime::now_utc();
        let mut tx = self.pool.begin().await?;
        for user in users {
            write_user(&mut tx, user, now).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn user_count(&self) -> Result<u64, CacheError> {
        let n: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
            .fetch_one(&self.pool)
            .await?;
        Ok(n.max(0) as u64)
    }

    pub async fn get_user(&self, id: UserId) -> Result<UserProfile, CacheError> {
        let mut conn = self.pool.acquire().await?;
        let row = sqlx::query("SELECT * FROM users WHERE id = ?1")
            .bind(id.0.to_string())
            .fetch_optional(&mut *conn)
            .await?
            .ok_or_else(|| CacheError::UserNotFound(id.to_string()))?;
        let rowid: i64 = row.try_get("rowid")?;
        let roles: Vec<String> = sqlx::query_scalar(
            "SELECT role_id FROM user_roles WHERE user_rowid = ?1 ORDER BY role_id",
        )
        .bind(rowid)
        .fetch_all(&mut *conn)
        .await?;
        profile_from_row(&row, roles)
    }

    /// Saves one field edit and returns the profile as now stored. A refused edit changes nothing.
    pub async fn apply_edit(
        &self,
        id: UserId,
        edit: &ProfileEdit,
    ) -> Result<UserProfile, CacheError> {
        let mut profile = self.get_user(id).await?;
        edit.apply_to(&mut profile);
        let mut tx = self.pool.begin().await?;
        write_user(&mut tx, &profile, OffsetDateTime::now_utc()).await?;
        tx.commit().await?;
        Ok(profile)
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

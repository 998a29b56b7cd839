//! Passwords, sessions and the caller behind a token.

use super::*;

/// The person behind a request's token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub id: UserId,
    pub account_type: AccountType,
    pub status: Status,
    pub roles: RoleSet,
}

/// What presenting a refresh token found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refreshed {
    Valid {
        user_id: String,
    },
    /// A token that was already exchanged: someone else has it.
    Reused {
        user_id: String,
    },
    Invalid,
}

impl Store {
    pub async fn set_password(
        &self,
        user_id: &str,
        phc: &str,
        now: OffsetDateTime,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO credentials (user_id, password_hash, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (user_id) DO UPDATE SET password_hash = excluded.password_hash, updated_at = excluded.updated_at",
        )
        .bind(user_id)
        .bind(phc)
        .bind(fmt_time(now))
        .execute(&self.pool)
        .await?;
        Ok(())
    }
    /// The user id, status and password hash of a login (the e-mail's lower-cased form).
    pub async fn password_for(
        &self,
        login_key: &str,
    ) -> Result<Option<(String, Status, String)>, StoreError> {
        let row = sqlx::query(
            "SELECT u.id, u.status, c.password_hash FROM users u JOIN credentials c ON c.user_id = u.id WHERE u.user_name_key = $1",
        )
        .bind(login_key)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let id: String = row.try_get("id")?;
        let status = Status::parse(&row.try_get::<String, _>("status")?)
            .ok_or_else(|| StoreError::Corrupt(id.clone()))?;
        Ok(Some((id, status, row.try_get("password_hash")?)))
    }
    /// The password hash of a user, by id.
    pub async fn password_of(&self, user_id: UserId) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT password_hash FROM credentials WHERE user_id = $1")
            .bind(user_id.to_string())
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.try_get("password_hash")).transpose()?)
    }
    pub async fn create_session(
        &self,
        user_id: &str,
        access_hash: &str,
        refresh_hash: &str,
        access_expires: OffsetDateTime,
        refresh_expires: OffsetDateTime,
        now: OffsetDateTime,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO sessions (id, user_id, access_hash, refresh_hash, access_expires, refresh_expires, created_at, revoked)
             VALUES ($1, $2, $3, $4, $5, $6, $7, 0)",
        )
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(user_id)
        .bind(access_hash)
        .bind(refresh_hash)
        .bind(fmt_time(access_expires))
        .bind(fmt_time(refresh_expires))
        .bind(fmt_time(now))
        .execute(&self.pool)
        .await?;
        Ok(())
    }
    /// Exchanges a refresh token once: its session ends (the caller then issues a new one).
    pub async fn spend_refresh(
        &self,
        refresh_hash: &str,
        now: OffsetDateTime,
    ) -> Result<Refreshed, StoreError> {
        let mut tx = self.pool.begin().await?;
        let spent = sqlx::query("SELECT user_id FROM spent_refresh_tokens WHERE refresh_hash = $1")
            .bind(refresh_hash)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(r) = spent {
            return Ok(Refreshed::Reused {
                user_id: r.try_get("user_id")?,
            });
        }
        let row = sqlx::query(
            "SELECT id, user_id, refresh_expires, revoked FROM sessions WHERE refresh_hash = $1",
        )
        .bind(refresh_hash)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else {
            return Ok(Refreshed::Invalid);
        };
        let id: String = row.try_get("id")?;
        let user_id: String = row.try_get("user_id")?;
        let expires = parse_time(&row.try_get::<String, _>("refresh_expires")?);
        let revoked: i64 = row.try_get("revoked")?;
        if revoked != 0 || expires.is_none_or(|e| e <= now) {
            return Ok(Refreshed::Invalid);
        }
        // Single use even under concurrent presentation: only one UPDATE sees revoked = 0.
        let done = sqlx::query("UPDATE sessions SET revoked = 1 WHERE id = $1 AND revoked = 0")
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() != 1 {
            return Ok(Refreshed::Invalid);
        }
        sqlx::query("INSERT INTO spent_refresh_tokens (refresh_hash, user_id) VALUES ($1, $2)")
            .bind(refresh_hash)
            .bind(&user_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Refreshed::Valid { user_id })
    }
    pub async fn revoke_user_sessions(&self, user_id: &str) -> Result<(), StoreError> {
        self.execute_with(
            "UPDATE sessions SET revoked = 1 WHERE user_id = $1",
            user_id,
        )
        .await
    }
    /// Ends every session of a user but the one holding `keep_access_hash`.
    pub async fn revoke_other_sessions(
        &self,
        user_id: &str,
        keep_access_hash: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE sessions SET revoked = 1 WHERE user_id = $1 AND access_hash <> $2")
            .bind(user_id)
            .bind(keep_access_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
    pub async fn revoke_session_by_access(&self, access_hash: &str) -> Result<(), StoreError> {
        self.execute_with(
            "UPDATE sessions SET revoked = 1 WHERE access_hash = $1",
            access_hash,
        )
        .await
    }
    /// Who is behind a live access token, with what they need for permissions: read from columns,
    /// not from the whole profile, as it runs for every request.
    pub async fn caller(
        &self,
        access_hash: &str,
        now: OffsetDateTime,
    ) -> Result<Option<Caller>, StoreError> {
        let row = sqlx::query(
            "SELECT u.id, u.account_type, u.status, u.role_ids,
                    CASE WHEN u.role_ids IS NULL THEN u.profile END AS profile
             FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.access_hash = $1 AND s.revoked = 0 AND s.access_expires > $2",
        )
        .bind(access_hash)
        .bind(fmt_time(now))
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let id: String = row.try_get("id")?;
        let corrupt = || StoreError::Corrupt(id.clone());
        let roles = match row.try_get::<Option<String>, _>("role_ids")? {
            Some(json) => {
                let ids: Vec<String> = serde_json::from_str(&json).map_err(|_| corrupt())?;
                RoleSet::new(ids).map_err(|_| corrupt())?
            }
            None => {
                let profile: String = row.try_get("profile")?;
                serde_json::from_str::<UserProfile>(&profile)
                    .map_err(|_| corrupt())?
                    .roles
            }
        };
        Ok(Some(Caller {
            id: uuid::Uuid::parse_str(&id)
                .map(UserId)
                .map_err(|_| corrupt())?,
            account_type: AccountType::parse(&row.try_get::<String, _>("account_type")?)
                .map_err(|_| corrupt())?,
            status: Status::parse(&row.try_get::<String, _>("status")?).ok_or_else(corrupt)?,
            roles,
        }))
    }
}

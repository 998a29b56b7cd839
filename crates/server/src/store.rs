//! Storage of users: SQLite (a file in the data folder) or PostgreSQL, through one set of SQL
//! statements and migrations. The server keeps no state outside the database, so with PostgreSQL
//! any number of replicas can serve the same account.

use sqlx::any::{AnyPoolOptions, AnyRow};
// Dynamic SQL here is assembled from fixed text and the filter compiler's output, whose values
// are all bound parameters.
use sqlx::{AnyPool, AssertSqlSafe, Executor, Row};
use time::OffsetDateTime;
use time::format_description::FormatItem;
use time::macros::format_description;
use userdesk_core::profile::UserProfile;
use userdesk_core::{Status, UserId};

use crate::scim::filter_sql::Bind;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

const TIME_FORMAT: &[FormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z");

/// A time as stored: UTC, fixed width, so that text order is time order in every database.
pub fn fmt_time(t: OffsetDateTime) -> String {
    t.to_offset(time::UtcOffset::UTC)
        .format(TIME_FORMAT)
        .unwrap_or_default()
}

fn parse_time(s: &str) -> Option<OffsetDateTime> {
    time::PrimitiveDateTime::parse(s, TIME_FORMAT)
        .ok()
        .map(|t| t.assume_utc())
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("cannot migrate the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("{0} is already taken")]
    Taken(&'static str),
    #[error("the stored user {0} cannot be read")]
    Corrupt(String),
}

/// A stored user with the facts SCIM's `meta` needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRecord {
    pub profile: UserProfile,
    pub external_id: Option<String>,
    pub version: i64,
    pub created: OffsetDateTime,
    pub last_modified: OffsetDateTime,
}

impl UserRecord {
    pub fn etag(&self) -> String {
        format!("W/\"{}\"", self.version)
    }
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

#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
}

fn bind_all<'q>(
    mut q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    binds: &'q [Bind],
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
    for b in binds {
        q = match b {
            Bind::Text(s) => q.bind(s.as_str()),
            Bind::Int(i) => q.bind(*i),
        };
    }
    q
}

fn taken(err: sqlx::Error) -> StoreError {
    if let sqlx::Error::Database(db) = &err
        && db.is_unique_violation()
    {
        let m = db.message();
        if m.contains("employee_number") {
            return StoreError::Taken("employeeNumber");
        }
        if m.contains("user_name") {
            return StoreError::Taken("userName");
        }
        if m.contains("users_pkey") || m.contains("users.id") {
            return StoreError::Taken("id");
        }
    }
    StoreError::Database(err)
}

const COLUMNS: &str = "id, external_id, version, created_at, last_modified, profile";

impl Store {
    /// Opens `url` (`sqlite://…` or `postgres://…`) and brings the schema up to date.
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        let sqlite = url.starts_with("sqlite:");
        let pool = AnyPoolOptions::new()
            .max_connections(if sqlite { 4 } else { 16 })
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if sqlite {
                        conn.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;")
                            .await?;
                    }
                    Ok(())
                })
            })
            .connect(url)
            .await?;
        MIGRATOR.run(&pool).await?;
        Ok(Self { pool })
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    fn record(row: &AnyRow) -> Result<UserRecord, StoreError> {
        let id: String = row.try_get("id")?;
        let corrupt = || StoreError::Corrupt(id.clone());
        let profile: String = row.try_get("profile")?;
        Ok(UserRecord {
            profile: serde_json::from_str(&profile).map_err(|_| corrupt())?,
            external_id: row.try_get("external_id")?,
            version: row.try_get("version")?,
            created: parse_time(&row.try_get::<String, _>("created_at")?).ok_or_else(corrupt)?,
            last_modified: parse_time(&row.try_get::<String, _>("last_modified")?)
                .ok_or_else(corrupt)?,
        })
    }

    pub async fn get(&self, id: UserId) -> Result<Option<UserRecord>, StoreError> {
        let row = sqlx::query(AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM users WHERE id = $1"
        )))
        .bind(id.to_string())
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(Self::record).transpose()
    }

    /// Values of the filterable columns, in the order of the INSERT below (after the meta columns).
    fn keys(p: &UserProfile) -> Vec<Option<String>> {
        vec![
            Some(p.email.key()),
            Some(p.first_name.as_str().to_lowercase()),
            Some(p.last_name.as_str().to_lowercase()),
            Some(p.display_name().to_lowercase()),
            p.title.as_ref().map(|t| t.as_str().to_lowercase()),
            p.badge_id.as_ref().map(|b| b.key()),
        ]
    }

    pub async fn insert(&self, r: &UserRecord) -> Result<(), StoreError> {
        let p = &r.profile;
        let keys = Self::keys(p);
        let profile =
            serde_json::to_string(p).map_err(|_| StoreError::Corrupt(p.id.to_string()))?;
        let mut q = sqlx::query(
            "INSERT INTO users (id, external_id, version, created_at, last_modified, user_name_key, given_name_key,
                family_name_key, display_name_key, title_key, employee_number_key, active, account_type, status,
                language_key, mobile_phone, office_phone, profile)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)",
        )
        .bind(p.id.to_string())
        .bind(r.external_id.clone())
        .bind(r.version)
        .bind(fmt_time(r.created))
        .bind(fmt_time(r.last_modified));
        for k in keys {
            q = q.bind(k);
        }
        q.bind(i64::from(p.status != Status::Inactive))
            .bind(p.account_type.as_str())
            .bind(p.status.as_str())
            .bind(p.language.tag().map(str::to_lowercase))
            .bind(
                p.mobile_phone
                    .as_ref()
                    .map(|m| m.number.as_str().to_owned()),
            )
            .bind(
                p.office_phone
                    .as_ref()
                    .map(|o| o.number.as_str().to_owned()),
            )
            .bind(profile)
            .execute(&self.pool)
            .await
            .map_err(taken)?;
        Ok(())
    }

    /// Replaces a user if it is still at `expected_version`; `Ok(false)` when it was not.
    pub async fn update(&self, r: &UserRecord, expected_version: i64) -> Result<bool, StoreError> {
        let p = &r.profile;
        let keys = Self::keys(p);
        let profile =
            serde_json::to_string(p).map_err(|_| StoreError::Corrupt(p.id.to_string()))?;
        let mut q = sqlx::query(
            "UPDATE users SET external_id = $1, version = $2, last_modified = $3, user_name_key = $4,
                given_name_key = $5, family_name_key = $6, display_name_key = $7, title_key = $8,
                employee_number_key = $9, active = $10, account_type = $11, status = $12, language_key = $13,
                mobile_phone = $14, office_phone = $15, profile = $16
             WHERE id = $17 AND version = $18",
        )
        .bind(r.external_id.clone())
        .bind(r.version)
        .bind(fmt_time(r.last_modified));
        for k in keys {
            q = q.bind(k);
        }
        let done = q
            .bind(i64::from(p.status != Status::Inactive))
            .bind(p.account_type.as_str())
            .bind(p.status.as_str())
            .bind(p.language.tag().map(str::to_lowercase))
            .bind(
                p.mobile_phone
                    .as_ref()
                    .map(|m| m.number.as_str().to_owned()),
            )
            .bind(
                p.office_phone
                    .as_ref()
                    .map(|o| o.number.as_str().to_owned()),
            )
            .bind(profile)
            .bind(p.id.to_string())
            .bind(expected_version)
            .execute(&self.pool)
            .await
            .map_err(taken)?;
        Ok(done.rows_affected() == 1)
    }

    /// Deletes a user (at `expected_version`, when given). `Ok(false)` when nothing matched.
    pub async fn delete(
        &self,
        id: UserId,
        expected_version: Option<i64>,
    ) -> Result<bool, StoreError> {
        let done = match expected_version {
            Some(v) => {
                sqlx::query("DELETE FROM users WHERE id = $1 AND version = $2")
                    .bind(id.to_string())
                    .bind(v)
                    .execute(&self.pool)
                    .await?
            }
            None => {
                sqlx::query("DELETE FROM users WHERE id = $1")
                    .bind(id.to_string())
                    .execute(&self.pool)
                    .await?
            }
        };
        Ok(done.rows_affected() == 1)
    }

    /// A page of users matching `where_sql` (built by the filter compiler, values in `binds`).
    pub async fn list(
        &self,
        where_sql: &str,
        binds: &[Bind],
        order: &str,
        offset: i64,
        limit: i64,
    ) -> Result<(i64, Vec<UserRecord>), StoreError> {
        let count_sql = format!("SELECT count(*) AS n FROM users WHERE {where_sql}");
        let total: i64 = bind_all(sqlx::query(AssertSqlSafe(count_sql)), binds)
            .fetch_one(&self.pool)
            .await?
            .try_get("n")?;
        if limit == 0 {
            return Ok((total, Vec::new()));
        }
        let n = binds.len();
        let page_sql = format!(
            "SELECT {COLUMNS} FROM users WHERE {where_sql} ORDER BY {order} LIMIT ${} OFFSET ${}",
            n + 1,
            n + 2
        );
        let rows = bind_all(sqlx::query(AssertSqlSafe(page_sql)), binds)
            .bind(limit)
            .bind(offset)
            .fetch_all(&self.pool)
            .await?;
        let users = rows
            .iter()
            .map(Self::record)
            .collect::<Result<Vec<_>, _>>()?;
        Ok((total, users))
    }

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

    pub async fn locked_until(
        &self,
        login_key: &str,
    ) -> Result<Option<OffsetDateTime>, StoreError> {
        let row = sqlx::query("SELECT locked_until FROM sign_in_failures WHERE login_key = $1")
            .bind(login_key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row
            .and_then(|r| {
                r.try_get::<Option<String>, _>("locked_until")
                    .ok()
                    .flatten()
            })
            .and_then(|t| parse_time(&t)))
    }

    /// Counts a failed sign-in; from the `threshold`-th on, the login is locked for `first_lock`,
    /// doubling with each further failure (capped at a day).
    pub async fn record_failure(
        &self,
        login_key: &str,
        now: OffsetDateTime,
        threshold: i64,
        first_lock: time::Duration,
    ) -> Result<(), StoreError> {
        let failures: i64 =
            sqlx::query("SELECT failures FROM sign_in_failures WHERE login_key = $1")
                .bind(login_key)
                .fetch_optional(&self.pool)
                .await?
                .map(|r| r.try_get("failures"))
                .transpose()?
                .unwrap_or(0)
                + 1;
        let locked_until = (failures >= threshold).then(|| {
            let doublings = u32::try_from(failures - threshold)
                .unwrap_or(u32::MAX)
                .min(10);
            now + (first_lock * 2i32.saturating_pow(doublings)).min(time::Duration::days(1))
        });
        sqlx::query(
            "INSERT INTO sign_in_failures (login_key, failures, locked_until) VALUES ($1, $2, $3)
             ON CONFLICT (login_key) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until",
        )
        .bind(login_key)
        .bind(failures)
        .bind(locked_until.map(fmt_time))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn clear_failures(&self, login_key: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sign_in_failures WHERE login_key = $1")
            .bind(login_key)
            .execute(&self.pool)
            .await?;
        Ok(())
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
        sqlx::query("UPDATE sessions SET revoked = 1 WHERE user_id = $1")
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn revoke_session_by_access(&self, access_hash: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE sessions SET revoked = 1 WHERE access_hash = $1")
            .bind(access_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The user behind a live access token.
    pub async fn caller(
        &self,
        access_hash: &str,
        now: OffsetDateTime,
    ) -> Result<Option<UserRecord>, StoreError> {
        let row = sqlx::query(
            "SELECT u.id, u.external_id, u.version, u.created_at, u.last_modified, u.profile
             FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.access_hash = $1 AND s.revoked = 0 AND s.access_expires > $2",
        )
        .bind(access_hash)
        .bind(fmt_time(now))
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(Self::record).transpose()
    }

    /// Whether the account has any user yet.
    pub async fn is_empty(&self) -> Result<bool, StoreError> {
        let n: i64 = sqlx::query("SELECT count(*) AS n FROM users")
            .fetch_one(&self.pool)
            .await?
            .try_get("n")?;
        Ok(n == 0)
    }
}

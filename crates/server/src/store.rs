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
}

//! Storage of users: SQLite (a file in the data folder) or PostgreSQL, through one set of SQL
//! statements and migrations. The server keeps no state outside the database, so with PostgreSQL
//! any number of replicas can serve the same account.

use sqlx::AnyConnection;
use sqlx::any::{AnyPoolOptions, AnyRow};
// Dynamic SQL here is assembled from fixed text and the filter compiler's output, whose values
// are all bound parameters.
use sqlx::{AnyPool, AssertSqlSafe, Executor, Row};
use time::OffsetDateTime;
use userdesk_core::profile::{UserGroup, UserProfile};
use userdesk_core::scim::group::{GroupMember, GroupName};
use userdesk_core::{AccountType, RoleSet, SharedClock, Status, UserId};

mod audit;
pub mod avatars;
mod groups;
mod idempotency;
mod mail;
mod phone;
mod sessions;
pub mod sql;
mod throttle;
mod users;
mod writer;

pub use audit::{AuditEvent, AuditFilter};
pub use groups::GroupRecord;
pub use idempotency::StoredReply;
pub use mail::{ClaimedMail, LiveToken, OutboundMail};
pub use phone::PhoneCode;
pub use sessions::{Caller, Refreshed};
use sql::*;
pub use throttle::{FORGET_AFTER, Try, TryLimits};
use users::COLUMNS;
pub use users::UserRecord;
use writer::{Change, write_loop};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

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
    #[error("another request with this Idempotency-Key was stored first")]
    DuplicateKey,
    #[error("the database writer has stopped")]
    WriterGone,
    #[error("the change could not be committed: {0}")]
    Batch(String),
}

/// A change to the users table.
#[derive(Debug, Clone)]
pub enum Write {
    Insert(UserRecord),
    /// Applies only if the stored user is still at `before`'s version.
    Update {
        record: UserRecord,
        before: Box<UserRecord>,
    },
    Delete {
        id: UserId,
        expected_version: i64,
    },
    /// An action that changes no profile field (an e-mail sent to an active user).
    Nothing,
    InsertGroup(GroupRecord),
    UpdateGroup {
        record: GroupRecord,
        expected_version: i64,
    },
    DeleteGroup {
        id: uuid::Uuid,
        expected_version: i64,
    },
}

/// What else a change does, in its transaction.
#[derive(Debug, Clone)]
pub enum Effect {
    /// Queue an e-mail for the delivery worker.
    Mail(OutboundMail),
    /// Keep an avatar picture under its content name (kept once: a name is one picture).
    StorePicture(avatars::StoredPicture),
    /// A new link for an e-mail; the user's earlier unused links stop working.
    IssueToken {
        hash: String,
        user_id: UserId,
        purpose: &'static str,
        expires: OffsetDateTime,
    },
    /// Use up a link. If someone used it first, the whole change is abandoned.
    SpendToken {
        hash: String,
    },
    SetPassword {
        user_id: UserId,
        phc: String,
    },
    EndSessions {
        user_id: UserId,
    },
    ClearSignInFailures {
        login_key: String,
    },
    /// A mobile-number verification code, replacing any earlier one.
    PhoneCode {
        user_id: UserId,
        phone: String,
        salt: String,
        hash: String,
        expires: OffsetDateTime,
    },
    ClearPhoneCode {
        user_id: UserId,
    },
}

#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    /// SQLite only: the one connection that writes changes, committing many at once.
    writer: Option<tokio::sync::mpsc::Sender<Change>>,
    /// Where every time the server records or compares comes from.
    clock: SharedClock,
}

/// Every SQLite connection: write-ahead log, a full sync at each commit (a change the client was
/// told about survives a power cut), waiting for locks rather than failing, foreign keys on, and
/// LIKE comparing exactly: case-insensitive attributes are stored and compared lower-cased already
/// (the `*_key` columns), case-exact ones must stay exact, and an exact LIKE with a fixed prefix
/// (`sw`) can use the column's index. Reads go through a memory map of up to 1 GiB instead of a
/// system call per page.
const SQLITE_PRAGMAS: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA case_sensitive_like = ON; PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -8192;";

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
        if m.contains("display_name_key") {
            return StoreError::Taken("displayName");
        }
    }
    StoreError::Database(err)
}

/// One page of a filtered, ordered table.
struct Page<'a> {
    table: &'static str,
    columns: &'static str,
    where_sql: &'a str,
    binds: &'a [Bind],
    order: &'a str,
    offset: i64,
    limit: i64,
}

const GROUP_COLUMNS: &str = "id, external_id, version, created_at, last_modified, display_name";

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
                        conn.execute(SQLITE_PRAGMAS).await?;
                    }
                    Ok(())
                })
            })
            .connect(url)
            .await?;
        MIGRATOR.run(&pool).await?;
        let writer = if sqlite {
            let writer_pool = AnyPoolOptions::new()
                .max_connections(1)
                .after_connect(|conn, _| {
                    Box::pin(async move {
                        conn.execute(SQLITE_PRAGMAS).await?;
                        Ok(())
                    })
                })
                .connect(url)
                .await?;
            let (send, receive) = tokio::sync::mpsc::channel(1024);
            tokio::spawn(write_loop(writer_pool, receive));
            Some(send)
        } else {
            None
        };
        Ok(Self {
            pool,
            writer,
            clock: userdesk_core::clock::system(),
        })
    }

    /// This store with its times read from `clock` instead of the system's (tests move it).
    #[must_use]
    pub fn with_clock(mut self, clock: SharedClock) -> Self {
        self.clock = clock;
        self
    }

    /// The time now by the store's clock, at the precision it is stored with.
    pub fn now(&self) -> OffsetDateTime {
        stored_precision(self.clock.now())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Makes `writes`, records `audits` and, for a request with an Idempotency-Key, its `reply`,
    /// with their `effects`: all in one transaction. `Ok(false)` when a record was not at the
    /// expected version or a link was used already (nothing done).
    ///
    /// On SQLite the changes of concurrent requests are committed together by one writer (one
    /// fsync for many changes, each in its own savepoint so one refusal undoes only itself); on
    /// PostgreSQL each is its own transaction.
    pub async fn commit_change(
        &self,
        writes: &[Write],
        audits: &[AuditEvent],
        reply: Option<&StoredReply>,
        effects: &[Effect],
    ) -> Result<bool, StoreError> {
        // The time a change is made at: its audit events', or now.
        let at = audits.first().map_or_else(|| self.now(), |a| a.server_time);
        if let Some(writer) = &self.writer {
            let (respond, answer) = tokio::sync::oneshot::channel();
            let job = Change {
                writes: writes.to_vec(),
                audits: audits.to_vec(),
                reply: reply.cloned(),
                effects: effects.to_vec(),
                at,
                respond,
            };
            writer.send(job).await.map_err(|_| StoreError::WriterGone)?;
            return answer.await.map_err(|_| StoreError::WriterGone)?;
        }
        let mut tx = self.pool.begin().await?;
        if !Self::apply_change(&mut tx, writes, audits, reply, effects, at).await? {
            return Ok(false);
        }
        tx.commit().await?;
        Ok(true)
    }

    /// One change on a connection that is inside a transaction.
    async fn apply_change(
        conn: &mut AnyConnection,
        writes: &[Write],
        audits: &[AuditEvent],
        reply: Option<&StoredReply>,
        effects: &[Effect],
        at: OffsetDateTime,
    ) -> Result<bool, StoreError> {
        for write in writes {
            if !Self::apply_write(&mut *conn, write).await? {
                return Ok(false);
            }
        }
        for effect in effects {
            if !Self::apply_effect(&mut *conn, effect, at).await? {
                return Ok(false);
            }
        }
        for audit in audits {
            sqlx::query(
                "INSERT INTO audit_events (id, actor_id, action, target_id, changes, client_time, server_time, idempotency_key)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(uuid::Uuid::now_v7().to_string())
            .bind(audit.actor_id.to_string())
            .bind(audit.action)
            .bind(audit.target_id.to_string())
            .bind(audit.changes.to_string())
            .bind(audit.client_time.map(fmt_time))
            .bind(fmt_time(audit.server_time))
            .bind(audit.idempotency_key.clone())
            .execute(&mut *conn)
            .await?;
        }
        if let Some(r) = reply {
            sqlx::query(
                "INSERT INTO idempotency (actor_id, idem_key, request_hash, status, body, etag, location, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(r.actor_id.to_string())
            .bind(r.key.clone())
            .bind(r.request_hash.clone())
            .bind(i64::from(r.status))
            .bind(r.body.clone())
            .bind(r.etag.clone())
            .bind(r.location.clone())
            .bind(fmt_time(at))
            .execute(&mut *conn)
            .await
            .map_err(|e| match &e {
                sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::DuplicateKey,
                _ => StoreError::Database(e),
            })?;
        }
        Ok(true)
    }

    async fn apply_write(conn: &mut AnyConnection, write: &Write) -> Result<bool, StoreError> {
        Ok(match write {
            Write::Nothing => true,
            Write::Insert(r) => {
                Self::insert_user(conn, r).await?;
                true
            }
            Write::Update { record, before } => Self::update_user(conn, record, before).await?,
            Write::Delete {
                id,
                expected_version,
            } => {
                sqlx::query("DELETE FROM users WHERE id = $1 AND version = $2")
                    .bind(id.to_string())
                    .bind(*expected_version)
                    .execute(&mut *conn)
                    .await?
                    .rows_affected()
                    == 1
            }
            Write::InsertGroup(g) => {
                sqlx::query(
                    "INSERT INTO groups (id, external_id, version, created_at, last_modified, display_name, display_name_key)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(g.id.to_string())
                .bind(g.external_id.clone())
                .bind(g.version)
                .bind(fmt_time(g.created))
                .bind(fmt_time(g.last_modified))
                .bind(g.name.as_str().to_owned())
                .bind(g.name.key())
                .execute(&mut *conn)
                .await
                .map_err(taken)?;
                true
            }
            Write::UpdateGroup {
                record: g,
                expected_version,
            } => {
                sqlx::query(
                    "UPDATE groups SET external_id = $2, version = $3, last_modified = $4, display_name = $5, display_name_key = $6
                     WHERE id = $1 AND version = $7",
                )
                .bind(g.id.to_string())
                .bind(g.external_id.clone())
                .bind(g.version)
                .bind(fmt_time(g.last_modified))
                .bind(g.name.as_str().to_owned())
                .bind(g.name.key())
                .bind(*expected_version)
                .execute(&mut *conn)
                .await
                .map_err(taken)?
                .rows_affected()
                    == 1
            }
            Write::DeleteGroup {
                id,
                expected_version,
            } => {
                sqlx::query("DELETE FROM groups WHERE id = $1 AND version = $2")
                    .bind(id.to_string())
                    .bind(*expected_version)
                    .execute(&mut *conn)
                    .await?
                    .rows_affected()
                    == 1
            }
        })
    }

    /// Does one effect; `false` when a link was already used.
    async fn apply_effect(
        conn: &mut AnyConnection,
        effect: &Effect,
        now: OffsetDateTime,
    ) -> Result<bool, StoreError> {
        match effect {
            Effect::Mail(m) => {
                sqlx::query(
                    "INSERT INTO mail_outbox (id, user_id, kind, recipient, sender, message, created_at, attempts, next_attempt_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $7)",
                )
                .bind(m.id.clone())
                .bind(m.user_id.to_string())
                .bind(m.kind)
                .bind(m.recipient.clone())
                .bind(m.sender.clone())
                .bind(m.message.clone())
                .bind(fmt_time(now))
                .execute(&mut *conn)
                .await?;
            }
            Effect::IssueToken {
                hash,
                user_id,
                purpose,
                expires,
            } => {
                // Only the newest link of each kind works; the purposes that set a password
                // replace each other.
                sqlx::query(
                    "UPDATE email_tokens SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL",
                )
                .bind(user_id.to_string())
                .bind(fmt_time(now))
                .execute(&mut *conn)
                .await?;
                sqlx::query(
                    "INSERT INTO email_tokens (token_hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(hash.clone())
                .bind(user_id.to_string())
                .bind(*purpose)
                .bind(fmt_time(now))
                .bind(fmt_time(*expires))
                .execute(&mut *conn)
                .await?;
            }
            Effect::SpendToken { hash } => {
                let done = sqlx::query(
                    "UPDATE email_tokens SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
                )
                .bind(hash.clone())
                .bind(fmt_time(now))
                .execute(&mut *conn)
                .await?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
            }
            Effect::SetPassword { user_id, phc } => {
                sqlx::query(
                    "INSERT INTO credentials (user_id, password_hash, updated_at) VALUES ($1, $2, $3)
                     ON CONFLICT (user_id) DO UPDATE SET password_hash = excluded.password_hash, updated_at = excluded.updated_at",
                )
                .bind(user_id.to_string())
                .bind(phc.clone())
                .bind(fmt_time(now))
                .execute(&mut *conn)
                .await?;
            }
            Effect::EndSessions { user_id } => {
                sqlx::query("UPDATE sessions SET revoked = 1 WHERE user_id = $1")
                    .bind(user_id.to_string())
                    .execute(&mut *conn)
                    .await?;
            }
            Effect::ClearSignInFailures { login_key } => {
                sqlx::query("DELETE FROM sign_in_failures WHERE login = $1")
                    .bind(login_key.clone())
                    .execute(&mut *conn)
                    .await?;
            }
            Effect::PhoneCode {
                user_id,
                phone,
                salt,
                hash,
                expires,
            } => {
                sqlx::query(
                    "INSERT INTO phone_verifications (user_id, phone, code_salt, code_hash, expires_at, attempts, last_sent_at)
                     VALUES ($1, $2, $3, $4, $5, 0, $6)
                     ON CONFLICT (user_id) DO UPDATE SET phone = excluded.phone, code_salt = excluded.code_salt,
                       code_hash = excluded.code_hash, expires_at = excluded.expires_at, attempts = 0,
                       last_sent_at = excluded.last_sent_at",
                )
                .bind(user_id.to_string())
                .bind(phone.clone())
                .bind(salt.clone())
                .bind(hash.clone())
                .bind(fmt_time(*expires))
                .bind(fmt_time(now))
                .execute(&mut *conn)
                .await?;
            }
            Effect::ClearPhoneCode { user_id } => {
                sqlx::query("DELETE FROM phone_verifications WHERE user_id = $1")
                    .bind(user_id.to_string())
                    .execute(&mut *conn)
                    .await?;
            }
            Effect::StorePicture(p) => avatars::insert(conn, p, now).await?,
        }
        Ok(true)
    }

    /// The total of rows matching and one page of them, read with `read`.
    async fn page<T>(
        &self,
        p: Page<'_>,
        read: fn(&AnyRow) -> Result<T, StoreError>,
    ) -> Result<(i64, Vec<T>), StoreError> {
        let count_sql = format!(
            "SELECT count(*) AS n FROM {} WHERE {}",
            p.table, p.where_sql
        );
        let total: i64 = bind_all(sqlx::query(AssertSqlSafe(count_sql)), p.binds)
            .fetch_one(&self.pool)
            .await?
            .try_get("n")?;
        if p.limit == 0 {
            return Ok((total, Vec::new()));
        }
        let n = p.binds.len();
        let sql = format!(
            "SELECT {} FROM {} WHERE {} ORDER BY {} LIMIT ${} OFFSET ${}",
            p.columns,
            p.table,
            p.where_sql,
            p.order,
            n + 1,
            n + 2
        );
        let rows = bind_all(sqlx::query(AssertSqlSafe(sql)), p.binds)
            .bind(p.limit)
            .bind(p.offset)
            .fetch_all(&self.pool)
            .await?;
        let items = rows.iter().map(read).collect::<Result<Vec<_>, _>>()?;
        Ok((total, items))
    }

    /// Runs a statement with one text parameter.
    async fn execute_with(&self, sql: &'static str, value: &str) -> Result<(), StoreError> {
        sqlx::query(sql).bind(value).execute(&self.pool).await?;
        Ok(())
    }
}

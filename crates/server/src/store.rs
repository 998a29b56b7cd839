//! Storage of users: SQLite (a file in the data folder) or PostgreSQL, through one set of SQL
//! statements and migrations. The server keeps no state outside the database, so with PostgreSQL
//! any number of replicas can serve the same account.

use sqlx::AnyConnection;
use sqlx::any::{AnyPoolOptions, AnyRow};
// Dynamic SQL here is assembled from fixed text and the filter compiler's output, whose values
// are all bound parameters.
use sqlx::{AnyPool, AssertSqlSafe, Executor, Row};
use time::OffsetDateTime;
use time::format_description::FormatItem;
use time::macros::format_description;
use userdesk_core::profile::{UserGroup, UserProfile};
use userdesk_core::scim::group::{GroupMember, GroupName};
use userdesk_core::{AccountType, RoleSet, Status, UserId};

use crate::scim::filter_sql::Bind;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

const TIME_FORMAT: &[FormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z");

/// The time now, at the precision it is stored with (microseconds): a resource a write returns
/// is then exactly the one a later read returns.
pub fn now() -> OffsetDateTime {
    let t = OffsetDateTime::now_utc();
    t.replace_nanosecond(t.nanosecond() / 1_000 * 1_000)
        .unwrap_or(t)
}

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
    #[error("another request with this Idempotency-Key was stored first")]
    DuplicateKey,
    #[error("the database writer has stopped")]
    WriterGone,
    #[error("the change could not be committed: {0}")]
    Batch(String),
}

/// The person behind a request's token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub id: UserId,
    pub account_type: AccountType,
    pub status: Status,
    pub roles: RoleSet,
}

/// Which audit events to read.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub target: Option<UserId>,
    pub actor: Option<UserId>,
    pub action: Option<String>,
    pub since: Option<OffsetDateTime>,
    pub until: Option<OffsetDateTime>,
    /// For a caller who may not see other users: only events about groups, and about this user.
    pub only_groups_and: Option<UserId>,
    pub limit: i64,
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

/// A stored custom group (its members are the users whose `group_id` names it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupRecord {
    pub id: uuid::Uuid,
    pub name: GroupName,
    pub external_id: Option<String>,
    pub version: i64,
    pub created: OffsetDateTime,
    pub last_modified: OffsetDateTime,
}

impl GroupRecord {
    pub fn etag(&self) -> String {
        format!("W/\"{}\"", self.version)
    }
}

/// An e-mail, rendered and ready to leave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboundMail {
    pub id: String,
    pub user_id: UserId,
    pub kind: &'static str,
    pub recipient: String,
    pub sender: String,
    pub message: String,
}

/// What else a change does, in its transaction.
#[derive(Debug, Clone)]
pub enum Effect {
    /// Queue an e-mail for the delivery worker.
    Mail(OutboundMail),
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

/// How many tries a count allows before it locks, and for how long.
#[derive(Debug, Clone, Copy)]
pub struct TryLimits {
    pub threshold: i64,
    pub first_lock: time::Duration,
    pub max_lock: time::Duration,
}

/// A count of tries is forgotten this long after its last try.
pub const FORGET_AFTER: time::Duration = time::Duration::days(1);

/// Whether a sign-in may check its password now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Try {
    Allowed,
    Locked { until: OffsetDateTime },
}

/// A link from an e-mail that still works.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveToken {
    pub user_id: UserId,
    pub purpose: String,
}

/// A pending mobile-number verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneCode {
    pub phone: String,
    pub salt: String,
    pub hash: String,
    pub expires: OffsetDateTime,
    pub attempts: i64,
    pub last_sent: OffsetDateTime,
}

/// A queued e-mail claimed for sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimedMail {
    pub id: String,
    pub recipient: String,
    pub sender: String,
    pub message: String,
    pub attempts: i64,
}

/// Who did what to whom, field by field.
#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub actor_id: UserId,
    pub action: &'static str,
    /// The user or group acted on.
    pub target_id: uuid::Uuid,
    pub changes: serde_json::Value,
    pub client_time: Option<OffsetDateTime>,
    pub server_time: OffsetDateTime,
    pub idempotency_key: Option<String>,
}

/// The reply to a request with an Idempotency-Key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredReply {
    pub actor_id: UserId,
    pub key: String,
    pub request_hash: String,
    pub status: u16,
    pub body: String,
    pub etag: Option<String>,
    pub location: Option<String>,
}

/// A column value to bind.
#[derive(PartialEq, Eq)]
enum Val {
    Text(Option<String>),
    Int(i64),
}

/// The users columns written from a profile, in the order of `Store::user_values`.
const USER_COLUMNS: [&str; 15] = [
    "user_name_key",
    "given_name_key",
    "family_name_key",
    "display_name_key",
    "title_key",
    "employee_number_key",
    "active",
    "account_type",
    "status",
    "language_key",
    "mobile_phone",
    "office_phone",
    "group_id",
    "role_ids",
    "profile",
];

fn bind_values<'q>(
    mut q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    values: Vec<Val>,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
    for v in values {
        q = match v {
            Val::Text(t) => q.bind(t),
            Val::Int(i) => q.bind(i),
        };
    }
    q
}

#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    /// SQLite only: the one connection that writes changes, committing many at once.
    writer: Option<tokio::sync::mpsc::Sender<Change>>,
}

/// A change waiting for the SQLite writer.
#[derive(Debug)]
struct Change {
    writes: Vec<Write>,
    audits: Vec<AuditEvent>,
    reply: Option<StoredReply>,
    effects: Vec<Effect>,
    respond: tokio::sync::oneshot::Sender<Result<bool, StoreError>>,
}

/// Every SQLite connection: write-ahead log, a full sync at each commit (a change the client was
/// told about survives a power cut), waiting for locks rather than failing, foreign keys on, and
/// LIKE comparing exactly: case-insensitive attributes are stored and compared lower-cased already
/// (the `*_key` columns), case-exact ones must stay exact, and an exact LIKE with a fixed prefix
/// (`sw`) can use the column's index. Reads go through a memory map of up to 1 GiB instead of a
/// system call per page.
const SQLITE_PRAGMAS: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA case_sensitive_like = ON; PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -8192;";

/// Most changes committed together.
const GROUP_COMMIT: usize = 64;

/// The SQLite writer: takes what is waiting, applies each change in a savepoint, commits once.
async fn write_loop(pool: AnyPool, mut queue: tokio::sync::mpsc::Receiver<Change>) {
    while let Some(first) = queue.recv().await {
        let mut batch = vec![first];
        while batch.len() < GROUP_COMMIT {
            match queue.try_recv() {
                Ok(c) => batch.push(c),
                Err(_) => break,
            }
        }
        let results = match pool.acquire().await {
            Ok(mut conn) => commit_batch(&mut conn, &batch).await,
            Err(e) => Err(StoreError::Database(e)),
        };
        match results {
            Ok(results) => {
                for (change, result) in batch.into_iter().zip(results) {
                    let _ = change.respond.send(result);
                }
            }
            Err(e) => {
                let text = e.to_string();
                tracing::error!(error = %text, "cannot commit a batch of changes");
                for change in batch {
                    let _ = change.respond.send(Err(StoreError::Batch(text.clone())));
                }
            }
        }
    }
}

async fn commit_batch(
    conn: &mut AnyConnection,
    batch: &[Change],
) -> Result<Vec<Result<bool, StoreError>>, StoreError> {
    // Changes are almost never refused here: first try them all in one go; only when one is
    // refused, start again with each in its own savepoint, so that a refusal undoes only itself.
    conn.execute("BEGIN IMMEDIATE").await?;
    let mut all_applied = true;
    for c in batch {
        let applied =
            Store::apply_change(conn, &c.writes, &c.audits, c.reply.as_ref(), &c.effects).await;
        if !matches!(applied, Ok(true)) {
            all_applied = false;
            break;
        }
    }
    if all_applied {
        return match conn.execute("COMMIT").await {
            Ok(_) => Ok(batch.iter().map(|_| Ok(true)).collect()),
            Err(e) => {
                let _ = conn.execute("ROLLBACK").await;
                Err(e.into())
            }
        };
    }
    conn.execute("ROLLBACK").await?;
    conn.execute("BEGIN IMMEDIATE").await?;
    let mut results = Vec::with_capacity(batch.len());
    for c in batch {
        conn.execute("SAVEPOINT change").await?;
        let result =
            Store::apply_change(conn, &c.writes, &c.audits, c.reply.as_ref(), &c.effects).await;
        if matches!(result, Ok(true)) {
            conn.execute("RELEASE change").await?;
        } else {
            conn.execute("ROLLBACK TO change").await?;
            conn.execute("RELEASE change").await?;
        }
        results.push(result);
    }
    if let Err(e) = conn.execute("COMMIT").await {
        let _ = conn.execute("ROLLBACK").await;
        return Err(e.into());
    }
    Ok(results)
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
        if m.contains("display_name_key") {
            return StoreError::Taken("displayName");
        }
    }
    StoreError::Database(err)
}

const COLUMNS: &str = "id, external_id, version, created_at, last_modified, profile";

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

/// The time a change is made at: its audit events', or now.
fn now_of(audits: &[AuditEvent]) -> OffsetDateTime {
    audits
        .first()
        .map_or_else(OffsetDateTime::now_utc, |a| a.server_time)
}

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
        Ok(Self { pool, writer })
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

    /// The filterable columns and the profile, in the order of `USER_COLUMNS`.
    fn user_values(p: &UserProfile) -> Result<Vec<Val>, StoreError> {
        let profile =
            serde_json::to_string(p).map_err(|_| StoreError::Corrupt(p.id.to_string()))?;
        Ok(vec![
            Val::Text(Some(p.email.key())),
            Val::Text(Some(p.first_name.as_str().to_lowercase())),
            Val::Text(Some(p.last_name.as_str().to_lowercase())),
            Val::Text(Some(p.display_name().to_lowercase())),
            Val::Text(p.title.as_ref().map(|t| t.as_str().to_lowercase())),
            Val::Text(p.badge_id.as_ref().map(|b| b.key())),
            Val::Int(i64::from(p.status != Status::Inactive)),
            Val::Text(Some(p.account_type.as_str().to_owned())),
            Val::Text(Some(p.status.as_str().to_owned())),
            Val::Text(p.language.tag().map(str::to_lowercase)),
            Val::Text(
                p.mobile_phone
                    .as_ref()
                    .map(|m| m.number.as_str().to_owned()),
            ),
            Val::Text(
                p.office_phone
                    .as_ref()
                    .map(|o| o.number.as_str().to_owned()),
            ),
            Val::Text(match &p.group {
                UserGroup::Default => None,
                UserGroup::Custom { id, .. } => Some(id.clone()),
            }),
            Val::Text(Some(
                serde_json::to_string(&p.roles.ids().collect::<Vec<_>>())
                    .map_err(|_| StoreError::Corrupt(p.id.to_string()))?,
            )),
            Val::Text(Some(profile)),
        ])
    }

    async fn insert_user(conn: &mut AnyConnection, r: &UserRecord) -> Result<(), StoreError> {
        let placeholders: Vec<String> = (1..=5 + USER_COLUMNS.len())
            .map(|i| format!("${i}"))
            .collect();
        let sql = format!(
            "INSERT INTO users (id, external_id, version, created_at, last_modified, {}) VALUES ({})",
            USER_COLUMNS.join(", "),
            placeholders.join(", ")
        );
        let q = sqlx::query(AssertSqlSafe(sql))
            .bind(r.profile.id.to_string())
            .bind(r.external_id.clone())
            .bind(r.version)
            .bind(fmt_time(r.created))
            .bind(fmt_time(r.last_modified));
        bind_values(q, Self::user_values(&r.profile)?)
            .execute(conn)
            .await
            .map_err(taken)?;
        Ok(())
    }

    /// Writes only the columns whose values changed, so that only their indexes are touched.
    async fn update_user(
        conn: &mut AnyConnection,
        r: &UserRecord,
        before: &UserRecord,
    ) -> Result<bool, StoreError> {
        let old = Self::user_values(&before.profile)?;
        let changed: Vec<(&str, Val)> = USER_COLUMNS
            .iter()
            .zip(Self::user_values(&r.profile)?)
            .zip(old)
            .filter(|((_, new), old)| new != old)
            .map(|((c, new), _)| (*c, new))
            .collect();
        let sets: Vec<String> = changed
            .iter()
            .enumerate()
            .map(|(i, (c, _))| format!(", {c} = ${}", i + 4))
            .collect();
        let n = changed.len();
        let sql = format!(
            "UPDATE users SET external_id = $1, version = $2, last_modified = $3{} WHERE id = ${} AND version = ${}",
            sets.concat(),
            n + 4,
            n + 5
        );
        let q = sqlx::query(AssertSqlSafe(sql))
            .bind(r.external_id.clone())
            .bind(r.version)
            .bind(fmt_time(r.last_modified));
        let done = bind_values(q, changed.into_iter().map(|(_, v)| v).collect())
            .bind(r.profile.id.to_string())
            .bind(before.version)
            .execute(&mut *conn)
            .await
            .map_err(taken)?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        if r.profile.email.key() != before.profile.email.key() {
            Self::forget_what_went_to(conn, &r.profile.id.to_string()).await?;
        }
        Ok(true)
    }

    /// After a change of username, nothing sent to the old address works any more: its links are
    /// spent, its pending phone code is void, and e-mails not yet sent there are not sent.
    async fn forget_what_went_to(
        conn: &mut AnyConnection,
        user_id: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE email_tokens SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL")
            .bind(user_id)
            .bind(fmt_time(now()))
            .execute(&mut *conn)
            .await?;
        sqlx::query("DELETE FROM phone_verifications WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        sqlx::query("DELETE FROM mail_outbox WHERE user_id = $1 AND sent_at IS NULL")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        Ok(())
    }

    /// Adds many users at once (demo data, imports): all or none.
    pub async fn insert_many(&self, records: &[UserRecord]) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        for r in records {
            Self::insert_user(&mut tx, r).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Adds a user outside any request (account creation).
    pub async fn insert(&self, r: &UserRecord) -> Result<(), StoreError> {
        let mut conn = self.pool.acquire().await?;
        Self::insert_user(&mut conn, r).await
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
        if let Some(writer) = &self.writer {
            let (respond, answer) = tokio::sync::oneshot::channel();
            let job = Change {
                writes: writes.to_vec(),
                audits: audits.to_vec(),
                reply: reply.cloned(),
                effects: effects.to_vec(),
                respond,
            };
            writer.send(job).await.map_err(|_| StoreError::WriterGone)?;
            return answer.await.map_err(|_| StoreError::WriterGone)?;
        }
        let mut tx = self.pool.begin().await?;
        if !Self::apply_change(&mut tx, writes, audits, reply, effects).await? {
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
    ) -> Result<bool, StoreError> {
        for write in writes {
            if !Self::apply_write(&mut *conn, write).await? {
                return Ok(false);
            }
        }
        for effect in effects {
            if !Self::apply_effect(&mut *conn, effect, now_of(audits)).await? {
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
            .bind(fmt_time(now_of(audits)))
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
        }
        Ok(true)
    }

    fn group_record(row: &AnyRow) -> Result<GroupRecord, StoreError> {
        let id: String = row.try_get("id")?;
        let corrupt = || StoreError::Corrupt(id.clone());
        Ok(GroupRecord {
            id: uuid::Uuid::parse_str(&id).map_err(|_| corrupt())?,
            name: GroupName::parse(&row.try_get::<String, _>("display_name")?)
                .map_err(|_| corrupt())?,
            external_id: row.try_get("external_id")?,
            version: row.try_get("version")?,
            created: parse_time(&row.try_get::<String, _>("created_at")?).ok_or_else(corrupt)?,
            last_modified: parse_time(&row.try_get::<String, _>("last_modified")?)
                .ok_or_else(corrupt)?,
        })
    }

    pub async fn get_group(&self, id: uuid::Uuid) -> Result<Option<GroupRecord>, StoreError> {
        let row = sqlx::query(AssertSqlSafe(format!(
            "SELECT {GROUP_COLUMNS} FROM groups WHERE id = $1"
        )))
        .bind(id.to_string())
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(Self::group_record).transpose()
    }

    /// A page of groups matching `where_sql` (from the filter compiler, values in `binds`).
    pub async fn list_groups(
        &self,
        where_sql: &str,
        binds: &[Bind],
        order: &str,
        offset: i64,
        limit: i64,
    ) -> Result<(i64, Vec<GroupRecord>), StoreError> {
        let page = Page {
            table: "groups",
            columns: GROUP_COLUMNS,
            where_sql,
            binds,
            order,
            offset,
            limit,
        };
        self.page(page, Self::group_record).await
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

    /// The members of each group, by family and given name.
    pub async fn group_members(
        &self,
        groups: &[uuid::Uuid],
    ) -> Result<std::collections::HashMap<uuid::Uuid, Vec<GroupMember>>, StoreError> {
        let mut out: std::collections::HashMap<uuid::Uuid, Vec<GroupMember>> =
            groups.iter().map(|g| (*g, Vec::new())).collect();
        for chunk in groups.chunks(500) {
            let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT {COLUMNS}, group_id FROM users WHERE group_id IN ({}) ORDER BY family_name_key, given_name_key, id",
                placeholders.join(", ")
            );
            let mut q = sqlx::query(AssertSqlSafe(sql));
            for g in chunk {
                q = q.bind(g.to_string());
            }
            for row in q.fetch_all(&self.pool).await? {
                let record = Self::record(&row)?;
                let group: String = row.try_get("group_id")?;
                if let Some(members) = uuid::Uuid::parse_str(&group)
                    .ok()
                    .and_then(|g| out.get_mut(&g))
                {
                    members.push(GroupMember {
                        id: record.profile.id,
                        display: record.profile.display_name(),
                    });
                }
            }
        }
        Ok(out)
    }

    /// The users of a group, in full (to change them with it).
    pub async fn group_member_records(
        &self,
        group: uuid::Uuid,
    ) -> Result<Vec<UserRecord>, StoreError> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM users WHERE group_id = $1 ORDER BY id"
        )))
        .bind(group.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(Self::record).collect()
    }

    /// The users with these ids that exist.
    pub async fn users_by_ids(&self, ids: &[UserId]) -> Result<Vec<UserRecord>, StoreError> {
        let mut out = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT {COLUMNS} FROM users WHERE id IN ({})",
                placeholders.join(", ")
            );
            let mut q = sqlx::query(AssertSqlSafe(sql));
            for id in chunk {
                q = q.bind(id.to_string());
            }
            for row in q.fetch_all(&self.pool).await? {
                out.push(Self::record(&row)?);
            }
        }
        Ok(out)
    }

    /// The user and purpose of an e-mail link that is unused and unexpired.
    pub async fn live_token(
        &self,
        hash: &str,
        now: OffsetDateTime,
    ) -> Result<Option<LiveToken>, StoreError> {
        let row = sqlx::query(
            "SELECT user_id, purpose FROM email_tokens WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(hash)
        .bind(fmt_time(now))
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let id: String = row.try_get("user_id")?;
        let user_id = uuid::Uuid::parse_str(&id)
            .map(UserId)
            .map_err(|_| StoreError::Corrupt(id.clone()))?;
        Ok(Some(LiveToken {
            user_id,
            purpose: row.try_get("purpose")?,
        }))
    }

    pub async fn phone_code(&self, user_id: UserId) -> Result<Option<PhoneCode>, StoreError> {
        let row = sqlx::query(
            "SELECT phone, code_salt, code_hash, expires_at, attempts, last_sent_at FROM phone_verifications WHERE user_id = $1",
        )
        .bind(user_id.to_string())
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let corrupt = || StoreError::Corrupt(user_id.to_string());
        Ok(Some(PhoneCode {
            phone: row.try_get("phone")?,
            salt: row.try_get("code_salt")?,
            hash: row.try_get("code_hash")?,
            expires: parse_time(&row.try_get::<String, _>("expires_at")?).ok_or_else(corrupt)?,
            attempts: row.try_get("attempts")?,
            last_sent: parse_time(&row.try_get::<String, _>("last_sent_at")?)
                .ok_or_else(corrupt)?,
        }))
    }

    /// Spends one of the `max` attempts at a code before it is compared, so that parallel guesses
    /// cannot exceed the limit. `false` when none is left (or no code is pending).
    pub async fn phone_code_attempt(&self, user_id: UserId, max: i64) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE phone_verifications SET attempts = attempts + 1 WHERE user_id = $1 AND attempts < $2",
        )
        .bind(user_id.to_string())
        .bind(max)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Takes up to `limit` due e-mails for sending until `until`; another worker (or replica)
    /// takes them over only if this one has not finished by then.
    pub async fn claim_mail(
        &self,
        now: OffsetDateTime,
        until: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<ClaimedMail>, StoreError> {
        let rows = sqlx::query(
            "SELECT id FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at <= $1
               AND (claimed_until IS NULL OR claimed_until < $1)
             ORDER BY created_at, id LIMIT $2",
        )
        .bind(fmt_time(now))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let mut claimed = Vec::new();
        for row in rows {
            let id: String = row.try_get("id")?;
            let done = sqlx::query(
                "UPDATE mail_outbox SET claimed_until = $2 WHERE id = $1 AND sent_at IS NULL
                   AND (claimed_until IS NULL OR claimed_until < $3)",
            )
            .bind(&id)
            .bind(fmt_time(until))
            .bind(fmt_time(now))
            .execute(&self.pool)
            .await?;
            if done.rows_affected() != 1 {
                continue;
            }
            let m = sqlx::query(
                "SELECT recipient, sender, message, attempts FROM mail_outbox WHERE id = $1",
            )
            .bind(&id)
            .fetch_one(&self.pool)
            .await?;
            claimed.push(ClaimedMail {
                id,
                recipient: m.try_get("recipient")?,
                sender: m.try_get("sender")?,
                message: m.try_get("message")?,
                attempts: m.try_get("attempts")?,
            });
        }
        Ok(claimed)
    }

    pub async fn mail_sent(&self, id: &str, now: OffsetDateTime) -> Result<(), StoreError> {
        // The message carried a link or a code in clear text: once it has left, only the envelope
        // is kept.
        sqlx::query("UPDATE mail_outbox SET sent_at = $2, claimed_until = NULL, last_error = NULL, message = '' WHERE id = $1")
            .bind(id)
            .bind(fmt_time(now))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn mail_failed(
        &self,
        id: &str,
        retry_at: OffsetDateTime,
        error: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = $2, claimed_until = NULL, last_error = $3 WHERE id = $1",
        )
        .bind(id)
        .bind(fmt_time(retry_at))
        .bind(error)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// When the next queued e-mail is due (or its claim by another worker lapses), if any.
    pub async fn next_mail_due(&self) -> Result<Option<OffsetDateTime>, StoreError> {
        let row = sqlx::query(
            "SELECT min(CASE WHEN claimed_until IS NOT NULL AND claimed_until > next_attempt_at
                        THEN claimed_until ELSE next_attempt_at END) AS due
             FROM mail_outbox WHERE sent_at IS NULL",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(row
            .try_get::<Option<String>, _>("due")?
            .and_then(|t| parse_time(&t)))
    }

    /// The stored reply of an earlier request with this Idempotency-Key.
    pub async fn stored_reply(
        &self,
        actor_id: UserId,
        key: &str,
    ) -> Result<Option<StoredReply>, StoreError> {
        let row = sqlx::query("SELECT request_hash, status, body, etag, location FROM idempotency WHERE actor_id = $1 AND idem_key = $2")
            .bind(actor_id.to_string())
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(StoredReply {
            actor_id,
            key: key.to_owned(),
            request_hash: row.try_get("request_hash")?,
            status: u16::try_from(row.try_get::<i64, _>("status")?).unwrap_or(200),
            body: row.try_get("body")?,
            etag: row.try_get("etag")?,
            location: row.try_get("location")?,
        }))
    }

    /// Audit events, newest first, filtered by target, actor, action and time.
    pub async fn audit(&self, f: &AuditFilter) -> Result<Vec<serde_json::Value>, StoreError> {
        let mut conds = vec!["1 = 1".to_owned()];
        let mut binds: Vec<Bind> = Vec::new();
        for (condition, value) in [
            ("target_id =", f.target.map(|t| t.to_string())),
            ("actor_id =", f.actor.map(|a| a.to_string())),
            ("action =", f.action.clone()),
            ("server_time >=", f.since.map(fmt_time)),
            ("server_time <", f.until.map(fmt_time)),
        ] {
            if let Some(v) = value {
                binds.push(Bind::Text(v));
                conds.push(format!("{condition} ${}", binds.len()));
            }
        }
        if let Some(me) = f.only_groups_and {
            binds.push(Bind::Text(me.to_string()));
            conds.push(format!(
                "(action LIKE 'group-%' OR target_id = ${})",
                binds.len()
            ));
        }
        let limit = f.limit;
        let sql = format!(
            "SELECT id, actor_id, action, target_id, changes, client_time, server_time, idempotency_key FROM audit_events WHERE {} ORDER BY server_time DESC, id DESC LIMIT ${}",
            conds.join(" AND "),
            binds.len() + 1
        );
        let rows = bind_all(sqlx::query(AssertSqlSafe(sql)), &binds)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                let changes: String = r.try_get("changes")?;
                Ok(serde_json::json!({
                    "id": r.try_get::<String, _>("id")?,
                    "actor": r.try_get::<String, _>("actor_id")?,
                    "action": r.try_get::<String, _>("action")?,
                    "target": r.try_get::<String, _>("target_id")?,
                    "changes": serde_json::from_str::<serde_json::Value>(&changes).unwrap_or_default(),
                    "clientTime": r.try_get::<Option<String>, _>("client_time")?,
                    "serverTime": r.try_get::<String, _>("server_time")?,
                    "idempotencyKey": r.try_get::<Option<String>, _>("idempotency_key")?,
                }))
            })
            .collect()
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
        let page = Page {
            table: "users",
            columns: COLUMNS,
            where_sql,
            binds,
            order,
            offset,
            limit,
        };
        self.page(page, Self::record).await
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

    /// Takes one try of the count `key` (of `login`, when the count is a login's), atomically:
    /// refused while the count is locked; the `threshold`-th try in a row locks it for
    /// `first_lock`, each later one for twice as long as the one before (at most `max_lock`).
    /// A try is counted before the password is checked, so concurrent guesses cannot slip in
    /// between a check and its count; a successful sign-in clears the count. A count forgotten a
    /// day after its last try starts again.
    pub async fn take_try(
        &self,
        key: &str,
        login: Option<&str>,
        now: OffsetDateTime,
        limits: TryLimits,
    ) -> Result<Try, StoreError> {
        for _ in 0..64 {
            let row = sqlx::query(
                "SELECT failures, locked_until, last_failure_at FROM sign_in_failures WHERE login_key = $1",
            )
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
            let Some(row) = row else {
                sqlx::query(
                    "INSERT INTO sign_in_failures (login_key, login, failures, locked_until, last_failure_at)
                     VALUES ($1, $2, 0, NULL, $3) ON CONFLICT (login_key) DO NOTHING",
                )
                .bind(key)
                .bind(login)
                .bind(fmt_time(now))
                .execute(&self.pool)
                .await?;
                continue;
            };
            let old: i64 = row.try_get("failures")?;
            let time_of = |column: &str| {
                row.try_get::<Option<String>, _>(column)
                    .ok()
                    .flatten()
                    .and_then(|t| parse_time(&t))
            };
            let locked_until = time_of("locked_until");
            if let Some(until) = locked_until
                && until > now
            {
                return Ok(Try::Locked { until });
            }
            let stale = time_of("last_failure_at").is_some_and(|t| t + FORGET_AFTER < now);
            let failures = if stale { 1 } else { old + 1 };
            let lock = (failures >= limits.threshold).then(|| {
                let doublings = u32::try_from(failures - limits.threshold)
                    .unwrap_or(u32::MAX)
                    .min(20);
                now + (limits.first_lock * 2i32.saturating_pow(doublings)).min(limits.max_lock)
            });
            // Compare-and-set: only one of concurrent tries moves the count from `old`.
            let done = sqlx::query(
                "UPDATE sign_in_failures SET failures = $2, locked_until = $3, last_failure_at = $4
                 WHERE login_key = $1 AND failures = $5",
            )
            .bind(key)
            .bind(failures)
            .bind(lock.map(fmt_time))
            .bind(fmt_time(now))
            .bind(old)
            .execute(&self.pool)
            .await?;
            if done.rows_affected() == 1 {
                return Ok(Try::Allowed);
            }
        }
        // Contention this high is an attack on this very count: refuse for now.
        Ok(Try::Locked {
            until: now + time::Duration::seconds(1),
        })
    }

    /// Takes back one try of the count `key` (a try that turned out to be no guess).
    pub async fn give_back_try(&self, key: &str) -> Result<(), StoreError> {
        self.execute_with(
            "UPDATE sign_in_failures SET failures = failures - 1 WHERE login_key = $1 AND failures > 0",
            key,
        )
        .await
    }

    /// The tries so far of the count `key`, 0 when there is none.
    pub async fn tries(&self, key: &str) -> Result<i64, StoreError> {
        Ok(
            sqlx::query("SELECT failures FROM sign_in_failures WHERE login_key = $1")
                .bind(key)
                .fetch_optional(&self.pool)
                .await?
                .map(|r| r.try_get("failures"))
                .transpose()?
                .unwrap_or(0),
        )
    }

    /// Runs a statement with one text parameter.
    async fn execute_with(&self, sql: &'static str, value: &str) -> Result<(), StoreError> {
        sqlx::query(sql).bind(value).execute(&self.pool).await?;
        Ok(())
    }

    /// The password hash of a user, by id.
    pub async fn password_of(&self, user_id: UserId) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT password_hash FROM credentials WHERE user_id = $1")
            .bind(user_id.to_string())
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.try_get("password_hash")).transpose()?)
    }

    /// Forgets the count `key` (after a successful sign-in).
    pub async fn clear_failures(&self, key: &str) -> Result<(), StoreError> {
        self.execute_with("DELETE FROM sign_in_failures WHERE login_key = $1", key)
            .await
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

    /// Whether the account has any user yet.
    pub async fn is_empty(&self) -> Result<bool, StoreError> {
        let n: i64 = sqlx::query("SELECT count(*) AS n FROM users")
            .fetch_one(&self.pool)
            .await?
            .try_get("n")?;
        Ok(n == 0)
    }
}

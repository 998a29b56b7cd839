//! The users table: reading, writing and listing users.

use super::*;

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

/// The users columns written from a profile, in the order of `Store::user_values`.
pub(super) const USER_COLUMNS: [&str; 15] = [
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

pub(super) const COLUMNS: &str = "id, external_id, version, created_at, last_modified, profile";

impl Store {
    pub(super) fn record(row: &AnyRow) -> Result<UserRecord, StoreError> {
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
    pub(super) fn user_values(p: &UserProfile) -> Result<Vec<Val>, StoreError> {
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
    pub(super) async fn insert_user(
        conn: &mut AnyConnection,
        r: &UserRecord,
    ) -> Result<(), StoreError> {
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
    pub(super) async fn update_user(
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
            Self::forget_what_went_to(conn, &r.profile.id.to_string(), r.last_modified).await?;
        }
        Ok(true)
    }
    /// After a change of username, nothing sent to the old address works any more: its links are
    /// spent, its pending phone code is void, and e-mails not yet sent there are not sent.
    pub(super) async fn forget_what_went_to(
        conn: &mut AnyConnection,
        user_id: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE email_tokens SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL")
            .bind(user_id)
            .bind(fmt_time(at))
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
    /// Whether the account has any user yet.
    pub async fn is_empty(&self) -> Result<bool, StoreError> {
        let n: i64 = sqlx::query("SELECT count(*) AS n FROM users")
            .fetch_one(&self.pool)
            .await?
            .try_get("n")?;
        Ok(n == 0)
    }
}

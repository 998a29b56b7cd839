//! The Users list: search as you type, filters, sort by any column, offset paging.
//!
//! The SQL is assembled from fixed fragments chosen by enums; everything the admin typed or picked
//! is a bound parameter.

use serde::{Deserialize, Serialize};
use sqlx::Row;
use sqlx::sqlite::SqliteArguments;
// Safe: the SQL text is built only from the fixed fragments in this file; values are bound.
use sqlx::{Arguments, AssertSqlSafe, Sqlite};
use userdesk_core::{AccountType, Status};

use crate::search::match_query;
use crate::{Cache, CacheError};

pub(crate) fn account_type_rank(t: AccountType) -> i64 {
    AccountType::ALL.iter().position(|x| *x == t).unwrap_or(0) as i64
}

pub(crate) fn status_rank(s: Status) -> i64 {
    Status::ALL.iter().position(|x| *x == s).unwrap_or(0) as i64
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortColumn {
    /// Last name, then first name.
    #[default]
    Name,
    FirstName,
    Email,
    Title,
    BadgeId,
    AccountType,
    Status,
    Created,
}

impl SortColumn {
    fn columns(self) -> &'static [&'static str] {
        match self {
            SortColumn::Name => &["last_name_key", "first_name_key"],
            SortColumn::FirstName => &["first_name_key", "last_name_key"],
            SortColumn::Email => &["email_key"],
            SortColumn::Title => &["title_sort"],
            SortColumn::BadgeId => &["badge_sort"],
            SortColumn::AccountType => &["account_type_rank", "last_name_key", "first_name_key"],
            SortColumn::Status => &["status_rank", "last_name_key", "first_name_key"],
            SortColumn::Created => &["created_at"],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortOrder {
    #[default]
    Ascending,
    Descending,
}

/// Which users, in which order, which slice of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub search: String,
    pub status: Option<Status>,
    pub account_type: Option<AccountType>,
    pub role: Option<String>,
    /// A custom group's id, or `"default"` for the default group.
    pub group: Option<String>,
    pub sort: SortColumn,
    pub order: SortOrder,
    pub offset: u32,
    pub limit: u32,
}

/// Largest page a caller may ask for.
pub const MAX_PAGE: u32 = 500;

/// One row of the Users list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UserRow {
    pub id: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub title: Option<String>,
    pub badge_id: Option<String>,
    pub mobile_phone: Option<String>,
    pub account_type: String,
    pub status: String,
    pub group_name: Option<String>,
    pub created_at: String,
    pub avatar: Option<String>,
}

/// What the filter menus offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Facets {
    pub roles: Vec<(String, String)>,
    pub groups: Vec<(String, String)>,
}

impl ListQuery {
    /// The WHERE clause and its arguments. `None` when the search text can match nothing.
    fn filter(&self) -> Option<(String, SqliteArguments)> {
        let mut sql = String::from(" FROM users u WHERE 1 = 1");
        let mut args = SqliteArguments::default();
        // Adding a bound value to SqliteArguments cannot fail for these types.
        let bind = |args: &mut SqliteArguments, v: String| {
            let _ = args.add(v);
        };
        if !self.search.trim().is_empty() {
            let fts = match_query(&self.search)?;
            sql.push_str(" AND u.rowid IN (SELECT rowid FROM users_fts WHERE users_fts MATCH ?)");
            bind(&mut args, fts);
        }
        if let Some(status) = self.status {
            sql.push_str(" AND u.status_rank = ?");
            let _ = args.add(status_rank(status));
        }
        if let Some(t) = self.account_type {
            sql.push_str(" AND u.account_type_rank = ?");
            let _ = args.add(account_type_rank(t));
        }
        if let Some(role) = &self.role {
            sql.push_str(" AND EXISTS (SELECT 1 FROM user_roles r WHERE r.role_id = ? AND r.user_rowid = u.rowid)");
            bind(&mut args, role.clone());
        }
        match self.group.as_deref() {
            None => {}
            Some("default") => sql.push_str(" AND u.group_id IS NULL"),
            Some(g) => {
                sql.push_str(" AND u.group_id = ?");
                bind(&mut args, g.to_owned());
            }
        }
        Some((sql, args))
    }

    fn order_by(&self) -> String {
        let dir = match self.order {
            SortOrder::Ascending => "ASC",
            SortOrder::Descending => "DESC",
        };
        let mut parts: Vec<String> = self
            .sort
            .columns()
            .iter()
            .map(|c| format!("u.{c} {dir}"))
            .collect();
        parts.push(format!("u.rowid {dir}"));
        format!(" ORDER BY {}", parts.join(", "))
    }
}

impl Cache {
    /// One page of the Users list.
    pub async fn list_users(&self, q: &ListQuery) -> Result<Vec<UserRow>, CacheError> {
        let Some((filter, mut args)) = q.filter() else {
            return Ok(Vec::new());
        };
        let sql = format!(
            "SELECT u.id, u.first_name, u.last_name, u.email, u.title, u.badge_id, u.mobile_phone,
                    u.account_type, u.status, u.group_name, u.created_at, u.avatar{filter}{} LIMIT ? OFFSET ?",
            q.order_by()
        );
        let _ = args.add(i64::from(q.limit.clamp(1, MAX_PAGE)));
        let _ = args.add(i64::from(q.offset));
        let rows = sqlx::query_with::<Sqlite, _>(AssertSqlSafe(sql), args)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(UserRow {
                    id: r.try_get("id")?,
                    first_name: r.try_get("first_name")?,
                    last_name: r.try_get("last_name")?,
                    email: r.try_get("email")?,
                    title: r.try_get("title")?,
                    badge_id: r.try_get("badge_id")?,
                    mobile_phone: r.try_get("mobile_phone")?,
                    account_type: r.try_get("account_type")?,
                    status: r.try_get("status")?,
                    group_name: r.try_get("group_name")?,
                    created_at: r.try_get("created_at")?,
                    avatar: r.try_get("avatar")?,
                })
            })
            .collect()
    }

    /// How many users the query matches, ignoring its paging.
    pub async fn count_users(&self, q: &ListQuery) -> Result<u64, CacheError> {
        let Some((filter, args)) = q.filter() else {
            return Ok(0);
        };
        let n: i64 = sqlx::query_scalar_with::<Sqlite, _, _>(
            AssertSqlSafe(format!("SELECT count(*){filter}")),
            args,
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(n.max(0) as u64)
    }

    pub async fn facets(&self) -> Result<Facets, CacheError> {
        let roles = sqlx::query_as::<_, (String, String)>(
            "SELECT id, name FROM roles ORDER BY built_in DESC, name",
        )
        .fetch_all(&self.pool)
        .await?;
        let groups = sqlx::query_as::<_, (String, String)>(
            "SELECT group_id, max(group_name) FROM users WHERE group_id IS NOT NULL GROUP BY group_id ORDER BY 2",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(Facets { roles, groups })
    }
}

//! The Users list: search as you type, filters, sort by any column, offset paging.
//!
//! The SQL is assembled from fixed fragments chosen by enums; everything the admin typed or picked
//! is a bound parameter.

use serde::{Deserialize, Serialize};
use sqlx::sqlite::SqliteArguments;
// Safe: the SQL text is built only from the fixed fragments in this file; values are bound.
use sqlx::{Arguments, AssertSqlSafe, Sqlite};
use userdesk_core::{AccountType, Language, NameOrder, Status};

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
    pub const ALL: [SortColumn; 8] = [
        SortColumn::Name,
        SortColumn::FirstName,
        SortColumn::Email,
        SortColumn::Title,
        SortColumn::BadgeId,
        SortColumn::AccountType,
        SortColumn::Status,
        SortColumn::Created,
    ];

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

    /// The index that walks users in this order. Each also carries the filter columns, so a page
    /// deep in a filtered list is found without reading a single row.
    fn index(self) -> &'static str {
        match self {
            SortColumn::Name => "users_sort_name",
            SortColumn::FirstName => "users_sort_first_name",
            SortColumn::Email => "users_sort_email",
            SortColumn::Title => "users_sort_title",
            SortColumn::BadgeId => "users_sort_badge",
            SortColumn::AccountType => "users_sort_type",
            SortColumn::Status => "users_sort_status",
            SortColumn::Created => "users_sort_created",
        }
    }
}

/// Up to this many search matches, the page is found by sorting the matches; above it, by walking
/// the sort index and keeping the matches (measured: both stay under 10 ms with 100,000 users).
const FEW_MATCHES: i64 = 2_000;

/// How a query finds its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Drive {
    /// Walk the sort order's covering index.
    SortIndex,
    /// Look up the (few) search matches by rowid and sort them.
    Matches,
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
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
    /// Where the avatar's thumbnail is (an http(s) URL, or a picture made here).
    pub avatar: Option<String>,
    /// synced, pending, conflict or rejected (see outbox.rs).
    pub sync_state: String,
    /// The user's language tag, which decides how their name is written.
    #[serde(skip)]
    pub language: Option<String>,
    /// The whole name as the person's culture writes it, and its initials (core's `NameOrder`).
    #[sqlx(skip)]
    pub display_name: String,
    #[sqlx(skip)]
    pub initials: String,
}

/// What the filter menus offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Facets {
    pub roles: Vec<(String, String)>,
    pub groups: Vec<(String, String)>,
}

/// A value bound to a `?` of the filter.
enum Bind {
    Text(String),
    Int(i64),
}

/// A WHERE clause (over the `users` table, unqualified) with its values.
struct Filter {
    sql: String,
    binds: Vec<Bind>,
    /// The FTS5 query, when the admin typed something searchable.
    fts: Option<String>,
    /// Filters other than the search.
    narrowed: bool,
}

impl Filter {
    fn args(&self) -> SqliteArguments {
        let mut args = SqliteArguments::default();
        for b in &self.binds {
            // Adding a text or an integer to SqliteArguments cannot fail.
            let _ = match b {
                Bind::Text(t) => args.add(t.clone()),
                Bind::Int(i) => args.add(*i),
            };
        }
        args
    }
}

impl ListQuery {
    /// The filter, or `None` when the search text can match nothing.
    fn filter(&self) -> Option<Filter> {
        let mut sql = String::from("1 = 1");
        let mut binds = Vec::new();
        let mut fts = None;
        if !self.search.trim().is_empty() {
            let m = match_query(&self.search)?;
            sql.push_str(" AND rowid IN (SELECT rowid FROM users_fts WHERE users_fts MATCH ?)");
            binds.push(Bind::Text(m.clone()));
            fts = Some(m);
        }
        if let Some(status) = self.status {
            sql.push_str(" AND status_rank = ?");
            binds.push(Bind::Int(status_rank(status)));
        }
        if let Some(t) = self.account_type {
            sql.push_str(" AND account_type_rank = ?");
            binds.push(Bind::Int(account_type_rank(t)));
        }
        if let Some(role) = &self.role {
            sql.push_str(" AND rowid IN (SELECT user_rowid FROM user_roles WHERE role_id = ?)");
            binds.push(Bind::Text(role.clone()));
        }
        match self.group.as_deref() {
            None => {}
            Some("default") => sql.push_str(" AND group_id IS NULL"),
            Some(g) => {
                sql.push_str(" AND group_id = ?");
                binds.push(Bind::Text(g.to_owned()));
            }
        }
        let narrowed = self.status.is_some()
            || self.account_type.is_some()
            || self.role.is_some()
            || self.group.is_some();
        Some(Filter {
            sql,
            binds,
            fts,
            narrowed,
        })
    }

    fn order_by(&self, prefix: &str) -> String {
        let dir = match self.order {
            SortOrder::Ascending => "ASC",
            SortOrder::Descending => "DESC",
        };
        let mut parts: Vec<String> = self
            .sort
            .columns()
            .iter()
            .map(|c| format!("{prefix}{c} {dir}"))
            .collect();
        parts.push(format!("{prefix}rowid {dir}"));
        format!(" ORDER BY {}", parts.join(", "))
    }

    /// `INDEXED BY` or `NOT INDEXED`: SQLite's planner cannot know how many rows a search matches,
    /// so the choice is made here from the count.
    fn hint(&self, drive: Drive) -> String {
        match drive {
            Drive::SortIndex => format!("INDEXED BY {}", self.sort.index()),
            Drive::Matches => "NOT INDEXED".to_owned(),
        }
    }
}

impl Cache {
    /// How many users match the search text alone (cheap: FTS5 with prefix indexes).
    async fn search_matches(&self, fts: &str) -> Result<i64, CacheError> {
        Ok(
            sqlx::query_scalar("SELECT count(*) FROM users_fts WHERE users_fts MATCH ?1")
                .bind(fts)
                .fetch_one(&self.pool)
                .await?,
        )
    }

    async fn drive(&self, filter: &Filter) -> Result<(Drive, Option<i64>), CacheError> {
        match &filter.fts {
            None => Ok((Drive::SortIndex, None)),
            Some(fts) => {
                let n = self.search_matches(fts).await?;
                Ok((
                    if n <= FEW_MATCHES {
                        Drive::Matches
                    } else {
                        Drive::SortIndex
                    },
                    Some(n),
                ))
            }
        }
    }

    /// One page of the Users list.
    pub async fn list_users(&self, q: &ListQuery) -> Result<Vec<UserRow>, CacheError> {
        let Some(filter) = q.filter() else {
            return Ok(Vec::new());
        };
        let (drive, matches) = self.drive(&filter).await?;
        if matches == Some(0) {
            return Ok(Vec::new());
        }
        // Find the page's rowids first (from an index alone when it can), then read those rows.
        let sql = format!(
            "SELECT u.id, u.first_name, u.last_name, u.email, u.title, u.badge_id, u.mobile_phone,
                    u.account_type, u.status, u.group_name, u.created_at,
                    json_extract(u.avatar, '$.thumbnail') AS avatar, u.language,
                    coalesce((SELECT CASE max(CASE o.state WHEN 'conflict' THEN 3
                                                        WHEN 'rejected' THEN 2 ELSE 1 END)
                                     WHEN 3 THEN 'conflict' WHEN 2 THEN 'rejected' WHEN 1 THEN 'pending' END
                              FROM outbox o WHERE o.user_id = u.id), 'synced') AS sync_state
             FROM users u
             WHERE u.rowid IN (SELECT rowid FROM users {hint} WHERE {filter}{order} LIMIT ? OFFSET ?){outer}",
            hint = q.hint(drive),
            filter = filter.sql,
            order = q.order_by(""),
            outer = q.order_by("u."),
        );
        let mut args = filter.args();
        let _ = args.add(i64::from(q.limit.clamp(1, MAX_PAGE)));
        let _ = args.add(i64::from(q.offset));
        let mut rows = sqlx::query_as_with::<Sqlite, UserRow, _>(AssertSqlSafe(sql), args)
            .fetch_all(&self.pool)
            .await?;
        for row in &mut rows {
            let language = row
                .language
                .as_deref()
                .and_then(|tag| Language::parse(tag).ok())
                .unwrap_or_default();
            let order = NameOrder::of(&row.first_name, &row.last_name, &language);
            row.display_name = order.full_name(&row.first_name, &row.last_name);
            row.initials = order.initials(&row.first_name, &row.last_name);
        }
        Ok(rows)
    }

    /// How many users the query matches, ignoring its paging.
    pub async fn count_users(&self, q: &ListQuery) -> Result<u64, CacheError> {
        let Some(filter) = q.filter() else {
            return Ok(0);
        };
        let (drive, matches) = self.drive(&filter).await?;
        if let Some(n) = matches
            && (n == 0 || !filter.narrowed)
        {
            return Ok(n.max(0) as u64);
        }
        let hint = if filter.fts.is_some() {
            q.hint(drive)
        } else {
            String::new()
        };
        let sql = format!("SELECT count(*) FROM users {hint} WHERE {}", filter.sql);
        let n: i64 = sqlx::query_scalar_with::<Sqlite, _, _>(AssertSqlSafe(sql), filter.args())
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

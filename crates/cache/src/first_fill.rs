//! The first fill of an empty cache: its sort and filter indexes are built once at the end instead
//! of row by row. Each batch of the fill still commits on its own (the list shows what has arrived,
//! sorted without an index meanwhile); a crash leaves a mark that the next open finishes.

use sqlx::{Sqlite, Transaction};

use crate::{Cache, CacheError};

/// Set in `sync_state` while the indexes wait for the end of a first fill.
const MARK: &str = "first_fill";

/// The users table's sort and filter indexes, exactly as the migrations create them: only what
/// sorts or filters, never what keeps a value unique.
const INDEXES: [(&str, &str); 10] = [
    (
        "users_sort_name",
        "ON users (last_name_key, first_name_key, status_rank, account_type_rank, group_id)",
    ),
    (
        "users_sort_first_name",
        "ON users (first_name_key, last_name_key, status_rank, account_type_rank, group_id)",
    ),
    (
        "users_sort_email",
        "ON users (email_key, status_rank, account_type_rank, group_id)",
    ),
    (
        "users_sort_title",
        "ON users (title_sort, status_rank, account_type_rank, group_id)",
    ),
    (
        "users_sort_badge",
        "ON users (badge_sort, status_rank, account_type_rank, group_id)",
    ),
    (
        "users_sort_created",
        "ON users (created_at, status_rank, account_type_rank, group_id)",
    ),
    (
        "users_sort_status",
        "ON users (status_rank, last_name_key, first_name_key, account_type_rank, group_id)",
    ),
    (
        "users_sort_type",
        "ON users (account_type_rank, last_name_key, first_name_key, status_rank, group_id)",
    ),
    ("users_by_group", "ON users (group_id)"),
    (
        "users_by_badge_key",
        "ON users (badge_key) WHERE badge_key IS NOT NULL",
    ),
];

async fn create_indexes(tx: &mut Transaction<'_, Sqlite>) -> Result<(), CacheError> {
    for (name, on) in INDEXES {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "CREATE INDEX IF NOT EXISTS {name} {on}"
        )))
        .execute(&mut **tx)
        .await?;
    }
    sqlx::query("DELETE FROM sync_state WHERE key = ?1")
        .bind(MARK)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

impl Cache {
    /// Starts a first fill when the cache holds no user at all: the sort indexes are dropped until
    /// [`Cache::end_first_fill`]. Answers whether it started one.
    pub async fn begin_first_fill(&self) -> Result<bool, CacheError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let any: Option<i64> = sqlx::query_scalar("SELECT 1 FROM users LIMIT 1")
            .fetch_optional(&mut *tx)
            .await?;
        if any.is_some() {
            return Ok(false);
        }
        for (name, _) in INDEXES {
            sqlx::query(sqlx::AssertSqlSafe(format!("DROP INDEX IF EXISTS {name}")))
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?1, '1')")
            .bind(MARK)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Builds the indexes a first fill left for its end (nothing when none is under way).
    pub async fn end_first_fill(&self) -> Result<(), CacheError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let marked: Option<String> =
            sqlx::query_scalar("SELECT value FROM sync_state WHERE key = ?1")
                .bind(MARK)
                .fetch_optional(&mut *tx)
                .await?;
        if marked.is_none() {
            return Ok(());
        }
        create_indexes(&mut tx).await?;
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use userdesk_core::demo::demo_users;

    use super::*;

    /// Every index of the schema with its definition (spacing aside, as the migrations align it).
    async fn indexes(cache: &Cache) -> Vec<(String, String)> {
        let all: Vec<(String, String)> = sqlx::query_as(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL \
             ORDER BY name",
        )
        .fetch_all(&cache.pool)
        .await
        .expect("schema");
        all.into_iter()
            .map(|(name, sql)| (name, sql.split_whitespace().collect::<Vec<_>>().join(" ")))
            .collect()
    }

    #[tokio::test]
    async fn a_first_fill_ends_with_the_indexes_the_migrations_make() {
        let dir = tempfile::tempdir().expect("dir");
        let fresh = Cache::open(&dir.path().join("fresh.sqlite3"))
            .await
            .expect("open");
        let made_by_migrations = indexes(&fresh).await;
        for (name, _) in INDEXES {
            assert!(
                made_by_migrations.iter().any(|(n, _)| n == name),
                "{name} is not an index of the schema"
            );
        }

        let filled = Cache::open(&dir.path().join("filled.sqlite3"))
            .await
            .expect("open");
        assert!(filled.begin_first_fill().await.expect("begin"));
        assert!(indexes(&filled).await.len() < made_by_migrations.len());
        filled
            .upsert_users(&demo_users(300, 7, time::OffsetDateTime::now_utc()))
            .await
            .expect("fill");
        filled.end_first_fill().await.expect("end");
        assert_eq!(indexes(&filled).await, made_by_migrations);
        // A cache with users starts no first fill.
        assert!(!filled.begin_first_fill().await.expect("begin"));
        assert_eq!(indexes(&filled).await, made_by_migrations);
    }

    #[tokio::test]
    async fn a_first_fill_cut_short_gets_its_indexes_at_the_next_open() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("cache.sqlite3");
        let wanted = {
            let fresh = Cache::open(&dir.path().join("fresh.sqlite3"))
                .await
                .expect("open");
            indexes(&fresh).await
        };
        let cache = Cache::open(&path).await.expect("open");
        assert!(cache.begin_first_fill().await.expect("begin"));
        cache
            .upsert_users(&demo_users(50, 7, time::OffsetDateTime::now_utc()))
            .await
            .expect("fill");
        // The process ends here, mid-fill.
        cache.close().await;
        let reopened = Cache::open(&path).await.expect("reopen");
        assert_eq!(indexes(&reopened).await, wanted);
        assert_eq!(reopened.user_count().await.expect("count"), 50);
    }
}

//! The desktop app's local SQLite cache: every user of the account with every profile field, so an
//! admin can search, sort, filter and edit while offline.
//!
//! One file per account in the per-user app-data folder, WAL journal and `synchronous=FULL`: once a
//! call here returns, the change survives a crash or a power cut.

pub mod conflicts;
mod delivery;
mod edits;
mod error;
mod first_fill;
mod groups;
mod history;
pub mod outbox;
mod pictures;
mod query;
mod rebase;
mod rows;
pub mod search;
mod server_copies;
mod users;

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

pub use conflicts::{Conflict, Resolution};
pub use error::CacheError;
pub use history::HistoryCursor;
pub use outbox::{OutboxEntry, OutboxKind, OutboxState, RejectReason, SyncState};
pub use pictures::{Picture, Size};
pub use query::{Facets, ListQuery, MAX_PAGE, SortColumn, SortOrder, UserRow};
pub use server_copies::{KnownCopy, ServerCopy};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// The file name of the cache inside the app-data folder.
pub const CACHE_FILE: &str = "userdesk-cache.sqlite3";

#[derive(Clone, Debug)]
pub struct Cache {
    pool: SqlitePool,
    path: PathBuf,
}

impl Cache {
    /// Opens (creating if needed) the cache file at `path` and brings its schema up to date.
    pub async fn open(path: &Path) -> Result<Self, CacheError> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| CacheError::Open {
                path: path.display().to_string(),
                source: sqlx::Error::Io(e),
            })?;
        }
        let options = SqliteConnectOptions::from_str("sqlite://")
            .map_err(|source| CacheError::Open {
                path: path.display().to_string(),
                source,
            })?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5))
            .pragma("temp_store", "memory")
            .pragma("cache_size", "-32000");
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .map_err(|source| CacheError::Open {
                path: path.display().to_string(),
                source,
            })?;
        MIGRATOR.run(&pool).await?;
        let cache = Self {
            pool,
            path: path.to_owned(),
        };
        // A first fill cut short (the app quit, the machine stopped) gets its indexes now.
        cache.end_first_fill().await?;
        cache.refresh_search_terms().await?;
        Ok(cache)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Waits for every connection to finish and closes the file.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

//! What can go wrong in the cache: a refused edit (at its field), a value taken, a database error.

use userdesk_core::{Field, FieldError};

#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    #[error("cannot open the cache at {path}: {source}")]
    Open { path: String, source: sqlx::Error },
    #[error("cannot bring the cache's schema up to date: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("no user with id {0}")]
    UserNotFound(String),
    #[error("the value of {0:?} is already used by another user")]
    Taken(Field),
    /// The edit cannot be made on the profile as it stands (core's rule, with its message).
    #[error("refused: {0}")]
    Refused(FieldError),
    #[error("the e-mail address is already used by another user")]
    EmailTaken,
    #[error("there is no such conflict (already resolved?)")]
    NoConflict,
    #[error("the cache holds an invalid {column} for user {id}")]
    Corrupt { id: String, column: &'static str },
}

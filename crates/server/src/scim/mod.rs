//! The SCIM 2.0 endpoints under `/scim/v2`.

pub mod bulk;
pub mod discovery;
pub mod error;
mod etag;
pub mod filter_sql;
pub mod groups;
mod listing;
mod reply;
pub mod users;

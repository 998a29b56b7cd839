//! The SCIM 2.0 endpoints under `/scim/v2`.

pub mod bulk;
pub mod discovery;
pub mod error;
pub(crate) mod etag;
pub mod filter_sql;
pub mod groups;
pub(crate) mod listing;
pub(crate) mod reply;
pub mod users;

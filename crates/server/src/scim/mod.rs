//! The SCIM 2.0 endpoints under `/scim/v2`.

pub mod bulk;
pub mod discovery;
pub mod error;
pub mod filter_sql;
pub mod groups;
pub mod users;

//! The account server's integration tests, one binary: each module is one concern, all share
//! `support` (a real server on a free port of 127.0.0.1, a real SMTP server, PostgreSQL).

mod support;

mod avatars;
mod bulk;
mod conformance;
mod escalation;
mod expiry;
mod groups;
mod hostile;
mod lifecycle;
mod openapi;
mod permissions;
mod replicas;
mod scim_users;
mod snapshots;
mod tls;

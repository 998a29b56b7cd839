//! `userdesk-sync`: a SCIM 2.0 client (reqwest, rustls) and the engine that keeps the desktop app's
//! cache in step with an account server: ours, or any RFC 7644 server. It learns what the server
//! offers from `/ServiceProviderConfig` and uses only that. Around them, what an app needs to run a
//! sync: the account chosen, signing in, the session kept in a keychain, and a background service
//! with a status to show. No Tauri here: the app and the `userdesk-sync` command-line tool drive
//! the same code.

pub mod account;
mod bulk;
pub mod client;
pub mod engine;
pub mod keychain;
pub mod pictures;
pub mod pull;
pub mod push;
pub mod service;
pub mod signin;

pub use client::{Capabilities, Credentials, KeepRefresh, ScimClient, SyncError};
pub use engine::{SyncReport, backoff, sync, sync_with_retries};
pub use pictures::{PictureReport, fetch_thumbnails};
pub use pull::{PullReport, pull};
pub use push::{PushReport, push};
pub use service::{Account, SyncService, SyncStatus};

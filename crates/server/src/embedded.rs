//! An account server inside another program, on 127.0.0.1: the desktop app's demo account (a
//! SQLite file with demo users and a Super admin of its own), so that the app's demo mode runs
//! the same sync against the same server code as a real organization.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use userdesk_i18n::Localizer;

use crate::account::{InitError, add_demo_users, init_account};
use crate::mail::{Delivery, Mailer, spawn_delivery};
use crate::store::Store;
use crate::{AppState, service};

/// The demo account's Super admin.
pub const DEMO_OWNER: &str = "demo.admin@userdesk.example";

/// Where the generated password of the demo admin is kept, inside the server's folder. It guards
/// only this machine's demo data.
const PASSWORD_FILE: &str = "demo-admin-password";

#[derive(Debug, thiserror::Error)]
pub enum EmbeddedError {
    #[error("cannot prepare the demo server in {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error(transparent)]
    Init(#[from] InitError),
    #[error("{0}")]
    Other(String),
}

/// A running embedded server.
#[derive(Debug, Clone)]
pub struct Embedded {
    /// e.g. `http://127.0.0.1:41234`; SCIM is under `/scim/v2`.
    pub root: String,
    pub owner_email: String,
    pub owner_password: String,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> EmbeddedError + '_ {
    move |source| EmbeddedError::Io {
        path: path.to_owned(),
        source,
    }
}

/// Starts the demo server kept in `dir` (created with `users` people the first time) on a
/// free port of 127.0.0.1, in the current tokio runtime.
pub async fn start_demo(dir: &Path, users: usize) -> Result<Embedded, EmbeddedError> {
    start_demo_on(dir, users, "127.0.0.1:0").await
}

/// The same on a given address (tests stop a server and start it again where it was).
pub async fn start_demo_on(
    dir: &Path,
    users: usize,
    addr: &str,
) -> Result<Embedded, EmbeddedError> {
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let url = format!("sqlite://{}?mode=rwc", dir.join("server.sqlite3").display());
    let store = Store::open(&url).await?;
    let password_file = dir.join(PASSWORD_FILE);
    let password = if store.is_empty().await? {
        let password = format!(
            "{}{}",
            uuid::Uuid::new_v4().simple(),
            uuid::Uuid::new_v4().simple()
        );
        write_private(&password_file, &password)?;
        init_account(&store, DEMO_OWNER, "Demo", "Admin", &password).await?;
        // The admin is one of the account's `users` people.
        add_demo_users(&store, users.saturating_sub(1), 2026).await?;
        password
    } else {
        std::fs::read_to_string(&password_file)
            .map_err(io(&password_file))?
            .trim()
            .to_owned()
    };
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(io(dir))?;
    let root = format!("http://{}", listener.local_addr().map_err(io(dir))?);
    let mailer = Mailer::new(
        "Userdesk demo <no-reply@userdesk.example>",
        Delivery::Files(dir.join("mail")),
    )
    .map_err(|e| EmbeddedError::Other(e.to_string()))?;
    let i18n = Arc::new(Localizer::load().map_err(|e| EmbeddedError::Other(e.to_string()))?);
    spawn_delivery(store.clone(), mailer.clone());
    let state = AppState::new(store, i18n, &root, mailer);
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, service(state)).await {
            tracing::error!(error = %e, "the demo server stopped");
        }
    });
    Ok(Embedded {
        root,
        owner_email: DEMO_OWNER.to_owned(),
        owner_password: password,
    })
}

fn write_private(path: &Path, text: &str) -> Result<(), EmbeddedError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    use std::io::Write;
    options
        .open(path)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .map_err(io(path))
}

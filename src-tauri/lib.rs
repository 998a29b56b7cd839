//! The Userdesk desktop shell: opens the local cache, seeds demo data when no account server is
//! configured, and hands the UI a small set of commands.

mod account;
mod commands;
mod error;
mod state;
mod sync;

use std::path::PathBuf;

use tauri::{Emitter, Manager};
use userdesk_cache::{CACHE_FILE, Cache};
use userdesk_core::Role;
use userdesk_i18n::Localizer;

use crate::account::AccountFile;
use crate::state::AppState;
use crate::sync::{Account, SyncService};

/// How many people the demo account has.
pub const DEMO_USERS: usize = 500;

/// Start-up options from the command line (and, for the data folder, the environment).
#[derive(Debug, Default)]
struct Options {
    data_dir: Option<PathBuf>,
    locale: Option<String>,
    /// The organization's account server (its root address), instead of the demo account.
    server: Option<String>,
    exit_after_first_row: bool,
}

impl Options {
    fn from_env() -> Self {
        let mut o = Options {
            data_dir: std::env::var_os("USERDESK_DATA_DIR").map(PathBuf::from),
            locale: std::env::var("USERDESK_LOCALE").ok(),
            server: std::env::var("USERDESK_SERVER")
                .ok()
                .filter(|s| !s.is_empty()),
            exit_after_first_row: false,
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--data-dir" => o.data_dir = args.next().map(PathBuf::from),
                "--locale" => o.locale = args.next(),
                "--server" => o.server = args.next(),
                "--exit-after-first-row" => o.exit_after_first_row = true,
                _ => {}
            }
        }
        o
    }
}

/// What the app works on: the account server it is set up for (its cache, and the session kept in
/// the keychain), or with none, the demo account: our account server inside the app with demo
/// users, synced like any other. A demo's first start fills the cache at once.
async fn open(
    dir: PathBuf,
    server: Option<String>,
    language: &str,
) -> Result<(Cache, SyncService, bool), Box<dyn std::error::Error>> {
    let configured = match server {
        Some(s) => {
            let s = s.trim_end_matches('/').to_owned();
            let mut file = AccountFile::load(&dir).unwrap_or(AccountFile::new(s.clone()));
            if file.server != s {
                file = AccountFile::new(s);
            }
            std::fs::create_dir_all(&dir)?;
            file.save(&dir)?;
            Some(file)
        }
        None => AccountFile::load(&dir),
    };
    if let Some(file) = configured {
        let cache = Cache::open(&dir.join(file.cache_file())).await?;
        let account = if file.token {
            Some(Account::Token {
                base: file.scim_base(),
            })
        } else {
            file.email.clone().map(|email| Account::Server {
                base: file.scim_base(),
                email,
            })
        };
        let sync = SyncService::new(cache.clone(), account, Some(file), language);
        return Ok((cache, sync, false));
    }
    let cache = Cache::open(&dir.join(CACHE_FILE)).await?;
    let sync = SyncService::new(cache.clone(), None, None, language);
    let start_server = {
        let (sync, dir) = (sync.clone(), dir.join("demo-server"));
        async move {
            match userdesk_server::embedded::start_demo(&dir, DEMO_USERS).await {
                Ok(demo) => {
                    tracing::info!(server = %demo.root, "demo account server started");
                    sync.use_demo(Account::Demo {
                        base: format!("{}/scim/v2", demo.root),
                        email: demo.owner_email,
                        password: demo.owner_password,
                    });
                }
                Err(e) => tracing::error!(error = %e, "the demo account's server did not start"),
            }
        }
    };
    if cache.is_empty().await? {
        // A new demo account: its people are in the list from the first moment.
        cache.set_roles(&Role::built_ins()).await?;
        start_server.await;
        if let Err(e) = sync.sync_once().await {
            tracing::warn!(error = %e, "the first sync of the demo account failed");
        }
    } else {
        // What the cache holds shows at once; the server joins when it is up.
        tauri::async_runtime::spawn(start_server);
    }
    Ok((cache, sync, true))
}

pub fn run() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let options = Options::from_env();

    let result = tauri::Builder::default()
        .setup(move |app| {
            let dir = match &options.data_dir {
                Some(d) => d.clone(),
                None => app.path().app_data_dir()?,
            };
            let i18n = Localizer::load()?;
            let requested: Vec<String> = match &options.locale {
                Some(l) => vec![l.clone()],
                None => sys_locale::get_locales().collect(),
            };
            let requested: Vec<&str> = requested.iter().map(String::as_str).collect();
            let locale = i18n.negotiate(&requested);
            let (cache, sync, demo) = tauri::async_runtime::block_on(open(
                dir.clone(),
                options.server.clone(),
                &locale.to_string(),
            ))?;
            tracing::info!(cache = %cache.path().display(), %locale, "ready");
            // The window hears of every change of the sync's status; it never polls.
            let window = app.handle().clone();
            sync.on_status(std::sync::Arc::new(move |status| {
                if let Err(e) = window.emit("sync-status", status) {
                    tracing::warn!(error = %e, "the sync status could not reach the window");
                }
            }));
            sync.start();
            app.manage(AppState {
                cache,
                i18n,
                locale,
                demo,
                data_dir: dir,
                sync,
                exit_after_first_row: options.exit_after_first_row,
            });
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::ui_text,
            commands::format_message,
            commands::list_users,
            commands::count_users,
            commands::facets,
            commands::get_user,
            commands::update_field,
            commands::first_row_rendered,
            commands::sync_status,
            commands::sync_now,
            commands::sync_changes,
            commands::resolve_conflict,
            commands::discard_rejected,
            commands::sign_in,
            commands::sign_in_token,
            commands::sign_out,
            commands::create_user,
            commands::send_email,
            commands::profile_options,
            commands::start_phone_verification,
            commands::confirm_phone,
            commands::role_catalog,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        tracing::error!(error = %e, "Userdesk stopped");
        std::process::exit(1);
    }
}

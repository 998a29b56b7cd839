//! The Userdesk desktop shell: opens the local cache, seeds demo data when no account server is
//! configured, and hands the UI a small set of commands.

mod commands;
mod error;
mod state;

use std::path::PathBuf;

use tauri::Manager;
use userdesk_cache::{CACHE_FILE, Cache};
use userdesk_core::Role;
use userdesk_core::demo::demo_users;
use userdesk_i18n::Localizer;

use crate::state::AppState;

/// How many people the demo account has.
pub const DEMO_USERS: usize = 500;

/// Start-up options from the command line (and, for the data folder, the environment).
#[derive(Debug, Default)]
struct Options {
    data_dir: Option<PathBuf>,
    locale: Option<String>,
    exit_after_first_row: bool,
}

impl Options {
    fn from_env() -> Self {
        let mut o = Options {
            data_dir: std::env::var_os("USERDESK_DATA_DIR").map(PathBuf::from),
            locale: std::env::var("USERDESK_LOCALE").ok(),
            exit_after_first_row: false,
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--data-dir" => o.data_dir = args.next().map(PathBuf::from),
                "--locale" => o.locale = args.next(),
                "--exit-after-first-row" => o.exit_after_first_row = true,
                _ => {}
            }
        }
        o
    }
}

async fn open_cache(dir: PathBuf) -> Result<(Cache, bool), Box<dyn std::error::Error>> {
    let cache = Cache::open(&dir.join(CACHE_FILE)).await?;
    // Until an account server is configured, the app works on a demo account.
    let demo = true;
    if demo && cache.is_empty().await? {
        tracing::info!(users = DEMO_USERS, "seeding the demo account");
        cache.set_roles(&Role::built_ins()).await?;
        cache
            .upsert_users(&demo_users(
                DEMO_USERS,
                2026,
                time::OffsetDateTime::now_utc(),
            ))
            .await?;
    }
    Ok((cache, demo))
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
            let (cache, demo) = tauri::async_runtime::block_on(open_cache(dir))?;
            tracing::info!(cache = %cache.path().display(), %locale, "ready");
            app.manage(AppState {
                cache,
                i18n,
                locale,
                demo,
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
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        tracing::error!(error = %e, "Userdesk stopped");
        std::process::exit(1);
    }
}

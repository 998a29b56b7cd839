//! The Userdesk desktop shell: opens the local cache, seeds demo data when no account server is
//! configured, and hands the UI a small set of commands.

mod avatar_editor;
mod commands;
mod error;
mod keychain;
mod permissions;
mod powers;
mod preferences;
mod state;
mod workspace;

use std::path::PathBuf;

use tauri::{Emitter, Manager};
use userdesk_i18n::Localizer;
use userdesk_sync::account::{self, AccountFile, Choice};
use userdesk_sync::service::Publisher;

use crate::state::{AppState, Workspace};

/// Start-up options from the command line (and, for the data folder, the environment).
#[derive(Debug, Default)]
struct Options {
    data_dir: Option<PathBuf>,
    locale: Option<String>,
    /// The organization's account server (its root address), instead of what was chosen before.
    server: Option<String>,
    /// Open the demo account when nothing was chosen on this computer yet (instead of asking).
    demo: bool,
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
            demo: false,
            exit_after_first_row: false,
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--data-dir" => o.data_dir = args.next().map(PathBuf::from),
                "--locale" => o.locale = args.next(),
                "--server" => o.server = args.next(),
                "--demo" => o.demo = true,
                "--exit-after-first-row" => o.exit_after_first_row = true,
                _ => {}
            }
        }
        o
    }
}

/// What the app works on at start: the server given on the command line, else what was chosen on
/// this computer before (a server, or the demo account), else, with `--demo`, the demo account;
/// otherwise nothing yet, and the sign-in screen asks.
async fn open(
    dir: PathBuf,
    options: &Options,
    language: &str,
) -> Result<Workspace, Box<dyn std::error::Error>> {
    let given = match &options.server {
        Some(typed) => {
            let address = account::server_address(typed)
                .map_err(|e| format!("--server {typed}: {}", e.message_id()))?;
            Some(match Choice::load(&dir) {
                Some(Choice::Server(file)) if file.server == address => file,
                _ => AccountFile::new(address),
            })
        }
        None => None,
    };
    let choice = match given {
        Some(file) => {
            file.save(&dir)?;
            Some(Choice::Server(file))
        }
        None => Choice::load(&dir).or_else(|| options.demo.then(Choice::demo)),
    };
    Ok(match choice {
        Some(Choice::Server(file)) => workspace::server(&dir, file, language).await?,
        Some(Choice::Demo(_)) => {
            Choice::demo().save(&dir)?;
            workspace::demo(&dir, language).await?
        }
        None => workspace::nothing_chosen(&dir, language).await?,
    })
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
            // `--locale` stands in for the system's languages; a language chosen in My Account
            // wins over both.
            let system: Vec<String> = match &options.locale {
                Some(l) => vec![l.clone()],
                None => sys_locale::get_locales().collect(),
            };
            let chosen = preferences::Preferences::load(&dir).language;
            let locale = state::negotiate(&i18n, chosen.as_deref(), &system);
            let work =
                tauri::async_runtime::block_on(open(dir.clone(), &options, &locale.to_string()))?;
            tracing::info!(cache = %work.cache.path().display(), %locale, "ready");
            // The window hears of every change of the sync's status; it never polls.
            let window = app.handle().clone();
            let publisher: Publisher = std::sync::Arc::new(move |status| {
                if let Err(e) = window.emit("sync-status", status) {
                    tracing::warn!(error = %e, "the sync status could not reach the window");
                }
                let (app, generation) = (window.clone(), status.generation);
                tauri::async_runtime::spawn(async move {
                    permissions::check(&app, generation).await;
                });
            });
            let sync = work.sync.clone();
            app.manage(AppState::new(
                i18n,
                (locale, system),
                work,
                publisher,
                dir,
                options.exit_after_first_row,
            ));
            sync.start();
            Ok(())
        })
        // Avatars come from the cache, never from the network or the disk directly.
        .register_asynchronous_uri_scheme_protocol("picture", |ctx, request, responder| {
            let app = ctx.app_handle().clone();
            let path = request.uri().path().to_owned();
            tauri::async_runtime::spawn(async move {
                let state = app.state::<AppState>();
                responder.respond(commands::avatar::serve_picture(&state, &path).await);
            });
        })
        // Files dropped on the window: kept here (their paths never go to the webview), and the
        // window told where, so that a drop on an avatar opens the editor.
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::DragDrop(tauri::DragDropEvent::Drop { paths, position }) =
                event
            {
                let pictures = paths
                    .iter()
                    .filter(|p| commands::avatar::looks_like_a_picture(p))
                    .count();
                let scale = window.scale_factor().unwrap_or(1.0);
                if let Some(state) = window.try_state::<AppState>() {
                    state.avatars.dropped(paths.clone());
                }
                let _ = window.emit(
                    "avatar-drop",
                    serde_json::json!({
                        "x": position.x / scale,
                        "y": position.y / scale,
                        "files": paths.len(),
                        "pictures": pictures,
                    }),
                );
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::ui_text,
            commands::format_message,
            commands::users::list_users,
            commands::users::count_users,
            commands::users::facets,
            commands::profile::get_user,
            commands::profile::update_field,
            commands::first_row_rendered,
            commands::sync::sync_status,
            commands::sync::sync_now,
            commands::sync::sync_changes,
            commands::sync::resolve_conflict,
            commands::sync::discard_rejected,
            commands::session::sign_in,
            commands::session::sign_in_token,
            commands::session::sign_out,
            commands::session::use_demo,
            commands::session::check_server_address,
            commands::account::my_account,
            commands::account::set_app_language,
            commands::account::change_password,
            commands::history::user_history,
            commands::users::create_user,
            commands::actions::send_email,
            commands::profile::profile_options,
            commands::actions::start_phone_verification,
            commands::actions::confirm_phone,
            commands::profile::role_catalog,
            commands::profile::group_catalog,
            commands::avatar::avatar_choose,
            commands::avatar::avatar_open_dropped,
            commands::avatar::avatar_close,
            commands::avatar::avatar_set,
            commands::avatar::avatar_remove,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        tracing::error!(error = %e, "Userdesk stopped");
        std::process::exit(1);
    }
}

//! `userdesk-sync`: the sync engine from the command line, for scripts and for the fault tests that
//! drive it as a separate process.
//!
//! ```text
//! userdesk-sync --cache cache.sqlite3 --scim-url https://accounts.example.com/scim/v2 --email you@example.com pull
//! USERDESK_SCIM_TOKEN=… userdesk-sync --cache cache.sqlite3 --scim-url https://idp.example.com/scim/v2 pull
//! userdesk-sync --cache cache.sqlite3 status
//! userdesk-sync --cache cache.sqlite3 edit ada@example.com title "Charge nurse"
//! userdesk-sync --cache cache.sqlite3 --scim-url … --email you@example.com sync --retries 5
//! ```
//! The password is read from `USERDESK_PASSWORD`, else from the first line of standard input.

/// Allocation is a good part of reading and writing SCIM pages; mimalloc does it with far less
/// time spent than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use userdesk_cache::{Cache, ListQuery, Resolution};
use userdesk_core::message::Translatable;
use userdesk_core::{Email, Field, PersonName, ProfileEdit, UserId, UserProfile};
use userdesk_sync::push::PushReport;
use userdesk_sync::{Credentials, PullReport, ScimClient, pull, push, sync_with_retries};

#[derive(Parser)]
#[command(
    name = "userdesk-sync",
    version,
    about = "Sync a Userdesk cache with a SCIM server"
)]
struct Cli {
    /// The cache file (created if missing).
    #[arg(long, env = "USERDESK_CACHE")]
    cache: PathBuf,
    /// The SCIM base URL, e.g. https://accounts.example.com/scim/v2.
    #[arg(long, env = "USERDESK_SCIM_URL")]
    scim_url: Option<String>,
    /// Sign in to a Userdesk account server with this e-mail (password from USERDESK_PASSWORD or
    /// standard input).
    #[arg(long, env = "USERDESK_EMAIL")]
    email: Option<String>,
    /// A bearer token, for SCIM servers used that way.
    #[arg(long, env = "USERDESK_SCIM_TOKEN", conflicts_with = "email")]
    token: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check the sign-in and print what the server offers.
    SignIn,
    /// Send the queued edits, then bring the cache up to the server's state; with --retries,
    /// try again (with backoff) while the network or the server fails.
    Sync {
        /// Also check for users deleted on the server now.
        #[arg(long)]
        reconcile: bool,
        #[arg(long, default_value_t = 0)]
        retries: u32,
    },
    /// Bring the cache up to the server's state.
    Pull {
        #[arg(long)]
        reconcile: bool,
    },
    /// Send the queued local edits to the server.
    Push,
    /// Print what the cache holds and where the sync stands.
    Status,
    /// List the cached users (search as in the app).
    List {
        #[arg(long, default_value = "")]
        search: String,
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
    /// Show one cached user: by id or e-mail address.
    Show { user: String },
    /// Edit one field of a user in the cache (offline), queued for the next sync. Fields:
    /// first_name, last_name, title, badge_id; an empty value clears an optional field.
    Edit {
        user: String,
        field: String,
        value: String,
    },
    /// List the conflicts waiting for a decision.
    Conflicts,
    /// Decide a conflict: keep "mine" or take "theirs".
    Resolve {
        user: String,
        field: String,
        #[arg(value_parser = ["mine", "theirs"])]
        choice: String,
    },
    /// Give up an edit the server refused (its number from `status`).
    Discard { seq: i64 },
    /// Add a user (offline too): created on the server at the next sync.
    Add {
        email: String,
        first_name: String,
        last_name: String,
    },
    /// Queue an e-mail the server sends once, after the user's queued edits.
    Send {
        user: String,
        #[arg(value_parser = ["activation", "welcome", "password-reset"])]
        kind: String,
    },
}

fn credentials(cli: &Cli) -> Result<Credentials, String> {
    if let Some(t) = &cli.token {
        return Ok(Credentials::Bearer(t.clone()));
    }
    let Some(email) = &cli.email else {
        return Err("give --email (our server) or --token (other SCIM servers)".into());
    };
    let password = match std::env::var("USERDESK_PASSWORD") {
        Ok(p) => p,
        Err(_) => {
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .map_err(|e| format!("cannot read the password: {e}"))?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    Ok(Credentials::Password {
        email: email.clone(),
        password,
    })
}

async fn connect(cli: &Cli) -> Result<ScimClient, String> {
    let url = cli
        .scim_url
        .clone()
        .ok_or("give --scim-url (or USERDESK_SCIM_URL)")?;
    ScimClient::connect(&url, credentials(cli)?)
        .await
        .map_err(|e| e.to_string())
}

/// A user of the cache, by id or e-mail address.
async fn find_user(cache: &Cache, who: &str) -> Result<UserId, String> {
    if let Ok(u) = uuid::Uuid::parse_str(who) {
        return Ok(UserId(u));
    }
    let rows = cache
        .list_users(&ListQuery {
            search: who.to_owned(),
            limit: 50,
            ..ListQuery::default()
        })
        .await
        .map_err(|e| e.to_string())?;
    let found: Vec<_> = rows
        .iter()
        .filter(|r| r.email.eq_ignore_ascii_case(who))
        .collect();
    match found.as_slice() {
        [one] => uuid::Uuid::parse_str(&one.id)
            .map(UserId)
            .map_err(|e| e.to_string()),
        _ => Err(format!("no user {who} in the cache")),
    }
}

fn show_value(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "(none)".into(),
        serde_json::Value::String(s) => s.clone(),
        v => v.to_string(),
    }
}

fn print_push(report: &PushReport) {
    println!(
        "pushed: {} sent, {} rejected, {} conflicts, {} merged, {} deleted on the server, {} local only",
        report.sent,
        report.rejected,
        report.conflicts,
        report.merged,
        report.deleted,
        report.local_only
    );
    if let Some(why) = &report.stopped {
        println!("  stopped: {why} (the rest stays queued)");
    }
}

fn print_pull(report: &PullReport) {
    println!(
        "pulled: {} received, {} stored, {} unchanged, {} unreadable, {} conflicts, {} deleted{}",
        report.received,
        report.stored,
        report.unchanged,
        report.unreadable.len(),
        report.conflicts,
        report.deleted,
        if report.full { " (full)" } else { "" }
    );
    for (id, attribute, reason) in &report.unreadable {
        println!("  not stored: {id}: {attribute}: {reason}");
    }
}

async fn run(cli: Cli) -> Result<(), String> {
    let cache = Cache::open(&cli.cache).await.map_err(|e| e.to_string())?;
    let fail = |e: userdesk_cache::CacheError| e.to_string();
    match &cli.command {
        Command::SignIn => {
            let client = connect(&cli).await?;
            let c = &client.capabilities;
            println!("signed in to {}", client.base());
            println!(
                "server offers: patch {}, bulk {}, filter {}, sort {}, etag {}, userdesk extension {}",
                c.patch,
                c.bulk.map_or("no".to_owned(), |(ops, _)| format!(
                    "up to {ops} operations"
                )),
                c.filter,
                c.sort,
                c.etag,
                c.userdesk
            );
        }
        Command::Sync { reconcile, retries } => {
            let client = connect(&cli).await?;
            let report = sync_with_retries(&client, &cache, *reconcile, *retries)
                .await
                .map_err(|e| e.to_string())?;
            print_push(&report.push);
            print_pull(&report.pull);
            if !report.complete() {
                return Err("the sync is incomplete; run it again".into());
            }
        }
        Command::Push => {
            let client = connect(&cli).await?;
            let report = push(&client, &cache).await.map_err(|e| e.to_string())?;
            print_push(&report);
        }
        Command::Pull { reconcile } => {
            let client = connect(&cli).await?;
            let report = pull(&client, &cache, *reconcile)
                .await
                .map_err(|e| e.to_string())?;
            print_pull(&report);
        }
        Command::Status => {
            let users = cache.user_count().await.map_err(fail)?;
            let from_server = cache.server_user_count().await.map_err(fail)?;
            let value = |k| {
                let cache = cache.clone();
                async move { cache.sync_value(k).await.map_err(fail) }
            };
            let (pending, conflicts, rejected) = cache.outbox_counts().await.map_err(fail)?;
            println!("users: {users} ({from_server} from the server)");
            println!(
                "queued edits: {pending} pending, {conflicts} in conflict, {rejected} rejected"
            );
            for r in cache
                .outbox(userdesk_cache::OutboxState::Rejected)
                .await
                .map_err(fail)?
            {
                println!(
                    "  rejected #{}: {} {}: {}",
                    r.seq,
                    r.user_id,
                    r.field,
                    r.reason
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default()
                );
            }
            let last = value(userdesk_sync::engine::LAST_SYNC).await?;
            let cursor = value(userdesk_sync::pull::CURSOR).await?;
            println!("last sync: {}", last.as_deref().unwrap_or("never"));
            println!("pull cursor: {}", cursor.as_deref().unwrap_or("none"));
        }
        Command::List { search, limit } => {
            let rows = cache
                .list_users(&ListQuery {
                    search: search.clone(),
                    limit: (*limit).min(userdesk_cache::MAX_PAGE),
                    ..ListQuery::default()
                })
                .await
                .map_err(fail)?;
            for r in rows {
                println!(
                    "{}\t{} {}\t{}\t{}\t{}",
                    r.id, r.first_name, r.last_name, r.email, r.status, r.sync_state
                );
            }
        }
        Command::Show { user } => {
            let id = find_user(&cache, user).await?;
            let p = cache.get_user(id).await.map_err(fail)?;
            let state = cache.sync_state(id).await.map_err(fail)?;
            println!("id: {}", p.id);
            println!("name: {} {}", p.first_name.as_str(), p.last_name.as_str());
            println!("e-mail: {}", p.email.as_str());
            println!("title: {}", p.title.as_ref().map_or("", |t| t.as_str()));
            println!("badge: {}", p.badge_id.as_ref().map_or("", |b| b.as_str()));
            println!("account type: {}", p.account_type.as_str());
            println!("status: {}", p.status.as_str());
            println!(
                "sync: {}",
                serde_json::to_value(state)
                    .map(|v| show_value(&v))
                    .unwrap_or_default()
            );
        }
        Command::Edit { user, field, value } => {
            let id = find_user(&cache, user).await?;
            let f = Field::parse(field).ok_or_else(|| {
                format!("{field} cannot be edited here (first_name, last_name, title, badge_id)")
            })?;
            let edit =
                ProfileEdit::parse(f, value).map_err(|e| format!("{field}: {}", e.message.id))?;
            cache.apply_edit(id, &edit).await.map_err(fail)?;
            println!("saved; queued for the next sync");
        }
        Command::Conflicts => {
            for c in cache.conflicts().await.map_err(fail)? {
                println!(
                    "{} {}: mine {} | theirs {} (by {}, {})",
                    c.user_id,
                    c.field,
                    show_value(&c.mine),
                    show_value(&c.theirs),
                    c.theirs_by.as_deref().unwrap_or("unknown"),
                    c.theirs_at.as_deref().unwrap_or("unknown time")
                );
            }
        }
        Command::Resolve {
            user,
            field,
            choice,
        } => {
            let id = find_user(&cache, user).await?;
            let resolution = if choice == "mine" {
                Resolution::KeepMine
            } else {
                Resolution::TakeTheirs
            };
            cache
                .resolve_conflict(id, field, resolution)
                .await
                .map_err(fail)?;
            println!("resolved; the next sync sends what is left");
        }
        Command::Add {
            email,
            first_name,
            last_name,
        } => {
            let email = Email::parse(email).map_err(|e| format!("e-mail: {}", e.message().id))?;
            let first = PersonName::parse(first_name)
                .map_err(|e| format!("first name: {}", e.message().id))?;
            let last = PersonName::parse(last_name)
                .map_err(|e| format!("last name: {}", e.message().id))?;
            let profile =
                UserProfile::new_user(email, first, last, time::OffsetDateTime::now_utc());
            cache.create_user(&profile).await.map_err(fail)?;
            println!(
                "{}\tadded; created on the server at the next sync",
                profile.id
            );
        }
        Command::Send { user, kind } => {
            let id = find_user(&cache, user).await?;
            cache
                .queue_action(id, &serde_json::json!({"action": kind}))
                .await
                .map_err(fail)?;
            println!("queued; sent by the server once, after the next sync");
        }
        Command::Discard { seq } => {
            cache.discard_rejected(*seq).await.map_err(fail)?;
            println!("discarded");
        }
    }
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    match run(Cli::parse()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("userdesk-sync: {e}");
            ExitCode::FAILURE
        }
    }
}

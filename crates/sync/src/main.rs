//! `userdesk-sync`: the sync engine from the command line, for scripts and for the fault tests that
//! drive it as a separate process.
//!
//! ```text
//! userdesk-sync --cache cache.sqlite3 --scim-url https://accounts.example.com/scim/v2 --email you@example.com pull
//! USERDESK_SCIM_TOKEN=… userdesk-sync --cache cache.sqlite3 --scim-url https://idp.example.com/scim/v2 pull
//! userdesk-sync --cache cache.sqlite3 status
//! ```
//! The password is read from `USERDESK_PASSWORD`, else from the first line of standard input.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use userdesk_cache::Cache;
use userdesk_sync::{Credentials, ScimClient, pull, push};

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
    /// Bring the cache up to the server's state.
    Pull,
    /// Send the queued local edits to the server.
    Push,
    /// Print what the cache holds and where the sync stands.
    Status,
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

async fn run(cli: Cli) -> Result<(), String> {
    let cache = Cache::open(&cli.cache).await.map_err(|e| e.to_string())?;
    match cli.command {
        Command::Push => {
            let client = connect(&cli).await?;
            let report = push(&client, &cache).await.map_err(|e| e.to_string())?;
            println!(
                "pushed: {} sent, {} rejected, {} outdated (to merge), {} local only",
                report.sent, report.rejected, report.stale, report.local_only
            );
            if let Some(why) = report.stopped {
                println!("  stopped: {why} (the rest stays queued)");
            }
        }
        Command::Pull => {
            let client = connect(&cli).await?;
            let report = pull(&client, &cache).await.map_err(|e| e.to_string())?;
            println!(
                "pulled: {} received, {} stored, {} unchanged, {} unreadable{}",
                report.received,
                report.stored,
                report.unchanged,
                report.unreadable.len(),
                if report.full { " (full)" } else { "" }
            );
            for (id, attribute, reason) in &report.unreadable {
                println!("  not stored: {id}: {attribute}: {reason}");
            }
        }
        Command::Status => {
            let users = cache.user_count().await.map_err(|e| e.to_string())?;
            let from_server = cache.server_user_count().await.map_err(|e| e.to_string())?;
            let cursor = cache
                .sync_value(userdesk_sync::pull::CURSOR)
                .await
                .map_err(|e| e.to_string())?;
            let last = cache
                .sync_value(userdesk_sync::pull::LAST_PULL)
                .await
                .map_err(|e| e.to_string())?;
            let pending = cache
                .outbox("pending")
                .await
                .map_err(|e| e.to_string())?
                .len();
            let rejected = cache.outbox("rejected").await.map_err(|e| e.to_string())?;
            let stale = cache
                .outbox("stale")
                .await
                .map_err(|e| e.to_string())?
                .len();
            println!("users: {users} ({from_server} from the server)");
            println!(
                "queued edits: {pending} pending, {stale} outdated (to merge), {} rejected",
                rejected.len()
            );
            for r in &rejected {
                println!(
                    "  rejected: {} {}: {}",
                    r.user_id,
                    r.field,
                    r.error.as_deref().unwrap_or("")
                );
            }
            println!("last pull: {}", last.as_deref().unwrap_or("never"));
            println!("pull cursor: {}", cursor.as_deref().unwrap_or("none"));
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

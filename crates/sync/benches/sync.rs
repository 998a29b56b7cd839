//! `cargo bench -p userdesk-sync --bench sync`: the sync engine against our account server on
//! loopback (in this process, SQLite), with 100,000 users (`USERDESK_BENCH_USERS` for another
//! number). The first pull into an empty cache, a pull with nothing new, a pull of 1,000 users
//! changed on the server, and a push of 1,000 queued edits in Bulk each run as the
//! `userdesk-sync` command in a process of its own, timed from its start to its end (sign-in
//! included) with its peak memory (resident set). Then, in this process: pushing one request per
//! edit (a server without Bulk) and edits that each meet a change on the server.
//! `USERDESK_BENCH_FIRST_PULL_ONLY=1` stops after the first pull (for profiling it). Figures go to
//! BENCHMARKS.md by hand.

/// Allocation is a good part of reading and writing SCIM pages; mimalloc does it with far less
/// time spent than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::json;
use userdesk_cache::Cache;
use userdesk_core::{Field, ProfileEdit, UserId};
use userdesk_server::embedded::start_demo;
use userdesk_sync::{Credentials, ScimClient, push};

const EDITS: usize = 1_000;
const CHANGED: usize = 1_000;

/// Users on the server: 100,000 unless `USERDESK_BENCH_USERS` says otherwise.
fn users() -> usize {
    std::env::var("USERDESK_BENCH_USERS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000)
}

fn report(what: &str, n: usize, took: Duration, peak: Option<u64>) {
    println!(
        "{what:<48} {n:>7} in {:>7.2} s  ({:>7.0} per second){}",
        took.as_secs_f64(),
        n as f64 / took.as_secs_f64().max(1e-9),
        peak.map(|kib| format!(", peak memory {:.0} MiB", kib as f64 / 1024.0))
            .unwrap_or_default()
    );
}

/// Runs `cmd` to its end: how long it took and its peak resident set in KiB (on Unix). The
/// command runs under this program started again as a measurer (`USERDESK_BENCH_MEASURE`), whose
/// only child it is, so the measurer's `getrusage(RUSAGE_CHILDREN)` is the command's alone.
fn run_measured(cmd: &Command) -> (Duration, Option<u64>) {
    let mut measurer = Command::new(std::env::current_exe().expect("this program"));
    measurer
        .env("USERDESK_BENCH_MEASURE", cmd.get_program())
        .args(cmd.get_args())
        .envs(cmd.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .stderr(std::process::Stdio::inherit());
    let start = Instant::now();
    let out = measurer.output().expect("the measurer runs");
    let took = start.elapsed();
    assert!(out.status.success(), "userdesk-sync failed");
    let peak = String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("peak_kib ")?.trim().parse().ok());
    (took, peak)
}

/// The measurer: runs the command, prints its peak memory, exits as it did.
fn measure(program: std::ffi::OsString) -> ! {
    let status = Command::new(program)
        .args(std::env::args_os().skip(1))
        .stdout(std::process::Stdio::null())
        .status()
        .expect("the command starts");
    #[cfg(unix)]
    if let Ok(usage) = nix::sys::resource::getrusage(nix::sys::resource::UsageWho::RUSAGE_CHILDREN)
    {
        // ru_maxrss is in KiB on Linux, in bytes on macOS.
        let rss = u64::try_from(usage.max_rss()).unwrap_or(0);
        println!(
            "peak_kib {}",
            if cfg!(target_os = "macos") {
                rss / 1024
            } else {
                rss
            }
        );
    }
    std::process::exit(status.code().unwrap_or(1));
}

fn sync_command(cache: &Path, base: &str, email: &str, password: &str, what: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_userdesk-sync"));
    cmd.arg("--cache")
        .arg(cache)
        .args(["--scim-url", base, "--email", email, what])
        .env("USERDESK_PASSWORD", password);
    cmd
}

async fn queue_edits(cache: &Cache, ids: &[UserId], round: usize) {
    for (i, id) in ids.iter().enumerate() {
        let e = ProfileEdit::parse(Field::Title, &format!("Title {round}-{i}")).expect("edit");
        cache.apply_edit(*id, &e).await.expect("queued");
    }
}

async fn change_on_server(client: &ScimClient, ids: &[UserId], path: &str, value: &str) {
    for id in ids {
        let body = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "path": path, "value": value}]});
        client
            .request(Method::PATCH, &format!("/Users/{id}"), Some(&body), &[])
            .await
            .expect("patch");
    }
}

fn main() {
    if let Some(program) = std::env::var_os("USERDESK_BENCH_MEASURE") {
        measure(program);
    }
    tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(bench());
}

async fn bench() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dir = tempfile::tempdir().expect("temp dir");
    let users = users();
    let t = Instant::now();
    let server = start_demo(&dir.path().join("server"), users)
        .await
        .expect("server");
    println!(
        "account server with {users} users ready in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let base = format!("{}/scim/v2", server.root);
    let (email, password) = (&server.owner_email, &server.owner_password);
    let credentials = Credentials::Password {
        email: email.clone(),
        password: password.clone(),
    };
    let client = ScimClient::connect(&base, credentials.clone())
        .await
        .expect("client");
    let cache_file = dir.path().join("cache.sqlite3");
    let sync = |what: &str| sync_command(&cache_file, &base, email, password, what);

    let (took, peak) = run_measured(&sync("pull"));
    let cache = Cache::open(&cache_file).await.expect("cache");
    let stored = cache.server_user_count().await.expect("count");
    assert_eq!(stored as usize, users, "every user pulled");
    report("first pull into an empty cache", users, took, peak);
    if std::env::var_os("USERDESK_BENCH_FIRST_PULL_ONLY").is_some() {
        return;
    }

    let (took, peak) = run_measured(&sync("pull"));
    report("pull with nothing new", 0, took, peak);

    let mut ids: Vec<UserId> = cache
        .server_ids()
        .await
        .expect("ids")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    // The admin's own account has rules of its own: leave it alone.
    let owner = cache
        .list_users(&userdesk_cache::ListQuery {
            search: email.clone(),
            limit: 5,
            ..Default::default()
        })
        .await
        .expect("owner")
        .first()
        .map(|r| r.id.clone());
    ids.retain(|id| Some(id.to_string()) != owner);
    ids.sort_by_key(|id| id.to_string());

    // Colleagues change users on the server; the next pull brings them.
    change_on_server(
        &client,
        &ids[EDITS..EDITS + CHANGED],
        "name.familyName",
        "Changed",
    )
    .await;
    let (took, peak) = run_measured(&sync("pull"));
    report("pull of users changed on the server", CHANGED, took, peak);

    ids.truncate(EDITS);
    let t = Instant::now();
    queue_edits(&cache, &ids, 1).await;
    report(
        "edits saved and queued (one transaction each)",
        ids.len(),
        t.elapsed(),
        None,
    );
    let (took, peak) = run_measured(&sync("push"));
    let (pending, _, _) = cache.outbox_counts().await.expect("counts");
    assert_eq!(pending, 0, "every edit sent");
    report("push in Bulk requests", ids.len(), took, peak);

    let mut single = ScimClient::connect(&base, credentials)
        .await
        .expect("client");
    single.capabilities.bulk = None;
    queue_edits(&cache, &ids, 2).await;
    let t = Instant::now();
    let r = push(&single, &cache).await.expect("push");
    report(
        "push, one PATCH per edit",
        r.sent as usize,
        t.elapsed(),
        None,
    );

    // Edits that all meet a change on the server (412, read again, merged, sent again).
    queue_edits(&cache, &ids[..200], 3).await;
    change_on_server(&client, &ids[..200], "name.givenName", "Colleague").await;
    let t = Instant::now();
    let r = push(&client, &cache).await.expect("push");
    report(
        "push of edits that meet a change (merged)",
        r.sent as usize,
        t.elapsed(),
        None,
    );
    assert_eq!(r.merged, 200);
}

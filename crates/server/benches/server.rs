//! The account server under load, on SQLite and on PostgreSQL: a release `userdesk-server` process
//! with 100,000 demo users, and this process as the load on loopback. Reports requests per second
//! and p50/p99 latency for GET by id, filtered list pages, PATCH and sign-in, and the server's peak
//! memory. Figures only: nothing here passes or fails.
//!
//! `cargo bench -p userdesk-server --bench server` (`USERDESK_BENCH_USERS`, `USERDESK_BENCH_SECS`
//! change the size and the length of each measurement; `USERDESK_BENCH_BACKENDS=sqlite` measures
//! one backend only).

#[path = "../tests/server/support/postgres.rs"]
mod postgres;
// Shared with the integration tests, which use more of it.
#[allow(dead_code)]
#[path = "../tests/server/support/process.rs"]
mod process;

use std::sync::Arc;
use std::time::{Duration, Instant};

use process::{EXE, ServerProcess};
use serde_json::{Value, json};

const PASSWORD: &str = "a benchmark password";

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn run(args: &[&str], database_url: &str) {
    let out = std::process::Command::new(EXE)
        .args(args)
        .args(["--database-url", database_url])
        .env("USERDESK_ADMIN_PASSWORD", PASSWORD)
        .output()
        .expect("run userdesk-server");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The latencies of one measurement, and how long it ran.
struct Sample {
    latencies: Vec<Duration>,
    errors: usize,
    elapsed: Duration,
}

impl Sample {
    fn row(&self, what: &str, concurrency: usize) -> String {
        let mut l = self.latencies.clone();
        l.sort();
        let pct = |p: f64| {
            l.get(((l.len() as f64 * p) as usize).min(l.len().saturating_sub(1)))
                .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
        };
        format!(
            "| {what} | {concurrency} | {:.0} | {:.2} ms | {:.2} ms | {} |",
            l.len() as f64 / self.elapsed.as_secs_f64(),
            pct(0.50),
            pct(0.99),
            self.errors
        )
    }
}

/// `concurrency` loops sending `request(i)` until `secs` have passed.
async fn measure<F, Fut>(concurrency: usize, secs: u64, request: F) -> Sample
where
    F: Fn(u64) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = bool> + Send,
{
    let request = Arc::new(request);
    let start = Instant::now();
    let deadline = start + Duration::from_secs(secs);
    let mut tasks = Vec::new();
    for worker in 0..concurrency {
        let request = request.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut errors = 0;
            let mut i = worker as u64 * 1_000_003;
            while Instant::now() < deadline {
                let t = Instant::now();
                if request(i).await {
                    latencies.push(t.elapsed());
                } else {
                    errors += 1;
                }
                i = i
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
            }
            (latencies, errors)
        }));
    }
    let mut sample = Sample {
        latencies: Vec::new(),
        errors: 0,
        elapsed: Duration::ZERO,
    };
    for t in tasks {
        let (l, e) = t.await.expect("worker");
        sample.latencies.extend(l);
        sample.errors += e;
    }
    sample.elapsed = start.elapsed();
    sample
}

/// Whether a phase (`get`, `list`, `patch`, `sign-in`) is to be measured: all of them, unless
/// `USERDESK_BENCH_ONLY` names some.
fn wanted(phase: &str) -> bool {
    std::env::var("USERDESK_BENCH_ONLY").map_or(true, |only| only.split(',').any(|p| p == phase))
}

/// Peak resident memory and the anonymous (heap) part now, from /proc.
fn memory_mib(pid: u32) -> Option<(f64, f64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| -> Option<f64> {
        let kb: f64 = status
            .lines()
            .find(|l| l.starts_with(name))?
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()?;
        Some(kb / 1024.0)
    };
    Some((field("VmHWM:")?, field("RssAnon:")?))
}

async fn bench_backend(name: &str, url: &str, users: u64, secs: u64) {
    let t = Instant::now();
    run(
        &[
            "init",
            "--email",
            "bench@example.com",
            "--first-name",
            "Ben",
            "--last-name",
            "Ch",
        ],
        url,
    );
    run(&["demo", "--count", &users.to_string()], url);
    eprintln!(
        "{name}: {users} users seeded in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let server = ServerProcess::start(&["--database-url", url], &[]);
    let root = server.root.clone();
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(256)
        .build()
        .expect("client");
    let signed: Value = http
        .post(format!("{root}/auth/sign-in"))
        .json(&json!({"email": "bench@example.com", "password": PASSWORD}))
        .send()
        .await
        .expect("sign in")
        .json()
        .await
        .expect("tokens");
    let token = Arc::new(signed["access_token"].as_str().expect("token").to_owned());

    // Ids of users spread over the whole account.
    let mut ids = Vec::new();
    for page in 0..10 {
        let start = 1 + page * (users / 10);
        let v: Value = http
            .get(format!(
                "{root}/scim/v2/Users?attributes=id&count=500&startIndex={start}"
            ))
            .bearer_auth(token.as_str())
            .send()
            .await
            .expect("ids")
            .json()
            .await
            .expect("json");
        ids.extend(
            v["Resources"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|r| r["id"].as_str().map(str::to_owned)),
        );
    }
    let ids = Arc::new(ids);
    let mut rows = Vec::new();

    if wanted("get") {
        let (h, tk, i, r) = (http.clone(), token.clone(), ids.clone(), root.clone());
        let get = measure(32, secs, move |n| {
            let (h, tk, r) = (h.clone(), tk.clone(), r.clone());
            let id = i[n as usize % i.len()].clone();
            async move {
                h.get(format!("{r}/scim/v2/Users/{id}"))
                    .bearer_auth(tk.as_str())
                    .send()
                    .await
                    .is_ok_and(|x| x.status().is_success())
            }
        })
        .await;
        rows.push(get.row("GET /Users/{id}", 32));
    }

    // Filtered, sorted pages of 50 at varying depth (startIndex 1 to 951), one row per kind of
    // filter: what the index serves, and what only a scan can answer ("co").
    let since = "2026-01-01T00:00:00Z";
    let filters: [(&str, String, &str); 6] = [
        ("familyName sw", "name.familyName sw \"M\"".into(), "name.familyName"),
        ("userName sw", "userName sw \"an\"".into(), "userName"),
        ("lastModified gt (sync)", format!("meta.lastModified gt \"{since}\""), "meta.lastModified"),
        ("mobile phone sw", "phoneNumbers[type eq \"mobile\" and value sw \"+4\"]".into(), "name.familyName"),
        ("accountType eq and active", "urn:ietf:params:scim:schemas:extension:userdesk:2.0:User:accountType eq \"config_admin\" and active eq true".into(), "name.familyName"),
        ("title co (scan)", "title co \"engineer\"".into(), "name.familyName"),
    ];
    for (label, filter, sort_by) in filters {
        if !wanted("list") {
            break;
        }
        let (h, tk, r) = (http.clone(), token.clone(), root.clone());
        let filter = Arc::new(filter);
        let list = measure(8, secs, move |n| {
            let (h, tk, r, filter) = (h.clone(), tk.clone(), r.clone(), filter.clone());
            let start = 1 + (n % 20) * 50;
            async move {
                h.get(format!("{r}/scim/v2/Users"))
                    .query(&[
                        ("filter", filter.as_str()),
                        ("sortBy", sort_by),
                        ("count", "50"),
                        ("startIndex", &start.to_string()),
                    ])
                    .bearer_auth(tk.as_str())
                    .send()
                    .await
                    .is_ok_and(|x| x.status().is_success())
            }
        })
        .await;
        rows.push(list.row(&format!("GET /Users?filter= {label}, 50 sorted"), 8));
    }

    if wanted("patch") {
        let (h, tk, i, r) = (http.clone(), token.clone(), ids.clone(), root.clone());
        let patch = measure(32, secs, move |n| {
        let (h, tk, r) = (h.clone(), tk.clone(), r.clone());
        let id = i[n as usize % i.len()].clone();
        let body = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "path": "title", "value": format!("Title {}", n % 997)}]});
        async move {
            h.patch(format!("{r}/scim/v2/Users/{id}"))
                .bearer_auth(tk.as_str())
                .header("content-type", "application/scim+json")
                .body(body.to_string())
                .send()
                .await
                .is_ok_and(|x| x.status().is_success())
        }
    })
    .await;
        rows.push(patch.row("PATCH /Users/{id} (title)", 32));
    }

    if wanted("sign-in") {
        let (h, r) = (http.clone(), root.clone());
        let sign_in = measure(4, secs, move |_| {
            let (h, r) = (h.clone(), r.clone());
            async move {
                h.post(format!("{r}/auth/sign-in"))
                    .json(&json!({"email": "bench@example.com", "password": PASSWORD}))
                    .send()
                    .await
                    .is_ok_and(|x| x.status().is_success())
            }
        })
        .await;
        rows.push(sign_in.row("POST /auth/sign-in (argon2id)", 4));
    }

    println!("\n### {name}, {users} users\n");
    println!("| request | concurrent | requests/s | p50 | p99 | errors |");
    println!("|---|---|---|---|---|---|");
    for row in rows {
        println!("{row}");
    }
    if let Some((peak, heap)) = memory_mib(server.pid()) {
        println!(
            "\nServer memory: peak resident {peak:.0} MiB (VmHWM, counting the memory-mapped database \
             pages it read); its own heap at the end {heap:.0} MiB (RssAnon)"
        );
    }
}

fn main() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let users = env_number("USERDESK_BENCH_USERS", 100_000);
    let secs = env_number("USERDESK_BENCH_SECS", 10);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let dir = tempfile::tempdir().expect("temp dir");
        let sqlite = format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("bench.sqlite3").display()
        );
        let backends = std::env::var("USERDESK_BENCH_BACKENDS")
            .unwrap_or_else(|_| "sqlite,postgres".to_owned());
        if backends.contains("sqlite") {
            bench_backend("SQLite", &sqlite, users, secs).await;
        }
        if !backends.contains("postgres") {
            return;
        }
        // `cargo xtask bench` sets USERDESK_PG_DURABLE: fsync on, as in production. Without it the
        // throwaway server runs as in the tests, without fsync.
        let pg = postgres::fresh_database().await;
        let name = if std::env::var_os("USERDESK_PG_DURABLE").is_some() {
            "PostgreSQL 15 (fsync on)"
        } else {
            "PostgreSQL 15 (fsync off)"
        };
        bench_backend(name, &pg, users, secs).await;
    });
}

//! A throwaway PostgreSQL server for the tests: `initdb` into a temporary folder, `postgres`
//! listening only on a Unix socket in that folder (no TCP port to collide with anything), one
//! fresh database per test. A watchdog stops the server when the test
//! process ends, however it ends. As root (CI), the server runs as the `postgres` system user.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

struct Server {
    port: u16,
    _dir: tempfile::TempDir,
}

static SERVER: OnceLock<Server> = OnceLock::new();

fn bin_dir() -> PathBuf {
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output()
        && out.status.success()
    {
        let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if dir.join("initdb").exists() {
            return dir;
        }
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path().join("bin")))
                .filter(|p| p.join("initdb").exists())
                .collect()
        })
        .unwrap_or_default();
    versions.sort();
    versions
        .pop()
        .expect("PostgreSQL server binaries (cargo xtask setup --test installs them)")
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout.starts_with(b"0\n"))
        .unwrap_or(false)
}

/// `program args…`, as the `postgres` user when we are root (PostgreSQL refuses to run as root).
fn command(program: &Path) -> Command {
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(program);
        c
    } else {
        Command::new(program)
    }
}

fn start() -> Server {
    let bin = bin_dir();
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    if is_root() {
        let _ = Command::new("chown")
            .args(["-R", "postgres"])
            .arg(dir.path())
            .status();
    }
    let status = command(&bin.join("initdb"))
        .arg("-D")
        .arg(&data)
        .args(["-U", "userdesk", "--auth=trust", "--locale=C", "-E", "UTF8"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("run initdb");
    assert!(status.success(), "initdb failed");
    // No TCP at all: the server listens on a Unix socket in its own folder, which nothing else
    // can take; the port only names the socket file.
    let port: u16 = 5432;
    // The watchdog: when this test process is gone, stop the server and remove its folder.
    let script = format!(
        "{runner}'{bin}/postgres' -D '{data}' -p {port} -k '{sock}' -h '' {speed} >/dev/null 2>&1 & \
         while kill -0 {parent} 2>/dev/null; do sleep 1; done; \
         {runner}'{bin}/pg_ctl' -D '{data}' -m immediate stop >/dev/null 2>&1; rm -rf '{sock}'",
        runner = if is_root() {
            "runuser -u postgres -- "
        } else {
            ""
        },
        // Tests trade durability for speed; benchmarks ask for a durable server.
        speed = if std::env::var_os("USERDESK_PG_DURABLE").is_some() {
            "-c shared_buffers=256MB"
        } else {
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        },
        bin = bin.display(),
        data = data.display(),
        sock = dir.path().display(),
        parent = std::process::id(),
    );
    #[expect(
        clippy::zombie_processes,
        reason = "the watchdog outlives the tests on purpose"
    )]
    Command::new("sh")
        .args(["-c", &script])
        .stdin(Stdio::null())
        .spawn()
        .expect("start postgres");
    // The socket file appears when the server listens.
    let socket = dir.path().join(format!(".s.PGSQL.{port}"));
    let start = Instant::now();
    while !socket.exists() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "PostgreSQL did not start on {}",
            socket.display()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Server { port, _dir: dir }
}

/// A URL of a new, empty database for one test.
pub async fn fresh_database() -> String {
    let server = SERVER.get_or_init(start);
    let name = format!("t_{}", uuid::Uuid::new_v4().simple());
    let url = |db: &str| {
        format!(
            "postgres://userdesk@localhost/{db}?host={}&port={}",
            server._dir.path().display(),
            server.port
        )
    };
    let admin_url = url("postgres");
    let start = Instant::now();
    loop {
        match sqlx::PgPool::connect(&admin_url).await {
            Ok(pool) => {
                sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .execute(&pool)
                    .await
                    .expect("create database");
                pool.close().await;
                break;
            }
            Err(e) => {
                assert!(
                    start.elapsed() < Duration::from_secs(30),
                    "cannot connect to PostgreSQL: {e}"
                );
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }
    url(&name)
}

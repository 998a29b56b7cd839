//! `cargo xtask bench`: the cache benchmarks, the sync engine, the account server under load, then the app's cold
//! start to its first list row with 100,000 users in the cache (release build; headless under Xvfb
//! on Linux when there is no display).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::{Result, cargo, root, status};

const USERS: &str = "100000";
const RUNS: usize = 7;

pub fn bench() -> Result {
    crate::setup::setup(true)?;
    status(cargo().args(["bench", "--package", "userdesk-cache", "--bench", "cache"]))?;
    // A 24-megapixel photo to both avatar sizes, beside ImageMagick.
    status(cargo().args(["bench", "--package", "userdesk-avatar", "--bench", "avatar"]))?;
    // The sync engine against our server on loopback.
    status(cargo().args(["bench", "--package", "userdesk-sync", "--bench", "sync"]))?;
    // The account server under load from a separate process, on SQLite and a durable PostgreSQL.
    status(
        cargo()
            .args(["bench", "--package", "userdesk-server", "--bench", "server"])
            .env("USERDESK_PG_DURABLE", "1"),
    )?;
    startup()?;
    // The UI in the build `cargo xtask run` makes, measured inside the page.
    status(cargo().args([
        "bench",
        "--package",
        "userdesk",
        "--bench",
        "ui",
        "--profile",
        "dev",
    ]))
}

struct Xvfb(Option<Child>);

impl Drop for Xvfb {
    fn drop(&mut self) {
        if let Some(c) = &mut self.0 {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

fn display() -> Result<(Xvfb, Option<String>)> {
    if !cfg!(target_os = "linux") || std::env::var("DISPLAY").is_ok_and(|d| !d.is_empty()) {
        return Ok((Xvfb(None), None));
    }
    let n = (90..400)
        .find(|n| !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists())
        .ok_or("no free X display")?;
    let child = Command::new("Xvfb")
        .args([
            &format!(":{n}"),
            "-screen",
            "0",
            "1400x1000x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start Xvfb: {e}"))?;
    let start = Instant::now();
    while !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() {
        if start.elapsed() > Duration::from_secs(10) {
            return Err("Xvfb did not start".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok((Xvfb(Some(child)), Some(format!(":{n}"))))
}

/// Asks the kernel to forget cached file pages, so the next start reads from disk. Needs root;
/// without it the figures are warm starts, and the report says so.
fn drop_caches() -> bool {
    Command::new("sh")
        .args(["-c", "sync && echo 3 > /proc/sys/vm/drop_caches"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn startup() -> Result {
    status(cargo().args([
        "build",
        "--release",
        "--package",
        "userdesk",
        "--bin",
        "userdesk",
    ]))?;
    let data = root().join("target").join("bench-startup");
    let _ = std::fs::remove_dir_all(&data);
    std::fs::create_dir_all(&data).map_err(|e| e.to_string())?;
    let data_str = data.display().to_string();
    status(cargo().args([
        "bench",
        "--package",
        "userdesk-cache",
        "--bench",
        "cache",
        "--",
        "--seed",
        &data_str,
        USERS,
    ]))?;

    let (_xvfb, display) = display()?;
    let exe = root()
        .join("target")
        .join("release")
        .join(if cfg!(windows) {
            "userdesk.exe"
        } else {
            "userdesk"
        });
    let start_once = || -> Result<Duration> {
        let mut cmd = Command::new(&exe);
        cmd.args([
            "--data-dir",
            &data_str,
            "--exit-after-first-row",
            "--demo",
            "--locale",
            "en-US",
        ])
        .env("GSETTINGS_BACKEND", "memory")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
        if let Some(d) = &display {
            cmd.env("DISPLAY", d);
        }
        let start = Instant::now();
        let mut child = cmd
            .spawn()
            .map_err(|e| format!("cannot start the app: {e}"))?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let seen = BufReader::new(stdout)
            .lines()
            .map_while(|l| l.ok())
            .any(|l| l.contains("first list row rendered"));
        let elapsed = start.elapsed();
        let _ = child.wait();
        if seen {
            Ok(elapsed)
        } else {
            Err("the app exited without rendering a list row".into())
        }
    };
    let report = |what: &str, mut times: Vec<Duration>| {
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "{what} start to first list row ({USERS} users, {RUNS} runs): p50 {:.0} ms, p95 {:.0} ms, min {:.0} ms",
            ms(times[RUNS / 2]),
            ms(times[(RUNS * 95 / 100).min(RUNS - 1)]),
            ms(times[0]),
        );
    };

    let mut cold = Vec::new();
    let mut dropped = true;
    for _ in 0..RUNS {
        dropped &= drop_caches();
        cold.push(start_once()?);
    }
    let mut warm = Vec::new();
    for _ in 0..RUNS {
        warm.push(start_once()?);
    }
    report(
        if dropped {
            "cold (page cache dropped)"
        } else {
            "cold (page cache NOT dropped: not root)"
        },
        cold,
    );
    report("warm", warm);
    Ok(())
}

//! Installs what a fresh machine lacks: on Linux the system libraries of a Tauri app (apt-get),
//! and for the tests Xvfb, WebKitWebDriver and tauri-driver.

use std::env;
use std::path::PathBuf;
use std::process::Command;

use crate::{Result, cargo, status};

/// Debian/Ubuntu packages to build and run the app.
const APT_RUN: &[&str] = &[
    "build-essential",
    "pkg-config",
    "file",
    "libssl-dev",
    "libwebkit2gtk-4.1-dev",
    "libgtk-3-dev",
    "librsvg2-dev",
    "libayatana-appindicator3-dev",
    "libsoup-3.0-dev",
    "libdbus-1-dev",
    // Glyphs for every script of the app's 20 languages and the demo's names: Thai, Myanmar,
    // Arabic, Hebrew (core), Chinese, Japanese, Korean (CJK); flags in the country picker are emoji.
    "fonts-noto-core",
    "fonts-noto-cjk",
    "fonts-noto-color-emoji",
];

/// And to run the end-to-end tests headless.
const APT_TEST: &[&str] = &[
    "xvfb",
    "webkit2gtk-driver",
    "xdotool",
    "imagemagick",
    "dbus-x11",
    // The app keeps its session in the OS keychain: the end-to-end tests run a real Secret Service.
    "gnome-keyring",
    "dbus",
    // A file dragged onto the app comes from a small GTK window (tests/tools/drag-source.py).
    "python3-gi",
    "gir1.2-gtk-3.0",
    // The account server's tests run on PostgreSQL as well as SQLite,
    "postgresql",
    // and receive its e-mails on a real SMTP server on loopback.
    "python3-aiosmtpd",
    // The sync engine is tested against an independent SCIM server from PyPI, in a venv.
    "python3-venv",
];

pub fn setup(for_tests: bool) -> Result {
    if cfg!(target_os = "linux") {
        let mut wanted: Vec<&str> = APT_RUN.to_vec();
        if for_tests {
            wanted.extend_from_slice(APT_TEST);
        }
        apt_install(&wanted)?;
        if for_tests {
            install_tauri_driver()?;
            // The apt package serves the system Python; another python3 first on PATH gets pip.
            pip_install_smtp_server()?;
            install_scim2_server()?;
            install_scimmy_server()?;
            install_scim2_tester()?;
        }
        return Ok(());
    }
    if cfg!(target_os = "macos") {
        // WebKit ships with macOS; the Xcode command line tools provide the compiler.
        if Command::new("xcode-select")
            .arg("-p")
            .output()
            .map(|o| !o.status.success())
            .unwrap_or(true)
        {
            return Err(
                "install the Xcode command line tools first: xcode-select --install".into(),
            );
        }
    }
    if for_tests {
        // WebView2 ships with Windows 10/11. The end-to-end tests also need msedgedriver on PATH,
        // matching the installed Edge version; tauri-driver has no macOS driver yet.
        if cfg!(target_os = "windows") {
            install_tauri_driver()?;
        }
        pip_install_smtp_server()?;
        install_scim2_server()?;
        install_scimmy_server()?;
        install_scim2_tester()?;
    }
    Ok(())
}

/// The independent SCIM server the sync engine is tested against: PyPI's `scim2-server` (the
/// python-scim project), pinned, in a virtual environment under `target/test-tools`.
const SCIM2_SERVER: &str = "scim2-server==0.8.3";

pub fn scim2_venv() -> PathBuf {
    crate::root()
        .join("target")
        .join("test-tools")
        .join("scim2-server-0.8.3")
}

fn install_scim2_server() -> Result {
    venv_with(&scim2_venv(), &[SCIM2_SERVER])
}

/// The conformance checker the account server is tested with: PyPI's `scim2-tester`, with every
/// package it needs pinned in `tests/tools/scim2-tester-requirements.txt`, in a venv of its own.
pub fn scim2_tester_venv() -> PathBuf {
    crate::root()
        .join("target")
        .join("test-tools")
        .join("scim2-tester-0.5.2")
}

fn install_scim2_tester() -> Result {
    let requirements = crate::root()
        .join("tests")
        .join("tools")
        .join("scim2-tester-requirements.txt");
    let requirements = requirements
        .to_str()
        .ok_or("the project's path is not UTF-8")?
        .to_owned();
    venv_with(&scim2_tester_venv(), &["-r", &requirements])
}

/// A Python virtual environment at `venv` with `pip install <what>` done once.
fn venv_with(venv: &std::path::Path, what: &[&str]) -> Result {
    let bin = if cfg!(windows) { "Scripts" } else { "bin" };
    let python = venv.join(bin).join(if cfg!(windows) {
        "python.exe"
    } else {
        "python"
    });
    // Written last: a venv whose install was cut short is made again.
    let done = venv.join("installed");
    if done.exists() && python.exists() {
        return Ok(());
    }
    let system = PYTHONS
        .iter()
        .copied()
        .find(|p| {
            Command::new(p)
                .args(["-m", "venv", "--help"])
                .output()
                .map(|o| o.status.success())
                .unwrap_or(false)
        })
        .ok_or("no Python with the venv module (install python3-venv)")?;
    status(Command::new(system).arg("-m").arg("venv").arg(venv))?;
    status(
        Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ])
            .args(what),
    )?;
    std::fs::write(&done, what.join(" ")).map_err(|e| format!("{}: {e}", done.display()))
}

/// The second independent SCIM server: npm's SCIMMY (`tests/tools/scimmy-server`, versions pinned
/// in its package-lock.json), on Node.js, installed with `npm ci` under `target/test-tools`.
pub fn scimmy_dir() -> PathBuf {
    crate::root()
        .join("target")
        .join("test-tools")
        .join("scimmy-server")
}

fn npm() -> Command {
    Command::new(if cfg!(windows) { "npm.cmd" } else { "npm" })
}

fn install_scimmy_server() -> Result {
    let has_npm = || {
        npm()
            .arg("--version")
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false)
    };
    if !has_npm() {
        if cfg!(target_os = "linux") {
            apt_install(&["nodejs", "npm"])?;
        }
        if !has_npm() {
            return Err("the tests need Node.js with npm (https://nodejs.org)".into());
        }
    }
    let source = crate::root()
        .join("tests")
        .join("tools")
        .join("scimmy-server");
    let dir = scimmy_dir();
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let lock = std::fs::read(source.join("package-lock.json"))
        .map_err(|e| format!("tests/tools/scimmy-server/package-lock.json: {e}"))?;
    // The installed packages are those of the lock file next to them; a changed lock installs again.
    let current = std::fs::read(dir.join("package-lock.json")).ok();
    for file in ["package.json", "package-lock.json", "server.mjs"] {
        std::fs::copy(source.join(file), dir.join(file))
            .map_err(|e| format!("copy {file} to {}: {e}", dir.display()))?;
    }
    if current.as_deref() == Some(&lock[..]) && dir.join("node_modules").join("scimmy").exists() {
        return Ok(());
    }
    status(
        npm()
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&dir),
    )
}

/// The Pythons the account server's e-mail tests try, in order, for Python's aiosmtpd.
const PYTHONS: &[&str] = &["python3", "/usr/bin/python3", "python"];

/// The account server's e-mail tests receive mail with Python's aiosmtpd.
fn pip_install_smtp_server() -> Result {
    let has = |python: &str| {
        Command::new(python)
            .args(["-c", "import aiosmtpd"])
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false)
    };
    if PYTHONS.iter().any(|p| has(p)) {
        return Ok(());
    }
    let python = if cfg!(windows) { "python" } else { "python3" };
    status(Command::new(python).args(["-m", "pip", "install", "--user", "aiosmtpd"]))
}

fn installed(pkg: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", pkg])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        .unwrap_or(false)
}

fn apt_install(packages: &[&str]) -> Result {
    if Command::new("dpkg-query")
        .arg("--version")
        .output()
        .is_err()
    {
        println!(
            "xtask: not a Debian/Ubuntu system; install the equivalents of: {}",
            packages.join(" ")
        );
        return Ok(());
    }
    let missing: Vec<&str> = packages.iter().copied().filter(|p| !installed(p)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    println!("xtask: installing {}", missing.join(" "));
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout.starts_with(b"0"))
        .unwrap_or(false);
    let apt = |args: &[&str]| -> Command {
        let mut c = if is_root {
            Command::new("apt-get")
        } else {
            Command::new("sudo")
        };
        if !is_root {
            c.arg("apt-get");
        }
        c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        c
    };
    status(&mut apt(&["update", "-qq"]))?;
    let mut install = apt(&["install", "-y", "-qq", "--no-install-recommends"]);
    install.args(&missing);
    status(&mut install)
}

fn cargo_bin_dir() -> PathBuf {
    env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| {
            env::var_os("HOME")
                .or_else(|| env::var_os("USERPROFILE"))
                .map(|h| PathBuf::from(h).join(".cargo"))
        })
        .unwrap_or_else(|| PathBuf::from(".cargo"))
        .join("bin")
}

fn install_tauri_driver() -> Result {
    let exe = if cfg!(windows) {
        "tauri-driver.exe"
    } else {
        "tauri-driver"
    };
    if cargo_bin_dir().join(exe).exists() {
        return Ok(());
    }
    status(cargo().args(["install", "tauri-driver", "--version", "^2", "--locked"]))
}

/// Makes sure the tests find tauri-driver even when ~/.cargo/bin is not on PATH.
pub fn add_tool_paths(cmd: &mut Command) {
    let mut paths: Vec<PathBuf> = vec![cargo_bin_dir()];
    if let Some(p) = env::var_os("PATH") {
        paths.extend(env::split_paths(&p));
    }
    if let Ok(joined) = env::join_paths(paths) {
        cmd.env("PATH", joined);
    }
}

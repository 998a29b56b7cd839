//! Drives the real Userdesk binary in a real webview: Xvfb (when there is no display), tauri-driver
//! and the platform's WebDriver, spoken to over plain HTTP on 127.0.0.1.

#![allow(dead_code)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{Value, json};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// One app at a time: they share the display, and two cores do not make parallel GUIs faster.
static SERIAL: Mutex<()> = Mutex::new(());
static DISPLAY: OnceLock<Option<String>> = OnceLock::new();

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on loopback")
}

/// Uses the existing display, or starts Xvfb on a free one. A watchdog shell stops Xvfb when this
/// test process ends, however it ends.
fn display() -> Option<String> {
    DISPLAY
        .get_or_init(|| {
            if !cfg!(target_os = "linux") {
                return None;
            }
            if let Ok(d) = std::env::var("DISPLAY")
                && !d.is_empty()
            {
                return Some(d);
            }
            let n = (90..400)
                .find(|n| {
                    !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                        && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
                })
                .expect("a free X display number");
            let script = format!(
                "Xvfb :{n} -screen 0 1400x1000x24 -nolisten tcp >/dev/null 2>&1 & x=$!; \
                 while kill -0 {parent} 2>/dev/null; do sleep 1; done; kill $x",
                parent = std::process::id()
            );
            // Never waited for: the watchdog outlives every test and ends after this process does.
            #[expect(
                clippy::zombie_processes,
                reason = "the watchdog must outlive the tests"
            )]
            Command::new("sh")
                .args(["-c", &script])
                .stdin(Stdio::null())
                .spawn()
                .expect("start Xvfb (apt-get install xvfb)");
            let socket = format!("/tmp/.X11-unix/X{n}");
            let start = Instant::now();
            while !Path::new(&socket).exists() {
                assert!(start.elapsed() < TIMEOUT, "Xvfb did not start on :{n}");
                std::thread::sleep(Duration::from_millis(50));
            }
            Some(format!(":{n}"))
        })
        .clone()
}

pub fn app_binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_userdesk"))
}

pub fn artifacts_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("e2e-artifacts");
    let _ = std::fs::create_dir_all(&dir);
    dir
}

struct Driver {
    child: Child,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A running app, driven over WebDriver. Dropping it closes the app; if the test is failing, a
/// screenshot of the window is saved first, to `target/e2e-artifacts/<name>-failure.png`.
pub struct App {
    http: reqwest::blocking::Client,
    base: String,
    session: String,
    name: String,
    _driver: Driver,
    _serial: MutexGuard<'static, ()>,
}

impl App {
    /// Starts the app on the cache in `data_dir` (a new demo account if it is empty).
    /// Starts the app on the demo account.
    pub fn launch(name: &str, data_dir: &Path) -> App {
        Self::launch_with(name, data_dir, &["--demo"], &[])
    }

    /// Starts the app with more arguments and environment (e.g. `--server`, a keychain's bus).
    pub fn launch_with(
        name: &str,
        data_dir: &Path,
        extra_args: &[&str],
        env: &[(&str, String)],
    ) -> App {
        let serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
        let port = free_port();
        let native_port = free_port();
        let mut cmd = Command::new("tauri-driver");
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .env("GSETTINGS_BACKEND", "memory")
        .env("USERDESK_LOCALE", "en-US")
        .envs(env.iter().map(|(k, v)| (*k, v.as_str())));
        if let Some(d) = display() {
            cmd.env("DISPLAY", d);
        }
        let child = cmd
            .spawn()
            .expect("start tauri-driver (cargo xtask setup --test installs it)");
        let driver = Driver { child };
        // The workspace builds reqwest with rustls and no default crypto: name it once.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::blocking::Client::builder()
            .timeout(Duration::from_secs(60))
            .build()
            .expect("http client");
        let base = format!("http://127.0.0.1:{port}");
        let start = Instant::now();
        while http.get(format!("{base}/status")).send().is_err() {
            assert!(
                start.elapsed() < TIMEOUT,
                "tauri-driver did not answer on {base}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let mut args = vec![
            json!("--data-dir"),
            json!(data_dir),
            json!("--locale"),
            json!("en-US"),
        ];
        args.extend(extra_args.iter().map(|a| json!(a)));
        let caps = json!({"capabilities": {"alwaysMatch": {"tauri:options": {
            "application": app_binary(),
            "args": args,
        }}}});
        let reply: Value = http
            .post(format!("{base}/session"))
            .json(&caps)
            .send()
            .and_then(|r| r.json())
            .expect("new WebDriver session");
        let session = reply["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {reply}"))
            .to_owned();
        App {
            http,
            base,
            session,
            name: name.to_owned(),
            _driver: driver,
            _serial: serial,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}/session/{}{}", self.base, self.session, path)
    }

    /// A WebDriver command: its value, or the WebDriver error (e.g. "no such element").
    fn command(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<Value, String> {
        let mut req = self.http.request(method.clone(), self.url(path));
        if let Some(b) = body {
            req = req.json(&b);
        }
        let reply: Value = req
            .send()
            .and_then(|r| r.json())
            .map_err(|e| format!("{method} {path}: {e}"))?;
        let value = reply["value"].clone();
        match value.get("error").and_then(Value::as_str) {
            Some(error) => Err(format!("{method} {path}: {error}: {}", value["message"])),
            None => Ok(value),
        }
    }

    fn post(&self, path: &str, body: Value) -> Value {
        self.command(reqwest::Method::POST, path, Some(body))
            .unwrap_or_else(|e| panic!("{e}"))
    }

    /// The element matching `css` now, if there is one.
    pub fn try_find(&self, css: &str) -> Option<String> {
        self.command(
            reqwest::Method::POST,
            "/element",
            Some(json!({"using": "css selector", "value": css})),
        )
        .ok()
        .and_then(|v| v[ELEMENT].as_str().map(str::to_owned))
    }

    /// Runs JavaScript in the page and returns its result.
    pub fn js(&self, script: &str, args: Value) -> Value {
        self.post("/execute/sync", json!({"script": script, "args": args}))
    }

    /// Runs asynchronous JavaScript in the page: the script calls its last argument with the
    /// result.
    pub fn js_async(&self, script: &str, args: Value) -> Value {
        self.post("/execute/async", json!({"script": script, "args": args}))
    }

    /// Polls `check` until it returns `Some`, failing the test with `what` after the timeout.
    pub fn wait_for<T>(&self, what: &str, mut check: impl FnMut(&App) -> Option<T>) -> T {
        let start = Instant::now();
        loop {
            if let Some(v) = check(self) {
                return v;
            }
            assert!(start.elapsed() < TIMEOUT, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The element matching `css`, waiting for it to appear.
    pub fn find(&self, css: &str) -> String {
        self.wait_for(&format!("element {css}"), |app| app.try_find(css))
    }

    pub fn click(&self, element: &str) {
        self.post(&format!("/element/{element}/click"), json!({}));
    }

    pub fn type_text(&self, element: &str, text: &str) {
        self.post(&format!("/element/{element}/value"), json!({"text": text}));
    }

    /// Replaces the text of the input matching `css` with `text`, as typed. A screen that redraws
    /// itself meanwhile (a sync ended while WebDriver's clear had taken the focus away) is typed
    /// into again until the input holds exactly `text`.
    pub fn replace_text(&self, css: &str, text: &str) {
        let start = Instant::now();
        loop {
            let el = self.find(css);
            let typed = self
                .command(
                    reqwest::Method::POST,
                    &format!("/element/{el}/clear"),
                    Some(json!({})),
                )
                .and_then(|_| {
                    self.command(
                        reqwest::Method::POST,
                        &format!("/element/{el}/value"),
                        Some(json!({"text": text})),
                    )
                });
            if typed.is_ok() && self.try_value(css).as_deref() == Some(text) {
                return;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "could not type {text:?} into {css}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn clear(&self, element: &str) {
        self.post(&format!("/element/{element}/clear"), json!({}));
    }

    /// Reads `what` (`text`, `property/value`, `attribute/NAME`) of the element matching `css`,
    /// waiting for it to appear. The UI redraws parts of the page as sync states change, so an
    /// element found a moment ago may be gone: it is then looked up again.
    fn read(&self, css: &str, what: &str) -> Value {
        let start = Instant::now();
        loop {
            let el = self.find(css);
            match self.command(reqwest::Method::GET, &format!("/element/{el}/{what}"), None) {
                Ok(v) => return v,
                Err(e) if e.contains("stale element") && start.elapsed() < TIMEOUT => {}
                Err(e) => panic!("{e}"),
            }
        }
    }

    pub fn text(&self, css: &str) -> String {
        self.read(css, "text")
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    pub fn value(&self, css: &str) -> String {
        self.read(css, "property/value")
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    pub fn attribute(&self, css: &str, name: &str) -> Option<String> {
        self.read(css, &format!("attribute/{name}"))
            .as_str()
            .map(str::to_owned)
    }

    /// The value of the input matching `css` now, if there is one.
    pub fn try_value(&self, css: &str) -> Option<String> {
        let el = self.try_find(css)?;
        let v = self
            .command(
                reqwest::Method::GET,
                &format!("/element/{el}/property/value"),
                None,
            )
            .ok()?;
        v.as_str().map(str::to_owned)
    }

    /// Makes the window `width` × `height` and waits until the page has that width, so that a
    /// narrow window can be looked at.
    pub fn resize(&self, width: u32, height: u32) {
        self.post("/window/rect", json!({"width": width, "height": height}));
        self.wait_for(&format!("a window {width} wide"), |a| {
            let w = a.js("return window.innerWidth;", json!([])).as_u64()?;
            (w <= u64::from(width)).then_some(())
        });
    }

    /// Whether the page is wider than its window (something would have to scroll sideways).
    pub fn overflows_sideways(&self) -> bool {
        self.js(
            "return document.documentElement.scrollWidth > window.innerWidth + 1;",
            json!([]),
        )
        .as_bool()
        .unwrap_or(true)
    }

    /// A picture of the window scrolled so that the element matching `css` is in view (at its
    /// top, or as far up as the page goes).
    pub fn screenshot_of(&self, css: &str, file: &str) -> PathBuf {
        self.wait_for(&format!("{css} scrolled into view"), |a| {
            a.js(
                "const el = document.querySelector(arguments[0]); if (!el) return false;
                 el.scrollIntoView({ block: 'start' });
                 const r = el.getBoundingClientRect();
                 return r.top >= 0 && r.top < window.innerHeight - 120;",
                json!([css]),
            )
            .as_bool()
            .filter(|seen| *seen)
        });
        self.screenshot(file)
    }

    pub fn screenshot(&self, file: &str) -> PathBuf {
        let path = artifacts_dir().join(file);
        if let Ok(Value::String(b64)) = self.command(reqwest::Method::GET, "/screenshot", None)
            && let Ok(png) = base64::engine::general_purpose::STANDARD.decode(&b64)
        {
            let _ = std::fs::write(&path, png);
        }
        path
    }
}

impl Drop for App {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let path = self.screenshot(&format!("{}-failure.png", self.name));
            eprintln!("screenshot of the failing window: {}", path.display());
        }
        let _ = self
            .http
            .delete(format!("{}/session/{}", self.base, self.session))
            .send();
    }
}

/// A real OS keychain for the app under test: a private D-Bus session with GNOME Keyring's Secret
/// Service, unlocked, keeping its files in `dir`. Stopped when dropped.
pub struct Keychain {
    bus: Child,
    keyring: Child,
    pub env: Vec<(&'static str, String)>,
}

impl Keychain {
    pub fn start(dir: &Path) -> Keychain {
        use std::io::{BufRead, Write};
        let socket = dir.join("bus");
        let mut bus = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .arg(format!("--address=unix:path={}", socket.display()))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start dbus-daemon (apt-get install dbus)");
        let mut address = String::new();
        if let Some(out) = bus.stdout.take() {
            std::io::BufReader::new(out)
                .read_line(&mut address)
                .expect("bus address");
        }
        let address = address.trim().to_owned();
        let data = dir.join("data");
        let env = vec![
            ("DBUS_SESSION_BUS_ADDRESS", address),
            ("XDG_DATA_HOME", data.display().to_string()),
            ("XDG_RUNTIME_DIR", dir.display().to_string()),
        ];
        let mut keyring = Command::new("gnome-keyring-daemon")
            .args(["--foreground", "--unlock", "--components=secrets"])
            .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start gnome-keyring-daemon (apt-get install gnome-keyring)");
        if let Some(mut input) = keyring.stdin.take() {
            let _ = input.write_all(b"keychain-of-the-e2e-tests");
        }
        // Ready once the Secret Service has its name on the bus.
        let start = Instant::now();
        loop {
            let names = Command::new("dbus-send")
                .args([
                    "--session",
                    "--print-reply",
                    "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.ListNames",
                ])
                .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
                .output()
                .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
                .unwrap_or_default();
            if names.contains("org.freedesktop.secrets") {
                break;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "the Secret Service did not start"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        Keychain { bus, keyring, env }
    }
}

impl Drop for Keychain {
    fn drop(&mut self) {
        let _ = self.keyring.kill();
        let _ = self.keyring.wait();
        let _ = self.bus.kill();
        let _ = self.bus.wait();
    }
}

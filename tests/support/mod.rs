//! Drives the real Userdesk binary in a real webview: Xvfb (when there is no display), tauri-driver
//! and the platform's WebDriver, spoken to over plain HTTP on 127.0.0.1.

#![allow(dead_code)]

pub mod account;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{Value, json};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";
/// How long anything awaited may take before the test fails: a bound for a broken app, never a
/// pace (every wait ends as soon as what it waits for is there), so it is generous for a loaded
/// machine.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// One app at a time: they share the display, and two cores do not make parallel GUIs faster.
static SERIAL: Mutex<()> = Mutex::new(());
static DISPLAY: OnceLock<Option<String>> = OnceLock::new();

/// Runs xdotool on the tests' display: the keyboard and mouse of a person at the screen.
fn xdotool(args: &[&str]) -> std::process::Output {
    let mut c = Command::new("xdotool");
    c.args(args).stderr(Stdio::null());
    if let Some(d) = display() {
        c.env("DISPLAY", d);
    }
    c.output()
        .expect("xdotool (cargo xtask setup --test installs it)")
}

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

/// A helper process (tauri-driver and the WebKit driver it starts, the drag source) in a process
/// group of its own: dropping it stops the whole group, so no child outlives the test.
struct Driver {
    child: Child,
}

impl Driver {
    fn spawn(cmd: &mut Command) -> std::io::Result<Driver> {
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(cmd, 0);
        cmd.spawn().map(|child| Driver { child })
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        #[cfg(unix)]
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .stderr(Stdio::null())
            .status();
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
    ///
    /// tauri-driver and the WebKit driver it starts take their ports as arguments, so the ports
    /// are chosen free before they are bound: if something took one meanwhile, the driver exits
    /// or the session cannot start, and the launch is made again on other ports.
    pub fn launch_with(
        name: &str,
        data_dir: &Path,
        extra_args: &[&str],
        env: &[(&str, String)],
    ) -> App {
        let serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
        // The workspace builds reqwest with rustls and no default crypto: name it once.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::blocking::Client::builder()
            .timeout(Duration::from_secs(60))
            .build()
            .expect("http client");
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
        let mut failures = Vec::new();
        for _ in 0..3 {
            let (port, native_port) = (free_port(), free_port());
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
            let mut driver = Driver::spawn(&mut cmd)
                .expect("start tauri-driver (cargo xtask setup --test installs it)");
            let base = format!("http://127.0.0.1:{port}");
            let start = Instant::now();
            let listening = loop {
                if http.get(format!("{base}/status")).send().is_ok() {
                    break true;
                }
                if let Ok(Some(_)) = driver.child.try_wait() {
                    break false;
                }
                assert!(
                    start.elapsed() < TIMEOUT,
                    "tauri-driver did not answer on {base}"
                );
                std::thread::sleep(Duration::from_millis(50));
            };
            if !listening {
                failures.push(format!("tauri-driver exited (port {port} taken?)"));
                continue;
            }
            let reply: Value = match http
                .post(format!("{base}/session"))
                .json(&caps)
                .send()
                .and_then(|r| r.json())
            {
                Ok(v) => v,
                Err(e) => {
                    failures.push(format!("new WebDriver session: {e}"));
                    continue;
                }
            };
            let Some(session) = reply["value"]["sessionId"].as_str() else {
                failures.push(format!(
                    "no session (native port {native_port} taken?): {reply}"
                ));
                continue;
            };
            return App {
                http,
                base,
                session: session.to_owned(),
                name: name.to_owned(),
                _driver: driver,
                _serial: serial,
            };
        }
        panic!("the app could not be started: {failures:?}");
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

    /// Reads `what` (as for [`App::read`]) of the element matching `css` now, if there is one
    /// and it is text.
    fn read_now(&self, css: &str, what: &str) -> Option<String> {
        let el = self.try_find(css)?;
        let v = self
            .command(reqwest::Method::GET, &format!("/element/{el}/{what}"), None)
            .ok()?;
        v.as_str().map(str::to_owned)
    }

    /// The attribute `name` of the element matching `css` now, if there is one.
    pub fn attribute_now(&self, css: &str, name: &str) -> Option<String> {
        self.read_now(css, &format!("attribute/{name}"))
    }

    /// The value of the input matching `css` now, if there is one.
    pub fn try_value(&self, css: &str) -> Option<String> {
        self.read_now(css, "property/value")
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

    /// Picks `path` in the OS's file dialog titled `title` (GTK's, here) the way a person types
    /// a path into it: the dialog is found by its title, given the keyboard, Ctrl+L opens its
    /// location field, the path is typed and Return chooses it.
    pub fn choose_in_file_dialog(&self, title: &str, path: &Path) {
        let window = self.wait_for(&format!("the file dialog \"{title}\""), |_| {
            let out = xdotool(&["search", "--onlyvisible", "--name", &format!("^{title}$")]);
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .next()
                .map(str::to_owned)
        });
        // GTK checks the typed path before it takes Return (its Open button stays disabled until
        // then), and a dialog that has only just appeared may not have taken the keys yet: while
        // it is still open, the path is typed again and Return pressed again.
        let open = || {
            let out = xdotool(&["search", "--onlyvisible", "--name", &format!("^{title}$")]);
            !out.stdout.is_empty()
        };
        let start = Instant::now();
        while open() {
            assert!(
                start.elapsed() < TIMEOUT,
                "the file dialog did not take {path:?}"
            );
            xdotool(&["windowfocus", "--sync", &window]);
            xdotool(&["key", "--clearmodifiers", "ctrl+l"]);
            xdotool(&["key", "--clearmodifiers", "ctrl+a"]);
            xdotool(&["type", "--delay", "2", &path.display().to_string()]);
            for _ in 0..3 {
                xdotool(&["key", "Return"]);
                let pressed = Instant::now();
                while open() && pressed.elapsed() < Duration::from_secs(1) {
                    std::thread::sleep(Duration::from_millis(100));
                }
                if !open() {
                    return;
                }
            }
        }
    }

    /// Drags `path` from a file-manager-like window (tests/tools/drag-source.py, GTK) and drops
    /// it on the element matching `css`, with the mouse, as a person does; then waits for
    /// `dropped` to be true. A drag that did not take (the source had not seen the press yet) is
    /// made again.
    pub fn drop_file_on(&self, css: &str, path: &Path, dropped: impl Fn(&App) -> bool) {
        use std::io::BufRead;
        let display = display();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/drag-source.py");
        let mut source = Command::new("/usr/bin/python3");
        source
            .arg(script)
            .arg(path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        if let Some(d) = &display {
            source.env("DISPLAY", d);
        }
        let mut source = Driver::spawn(&mut source).expect("the drag source (python3-gi)");
        let mut lines =
            std::io::BufReader::new(source.child.stdout.take().expect("stdout")).lines();
        let from: Vec<String> = lines
            .by_ref()
            .map_while(Result::ok)
            .find_map(|l| {
                l.strip_prefix("ready ")
                    .map(|r| r.split(' ').map(str::to_owned).collect())
            })
            .expect("the drag source is on screen");
        std::thread::spawn(move || lines.for_each(drop));
        // Where the element is on the screen: the app's window, then the element in it.
        let window = self.wait_for("the app's window", |_| {
            let out = xdotool(&["search", "--onlyvisible", "--name", "^Userdesk$"]);
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .next()
                .map(str::to_owned)
        });
        let geometry =
            String::from_utf8_lossy(&xdotool(&["getwindowgeometry", "--shell", &window]).stdout)
                .into_owned();
        let at = |key: &str| -> i64 {
            geometry
                .lines()
                .find_map(|l| l.strip_prefix(&format!("{key}=")))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0)
        };
        let rect = self.js(
            "const r = document.querySelector(arguments[0]).getBoundingClientRect();
             return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];",
            json!([css]),
        );
        let to = (
            at("X") + rect[0].as_i64().unwrap_or(0),
            at("Y") + rect[1].as_i64().unwrap_or(0),
        );
        let start = Instant::now();
        loop {
            assert!(start.elapsed() < TIMEOUT, "the drop on {css} did not take");
            xdotool(&["mousemove", "--sync", &from[0], &from[1]]);
            xdotool(&["mousedown", "1"]);
            let (fx, fy): (i64, i64) = (from[0].parse().unwrap_or(0), from[1].parse().unwrap_or(0));
            for step in 1..=20 {
                let x = fx + (to.0 - fx) * step / 20;
                let y = fy + (to.1 - fy) * step / 20;
                xdotool(&["mousemove", "--sync", &x.to_string(), &y.to_string()]);
            }
            xdotool(&["mouseup", "1"]);
            let released = Instant::now();
            while released.elapsed() < Duration::from_secs(3) {
                if dropped(self) {
                    return;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
    }

    pub fn screenshot(&self, file: &str) -> PathBuf {
        let path = artifacts_dir().join(file);
        // What was drawn last (a canvas, a picture just decoded) is painted first.
        let _ = self.command(
            reqwest::Method::POST,
            "/execute/async",
            Some(json!({
                "script": "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                "args": [],
            })),
        );
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

//! Starts a SCIM server that nobody on this team wrote, for the tests of the sync engine and the
//! app: each on a port the system picks, announced on its standard output, so a test never picks
//! a port that something else could take before the server binds it.
//!
//! `cargo xtask setup --test` installs both under `target/test-tools`:
//! - [`Kind::Scim2Server`]: PyPI's `scim2-server` (python-scim) in a venv, with ETags, a page as
//!   long as asked, and Bulk results that name each operation's `bulkId`;
//! - [`Kind::Scimmy`]: npm's SCIMMY and SCIMMY Express Routers over an in-memory store
//!   (`tests/tools/scimmy-server`), on Node.js, set up unlike the first: no ETags, pages of at most
//!   [`SCIMMY_PAGE`] users whatever is asked, ids that are not UUIDs, Bulk PATCH results without a
//!   `bulkId`, locations relative to the server.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The longest list page the SCIMMY server returns.
pub const SCIMMY_PAGE: u32 = 7;

/// Which independent server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Scim2Server,
    Scimmy,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::Scim2Server, Kind::Scimmy];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Scim2Server => "scim2-server (PyPI)",
            Kind::Scimmy => "SCIMMY (npm)",
        }
    }

    /// Whether it keeps `meta.version` and answers `If-Match`.
    pub fn has_etags(self) -> bool {
        self == Kind::Scim2Server
    }
}

/// A running server; stopped when dropped.
pub struct ThirdParty {
    child: Child,
    pub kind: Kind,
    /// The SCIM base URL, e.g. `http://127.0.0.1:40123/v2`.
    pub base: String,
    /// The bearer token it accepts.
    pub token: String,
}

impl Drop for ThirdParty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The scim2-server venv: `USERDESK_SCIM2_SERVER_VENV`, else where `cargo xtask` installs it.
pub fn scim2_venv() -> PathBuf {
    std::env::var_os("USERDESK_SCIM2_SERVER_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target/test-tools/scim2-server-0.8.3"))
}

/// The SCIMMY server's folder: `USERDESK_SCIMMY_SERVER_DIR`, else where `cargo xtask` installs it.
pub fn scimmy_dir() -> PathBuf {
    std::env::var_os("USERDESK_SCIMMY_SERVER_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target/test-tools/scimmy-server"))
}

fn installed(path: PathBuf) -> PathBuf {
    assert!(
        path.exists(),
        "{} is missing: `cargo xtask setup --test` installs it",
        path.display()
    );
    path
}

impl ThirdParty {
    /// Starts one with its usual settings.
    pub fn start(kind: Kind, token: &str) -> ThirdParty {
        Self::start_with(kind, token, &[])
    }

    /// Starts one with options of its own command line (scim2-server's, e.g.
    /// `--service-provider-config FILE`; the SCIMMY server's, e.g. `--page-size N`).
    pub fn start_with(kind: Kind, token: &str, extra: &[&str]) -> ThirdParty {
        let mut cmd = match kind {
            Kind::Scim2Server => {
                let venv = scim2_venv();
                let python = if cfg!(windows) {
                    venv.join("Scripts").join("python.exe")
                } else {
                    venv.join("bin").join("python")
                };
                let mut cmd = Command::new(installed(python));
                cmd.arg(workspace().join("tests/tools/scim2-server-any-port.py"))
                    .args(["--hostname", "127.0.0.1", "--bearer-token", token]);
                cmd
            }
            Kind::Scimmy => {
                let dir = scimmy_dir();
                installed(dir.join("node_modules/scimmy"));
                let mut cmd = Command::new("node");
                cmd.arg(installed(dir.join("server.mjs")))
                    .args(["--token", token])
                    .args(["--page-size", &SCIMMY_PAGE.to_string()]);
                cmd
            }
        };
        let mut child = cmd
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", kind.name()));
        let stdout = child.stdout.take().expect("a piped stdout");
        let mut lines = BufReader::new(stdout).lines();
        let port = lines
            .by_ref()
            .map_while(Result::ok)
            .find_map(|l| l.strip_prefix("listening on ").map(str::to_owned))
            .unwrap_or_else(|| panic!("{} never said where it listens", kind.name()));
        // What it prints later is read too: a closed pipe would stop it at its next line.
        std::thread::spawn(move || lines.for_each(drop));
        let root = match kind {
            Kind::Scim2Server => "v2",
            Kind::Scimmy => "scim/v2",
        };
        ThirdParty {
            child,
            kind,
            base: format!("http://127.0.0.1:{port}/{root}"),
            token: token.to_owned(),
        }
    }
}

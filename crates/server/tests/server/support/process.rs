//! `userdesk-server` as a separate process, the way it is deployed.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

pub const EXE: &str = env!("CARGO_BIN_EXE_userdesk-server");

/// A running `userdesk-server serve`, stopped when dropped.
pub struct ServerProcess {
    child: Child,
    /// Where it listens, e.g. `http://127.0.0.1:41234`.
    pub root: String,
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl ServerProcess {
    /// The operating system's id of the process (the benchmark reads its memory by it).
    #[allow(dead_code)]
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Starts `serve --listen 127.0.0.1:0` with `args` and `env`, and waits until it listens.
    pub fn start(args: &[&str], env: &[(&str, &str)]) -> Self {
        let mut child = Command::new(EXE)
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(args)
            .envs(env.iter().copied())
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start userdesk-server");
        let stdout = child.stdout.take().expect("stdout");
        let line = BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .find(|l| l.contains("listening on"))
            .expect("the server says where it listens");
        let root = line.rsplit(' ').next().expect("an address").to_owned();
        Self { child, root }
    }
}

/// Runs `userdesk-server init` for a first Super admin; panics with its error output if it fails.
pub fn init(
    env: &[(&str, &str)],
    args: &[&str],
    email: &str,
    password: &str,
) -> std::process::Output {
    Command::new(EXE)
        .args([
            "init",
            "--email",
            email,
            "--first-name",
            "Olive",
            "--last-name",
            "Owner",
        ])
        .args(args)
        .envs(env.iter().copied())
        .env("USERDESK_ADMIN_PASSWORD", password)
        .output()
        .expect("run init")
}

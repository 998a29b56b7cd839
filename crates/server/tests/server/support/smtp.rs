//! A real SMTP server on loopback for the e-mail tests: Python's aiosmtpd, storing what it receives
//! in a Maildir.
#![allow(dead_code)]

use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The Pythons tried, in order (the system one has Debian's python3-aiosmtpd).
const PYTHONS: &[&str] = &["python3", "/usr/bin/python3", "python"];

fn python() -> &'static str {
    PYTHONS
        .iter()
        .copied()
        .find(|p| {
            Command::new(p)
                .args(["-c", "import aiosmtpd"])
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .expect("Python with aiosmtpd (cargo xtask test installs it)")
}

pub struct SmtpServer {
    child: Child,
    pub port: u16,
    maildir: tempfile::TempDir,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port nobody listens on right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl SmtpServer {
    pub fn start() -> Self {
        Self::start_on(free_port())
    }

    pub fn start_on(port: u16) -> Self {
        let maildir = tempfile::tempdir().expect("maildir");
        let mut child = Command::new(python())
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(maildir.path().join("box"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start aiosmtpd");
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = child.try_wait() {
                panic!("aiosmtpd exited: {status}");
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "aiosmtpd did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Self {
            child,
            port,
            maildir,
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    fn files(&self) -> Vec<PathBuf> {
        let mut files: Vec<(std::time::SystemTime, PathBuf)> =
            std::fs::read_dir(self.maildir.path().join("box").join("new"))
                .map(|d| {
                    d.filter_map(|e| e.ok())
                        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
                        .collect()
                })
                .unwrap_or_default();
        files.sort();
        files.into_iter().map(|(_, p)| p).collect()
    }

    /// Waits until at least `n` messages arrived and returns all of them, oldest first.
    pub async fn wait_for(&self, n: usize) -> Vec<Vec<u8>> {
        let start = Instant::now();
        loop {
            let files = self.files();
            if files.len() >= n {
                return files
                    .iter()
                    .map(|f| std::fs::read(f).expect("read mail"))
                    .collect();
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "only {} of {n} e-mails arrived",
                files.len()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// How many messages arrived so far.
    pub fn count(&self) -> usize {
        self.files().len()
    }
}

//! A real SMTP server on loopback for the e-mail tests: Python's aiosmtpd, storing what it receives
//! in a Maildir.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
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

impl SmtpServer {
    /// Starts aiosmtpd on a port it picks itself, and returns once it accepts connections.
    pub fn start() -> Self {
        let maildir = tempfile::tempdir().expect("maildir");
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/tools/smtp-any-port.py");
        let mut child = Command::new(python())
            .arg(script)
            .arg(maildir.path().join("box"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start aiosmtpd");
        let mut line = String::new();
        let read = child
            .stdout
            .take()
            .map(|out| BufReader::new(out).read_line(&mut line));
        let port = line
            .trim()
            .strip_prefix("listening on ")
            .and_then(|p| p.parse().ok());
        let Some(port) = port else {
            let _ = child.kill();
            panic!(
                "aiosmtpd did not start ({read:?}, {line:?}): {:?}",
                child.wait()
            );
        };
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
}

/// A port the test holds for an SMTP server that is not there yet: while closed it hangs up on
/// every connection (and counts them); once opened it passes each connection to the server.
pub struct Gate {
    pub port: u16,
    target: Arc<std::sync::Mutex<Option<u16>>>,
    refused: tokio::sync::watch::Receiver<usize>,
}

impl Gate {
    pub async fn closed() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let target: Arc<std::sync::Mutex<Option<u16>>> = Arc::default();
        let (count, refused) = tokio::sync::watch::channel(0);
        let to = target.clone();
        tokio::spawn(async move {
            while let Ok((mut conn, _)) = listener.accept().await {
                let open = *to.lock().expect("gate");
                match open {
                    None => {
                        drop(conn);
                        count.send_modify(|n| *n += 1);
                    }
                    Some(port) => {
                        tokio::spawn(async move {
                            if let Ok(mut up) =
                                tokio::net::TcpStream::connect(("127.0.0.1", port)).await
                            {
                                let _ = tokio::io::copy_bidirectional(&mut conn, &mut up).await;
                            }
                        });
                    }
                }
            }
        });
        Self {
            port,
            target,
            refused,
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Waits until the gate has hung up on `n` connections.
    pub async fn refused(&self, n: usize) {
        let mut refused = self.refused.clone();
        tokio::time::timeout(Duration::from_secs(30), refused.wait_for(|c| *c >= n))
            .await
            .expect("nobody knocked on the closed gate in 30 s")
            .expect("the gate is gone");
    }

    /// From now on, connections go through to `smtp`.
    pub fn open(&self, smtp: &SmtpServer) {
        *self.target.lock().expect("gate") = Some(smtp.port);
    }
}

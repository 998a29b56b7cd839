//! A fault-injecting TCP proxy on loopback, between the sync engine and the server: per chunk of
//! bytes it passes, delays, drops the connection before the request reaches the server, or lets
//! the request through and drops the connection when the reply starts, after the server has
//! committed: the reply is lost. Which fault happens is drawn from a seeded generator, so a
//! failing run can be repeated.
#![allow(dead_code)]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Mutex;

use super::Rng;

/// How often each fault happens, per chunk, out of 1000.
#[derive(Debug, Clone, Copy)]
pub struct Faults {
    pub drop_request: u64,
    pub lose_reply: u64,
    pub delay: u64,
    pub max_delay_ms: u64,
}

/// What the proxy did, for the test to check that faults really happened.
#[derive(Debug, Default)]
pub struct Tally {
    pub connections: AtomicU64,
    pub dropped_requests: AtomicU64,
    pub lost_replies: AtomicU64,
    pub delays: AtomicU64,
}

pub struct Proxy {
    pub addr: std::net::SocketAddr,
    pub tally: Arc<Tally>,
    /// While false, the proxy passes everything untouched.
    pub enabled: Arc<AtomicBool>,
}

impl Proxy {
    /// Starts a proxy to `upstream` (host:port).
    pub async fn start(upstream: String, faults: Faults, seed: u64) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let addr = listener.local_addr().expect("addr");
        let tally = Arc::new(Tally::default());
        let enabled = Arc::new(AtomicBool::new(true));
        let rng = Arc::new(Mutex::new(Rng::new(seed)));
        let (t, e) = (tally.clone(), enabled.clone());
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                t.connections.fetch_add(1, Ordering::Relaxed);
                let (t, e, rng, upstream) = (t.clone(), e.clone(), rng.clone(), upstream.clone());
                tokio::spawn(async move {
                    if let Ok(server) = TcpStream::connect(&upstream).await {
                        relay(client, server, faults, rng, t, e).await;
                    }
                });
            }
        });
        Proxy {
            addr,
            tally,
            enabled,
        }
    }
}

enum Fault {
    Pass,
    Delay(Duration),
    Drop,
}

async fn draw(rng: &Mutex<Rng>, faults: Faults, drop_per_mille: u64) -> Fault {
    let mut r = rng.lock().await;
    let roll = r.below(1000);
    if roll < drop_per_mille {
        Fault::Drop
    } else if roll < drop_per_mille + faults.delay {
        Fault::Delay(Duration::from_millis(
            1 + r.below(faults.max_delay_ms.max(1)),
        ))
    } else {
        Fault::Pass
    }
}

async fn relay(
    client: TcpStream,
    server: TcpStream,
    faults: Faults,
    rng: Arc<Mutex<Rng>>,
    tally: Arc<Tally>,
    enabled: Arc<AtomicBool>,
) {
    let (mut cr, mut cw) = client.into_split();
    let (mut sr, mut sw) = server.into_split();
    let up = {
        let (rng, tally, enabled) = (rng.clone(), tally.clone(), enabled.clone());
        async move {
            let mut buf = vec![0u8; 16 * 1024];
            loop {
                let n = match cr.read(&mut buf).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => n,
                };
                if enabled.load(Ordering::Relaxed) {
                    match draw(&rng, faults, faults.drop_request).await {
                        Fault::Drop => {
                            tally.dropped_requests.fetch_add(1, Ordering::Relaxed);
                            return;
                        }
                        Fault::Delay(d) => {
                            tally.delays.fetch_add(1, Ordering::Relaxed);
                            tokio::time::sleep(d).await;
                        }
                        Fault::Pass => {}
                    }
                }
                if sw.write_all(&buf[..n]).await.is_err() {
                    return;
                }
            }
        }
    };
    let down = async move {
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let n = match sr.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => n,
            };
            if enabled.load(Ordering::Relaxed) {
                match draw(&rng, faults, faults.lose_reply).await {
                    Fault::Drop => {
                        tally.lost_replies.fetch_add(1, Ordering::Relaxed);
                        return;
                    }
                    Fault::Delay(d) => {
                        tally.delays.fetch_add(1, Ordering::Relaxed);
                        tokio::time::sleep(d).await;
                    }
                    Fault::Pass => {}
                }
            }
            if cw.write_all(&buf[..n]).await.is_err() {
                return;
            }
        }
    };
    // Whichever direction ends first ends the connection: both halves are dropped here.
    tokio::select! {
        () = up => {}
        () = down => {}
    }
}

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

/// A proxy that counts the chunks of bytes it passes (both ways) and, once armed with `after`,
/// trips on that chunk: the test learns of it and kills the client there. A held tripping chunk
/// is never forwarded (a request the server never got whole, or a reply lost after the server
/// committed), so the client is certainly still running when it is killed; a passed one lets the
/// client go on with the bytes it just received. No clock decides where a run is cut.
pub struct Tripwire {
    pub addr: std::net::SocketAddr,
    wire: Arc<Wire>,
}

struct Wire {
    /// Chunks still to pass before the one that trips; 0 when disarmed.
    left: AtomicU64,
    hold: AtomicBool,
    /// Chunks passed since the wire was last armed.
    passed: AtomicU64,
    /// The arming now in force; a new one lets go of chunks held in the last.
    round: tokio::sync::watch::Sender<u64>,
    /// The last arming that tripped.
    tripped: tokio::sync::watch::Sender<u64>,
}

impl Wire {
    /// Called for each chunk of a connection made in arming `round` before it is forwarded:
    /// whether it may go on. A connection of an earlier arming (its client was killed) is cut.
    async fn pass(&self, round: u64) -> bool {
        if *self.round.borrow() != round {
            return false;
        }
        self.passed.fetch_add(1, Ordering::SeqCst);
        let trips = self
            .left
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |l| l.checked_sub(1))
            == Ok(1);
        if !trips {
            return true;
        }
        if !self.hold.load(Ordering::SeqCst) {
            self.tripped.send_replace(round);
            return true;
        }
        let mut rounds = self.round.subscribe();
        self.tripped.send_replace(round);
        let _ = rounds.wait_for(|r| *r != round).await;
        false
    }
}

impl Tripwire {
    pub async fn start(upstream: String) -> Tripwire {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind tripwire");
        let addr = listener.local_addr().expect("addr");
        let wire = Arc::new(Wire {
            left: AtomicU64::new(0),
            hold: AtomicBool::new(false),
            passed: AtomicU64::new(0),
            round: tokio::sync::watch::Sender::new(0),
            tripped: tokio::sync::watch::Sender::new(0),
        });
        let w = wire.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let (w, upstream) = (w.clone(), upstream.clone());
                let round = *w.round.borrow();
                tokio::spawn(async move {
                    if let Ok(server) = TcpStream::connect(&upstream).await {
                        let (cr, cw) = client.into_split();
                        let (sr, sw) = server.into_split();
                        // Whichever direction ends first ends the connection.
                        tokio::select! {
                            () = forward(cr, sw, &w, round) => {}
                            () = forward(sr, cw, &w, round) => {}
                        }
                    }
                });
            }
        });
        Tripwire { addr, wire }
    }

    /// Trips on the `after`-th chunk from now (never when 0), holding it back if `hold`; lets go
    /// of anything held before and starts counting again.
    pub fn arm(&self, after: u64, hold: bool) {
        self.wire.left.store(0, Ordering::SeqCst);
        self.wire.hold.store(hold, Ordering::SeqCst);
        self.wire.passed.store(0, Ordering::SeqCst);
        self.wire.round.send_modify(|r| *r += 1);
        self.wire.left.store(after, Ordering::SeqCst);
    }

    /// Chunks passed since the last arming.
    pub fn passed(&self) -> u64 {
        self.wire.passed.load(Ordering::SeqCst)
    }

    /// Waits until the arming now in force trips.
    pub async fn tripped(&self) {
        let round = *self.wire.round.borrow();
        let mut tripped = self.wire.tripped.subscribe();
        let _ = tripped.wait_for(|t| *t == round).await;
    }
}

async fn forward(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    wire: &Wire,
    round: u64,
) {
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        let n = match from.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        if !wire.pass(round).await || to.write_all(&buf[..n]).await.is_err() {
            return;
        }
    }
}

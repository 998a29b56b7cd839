//! Passwords: the length rules, and hashing with argon2id at OWASP's parameters (19 MiB, 2 passes,
//! 1 lane) on a few threads of their own, with a bound on how many checks may wait.

use std::sync::LazyLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};

/// Fewest characters a password has.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Longest password accepted (bytes), so hashing stays cheap whatever is posted.
pub const MAX_PASSWORD_BYTES: usize = 1024;

/// Password checks that may wait for a password thread at once; beyond, a sign-in is answered
/// 429 at once instead of queueing without bound.
pub const MAX_WAITING_CHECKS: usize = 64;

fn argon2() -> Argon2<'static> {
    // 19 MiB, t = 2, p = 1: OWASP's recommendation for argon2id. Params::new cannot fail for these.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

thread_local! {
    /// argon2's 19 MiB of working memory, kept by each password thread and reused for every hash,
    /// so that memory stays flat however many sign-ins come.
    static BLOCKS: std::cell::RefCell<Vec<Block>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Most working memory a thread keeps between hashes (64 MiB).
const KEEP_BLOCKS: usize = 64 * 1024;

/// argon2 with `params` over `password` and `salt`, into `out`, using the thread's kept memory.
fn argon2_into(params: Params, password: &[u8], salt: &[u8], out: &mut [u8]) -> bool {
    let count = params.block_count();
    let hasher = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    if count > KEEP_BLOCKS {
        return hasher.hash_password_into(password, salt, out).is_ok();
    }
    BLOCKS.with(|blocks| {
        let mut blocks = blocks.borrow_mut();
        if blocks.len() < count {
            blocks.resize(count, Block::default());
        }
        hasher
            .hash_password_into_with_memory(password, salt, out, &mut blocks[..count])
            .is_ok()
    })
}

/// The PHC string of `password` (algorithm, parameters and salt included).
pub fn hash_password(password: &str) -> Option<String> {
    let salt = SaltString::generate(&mut OsRng);
    let mut raw_salt = [0u8; 64];
    let raw_salt = salt.decode_b64(&mut raw_salt).ok()?;
    let params = argon2().params().clone();
    let mut out = [0u8; 32];
    if !argon2_into(params.clone(), password.as_bytes(), raw_salt, &mut out) {
        return None;
    }
    let phc = PasswordHash {
        algorithm: argon2::ARGON2ID_IDENT,
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).ok()?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).ok()?),
    };
    Some(phc.to_string())
}

/// Whether `password` gives the hash in `phc` (with the parameters written there).
fn verify_password(phc: &str, password: &str) -> bool {
    let Ok(hash) = PasswordHash::new(phc) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (hash.salt, hash.hash) else {
        return false;
    };
    let Ok(params) = Params::try_from(&hash) else {
        return false;
    };
    let mut raw_salt = [0u8; 64];
    let Ok(raw_salt) = salt.decode_b64(&mut raw_salt) else {
        return false;
    };
    let mut out = vec![0u8; expected.len()];
    // Output's equality is constant-time.
    argon2_into(params, password.as_bytes(), raw_salt, &mut out)
        && Output::new(&out).is_ok_and(|computed| computed == expected)
}

/// A job for the password threads.
type HashJob = Box<dyn FnOnce() + Send>;

/// Password hashing runs on a few threads of its own (one per core, at most four), not on the
/// runtime's blocking pool: a flood of sign-ins queues here instead of taking every core, and each
/// thread reuses its 19 MiB of argon2 memory instead of leaving a copy in every allocator arena.
static HASHERS: LazyLock<Option<std::sync::Mutex<std::sync::mpsc::Sender<HashJob>>>> =
    LazyLock::new(|| {
        let (send, receive) = std::sync::mpsc::channel::<HashJob>();
        let receive = std::sync::Arc::new(std::sync::Mutex::new(receive));
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get().min(4));
        for i in 0..threads {
            let receive = receive.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("password-{i}"))
                .spawn(move || {
                    loop {
                        let job = match receive.lock() {
                            Ok(r) => r.recv(),
                            Err(_) => return,
                        };
                        match job {
                            Ok(job) => job(),
                            Err(_) => return,
                        }
                    }
                });
            if spawned.is_err() {
                return None;
            }
        }
        Some(std::sync::Mutex::new(send))
    });

/// Password jobs queued or running.
static WAITING: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The password threads have [`MAX_WAITING_CHECKS`] jobs already.
#[derive(Debug)]
pub struct Busy;

/// Holds one place among the waiting jobs until dropped.
struct Place;

impl Place {
    fn take() -> Result<Place, Busy> {
        use std::sync::atomic::Ordering;
        let before = WAITING.fetch_add(1, Ordering::AcqRel);
        if before >= MAX_WAITING_CHECKS {
            WAITING.fetch_sub(1, Ordering::AcqRel);
            return Err(Busy);
        }
        Ok(Place)
    }
}

impl Drop for Place {
    fn drop(&mut self) {
        WAITING.fetch_sub(1, std::sync::atomic::Ordering::AcqRel);
    }
}

/// Runs `f` on a password thread, in the place `place` holds.
async fn in_place<T: Send + 'static>(
    place: Place,
    f: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    let (done, result) = tokio::sync::oneshot::channel();
    let job: HashJob = Box::new(move || {
        let _ = done.send(f());
        drop(place);
    });
    HASHERS.as_ref()?.lock().ok()?.send(job).ok()?;
    result.await.ok()
}

/// Runs `f` on a password thread, queueing however many wait (for work that is not a guess:
/// setting a password someone chose).
async fn on_password_thread<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    use std::sync::atomic::Ordering;
    WAITING.fetch_add(1, Ordering::AcqRel);
    in_place(Place, f).await
}

/// [`hash_password`] on a password thread.
pub async fn hash_password_off_runtime(password: String) -> Option<String> {
    on_password_thread(move || hash_password(&password))
        .await
        .flatten()
}

/// Whether `password` matches the PHC string, checked on a password thread; [`Busy`] when too many
/// checks wait already.
pub async fn verify_password_off_runtime(phc: String, password: String) -> Result<bool, Busy> {
    let place = Place::take()?;
    Ok(in_place(place, move || verify_password(&phc, &password))
        .await
        .unwrap_or(false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::password_hash::{PasswordHasher, PasswordVerifier};

    #[test]
    fn no_more_checks_wait_than_the_bound() {
        let places: Vec<Place> = (0..MAX_WAITING_CHECKS)
            .map_while(|_| Place::take().ok())
            .collect();
        assert_eq!(places.len(), MAX_WAITING_CHECKS);
        assert!(Place::take().is_err(), "one more would wait without bound");
        drop(places);
        assert!(Place::take().is_ok(), "places come back");
    }

    #[test]
    fn hashes_are_standard_phc_strings_both_ways() {
        let ours = hash_password("correct horse battery staple").expect("hash");
        assert!(
            ours.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{ours}"
        );
        let parsed = PasswordHash::new(&ours).expect("PHC");
        assert!(
            argon2()
                .verify_password(b"correct horse battery staple", &parsed)
                .is_ok()
        );
        assert!(verify_password(&ours, "correct horse battery staple"));
        assert!(!verify_password(&ours, "correct horse battery stapler"));

        let salt = SaltString::generate(&mut OsRng);
        let theirs = argon2()
            .hash_password(b"another secret", &salt)
            .expect("hash")
            .to_string();
        assert!(verify_password(&theirs, "another secret"));
        assert!(!verify_password(&theirs, "another secreT"));
        assert!(!verify_password("not a hash", "another secret"));
    }
}

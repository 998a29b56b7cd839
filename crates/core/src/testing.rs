//! Helpers for the workspace's property tests (the `testing` feature; never in a program).

use std::sync::atomic::{AtomicUsize, Ordering};

/// Counts the cases a property accepted (the ones its `if let Ok(..)` reached) and, when the test
/// ends, fails unless at least `at_least` were: a property checked only on the inputs a parser
/// accepts proves nothing if the parser accepted none of them.
#[derive(Debug)]
pub struct Accepted {
    what: &'static str,
    at_least: usize,
    count: AtomicUsize,
}

impl Accepted {
    pub fn at_least(at_least: usize, what: &'static str) -> Self {
        Self {
            what,
            at_least,
            count: AtomicUsize::new(0),
        }
    }

    /// One more case was accepted.
    pub fn one(&self) {
        self.count.fetch_add(1, Ordering::Relaxed);
    }

    pub fn count(&self) -> usize {
        self.count.load(Ordering::Relaxed)
    }
}

impl Drop for Accepted {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let n = self.count();
            assert!(
                n >= self.at_least,
                "only {n} cases of {} were accepted; the property needs at least {}",
                self.what,
                self.at_least
            );
        }
    }
}

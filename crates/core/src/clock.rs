//! Time as an input: every rule that expires asks a [`Clock`] for the time, so tests can move it.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use time::{Duration, OffsetDateTime};

/// Where the time now comes from.
pub trait Clock: Send + Sync + std::fmt::Debug {
    /// The time now, in UTC.
    fn now(&self) -> OffsetDateTime;
}

/// The operating system's clock: what every program uses outside tests.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }
}

/// The system clock moved by a shift a test sets: it keeps running, so everything that needs time
/// to pass (versions, ordering) behaves as in production, and [`ShiftedClock::advance`] jumps
/// over a lifetime (fifteen minutes, thirty days) at once. Clones share one shift.
#[derive(Debug, Clone, Default)]
pub struct ShiftedClock {
    shift_micros: Arc<AtomicI64>,
}

impl ShiftedClock {
    pub fn new() -> Self {
        Self::default()
    }

    /// Moves the clock (and every clone of it) forward by `by`; a negative `by` moves it back.
    pub fn advance(&self, by: Duration) {
        let micros = i64::try_from(by.whole_microseconds()).unwrap_or(i64::MAX);
        self.shift_micros.fetch_add(micros, Ordering::SeqCst);
    }

    /// How far this clock is ahead of the system's.
    pub fn shift(&self) -> Duration {
        Duration::microseconds(self.shift_micros.load(Ordering::SeqCst))
    }
}

impl Clock for ShiftedClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc() + self.shift()
    }
}

/// A clock shared by the parts of a program (the system clock unless a test gives another).
pub type SharedClock = Arc<dyn Clock>;

/// The system clock, shared.
pub fn system() -> SharedClock {
    Arc::new(SystemClock)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shifted_clock_jumps_by_what_it_is_advanced_and_its_clones_follow() {
        let clock = ShiftedClock::new();
        let other = clock.clone();
        let before = SystemClock.now();
        clock.advance(Duration::days(30));
        let shifted = other.now();
        assert!(shifted >= before + Duration::days(30));
        assert!(shifted < SystemClock.now() + Duration::days(30) + Duration::seconds(1));
        clock.advance(Duration::days(-30));
        assert_eq!(other.shift(), Duration::ZERO);
    }
}

//! Counted tries (sign-in failures, phone codes) and their lock-outs.

use super::*;

/// How many tries a count allows before it locks, and for how long.
#[derive(Debug, Clone, Copy)]
pub struct TryLimits {
    pub threshold: i64,
    pub first_lock: time::Duration,
    pub max_lock: time::Duration,
}

/// A count of tries is forgotten this long after its last try.
pub const FORGET_AFTER: time::Duration = time::Duration::days(1);

/// Whether a sign-in may check its password now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Try {
    Allowed,
    Locked { until: OffsetDateTime },
}

impl Store {
    /// Takes one try of the count `key` (of `login`, when the count is a login's), atomically:
    /// refused while the count is locked; the `threshold`-th try in a row locks it for
    /// `first_lock`, each later one for twice as long as the one before (at most `max_lock`).
    /// A try is counted before the password is checked, so concurrent guesses cannot slip in
    /// between a check and its count; a successful sign-in clears the count. A count forgotten a
    /// day after its last try starts again.
    pub async fn take_try(
        &self,
        key: &str,
        login: Option<&str>,
        now: OffsetDateTime,
        limits: TryLimits,
    ) -> Result<Try, StoreError> {
        for _ in 0..64 {
            let row = sqlx::query(
                "SELECT failures, locked_until, last_failure_at FROM sign_in_failures WHERE login_key = $1",
            )
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
            let Some(row) = row else {
                sqlx::query(
                    "INSERT INTO sign_in_failures (login_key, login, failures, locked_until, last_failure_at)
                     VALUES ($1, $2, 0, NULL, $3) ON CONFLICT (login_key) DO NOTHING",
                )
                .bind(key)
                .bind(login)
                .bind(fmt_time(now))
                .execute(&self.pool)
                .await?;
                continue;
            };
            let old: i64 = row.try_get("failures")?;
            let time_of = |column: &str| {
                row.try_get::<Option<String>, _>(column)
                    .ok()
                    .flatten()
                    .and_then(|t| parse_time(&t))
            };
            let locked_until = time_of("locked_until");
            if let Some(until) = locked_until
                && until > now
            {
                return Ok(Try::Locked { until });
            }
            let stale = time_of("last_failure_at").is_some_and(|t| t + FORGET_AFTER < now);
            let failures = if stale { 1 } else { old + 1 };
            let lock = (failures >= limits.threshold).then(|| {
                let doublings = u32::try_from(failures - limits.threshold)
                    .unwrap_or(u32::MAX)
                    .min(20);
                now + (limits.first_lock * 2i32.saturating_pow(doublings)).min(limits.max_lock)
            });
            // Compare-and-set: only one of concurrent tries moves the count from `old`.
            let done = sqlx::query(
                "UPDATE sign_in_failures SET failures = $2, locked_until = $3, last_failure_at = $4
                 WHERE login_key = $1 AND failures = $5",
            )
            .bind(key)
            .bind(failures)
            .bind(lock.map(fmt_time))
            .bind(fmt_time(now))
            .bind(old)
            .execute(&self.pool)
            .await?;
            if done.rows_affected() == 1 {
                return Ok(Try::Allowed);
            }
        }
        // Contention this high is an attack on this very count: refuse for now.
        Ok(Try::Locked {
            until: now + time::Duration::seconds(1),
        })
    }
    /// Takes back one try of the count `key` (a try that turned out to be no guess).
    pub async fn give_back_try(&self, key: &str) -> Result<(), StoreError> {
        self.execute_with(
            "UPDATE sign_in_failures SET failures = failures - 1 WHERE login_key = $1 AND failures > 0",
            key,
        )
        .await
    }
    /// The tries so far of the count `key`, 0 when there is none.
    pub async fn tries(&self, key: &str) -> Result<i64, StoreError> {
        Ok(
            sqlx::query("SELECT failures FROM sign_in_failures WHERE login_key = $1")
                .bind(key)
                .fetch_optional(&self.pool)
                .await?
                .map(|r| r.try_get("failures"))
                .transpose()?
                .unwrap_or(0),
        )
    }
    /// Forgets the count `key` (after a successful sign-in).
    pub async fn clear_failures(&self, key: &str) -> Result<(), StoreError> {
        self.execute_with("DELETE FROM sign_in_failures WHERE login_key = $1", key)
            .await
    }
}

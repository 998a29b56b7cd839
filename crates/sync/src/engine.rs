//! One sync: the queued edits out (push), then the server's changes in (pull). And how long to
//! wait before trying again when the server cannot be reached: exponential backoff with jitter, so
//! many desktops coming back online at once do not all knock at the same moment.

use std::time::Duration;

use userdesk_cache::Cache;

use crate::client::{ScimClient, SyncError};
use crate::pull::{PullReport, pull};
use crate::push::{PushReport, push};

/// When the last sync ended well (the client's clock, for display only).
pub const LAST_SYNC: &str = "last_sync";

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SyncReport {
    pub push: PushReport,
    pub pull: PullReport,
}

impl SyncReport {
    /// Whether everything that could be sent was (nothing held back by the network or the server).
    pub fn complete(&self) -> bool {
        self.push.stopped.is_none()
    }
}

/// Thumbnails fetched in one sync at most: a first sync of a large account fetches the rest in
/// the following ones.
pub const THUMBNAILS_PER_SYNC: u32 = 2_000;

/// Whether the last sync left thumbnails to fetch ("yes" or "no").
const THUMBNAILS_LEFT: &str = "thumbnails-left";

/// Pushes the queued edits, then pulls what changed on the server, then fetches the avatar
/// thumbnails it names that the cache lacks.
pub async fn sync(
    client: &ScimClient,
    cache: &Cache,
    reconcile: bool,
) -> Result<SyncReport, SyncError> {
    let push = push(client, cache).await?;
    if push.sent > 0 {
        // A picture the server took is kept there now, under its own address.
        cache.forget_unused_pictures().await?;
    }
    let mut pull = pull(client, cache, reconcile).await?;
    // The catalog is a nicety: a server that cannot tell it now does not fail the sync.
    match crate::pull::pull_roles(client, cache).await {
        Ok(changed) => pull.catalogs_changed = changed,
        Err(e) => tracing::warn!(error = %e, "the role catalog could not be read"),
    }
    match crate::pull::pull_groups(client, cache).await {
        Ok(changed) => pull.catalogs_changed |= changed,
        Err(e) => tracing::warn!(error = %e, "the groups could not be read"),
    }
    // Thumbnails for the list, for offline viewing; a profile's larger picture when it is opened.
    // Looked for when users changed, or while some were left over from an earlier sync.
    let left = cache.sync_value(THUMBNAILS_LEFT).await?;
    if pull.stored > 0 || push.sent > 0 || left.as_deref() != Some("no") {
        let fetched = crate::pictures::fetch_thumbnails(client, cache, THUMBNAILS_PER_SYNC).await;
        let done =
            matches!(&fetched, Ok(r) if r.fetched + r.refused < u64::from(THUMBNAILS_PER_SYNC));
        if let Err(e) = &fetched {
            tracing::warn!(error = %e, "avatar pictures could not all be fetched");
        }
        cache
            .set_sync_value(THUMBNAILS_LEFT, if done { "no" } else { "yes" })
            .await?;
    }
    let report = SyncReport { push, pull };
    if report.complete() {
        let now = client
            .now()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default();
        cache.set_sync_value(LAST_SYNC, &now).await?;
    }
    Ok(report)
}

/// The wait before attempt `attempt` (0-based) after a failure: 1 s, 2 s, 4 s … up to 5 minutes,
/// each somewhere between half and all of that.
pub fn backoff(attempt: u32) -> Duration {
    let full = Duration::from_secs(1u64 << attempt.min(9)).min(Duration::from_secs(300));
    let jitter = uuid::Uuid::new_v4().as_u128() as u64 % 1000;
    full / 2 + full / 2 * u32::try_from(jitter).unwrap_or(0) / 1000
}

/// Syncs, trying again with backoff while the trouble is the network or the server, at most
/// `retries` more times.
pub async fn sync_with_retries(
    client: &ScimClient,
    cache: &Cache,
    reconcile: bool,
    retries: u32,
) -> Result<SyncReport, SyncError> {
    let mut attempt = 0;
    loop {
        let result = sync(client, cache, reconcile).await;
        let again = match &result {
            Ok(r) => !r.complete(),
            Err(e) => e.is_transient(),
        };
        if !again || attempt >= retries {
            return result;
        }
        tracing::info!(attempt, "sync incomplete; trying again");
        tokio::time::sleep(backoff(attempt)).await;
        attempt += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_five_minutes_with_jitter() {
        for attempt in 0..20 {
            let full = Duration::from_secs(1u64 << attempt.min(9)).min(Duration::from_secs(300));
            let d = backoff(attempt);
            assert!(d >= full / 2 && d <= full, "{attempt}: {d:?}");
        }
        assert!(backoff(30) <= Duration::from_secs(300));
    }
}

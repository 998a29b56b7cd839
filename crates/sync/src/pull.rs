//! Pull: the server's users into the cache. With filtering and sorting, changes since the cursor
//! (`meta.lastModified ge "<cursor>"`, the server's own clock), read as pages that each start again
//! from the last time seen, so that a user changed during the pull cannot make another slip between
//! two pages; the overlap is recognised by version. Without them, every user, page by page.

use std::collections::HashSet;

use serde_json::Value;
use time::OffsetDateTime;
use userdesk_cache::{Cache, ServerCopy};
use userdesk_core::UserId;
use userdesk_core::message::Translatable;
use userdesk_core::scim::user::read_resource;

use crate::client::{ScimClient, SyncError};

/// Where the next pull starts: the newest `meta.lastModified` received.
pub const CURSOR: &str = "pull_cursor";
/// When the last pull ended (the client's clock, for display only).
pub const LAST_PULL: &str = "last_pull";

/// Users per page asked for.
const PAGE: u32 = 500;

/// What a pull did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PullReport {
    /// Resources received (overlaps included).
    pub received: u64,
    /// Users stored new or changed.
    pub stored: u64,
    /// Resources the cache already had at that version.
    pub unchanged: u64,
    /// Resources that cannot be read as a Userdesk profile: server id, attribute, reason (message id).
    pub unreadable: Vec<(String, String, String)>,
    /// Whether every user was read (no cursor, or a server that cannot filter by time).
    pub full: bool,
    /// Fields of users with queued edits that the server changed to another value.
    pub conflicts: u64,
    /// Users gone from the server, removed from the cache.
    pub deleted: u64,
}

/// When the last check for users deleted on the server ran (the client's clock).
pub const LAST_RECONCILE: &str = "last_reconcile";

/// How often a pull by time also checks which users were deleted (a time filter cannot see them).
pub const RECONCILE_EVERY: time::Duration = time::Duration::hours(1);

/// The cache's id for a server's user: the server's own id when it is a UUID, else a UUID derived
/// from the server and its id, the same every time.
pub fn local_id(base: &str, server_id: &str) -> UserId {
    match uuid::Uuid::parse_str(server_id) {
        Ok(u) => UserId(u),
        Err(_) => UserId(uuid::Uuid::new_v5(
            &uuid::Uuid::NAMESPACE_URL,
            format!("{base}/Users/{server_id}").as_bytes(),
        )),
    }
}

fn last_modified(r: &Value) -> Option<String> {
    r["meta"]["lastModified"].as_str().map(str::to_owned)
}

fn version(r: &Value) -> Option<String> {
    r["meta"]["version"].as_str().map(str::to_owned)
}

/// Reads a page into the cache, noting the server ids seen.
async fn store_page(
    client: &ScimClient,
    cache: &Cache,
    resources: &[Value],
    report: &mut PullReport,
    seen: &mut HashSet<String>,
) -> Result<(), SyncError> {
    let now = OffsetDateTime::now_utc();
    let mut batch = Vec::with_capacity(resources.len());
    for r in resources {
        report.received += 1;
        let Some(server_id) = r["id"].as_str() else {
            return Err(SyncError::Protocol("a user without an id".into()));
        };
        seen.insert(server_id.to_owned());
        let id = match cache
            .user_of_server_id(server_id, r["externalId"].as_str())
            .await?
        {
            Some(id) => id,
            None => local_id(client.base(), server_id),
        };
        let v = version(r);
        if v.is_some() && cache.server_copy(id).await?.is_some_and(|c| c.version == v) {
            report.unchanged += 1;
            continue;
        }
        match read_resource(r, id, now) {
            Ok(profile) => batch.push((profile, ServerCopy::of(server_id, r.clone(), v))),
            Err(e) => report.unreadable.push((
                server_id.to_owned(),
                e.attribute.clone(),
                e.message().id.to_owned(),
            )),
        }
    }
    report.stored += batch.len() as u64;
    let conflicts = cache.record_pulled(&batch).await?;
    report.conflicts += conflicts.len() as u64;
    for (id, field) in conflicts {
        let server_id = batch
            .iter()
            .find(|(p, _)| p.id == id)
            .map(|(_, c)| c.server_id.as_str())
            .unwrap_or_default();
        if let Some(by) = crate::push::who_changed(client, server_id).await {
            cache.set_conflict_author(id, &field, &by).await?;
        }
    }
    Ok(())
}

/// Users the cache has from the server that are not in `seen`, confirmed one by one (a user
/// deleted while pages were read shifts the pages, so "not seen" alone proves nothing), leave the
/// cache.
async fn remove_unseen(
    client: &ScimClient,
    cache: &Cache,
    seen: &HashSet<String>,
    report: &mut PullReport,
) -> Result<(), SyncError> {
    let mut gone = Vec::new();
    for (id, server_id) in cache.server_ids().await? {
        if seen.contains(&server_id) {
            continue;
        }
        match client.get_user(&server_id).await {
            Err(SyncError::Server { status: 404, .. }) => gone.push(id),
            Ok(_) => {}
            Err(e) => return Err(e),
        }
    }
    report.deleted += gone.len() as u64;
    cache
        .record_deleted(&gone, crate::push::DELETED_ON_SERVER)
        .await?;
    Ok(())
}

/// Every server id, page by page, asking only for ids.
async fn all_ids(client: &ScimClient, count: u32) -> Result<HashSet<String>, SyncError> {
    let mut seen = HashSet::new();
    let mut start = 1u64;
    loop {
        let page = client.list_ids(start, count).await?;
        let n = page.resources.len() as u64;
        seen.extend(
            page.resources
                .iter()
                .filter_map(|r| r["id"].as_str().map(str::to_owned)),
        );
        start += n;
        if n == 0 || start > page.total {
            return Ok(seen);
        }
    }
}

fn now_text() -> String {
    OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// Whether the deletion check is due.
async fn reconcile_due(cache: &Cache) -> Result<bool, SyncError> {
    let last = cache.sync_value(LAST_RECONCILE).await?;
    Ok(last
        .and_then(|t| {
            OffsetDateTime::parse(&t, &time::format_description::well_known::Rfc3339).ok()
        })
        .is_none_or(|t| OffsetDateTime::now_utc() - t >= RECONCILE_EVERY))
}

/// Brings the cache up to the server's state of every user the signed-in admin may see. With
/// `reconcile`, also checks for deleted users even if the last check is recent.
pub async fn pull(
    client: &ScimClient,
    cache: &Cache,
    reconcile: bool,
) -> Result<PullReport, SyncError> {
    let caps = &client.capabilities;
    let mut report = PullReport::default();
    let mut seen = HashSet::new();
    let count = PAGE.min(caps.max_results);
    if !(caps.filter && caps.sort) {
        // A full reconciliation: every user, and whoever is missing is gone.
        report.full = true;
        let mut start = 1u64;
        loop {
            let page = client.list_users(None, None, start, count).await?;
            let n = page.resources.len() as u64;
            store_page(client, cache, &page.resources, &mut report, &mut seen).await?;
            start += n;
            if n == 0 || start > page.total {
                break;
            }
        }
        remove_unseen(client, cache, &seen, &mut report).await?;
        cache.set_sync_value(LAST_RECONCILE, &now_text()).await?;
    } else {
        let mut cursor = cache.sync_value(CURSOR).await?;
        report.full = cursor.is_none();
        let mut start = 1u64;
        loop {
            let filter = cursor
                .as_deref()
                .map(|c| format!("meta.lastModified ge \"{c}\""));
            let page = client
                .list_users(filter.as_deref(), Some("meta.lastModified"), start, count)
                .await?;
            store_page(client, cache, &page.resources, &mut report, &mut seen).await?;
            let newest = page.resources.last().and_then(last_modified);
            if newest.is_some() && newest != cursor {
                cache
                    .set_sync_value(CURSOR, newest.as_deref().unwrap_or_default())
                    .await?;
            }
            if (page.resources.len() as u64) < u64::from(count) {
                break;
            }
            // The next page starts again from the newest time seen; only when a whole page shared
            // one time does it move on by position.
            if newest == cursor {
                start += u64::from(count);
            } else {
                cursor = newest;
                start = 1;
            }
        }
        if reconcile || report.full || reconcile_due(cache).await? {
            let ids = if report.full {
                seen
            } else {
                all_ids(client, count).await?
            };
            remove_unseen(client, cache, &ids, &mut report).await?;
            cache.set_sync_value(LAST_RECONCILE, &now_text()).await?;
        }
    }
    cache.set_sync_value(LAST_PULL, &now_text()).await?;
    Ok(report)
}

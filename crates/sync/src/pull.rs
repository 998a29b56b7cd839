//! Pull: the server's users into the cache. With filtering and sorting, changes since the cursor
//! (`meta.lastModified ge "<cursor>"`, the server's own clock), read as pages that each start again
//! from the last time seen, so that a user changed during the pull cannot make another slip between
//! two pages; the overlap is recognised by version. Without them, every user, page by page.

use std::collections::{HashMap, HashSet};

use reqwest::Method;
use serde_json::Value;
use time::OffsetDateTime;
use userdesk_cache::{Cache, KnownCopy, ServerCopy};
use userdesk_core::message::Translatable;
use userdesk_core::scim::user::read_resource;
use userdesk_core::{UserId, UserProfile};

use crate::client::{ScimClient, SyncError};

/// Where the next pull starts: the newest `meta.lastModified` received.
pub const CURSOR: &str = "pull_cursor";
/// When the last pull ended (the client's clock, for display only).
pub const LAST_PULL: &str = "last_pull";

/// Users per page asked for.
const PAGE: u32 = 1000;

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
    /// The role catalog or the groups changed.
    pub catalogs_changed: bool,
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

/// Whether the cache's copy is the resource received: the same `meta.version`, or, from a server
/// that keeps no versions (no ETags), the same `meta.lastModified`, which RFC 7643 §3.1 says
/// changes with every change of the resource.
fn is_unchanged(copy: &KnownCopy, version: Option<&str>, r: &Value) -> bool {
    match (version, copy.version.as_deref()) {
        (Some(v), Some(c)) => v == c,
        (None, None) => r["meta"]["lastModified"]
            .as_str()
            .is_some_and(|m| copy.last_modified.as_deref() == Some(m)),
        _ => false,
    }
}

/// Users stored per cache transaction. Each commit writes every page the batch touched in each
/// index of the cache once, and the users of a page land all over those indexes: fewer, larger
/// transactions write far less (measured: 100,000 users in pages of 500 took twice as long
/// committed page by page).
const STORE_BATCH: usize = 5_000;

/// A page of the server's users read and ready to be stored.
#[derive(Default)]
struct Prepared {
    received: u64,
    unchanged: u64,
    unreadable: Vec<(String, String, String)>,
    seen: Vec<String>,
    users: Vec<(UserProfile, ServerCopy)>,
}

/// Makes profiles of a page of resources: the cache's id of each user, and whether the cache
/// already has it at that version. Runs while the previous pages are being stored.
async fn prepare(
    client: &ScimClient,
    cache: &Cache,
    resources: Vec<Value>,
) -> Result<Prepared, SyncError> {
    let now = client.now();
    let mut keys = Vec::with_capacity(resources.len());
    for r in &resources {
        let Some(server_id) = r["id"].as_str() else {
            return Err(SyncError::Protocol("a user without an id".into()));
        };
        keys.push((server_id, r["externalId"].as_str()));
    }
    let known = cache.users_of_server_ids(&keys).await?;
    let mut out = Prepared {
        received: resources.len() as u64,
        ..Prepared::default()
    };
    let ids: Vec<String> = keys.iter().map(|(s, _)| (*s).to_owned()).collect();
    for ((r, server_id), known) in resources.into_iter().zip(ids).zip(known) {
        let v = version(&r);
        let id = match known {
            Some(copy) if is_unchanged(&copy, v.as_deref(), &r) => {
                out.unchanged += 1;
                out.seen.push(server_id);
                continue;
            }
            Some(copy) => copy.user,
            None => local_id(client.base(), &server_id),
        };
        match read_resource(&r, id, now) {
            Ok(profile) => out.users.push((profile, ServerCopy::of(&server_id, r, v))),
            Err(e) => out.unreadable.push((
                server_id.clone(),
                e.attribute.clone(),
                e.message().id.to_owned(),
            )),
        }
        out.seen.push(server_id);
    }
    Ok(out)
}

/// Pages read but not stored yet. A user met twice (changed while the pull ran, so on two pages)
/// is stored once, as last read.
#[derive(Default)]
struct Pending {
    users: Vec<(UserProfile, ServerCopy)>,
    by_server_id: HashMap<String, usize>,
}

impl Pending {
    fn add(&mut self, page: Prepared, report: &mut PullReport, seen: &mut HashSet<String>) {
        report.received += page.received;
        report.unchanged += page.unchanged;
        report.unreadable.extend(page.unreadable);
        seen.extend(page.seen);
        for user in page.users {
            match self.by_server_id.get(&user.1.server_id) {
                Some(&i) => {
                    self.users[i] = user;
                    report.unchanged += 1;
                }
                None => {
                    self.by_server_id
                        .insert(user.1.server_id.clone(), self.users.len());
                    self.users.push(user);
                }
            }
        }
    }

    fn take(&mut self) -> Vec<(UserProfile, ServerCopy)> {
        self.by_server_id.clear();
        std::mem::take(&mut self.users)
    }
}

/// What storing one batch did.
struct Stored {
    users: u64,
    conflicts: u64,
}

/// Stores batches on a task of its own, one at a time and in order, so that pages keep arriving
/// and being read while the cache writes (measured: the pull waited on the cache for half its
/// time). Dropped unfinished (the pull failed), the batch being written is rolled back.
#[derive(Default)]
struct Storer(Option<tokio::task::JoinHandle<Result<Stored, SyncError>>>);

impl Drop for Storer {
    fn drop(&mut self) {
        if let Some(task) = &self.0 {
            task.abort();
        }
    }
}

impl Storer {
    /// Waits for the batch being stored, then starts storing `batch` in one transaction, then who
    /// changed what became a conflict, then moves the cursor to `cursor` (past what is stored).
    async fn store(
        &mut self,
        client: &ScimClient,
        cache: &Cache,
        batch: Vec<(UserProfile, ServerCopy)>,
        cursor: Option<String>,
        report: &mut PullReport,
    ) -> Result<(), SyncError> {
        self.wait(report).await?;
        let (client, cache) = (client.clone(), cache.clone());
        self.0 = Some(tokio::spawn(async move {
            let conflicts = if batch.is_empty() {
                Vec::new()
            } else {
                cache.record_pulled(&batch).await?
            };
            for (id, field) in &conflicts {
                let server_id = batch
                    .iter()
                    .find(|(p, _)| p.id == *id)
                    .map(|(_, c)| c.server_id.as_str())
                    .unwrap_or_default();
                if let Some(by) = crate::push::who_changed(&client, server_id).await {
                    cache.set_conflict_author(*id, field, &by).await?;
                }
            }
            if let Some(cursor) = cursor {
                cache.set_sync_value(CURSOR, &cursor).await?;
            }
            Ok(Stored {
                users: batch.len() as u64,
                conflicts: conflicts.len() as u64,
            })
        }));
        Ok(())
    }

    /// Waits for the batch being stored, if any.
    async fn wait(&mut self, report: &mut PullReport) -> Result<(), SyncError> {
        let Some(task) = self.0.as_mut() else {
            return Ok(());
        };
        let stored = task
            .await
            .map_err(|e| SyncError::Protocol(format!("storing a page of the pull failed: {e}")))?;
        self.0 = None;
        let stored = stored?;
        report.stored += stored.users;
        report.conflicts += stored.conflicts;
        Ok(())
    }
}

/// A page of a pull as read and prepared.
struct Fetched {
    prepared: Prepared,
    /// The page's last `meta.lastModified` (the newest, when sorted by it).
    newest: Option<String>,
    /// Resources on the page.
    n: u64,
    /// The server's `totalResults`, when told.
    total: Option<u64>,
    /// The server ids on the page.
    ids: Vec<String>,
}

/// One page of a pull, read and prepared on a task of its own, so that the next page travels and
/// is parsed while the cache stores the previous ones. Dropped unfinished (the pull failed), it
/// is stopped.
struct PageTask(tokio::task::JoinHandle<Result<Fetched, SyncError>>);

impl Drop for PageTask {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl PageTask {
    fn start(
        client: &ScimClient,
        cache: &Cache,
        cursor: Option<&str>,
        sorted: bool,
        start: u64,
        count: u32,
    ) -> Self {
        let client = client.clone();
        let cache = cache.clone();
        let filter = cursor.map(|c| format!("meta.lastModified ge \"{c}\""));
        PageTask(tokio::spawn(async move {
            let page = client
                .list_users(
                    filter.as_deref(),
                    sorted.then_some("meta.lastModified"),
                    start,
                    count,
                )
                .await?;
            let newest = page.resources.last().and_then(last_modified);
            let n = page.resources.len() as u64;
            let total = page.total;
            let ids = page
                .resources
                .iter()
                .filter_map(|r| r["id"].as_str().map(str::to_owned))
                .collect();
            let prepared = prepare(&client, &cache, page.resources).await?;
            Ok(Fetched {
                prepared,
                newest,
                n,
                total,
                ids,
            })
        }))
    }

    async fn finish(mut self) -> Result<Fetched, SyncError> {
        (&mut self.0)
            .await
            .map_err(|e| SyncError::Protocol(format!("a page of the pull failed: {e}")))?
    }
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
    cache.record_deleted(&gone).await?;
    Ok(())
}

/// Every server id, page by page, asking only for ids.
async fn all_ids(client: &ScimClient, count: u32) -> Result<HashSet<String>, SyncError> {
    let mut seen = HashSet::new();
    let mut start = 1u64;
    loop {
        let page = client.list_ids(start, count).await?;
        let n = page.resources.len() as u64;
        let before = seen.len();
        seen.extend(
            page.resources
                .iter()
                .filter_map(|r| r["id"].as_str().map(str::to_owned)),
        );
        start += n;
        // Done on an empty page, at the total when one is told, or when a page brings no id not
        // seen before (a server that ignores startIndex answers the same page again).
        if n == 0 || seen.len() == before || page.total.is_some_and(|t| start > t) {
            return Ok(seen);
        }
    }
}

fn now_text(client: &ScimClient) -> String {
    client
        .now()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// Whether the deletion check is due.
async fn reconcile_due(client: &ScimClient, cache: &Cache) -> Result<bool, SyncError> {
    let last = cache.sync_value(LAST_RECONCILE).await?;
    Ok(last
        .and_then(|t| {
            OffsetDateTime::parse(&t, &time::format_description::well_known::Rfc3339).ok()
        })
        .is_none_or(|t| client.now() - t >= RECONCILE_EVERY))
}

/// Brings the cache up to the server's state of every user the signed-in admin may see. With
/// `reconcile`, also checks for deleted users even if the last check is recent.
pub async fn pull(
    client: &ScimClient,
    cache: &Cache,
    reconcile: bool,
) -> Result<PullReport, SyncError> {
    // Into an empty cache, the sort indexes are built once at the end, however the pull ends.
    let filling = cache.begin_first_fill().await?;
    let report = pull_pages(client, cache, reconcile).await;
    if filling {
        cache.end_first_fill().await?;
    }
    report
}

async fn pull_pages(
    client: &ScimClient,
    cache: &Cache,
    reconcile: bool,
) -> Result<PullReport, SyncError> {
    let caps = &client.capabilities;
    let mut report = PullReport::default();
    let mut seen = HashSet::new();
    let count = PAGE.min(caps.max_results);
    let mut pending = Pending::default();
    let mut storer = Storer::default();
    if !(caps.filter && caps.sort) {
        // A full reconciliation: every user, and whoever is missing is gone.
        report.full = true;
        let mut start = 1u64;
        let mut task = PageTask::start(client, cache, None, false, start, count);
        loop {
            let page = task.finish().await?;
            start += page.n;
            // Pages may be smaller than asked (itemsPerPage), the total may be missing, and a
            // server that ignores startIndex answers the first page again: read on until an
            // empty page, the total, or a page with no one new.
            let fresh = page.ids.iter().any(|id| !seen.contains(id));
            let more = page.n > 0 && fresh && page.total.is_none_or(|t| start <= t);
            let next = more.then(|| PageTask::start(client, cache, None, false, start, count));
            pending.add(page.prepared, &mut report, &mut seen);
            if pending.users.len() >= STORE_BATCH || next.is_none() {
                storer
                    .store(client, cache, pending.take(), None, &mut report)
                    .await?;
            }
            match next {
                Some(t) => task = t,
                None => break,
            }
        }
        storer.wait(&mut report).await?;
        remove_unseen(client, cache, &seen, &mut report).await?;
        cache
            .set_sync_value(LAST_RECONCILE, &now_text(client))
            .await?;
    } else {
        let mut stored_cursor = cache.sync_value(CURSOR).await?;
        report.full = stored_cursor.is_none();
        let mut cursor = stored_cursor.clone();
        let mut start = 1u64;
        let mut task = PageTask::start(client, cache, cursor.as_deref(), true, start, count);
        let mut newest_pending = None;
        loop {
            let page = task.finish().await?;
            // The last page: empty, or holding the rest of the total. A server may give fewer
            // than asked on any page (itemsPerPage), so a short page ends nothing by itself;
            // without a total, the page after the last brings no one new.
            let last = page.n == 0 || page.total.is_some_and(|t| start - 1 + page.n >= t);
            let fresh = page.ids.iter().any(|id| !seen.contains(id));
            let next = if !last && fresh {
                // The next page starts again from the newest time seen; only when a whole page
                // shared one time does it move on by position.
                if page.newest == cursor {
                    start += page.n;
                } else {
                    cursor.clone_from(&page.newest);
                    start = 1;
                }
                Some(PageTask::start(
                    client,
                    cache,
                    cursor.as_deref(),
                    true,
                    start,
                    count,
                ))
            } else {
                None
            };
            if page.newest.is_some() {
                newest_pending.clone_from(&page.newest);
            }
            pending.add(page.prepared, &mut report, &mut seen);
            if pending.users.len() >= STORE_BATCH || next.is_none() {
                // The cursor moves only past what is stored.
                let moved = if newest_pending.is_some() && newest_pending != stored_cursor {
                    stored_cursor.clone_from(&newest_pending);
                    newest_pending.take()
                } else {
                    None
                };
                storer
                    .store(client, cache, pending.take(), moved, &mut report)
                    .await?;
            }
            match next {
                Some(t) => task = t,
                None => break,
            }
        }
        storer.wait(&mut report).await?;
        if reconcile || report.full || reconcile_due(client, cache).await? {
            let ids = if report.full {
                seen
            } else {
                all_ids(client, count).await?
            };
            remove_unseen(client, cache, &ids, &mut report).await?;
            cache
                .set_sync_value(LAST_RECONCILE, &now_text(client))
                .await?;
        }
    }
    cache.set_sync_value(LAST_PULL, &now_text(client)).await?;
    Ok(report)
}

/// The account's role catalog, from our server (other SCIM servers have none to offer): kept in
/// the cache so the roles editor and the list's role filter work offline.
pub async fn pull_roles(client: &ScimClient, cache: &Cache) -> Result<bool, SyncError> {
    if !client.capabilities.userdesk {
        return Ok(false);
    }
    let reply = client.get_api("/api/roles").await?;
    let roles: Vec<userdesk_core::Role> = reply["roles"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|r| {
                    Some(userdesk_core::Role {
                        id: r["id"].as_str()?.to_owned(),
                        name: r["name"].as_str()?.to_owned(),
                        permissions: serde_json::from_value(r["permissions"].clone()).ok()?,
                        built_in: r["builtIn"].as_bool().unwrap_or(false),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    if roles.is_empty() || cache.roles().await? == roles {
        return Ok(false);
    }
    cache.set_roles(&roles).await?;
    Ok(true)
}

/// Most groups read: a catalog beyond this is cut (pickers list this many at most).
const MAX_GROUPS: usize = 10_000;

/// Reads the account's custom groups (`/Groups`, id and display name, page by page as the server
/// pages them) into the cache's catalog. A server without groups (404, 501) has an empty one.
/// Answers whether the catalog changed.
pub async fn pull_groups(client: &ScimClient, cache: &Cache) -> Result<bool, SyncError> {
    let mut groups = Vec::new();
    let mut start = 1u64;
    let count = client.capabilities.max_results.clamp(1, 1000);
    loop {
        let path = format!("/Groups?attributes=displayName&startIndex={start}&count={count}");
        let page = match client.request(Method::GET, &path, None, &[]).await {
            Ok((_, page)) => page,
            Err(SyncError::Server {
                status: 404 | 501, ..
            }) => return Ok(false),
            Err(e) => return Err(e),
        };
        let resources = page["Resources"].as_array().cloned().unwrap_or_default();
        let got = resources.len();
        groups.extend(resources.iter().filter_map(|g| {
            Some(userdesk_core::profile::Group {
                id: g["id"].as_str()?.to_owned(),
                name: g["displayName"].as_str().unwrap_or_default().to_owned(),
            })
        }));
        let total = page["totalResults"].as_u64();
        start += got as u64;
        // Done on an empty page, at the total when one is told, or at the cap.
        if got == 0 || total.is_some_and(|t| start > t) || groups.len() >= MAX_GROUPS {
            break;
        }
    }
    groups.truncate(MAX_GROUPS);
    if cache.groups().await? == groups {
        return Ok(false);
    }
    cache.set_groups(&groups).await?;
    Ok(true)
}

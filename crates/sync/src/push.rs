//! Push: queued local edits to the server, in the order they were made, each as a PATCH with
//! `If-Match` (the version it was made on, when the server has versions), an `Idempotency-Key`
//! (the entry's id: a retry after a lost reply is done once) and the time it was made; many at
//! once in one `/Bulk` request when the server offers it.
//!
//! A `412` (the user changed on the server meanwhile) reads the user again and merges the queued
//! edits with it (the cache's conflicts.rs): edits of other attributes go again on the new version,
//! two values for one attribute become a conflict for the admin. A server without versions is read
//! before it is written, for the same merge. What the server refuses for a reason is kept as
//! rejected with that reason; network trouble and server errors stop the push and keep the rest.

use std::collections::{HashMap, HashSet};

use reqwest::Method;
use serde_json::{Value, json};
use userdesk_cache::{Cache, OutboxEntry, RejectReason, ServerCopy};
use userdesk_core::UserId;
use userdesk_core::scim::{PATCH_OP, USERDESK_USER_SCHEMA};

use crate::client::{ScimClient, SyncError, encode, version_of};

/// What a push did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PushReport {
    pub sent: u64,
    pub rejected: u64,
    /// Fields that became conflicts for the admin.
    pub conflicts: u64,
    /// Times the server's newer version was read and merged with the queued edits.
    pub merged: u64,
    /// Edits of users the server no longer has (kept as rejected, with that reason).
    pub deleted: u64,
    /// Edits of users the server does not know (made offline on demo data): kept.
    pub local_only: u64,
    /// Why the push stopped early (network, server error), if it did.
    pub stopped: Option<String>,
}

/// Most edits in one Bulk request, whatever the server allows.
const BULK_MAX: u32 = 100;

/// Why an edit sent in a Bulk request is still pending.
const NOT_ANSWERED: &str = "the server's Bulk reply did not answer this edit";

/// How often one push reads a user again after a 412 before leaving the rest for later.
const MAX_MERGES_PER_ENTRY: u32 = 3;

pub(crate) type Sent = Result<(Value, Option<String>), SyncError>;

pub(crate) fn patch_body(entry: &OutboxEntry) -> Value {
    json!({"schemas": [PATCH_OP], "Operations": [entry.operation]})
}

async fn send_one(client: &ScimClient, entry: &OutboxEntry, server_id: &str) -> Sent {
    let mut headers = vec![
        ("idempotency-key", entry.id.as_str()),
        ("userdesk-client-time", entry.made_at.as_str()),
    ];
    if client.capabilities.etag
        && let Some(v) = entry.base_version.as_deref()
    {
        headers.push(("if-match", v));
    }
    let (h, resource) = client
        .request(
            Method::PATCH,
            &format!("/Users/{}", encode(server_id)),
            Some(&patch_body(entry)),
            &headers,
        )
        .await?;
    let version = version_of(&resource, &h);
    Ok((resource, version))
}

/// Who last changed user `server_id` on the server, when the server keeps a history (ours).
pub(crate) async fn who_changed(client: &ScimClient, server_id: &str) -> Option<String> {
    if !client.capabilities.userdesk {
        return None;
    }
    let events = client
        .get_api(&format!("/api/audit?user={}&limit=1", encode(server_id)))
        .await
        .ok()?;
    let list = match &events {
        Value::Array(a) => a.clone(),
        v => v["events"].as_array().cloned().unwrap_or_default(),
    };
    let actor = list.first()?["actor"].as_str()?.to_owned();
    let (user, _) = client.get_user(&actor).await.ok()?;
    let name = format!(
        "{} {}",
        user["name"]["givenName"].as_str().unwrap_or_default(),
        user["name"]["familyName"].as_str().unwrap_or_default()
    );
    let name = name.trim();
    Some(match user["userName"].as_str() {
        Some(email) if !name.is_empty() => format!("{name} <{email}>"),
        Some(email) => email.to_owned(),
        None => name.to_owned(),
    })
}

/// A user made here, POSTed with our id as its `externalId`. If an earlier attempt's answer was
/// lost, the server is asked first whether it already has the user (by `externalId`).
async fn send_create(client: &ScimClient, entry: &OutboxEntry) -> Sent {
    let external_id = entry.user_id.to_string();
    if entry.sent_at.is_some() && client.capabilities.filter {
        let filter = format!("externalId eq \"{external_id}\"");
        let page = client.list_users(Some(&filter), None, 1, 2).await?;
        if let Some(found) = page.resources.into_iter().next() {
            let version = found["meta"]["version"].as_str().map(str::to_owned);
            return Ok((found, version));
        }
    }
    let mut resource = entry.operation.clone();
    if let Some(obj) = resource.as_object_mut() {
        obj.insert("externalId".into(), json!(external_id));
        if !client.capabilities.userdesk {
            // A server that knows nothing of Userdesk gets the standard schemas only.
            obj.remove(USERDESK_USER_SCHEMA);
            if let Some(Value::Array(schemas)) = obj.get_mut("schemas") {
                schemas.retain(|s| s != USERDESK_USER_SCHEMA);
            }
        }
    }
    let (h, created) = client
        .request(
            Method::POST,
            "/Users",
            Some(&resource),
            &[
                ("idempotency-key", entry.id.as_str()),
                ("userdesk-client-time", entry.made_at.as_str()),
            ],
        )
        .await?;
    let version = version_of(&created, &h);
    Ok((created, version))
}

/// Something the server does once, after the user's earlier edits: an e-mail, a phone
/// verification. Only our server offers them.
async fn send_action(client: &ScimClient, entry: &OutboxEntry, server_id: &str) -> Sent {
    if !client.capabilities.userdesk {
        return Err(SyncError::Unsendable(RejectReason::NotOffered));
    }
    let user = encode(server_id);
    let (path, body) = match entry.operation["action"].as_str() {
        Some("phone-verification") => (
            format!("/api/users/{user}/phone-verification"),
            Some(json!({
                "country": entry.operation["country"],
                "number": entry.operation["number"],
            })),
        ),
        Some(kind) => (format!("/api/users/{user}/emails/{}", encode(kind)), None),
        None => return Err(SyncError::Protocol("an action without a name".into())),
    };
    let reply = client
        .api(
            Method::POST,
            &path,
            body.as_ref(),
            &[
                ("idempotency-key", entry.id.as_str()),
                ("userdesk-client-time", entry.made_at.as_str()),
            ],
        )
        .await?;
    Ok((reply, None))
}

/// A move to another group (or to the default group): membership belongs to the groups
/// (RFC 7643 §4.1.2), so the user leaves the old group's `members` and then joins the new one's
/// (a user is in one group at a time: a server refuses a join from another group), each a PATCH
/// of the group under its own Idempotency-Key derived from the entry's. Answers the user as the
/// server has them afterwards.
async fn send_group(client: &ScimClient, entry: &OutboxEntry, copy: &ServerCopy) -> Sent {
    let user = copy.server_id.as_str();
    let from = copy.resource["groups"]
        .as_array()
        .and_then(|g| g.first())
        .and_then(|g| g["value"].as_str())
        .map(str::to_owned);
    let to = match entry.operation["op"].as_str() {
        Some("remove") => None,
        _ => entry.operation["value"][0]["value"]
            .as_str()
            .map(str::to_owned),
    };
    if to != from {
        let patch = |operation: Value| json!({"schemas": [PATCH_OP], "Operations": [operation]});
        if let Some(from) = &from {
            let key = format!("{}-leave", entry.id);
            // The value is written as a JSON string: any quote in a server's id stays inside it.
            let path = format!("members[value eq {}]", Value::from(user));
            let left = client
                .request(
                    Method::PATCH,
                    &format!("/Groups/{}", encode(from)),
                    Some(&patch(json!({"op": "remove", "path": path}))),
                    &[
                        ("idempotency-key", key.as_str()),
                        ("userdesk-client-time", entry.made_at.as_str()),
                    ],
                )
                .await;
            match left {
                // The old group is gone, or the user was no longer in it: left either way.
                Ok(_) | Err(SyncError::Server { status: 404, .. }) => {}
                Err(SyncError::Server {
                    status: 400,
                    scim_type: Some(ref t),
                    ..
                }) if t == "noTarget" => {}
                Err(e) => return Err(e),
            }
        }
        if let Some(to) = &to {
            let key = format!("{}-join", entry.id);
            let joined = client
                .request(
                    Method::PATCH,
                    &format!("/Groups/{}", encode(to)),
                    Some(&patch(
                        json!({"op": "add", "path": "members", "value": [{"value": user}]}),
                    )),
                    &[
                        ("idempotency-key", key.as_str()),
                        ("userdesk-client-time", entry.made_at.as_str()),
                    ],
                )
                .await;
            match joined {
                Ok(_) => {}
                // The group, not the user, is gone: the edit cannot be made (not a deletion).
                Err(SyncError::Server { status: 404, .. }) => {
                    return Err(SyncError::Unsendable(RejectReason::GroupGone));
                }
                Err(e) => return Err(e),
            }
        }
    }
    client.get_user(user).await
}

/// Reads the user as the server has it now and merges the queued edits with it.
pub(crate) async fn merge_with_current(
    client: &ScimClient,
    cache: &Cache,
    id: UserId,
    server_id: &str,
    report: &mut PushReport,
) -> Result<(), SyncError> {
    let (resource, version) = match client.get_user(server_id).await {
        Ok(r) => r,
        Err(SyncError::Server { status: 404, .. }) => {
            cache.record_deleted(&[id]).await?;
            report.deleted += 1;
            return Ok(());
        }
        Err(e) => return Err(e),
    };
    let copy = ServerCopy::of(server_id, resource, version);
    let fields = cache.record_current(id, &copy).await?;
    report.merged += 1;
    if !fields.is_empty() {
        let by = who_changed(client, server_id).await;
        for field in &fields {
            report.conflicts += 1;
            if let Some(by) = &by {
                cache.set_conflict_author(id, field, by).await?;
            }
        }
    }
    Ok(())
}

/// An entry the server refused as made on an older version (412): the user is read again and
/// merged with the queued edits, at most [`MAX_MERGES_PER_ENTRY`] times per push; then the
/// reason to stop the push is returned.
async fn outdated(
    client: &ScimClient,
    cache: &Cache,
    entry: &OutboxEntry,
    server_id: &str,
    merges: &mut HashMap<i64, u32>,
    report: &mut PushReport,
) -> Result<Option<String>, SyncError> {
    // This attempt was not taken; an earlier one whose answer was lost may have been: then the
    // entry stays in doubt for the merge to tell.
    if entry.sent_at.is_none() {
        cache.outbox_not_taken(entry).await?;
    }
    let n = merges.entry(entry.seq).or_default();
    *n += 1;
    if *n > MAX_MERGES_PER_ENTRY {
        return Ok(Some("the user keeps changing on the server".to_owned()));
    }
    merge_with_current(client, cache, entry.user_id, server_id, report).await?;
    Ok(None)
}

/// What becomes of an entry the server did not take: rejected with the server's reason, or kept
/// for later (then the reason to stop the push is returned).
async fn refused(
    cache: &Cache,
    entry: &OutboxEntry,
    err: SyncError,
    report: &mut PushReport,
) -> Result<Option<String>, SyncError> {
    match err {
        e if e.is_transient() => {
            cache.outbox_retry_later(entry, &e.to_string()).await?;
            Ok(Some(e.to_string()))
        }
        SyncError::Server { status: 404, .. } => {
            cache.record_deleted(&[entry.user_id]).await?;
            report.deleted += 1;
            Ok(None)
        }
        SyncError::Server { status, detail, .. } => {
            let reason = if detail.is_empty() {
                format!("the server refused it ({status})")
            } else {
                detail
            };
            cache
                .outbox_reject(entry, &RejectReason::Server(reason))
                .await?;
            report.rejected += 1;
            Ok(None)
        }
        SyncError::Unsendable(reason) => {
            cache.outbox_reject(entry, &reason).await?;
            report.rejected += 1;
            Ok(None)
        }
        e => Err(e),
    }
}

/// Sends every pending edit the server can take now.
pub async fn push(client: &ScimClient, cache: &Cache) -> Result<PushReport, SyncError> {
    let mut report = PushReport {
        local_only: cache.local_only_edits().await?,
        ..PushReport::default()
    };
    let caps = &client.capabilities;
    let mut bulk = caps
        .bulk
        .map(|(ops, bytes)| {
            // About 2 KB per edit at most: stay under the payload limit too.
            let by_size = u32::try_from(bytes / 2048).unwrap_or(u32::MAX).max(1);
            ops.min(BULK_MAX).min(by_size)
        })
        .filter(|n| *n > 1);
    let mut merges: HashMap<i64, u32> = HashMap::new();
    let mut read_first: HashSet<UserId> = HashSet::new();
    loop {
        let limit = bulk.map_or(1, |n| n as usize);
        let entries = cache.next_pending(limit).await?;
        if entries.is_empty() {
            break;
        }
        let mut batch = Vec::with_capacity(entries.len());
        let mut merged_first = false;
        let mut singles_done = false;
        let mut stop = None;
        for e in entries {
            if e.kind == userdesk_cache::OutboxKind::Create {
                singles_done = true;
                cache.outbox_sending(&[&e]).await?;
                match send_create(client, &e).await {
                    Ok((resource, version)) => {
                        let server_id = resource["id"].as_str().unwrap_or_default().to_owned();
                        let copy = ServerCopy::of(&server_id, resource, version);
                        if copy.server_id.is_empty() {
                            return Err(SyncError::Protocol("a created user without an id".into()));
                        }
                        cache.outbox_done(&e, &copy).await?;
                        report.sent += 1;
                    }
                    Err(err) => {
                        if let Some(why) = refused(cache, &e, err, &mut report).await? {
                            stop = Some(why);
                            break;
                        }
                    }
                }
                continue;
            }
            let Some(copy) = cache.server_copy(e.user_id).await? else {
                continue;
            };
            if e.field == userdesk_core::Field::Group.as_str() {
                singles_done = true;
                cache.outbox_sending(&[&e]).await?;
                match send_group(client, &e, &copy).await {
                    Ok((resource, version)) => {
                        let current = ServerCopy::of(&copy.server_id, resource, version);
                        cache.outbox_done(&e, &current).await?;
                        report.sent += 1;
                    }
                    Err(err) => {
                        if let Some(why) = refused(cache, &e, err, &mut report).await? {
                            stop = Some(why);
                            break;
                        }
                    }
                }
                continue;
            }
            if e.kind == userdesk_cache::OutboxKind::Action {
                singles_done = true;
                cache.outbox_sending(&[&e]).await?;
                match send_action(client, &e, &copy.server_id).await {
                    Ok((reply, _)) => {
                        cache.action_done(&e).await?;
                        report.sent += 1;
                        if reply.get("id").is_some() && reply.get("schemas").is_some() {
                            let current = ServerCopy::of(&copy.server_id, reply, None);
                            cache.record_current(e.user_id, &current).await?;
                        }
                    }
                    Err(err) => {
                        if let Some(why) = refused(cache, &e, err, &mut report).await? {
                            stop = Some(why);
                            break;
                        }
                    }
                }
                continue;
            }
            // A picture made here is uploaded; the server answers with its own addresses.
            if let Some(photo) = crate::pictures::local_photo(&e.operation) {
                singles_done = true;
                cache.outbox_sending(&[&e]).await?;
                match crate::pictures::send_avatar(client, cache, &e, &photo, &copy.server_id).await
                {
                    Ok((resource, version)) => {
                        let current = ServerCopy::of(&copy.server_id, resource, version);
                        cache.outbox_done(&e, &current).await?;
                        report.sent += 1;
                    }
                    Err(SyncError::Server { status: 412, .. }) => {
                        let server_id = &copy.server_id;
                        if let Some(why) =
                            outdated(client, cache, &e, server_id, &mut merges, &mut report).await?
                        {
                            stop = Some(why);
                            break;
                        }
                        merged_first = true;
                    }
                    Err(err) => {
                        if let Some(why) = refused(cache, &e, err, &mut report).await? {
                            stop = Some(why);
                            break;
                        }
                    }
                }
                continue;
            }
            // Without versions the server cannot refuse a stale write: look before writing.
            if !caps.etag && read_first.insert(e.user_id) {
                merge_with_current(client, cache, e.user_id, &copy.server_id, &mut report).await?;
                merged_first = true;
                continue;
            }
            // Sent as fitted to what the server holds (a typed value it lacks is added, not
            // replaced). An edit that changes nothing of the copy here (removing a phone number
            // the user has none of) is merged with the server's current user instead: done if
            // the server agrees, a conflict if someone set one meanwhile.
            let mut e = e;
            let fitted =
                userdesk_core::scim::patch::fit(&copy.resource, std::slice::from_ref(&e.operation));
            match <[Value; 1]>::try_from(fitted) {
                Ok([op]) => e.operation = op,
                Err(_) => {
                    merge_with_current(client, cache, e.user_id, &copy.server_id, &mut report)
                        .await?;
                    // The server had not moved: the edit changes nothing at all.
                    if cache
                        .server_copy(e.user_id)
                        .await?
                        .is_some_and(|now| now.resource == copy.resource)
                    {
                        cache.outbox_done(&e, &copy).await?;
                    }
                    merged_first = true;
                    continue;
                }
            }
            batch.push((e, copy.server_id));
        }
        if let Some(why) = stop {
            report.stopped = Some(why);
            break;
        }
        if merged_first || (singles_done && batch.is_empty()) {
            continue;
        }
        let sending: Vec<&OutboxEntry> = batch.iter().map(|(e, _)| e).collect();
        cache.outbox_sending(&sending).await?;
        let results: Vec<Sent> = match bulk {
            // Bulk even for one edit: an edit retried must travel the same way, under the same
            // Idempotency-Key, to be recognised.
            Some(_) => match crate::bulk::send(client, &batch).await {
                Ok(r) if r.iter().all(|r| r.is_none()) => {
                    // Nothing of the batch is answered: try again later rather than loop.
                    for (entry, _) in &batch {
                        cache.outbox_retry_later(entry, NOT_ANSWERED).await?;
                    }
                    report.stopped = Some(NOT_ANSWERED.to_owned());
                    break;
                }
                Ok(r) => r
                    .into_iter()
                    .map(|r| r.unwrap_or(Err(SyncError::NotDone)))
                    .collect(),
                Err(e) if e.is_transient() => batch
                    .iter()
                    .map(|_| Err(SyncError::Network(e.to_string())))
                    .collect(),
                Err(SyncError::Unauthorized) => return Err(SyncError::Unauthorized),
                Err(e) => {
                    // A server that advertises Bulk but refuses ours: one request per edit.
                    tracing::warn!(error = %e, "Bulk refused; sending edits one by one");
                    bulk = None;
                    continue;
                }
            },
            _ => {
                let mut r = Vec::with_capacity(batch.len());
                for (e, server_id) in &batch {
                    r.push(send_one(client, e, server_id).await);
                }
                r
            }
        };
        // What the server took is recorded first and together, in one cache transaction (one
        // entry per user in a batch, so the order between them does not matter); then what it
        // did not take.
        let mut done: Vec<(&OutboxEntry, ServerCopy)> = Vec::with_capacity(batch.len());
        let mut not_taken = Vec::new();
        for ((entry, server_id), result) in batch.iter().zip(results) {
            match result {
                Ok((resource, version)) if resource.get("id").is_some() => {
                    done.push((entry, ServerCopy::of(server_id, resource, version)));
                }
                Ok(_) => {
                    // A server that answers 204, or a Bulk reply without the resource.
                    let (resource, version) = client.get_user(server_id).await?;
                    done.push((entry, ServerCopy::of(server_id, resource, version)));
                }
                Err(e) => not_taken.push((entry, server_id, e)),
            }
        }
        let taken: Vec<(&OutboxEntry, &ServerCopy)> = done.iter().map(|(e, c)| (*e, c)).collect();
        cache.outbox_done_many(&taken).await?;
        report.sent += taken.len() as u64;
        for (entry, server_id, err) in not_taken {
            match err {
                SyncError::Server { status: 412, .. } => {
                    if let Some(why) =
                        outdated(client, cache, entry, server_id, &mut merges, &mut report).await?
                    {
                        stop = Some(why);
                    }
                }
                // The server stopped before it (failOnErrors): it goes in the next batch.
                SyncError::NotDone => cache.outbox_retry_later(entry, NOT_ANSWERED).await?,
                e => {
                    if let Some(why) = refused(cache, entry, e, &mut report).await? {
                        stop = Some(why);
                    }
                }
            }
        }
        if let Some(why) = stop {
            report.stopped = Some(why);
            break;
        }
    }
    Ok(report)
}

//! Queued edits meeting changes made on the server meanwhile, over real HTTP on 127.0.0.1: merged
//! per attribute, conflicts only where one field got two values, and the admin's decisions.

mod support;

use reqwest::Method;
use serde_json::{Value, json};
use support::{our_server, owner_client};
use userdesk_cache::{Cache, ListQuery, Resolution, SyncState};
use userdesk_core::{Field, ProfileEdit, UserId};
use userdesk_sync::{ScimClient, pull, push, sync};

const BADGE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber";

fn edit(field: Field, value: &str) -> ProfileEdit {
    ProfileEdit::parse(field, value).expect("valid edit")
}

async fn server_user(client: &ScimClient, id: UserId) -> Value {
    client.get_user(&id.to_string()).await.expect("get").0
}

/// Someone else's change on the server, made the way any SCIM client would.
async fn change_on_server(client: &ScimClient, id: UserId, path: &str, value: &str) {
    let body = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "path": path, "value": value}]});
    client
        .request(Method::PATCH, &format!("/Users/{id}"), Some(&body), &[])
        .await
        .expect("change on the server");
}

/// A server with `n` users, a cache that pulled them, and `k` of their ids.
async fn setup(n: usize, k: usize) -> (tempfile::TempDir, ScimClient, Cache, Vec<UserId>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = our_server(dir.path(), n).await;
    let client = owner_client(&base).await;
    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("cache");
    pull(&client, &cache, false).await.expect("pull");
    let mut ids = support::users_but_owner(&cache).await;
    ids.truncate(k);
    (dir, client, cache, ids)
}

#[tokio::test]
async fn a_change_to_another_field_merges_by_itself_on_push() {
    let (_dir, client, cache, ids) = setup(10, 1).await;
    let id = ids[0];
    cache
        .apply_edit(id, &edit(Field::LastName, "Okafor"))
        .await
        .expect("edit offline");
    change_on_server(&client, id, "title", "Night shift lead").await;

    let report = push(&client, &cache).await.expect("push");
    assert_eq!(
        (report.sent, report.merged, report.conflicts),
        (1, 1, 0),
        "{report:?}"
    );
    let server = server_user(&client, id).await;
    assert_eq!(server["name"]["familyName"], "Okafor");
    assert_eq!(server["title"], "Night shift lead");
    let local = cache.get_user(id).await.expect("cached");
    assert_eq!(local.last_name.as_str(), "Okafor");
    assert_eq!(
        local.title.as_ref().map(|t| t.as_str()),
        Some("Night shift lead")
    );
    assert_eq!(
        cache.sync_state(id).await.expect("state"),
        SyncState::Synced
    );
}

#[tokio::test]
async fn a_pull_shows_the_server_change_under_the_waiting_edit_and_rebases_it() {
    let (_dir, client, cache, ids) = setup(10, 1).await;
    let id = ids[0];
    cache
        .apply_edit(id, &edit(Field::LastName, "Okafor"))
        .await
        .expect("edit offline");
    change_on_server(&client, id, "title", "Night shift lead").await;

    let pulled = pull(&client, &cache, false).await.expect("pull");
    assert_eq!(pulled.conflicts, 0);
    let local = cache.get_user(id).await.expect("cached");
    assert_eq!(local.last_name.as_str(), "Okafor", "the edit still shows");
    assert_eq!(
        local.title.as_ref().map(|t| t.as_str()),
        Some("Night shift lead"),
        "and the server's change shows under it"
    );
    let pending = cache
        .outbox(userdesk_cache::OutboxState::Pending)
        .await
        .expect("outbox");
    let copy = cache.server_copy(id).await.expect("copy").expect("copy");
    assert_eq!(
        pending[0].base_version, copy.version,
        "rebased on the new version"
    );

    let report = push(&client, &cache).await.expect("push");
    assert_eq!((report.sent, report.merged), (1, 0), "no 412: {report:?}");
    assert_eq!(
        server_user(&client, id).await["name"]["familyName"],
        "Okafor"
    );
}

#[tokio::test]
async fn two_values_for_one_field_are_a_conflict_and_keep_mine_sends_mine() {
    let (_dir, client, cache, ids) = setup(10, 1).await;
    let id = ids[0];
    cache
        .apply_edit(id, &edit(Field::Title, "Charge nurse"))
        .await
        .expect("edit offline");
    change_on_server(&client, id, "title", "Ward manager").await;

    let report = push(&client, &cache).await.expect("push");
    assert_eq!((report.sent, report.conflicts), (0, 1), "{report:?}");
    let conflicts = cache.conflicts().await.expect("conflicts");
    assert_eq!(conflicts.len(), 1);
    let c = &conflicts[0];
    assert_eq!((c.user_id, c.field.as_str()), (id, "title"));
    assert_eq!(c.mine, json!("Charge nurse"));
    assert_eq!(c.theirs, json!("Ward manager"));
    assert_ne!(c.base, c.theirs);
    assert_eq!(
        c.theirs_by.as_deref(),
        Some("Olive Owner <owner@example.com>"),
        "who changed theirs"
    );
    assert!(c.theirs_at.is_some(), "and when");
    // Mine still shows, marked as a conflict; nothing of it reached the server.
    assert_eq!(
        cache
            .get_user(id)
            .await
            .expect("cached")
            .title
            .map(|t| t.as_str().to_owned()),
        Some("Charge nurse".into())
    );
    assert_eq!(
        cache.sync_state(id).await.expect("state"),
        SyncState::Conflict
    );
    let rows = cache
        .list_users(&ListQuery {
            limit: 500,
            ..ListQuery::default()
        })
        .await
        .expect("list");
    let row = rows.iter().find(|r| r.id == id.to_string()).expect("row");
    assert_eq!(row.sync_state, "conflict");
    assert!(
        rows.iter()
            .filter(|r| r.id != id.to_string())
            .all(|r| r.sync_state == "synced"),
        "the other rows are synced"
    );
    assert_eq!(server_user(&client, id).await["title"], "Ward manager");
    // A second push does not send it either.
    assert_eq!(push(&client, &cache).await.expect("push").sent, 0);

    cache
        .resolve_conflict(id, "title", Resolution::KeepMine)
        .await
        .expect("keep mine");
    assert!(cache.conflicts().await.expect("conflicts").is_empty());
    let report = push(&client, &cache).await.expect("push");
    assert_eq!((report.sent, report.merged), (1, 0), "{report:?}");
    assert_eq!(server_user(&client, id).await["title"], "Charge nurse");
    assert_eq!(
        cache.sync_state(id).await.expect("state"),
        SyncState::Synced
    );
}

#[tokio::test]
async fn take_theirs_drops_my_value_and_shows_the_servers() {
    let (_dir, client, cache, ids) = setup(10, 1).await;
    let id = ids[0];
    cache
        .apply_edit(id, &edit(Field::Title, "Charge nurse"))
        .await
        .expect("edit offline");
    cache
        .apply_edit(id, &edit(Field::FirstName, "Amara"))
        .await
        .expect("edit offline");
    change_on_server(&client, id, "title", "Ward manager").await;
    // Found by the pull this time, before any push.
    let pulled = pull(&client, &cache, false).await.expect("pull");
    assert_eq!(pulled.conflicts, 1);

    cache
        .resolve_conflict(id, "title", Resolution::TakeTheirs)
        .await
        .expect("take theirs");
    let local = cache.get_user(id).await.expect("cached");
    assert_eq!(
        local.title.map(|t| t.as_str().to_owned()),
        Some("Ward manager".into())
    );
    assert_eq!(
        local.first_name.as_str(),
        "Amara",
        "the other edit is untouched"
    );
    let report = push(&client, &cache).await.expect("push");
    assert_eq!(report.sent, 1);
    let server = server_user(&client, id).await;
    assert_eq!(server["title"], "Ward manager");
    assert_eq!(server["name"]["givenName"], "Amara");
    // Resolving again is refused: there is nothing left to resolve.
    assert!(
        cache
            .resolve_conflict(id, "title", Resolution::KeepMine)
            .await
            .is_err()
    );
}

#[tokio::test]
async fn the_same_value_on_both_sides_is_no_conflict_and_is_not_sent_again() {
    let (_dir, client, cache, ids) = setup(10, 1).await;
    let id = ids[0];
    cache
        .apply_edit(id, &edit(Field::Title, "Charge nurse"))
        .await
        .expect("edit offline");
    change_on_server(&client, id, "title", "Charge nurse").await;
    let version = server_user(&client, id).await["meta"]["version"].clone();

    let report = push(&client, &cache).await.expect("push");
    assert_eq!(
        (report.sent, report.conflicts, report.merged),
        (0, 0, 1),
        "{report:?}"
    );
    assert!(
        cache
            .outbox(userdesk_cache::OutboxState::Pending)
            .await
            .expect("outbox")
            .is_empty()
    );
    assert_eq!(
        server_user(&client, id).await["meta"]["version"],
        version,
        "nothing written twice"
    );
}

#[tokio::test]
async fn a_new_value_typed_over_a_conflict_or_a_refusal_replaces_it() {
    let (_dir, client, cache, ids) = setup(10, 2).await;
    cache
        .apply_edit(ids[0], &edit(Field::Title, "Charge nurse"))
        .await
        .expect("edit");
    change_on_server(&client, ids[0], "title", "Ward manager").await;
    change_on_server(&client, ids[1], BADGE, "B-4242").await;
    // Locally, user 0 is given the badge the server already gave user 1.
    cache
        .apply_edit(ids[0], &edit(Field::BadgeId, "B-4242"))
        .await
        .expect("edit");
    let report = push(&client, &cache).await.expect("push");
    assert_eq!((report.conflicts, report.rejected), (1, 1), "{report:?}");
    assert_eq!(
        cache.sync_state(ids[0]).await.expect("state"),
        SyncState::Conflict
    );

    // The admin types a third title, and another badge.
    cache
        .apply_edit(ids[0], &edit(Field::Title, "Head of nursing"))
        .await
        .expect("edit");
    cache
        .apply_edit(ids[0], &edit(Field::BadgeId, "B-4243"))
        .await
        .expect("edit");
    assert!(cache.conflicts().await.expect("conflicts").is_empty());
    assert!(
        cache
            .outbox(userdesk_cache::OutboxState::Rejected)
            .await
            .expect("outbox")
            .is_empty()
    );
    let report = push(&client, &cache).await.expect("push");
    assert_eq!(report.sent, 2, "{report:?}");
    let server = server_user(&client, ids[0]).await;
    assert_eq!(server["title"], "Head of nursing");
    assert_eq!(
        server["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]["employeeNumber"],
        "B-4243"
    );
}

#[tokio::test]
async fn a_refused_edit_can_be_discarded() {
    let (_dir, client, cache, ids) = setup(10, 2).await;
    change_on_server(&client, ids[1], BADGE, "B-9").await;
    pull(&client, &cache, false).await.expect("pull");
    // The cache itself refuses a badge it knows is taken…
    assert!(
        cache
            .apply_edit(ids[0], &edit(Field::BadgeId, "b-9"))
            .await
            .is_err()
    );
    // …and the server refuses one it learns of only when the edit arrives.
    cache
        .apply_edit(ids[0], &edit(Field::BadgeId, "B-10"))
        .await
        .expect("edit");
    change_on_server(&client, ids[1], BADGE, "B-10").await;
    let report = sync(&client, &cache, false).await.expect("sync");
    assert_eq!(report.push.rejected, 1, "{report:?}");
    let rejected = cache
        .outbox(userdesk_cache::OutboxState::Rejected)
        .await
        .expect("outbox");
    assert_eq!(
        cache.sync_state(ids[0]).await.expect("state"),
        SyncState::Rejected
    );
    cache
        .discard_rejected(rejected[0].seq)
        .await
        .expect("discard");
    assert_eq!(
        cache.sync_state(ids[0]).await.expect("state"),
        SyncState::Synced
    );
    let local = cache.get_user(ids[0]).await.expect("cached");
    let server = server_user(&client, ids[0]).await;
    assert_eq!(
        local.badge_id.map(|b| b.as_str().to_owned()),
        server["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]["employeeNumber"]
            .as_str()
            .map(str::to_owned)
    );
}

#[tokio::test]
async fn many_edits_go_in_bulk_each_applied_once() {
    let (_dir, client, cache, ids) = setup(60, 40).await;
    assert!(client.capabilities.bulk.is_some());
    let mut before = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        before.push(server_user(&client, *id).await["meta"]["version"].clone());
        cache
            .apply_edit(*id, &edit(Field::Title, &format!("Title {i}")))
            .await
            .expect("edit");
    }
    // A second edit of some users: sent after their first, in order.
    for id in &ids[..5] {
        cache
            .apply_edit(*id, &edit(Field::LastName, "Second-Edit"))
            .await
            .expect("edit");
    }
    let report = push(&client, &cache).await.expect("push");
    assert_eq!(report.sent, 45, "{report:?}");
    for (i, id) in ids.iter().enumerate() {
        let u = server_user(&client, *id).await;
        assert_eq!(u["title"], format!("Title {i}"));
        let copy = cache.server_copy(*id).await.expect("copy").expect("copy");
        assert_eq!(
            copy.resource, u,
            "the cache holds exactly the server's user"
        );
        assert_ne!(u["meta"]["version"], before[i]);
    }
    // The audit history has each edit once, with the time it was made offline.
    let audit = client
        .get_api(&format!("/api/audit?user={}", ids[0]))
        .await
        .expect("audit");
    let events = audit["events"].as_array().expect("events");
    assert_eq!(events.len(), 2, "{audit}");
    assert!(
        events.iter().all(|e| e["clientTime"].is_string()),
        "{audit}"
    );
}

#[tokio::test]
async fn a_user_deleted_on_the_server_leaves_the_cache_and_its_edits_stay_visible() {
    let (_dir, client, cache, ids) = setup(10, 2).await;
    cache
        .apply_edit(ids[0], &edit(Field::Title, "Never arrives"))
        .await
        .expect("edit");
    for id in &ids {
        client
            .request(Method::DELETE, &format!("/Users/{id}"), None, &[])
            .await
            .expect("deleted on the server");
    }
    let report = sync(&client, &cache, true).await.expect("sync");
    assert_eq!(report.push.deleted + report.pull.deleted, 2, "{report:?}");
    for id in &ids {
        assert!(cache.get_user(*id).await.is_err(), "gone from the cache");
    }
    let rejected = cache
        .outbox(userdesk_cache::OutboxState::Rejected)
        .await
        .expect("outbox");
    assert_eq!(rejected.len(), 1);
    assert_eq!(
        rejected[0].reason,
        Some(userdesk_cache::RejectReason::DeletedOnServer)
    );
}

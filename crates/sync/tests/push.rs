//! Pushing queued local edits to our server over real HTTP on 127.0.0.1.

mod support;

use reqwest::Method;
use serde_json::{Value, json};
use support::{BulkReply, our_server, owner_client};
use userdesk_cache::Cache;
use userdesk_core::{Field, ProfileEdit, UserId};
use userdesk_sync::{pull, push};

fn edit(field: Field, value: &str) -> ProfileEdit {
    ProfileEdit::parse(field, value).expect("valid edit")
}

async fn server_user(client: &userdesk_sync::ScimClient, id: UserId) -> Value {
    client
        .request(Method::GET, &format!("/Users/{id}"), None, &[])
        .await
        .expect("get")
        .1
}

async fn some_ids(cache: &Cache, client: &userdesk_sync::ScimClient, n: usize) -> Vec<UserId> {
    let (_, page) = client
        .request(
            Method::GET,
            &format!("/Users?count={n}&startIndex=2"),
            None,
            &[],
        )
        .await
        .expect("list");
    let ids: Vec<UserId> = page["Resources"]
        .as_array()
        .expect("resources")
        .iter()
        .map(|r| UserId(uuid::Uuid::parse_str(r["id"].as_str().expect("id")).expect("uuid")))
        .collect();
    for id in &ids {
        cache.get_user(*id).await.expect("pulled");
    }
    ids
}

#[tokio::test]
async fn queued_edits_reach_the_server_once_in_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = our_server(dir.path(), 40).await;
    let client = owner_client(&base).await;
    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("cache");
    pull(&client, &cache, false).await.expect("pull");
    let ids = some_ids(&cache, &client, 3).await;

    // Offline: two edits of one user, one of another; each saved and queued at once.
    cache
        .apply_edit(ids[0], &edit(Field::Title, "Charge nurse"))
        .await
        .expect("edit");
    cache
        .apply_edit(ids[0], &edit(Field::LastName, "Okonkwo-Hale"))
        .await
        .expect("edit");
    cache
        .apply_edit(ids[1], &edit(Field::Title, ""))
        .await
        .expect("edit");
    assert_eq!(
        cache
            .outbox(userdesk_cache::OutboxState::Pending)
            .await
            .expect("outbox")
            .len(),
        3
    );

    // A reply lost after the server committed: the first entry already reached the server once,
    // the way the engine sends it to a server with Bulk (its bulkId is the entry's id, under the
    // engine's Idempotency-Key).
    let first = cache
        .outbox(userdesk_cache::OutboxState::Pending)
        .await
        .expect("outbox")
        .remove(0);
    let body = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
        "Operations": [{"method": "PATCH", "path": format!("/Users/{}", ids[0]), "bulkId": first.id,
            "version": first.base_version,
            "data": {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [first.operation]}}]});
    let (_, reply) = client
        .request(
            Method::POST,
            "/Bulk",
            Some(&body),
            &[("idempotency-key", "userdesk-outbox")],
        )
        .await
        .expect("sent, reply lost");
    assert_eq!(reply["Operations"][0]["status"], "200", "{reply}");

    let report = push(&client, &cache).await.expect("push");
    assert_eq!(
        report.sent,
        3,
        "{report:?} {:?}",
        cache.outbox(userdesk_cache::OutboxState::Rejected).await
    );
    assert!(
        cache
            .outbox(userdesk_cache::OutboxState::Pending)
            .await
            .expect("outbox")
            .is_empty()
    );

    let a = server_user(&client, ids[0]).await;
    assert_eq!(a["title"], "Charge nurse");
    assert_eq!(a["name"]["familyName"], "Okonkwo-Hale");
    assert_eq!(
        a["meta"]["version"], "W/\"3\"",
        "each edit applied exactly once: {a}"
    );
    let b = server_user(&client, ids[1]).await;
    assert!(b.get("title").is_none(), "{b}");

    let local = cache.get_user(ids[0]).await.expect("cached");
    assert_eq!(local.last_name.as_str(), "Okonkwo-Hale");
    let copy = cache
        .server_copy(ids[0])
        .await
        .expect("copy")
        .expect("copy");
    assert_eq!(copy.version.as_deref(), Some("W/\"3\""));
}

#[tokio::test]
async fn refused_and_outdated_edits_are_kept_with_the_reason() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = our_server(dir.path(), 20).await;
    let client = owner_client(&base).await;
    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("cache");
    pull(&client, &cache, false).await.expect("pull");
    let ids = some_ids(&cache, &client, 3).await;

    // Someone gives user 0 a badge on the server; locally the same badge goes to user 1: the
    // server refuses it (uniqueness), and says why.
    let badge = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [
        {"op": "replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber", "value": "B-77"}]});
    client
        .request(
            Method::PATCH,
            &format!("/Users/{}", ids[0]),
            Some(&badge),
            &[],
        )
        .await
        .expect("badge on the server");
    cache
        .apply_edit(ids[1], &edit(Field::BadgeId, "B-77"))
        .await
        .expect("local edit");
    // User 2 changes on the server after the pull, then locally: the local edit is outdated.
    let title = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [
        {"op": "replace", "path": "title", "value": "Changed on the server"}]});
    client
        .request(
            Method::PATCH,
            &format!("/Users/{}", ids[2]),
            Some(&title),
            &[],
        )
        .await
        .expect("server-side change");
    cache
        .apply_edit(ids[2], &edit(Field::LastName, "Local"))
        .await
        .expect("local edit");

    let report = push(&client, &cache).await.expect("push");
    // The badge is refused; the outdated edit is merged with the server's change (another
    // attribute) and sent again on the new version.
    assert_eq!(
        (
            report.sent,
            report.rejected,
            report.merged,
            report.conflicts
        ),
        (1, 1, 1, 0),
        "{report:?}"
    );
    let rejected = cache
        .outbox(userdesk_cache::OutboxState::Rejected)
        .await
        .expect("outbox");
    assert_eq!(rejected.len(), 1);
    assert!(
        matches!(
            &rejected[0].reason,
            Some(userdesk_cache::RejectReason::Server(e))
                if e.contains("already taken") || e.contains("employeeNumber")
        ),
        "{rejected:?}"
    );
    assert!(
        cache
            .outbox(userdesk_cache::OutboxState::Pending)
            .await
            .expect("outbox")
            .is_empty()
    );
    // Both changes of user 2 are on the server, and the cache shows exactly the server's user.
    let two = server_user(&client, ids[2]).await;
    assert_eq!(two["name"]["familyName"], "Local");
    assert_eq!(two["title"], "Changed on the server");
    let local = cache.get_user(ids[2]).await.expect("cached");
    assert_eq!(
        local.title.as_ref().map(|t| t.as_str()),
        Some("Changed on the server")
    );
    // The refused badge never reached the server, and the cache shows the server's badge again.
    assert_ne!(
        server_user(&client, ids[1]).await["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]
            ["employeeNumber"],
        "B-77"
    );
    assert_ne!(
        cache
            .get_user(ids[1])
            .await
            .expect("cached")
            .badge_id
            .map(|b| b.as_str().to_owned())
            .as_deref(),
        Some("B-77")
    );
}

/// Titles for `n` users, queued offline, then pushed to a watched server.
async fn push_titles(
    users: usize,
    reply: BulkReply,
) -> (
    tempfile::TempDir,
    userdesk_sync::ScimClient,
    Cache,
    Vec<UserId>,
    std::sync::Arc<support::Watched>,
    userdesk_sync::PushReport,
) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (base, watched) = support::our_server_watched(dir.path(), users, reply).await;
    let client = owner_client(&base).await;
    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("cache");
    pull(&client, &cache, false).await.expect("pull");
    let ids = support::users_but_owner(&cache).await;
    assert_eq!(ids.len(), users);
    for (i, id) in ids.iter().enumerate() {
        cache
            .apply_edit(*id, &edit(Field::Title, &format!("Title {i}")))
            .await
            .expect("edit");
    }
    let report = push(&client, &cache).await.expect("push");
    (dir, client, cache, ids, watched, report)
}

async fn assert_all_arrived(client: &userdesk_sync::ScimClient, cache: &Cache, ids: &[UserId]) {
    assert_eq!(cache.outbox_counts().await.expect("counts"), (0, 0, 0));
    for id in ids {
        let i = cache.get_user(*id).await.expect("user");
        assert_eq!(
            server_user(client, *id).await["title"].as_str(),
            i.title.as_ref().map(|t| t.as_str())
        );
    }
}

#[tokio::test]
async fn more_edits_than_one_bulk_request_holds_travel_in_several() {
    let (_dir, client, cache, ids, watched, report) = push_titles(250, BulkReply::AsIs).await;
    assert_eq!(report.sent, 250, "{report:?}");
    let sizes = watched.bulk_sizes.lock().expect("sizes").clone();
    assert!(sizes.len() >= 3, "{sizes:?}");
    assert!(sizes.iter().all(|n| (1..=100).contains(n)), "{sizes:?}");
    assert_eq!(
        sizes.iter().sum::<usize>(),
        250,
        "each edit once: {sizes:?}"
    );
    assert_eq!(
        watched
            .single_writes
            .load(std::sync::atomic::Ordering::SeqCst),
        0
    );
    assert_all_arrived(&client, &cache, &ids).await;
}

#[tokio::test]
async fn a_server_that_refuses_our_bulk_gets_the_edits_one_by_one() {
    let (_dir, client, cache, ids, watched, report) = push_titles(5, BulkReply::Refused).await;
    assert_eq!(report.sent, 5, "{report:?}");
    assert_eq!(
        watched.bulk_sizes.lock().expect("sizes").len(),
        1,
        "Bulk is tried once, then not again"
    );
    assert_eq!(
        watched
            .single_writes
            .load(std::sync::atomic::Ordering::SeqCst),
        5
    );
    assert_all_arrived(&client, &cache, &ids).await;
}

/// RFC 7644 §3.7.3: a PATCH result may carry `location` and `status` and no `bulkId`; results are
/// then matched by method and location, whatever their order.
#[tokio::test]
async fn bulk_results_without_bulk_ids_are_matched_by_location() {
    let (_dir, client, cache, ids, watched, report) =
        push_titles(12, BulkReply::WithoutBulkIds).await;
    assert_eq!(report.sent, 12, "{report:?}");
    assert_eq!(report.stopped, None);
    assert_eq!(*watched.bulk_sizes.lock().expect("sizes"), [12]);
    assert_all_arrived(&client, &cache, &ids).await;
}

/// A server that stops early (failOnErrors) answers fewer operations than it was sent: the rest
/// travel again in the next request, and each is done once.
#[tokio::test]
async fn edits_a_bulk_reply_does_not_answer_are_sent_again() {
    let (_dir, client, cache, ids, watched, report) =
        push_titles(10, BulkReply::FirstOnly(3)).await;
    assert_eq!(report.sent, 10, "{report:?}");
    assert_eq!(*watched.bulk_sizes.lock().expect("sizes"), [10, 7, 4, 1]);
    assert_all_arrived(&client, &cache, &ids).await;
}

/// A reply that answers nothing stops the push instead of sending the same edits forever; they
/// wait, pending, for the next sync.
#[tokio::test]
async fn a_bulk_reply_that_answers_nothing_stops_the_push_and_keeps_the_edits() {
    let (_dir, _client, cache, _ids, watched, report) =
        push_titles(4, BulkReply::FirstOnly(0)).await;
    assert_eq!(report.sent, 0, "{report:?}");
    assert!(report.stopped.is_some(), "{report:?}");
    assert_eq!(*watched.bulk_sizes.lock().expect("sizes"), [4]);
    assert_eq!(cache.outbox_counts().await.expect("counts"), (4, 0, 0));
}

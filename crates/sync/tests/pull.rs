//! Pulling an account server's users into a fresh cache over real HTTP on 127.0.0.1.

mod support;

use reqwest::Method;
use serde_json::json;
use support::{OWNER, PASSWORD, our_server};
use userdesk_cache::Cache;
use userdesk_core::UserId;
use userdesk_sync::{Credentials, ScimClient, pull};

#[tokio::test]
async fn a_fresh_cache_receives_every_user_then_only_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = our_server(dir.path(), 1_200).await;
    let client = ScimClient::connect(
        &base,
        Credentials::Password {
            email: OWNER.into(),
            password: PASSWORD.into(),
        },
    )
    .await
    .expect("signed in");
    assert!(client.capabilities.patch && client.capabilities.filter && client.capabilities.etag);
    assert!(client.capabilities.bulk.is_some());

    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("cache");
    let first = pull(&client, &cache, false).await.expect("first pull");
    assert!(first.full);
    assert_eq!(first.stored, 1_201, "{first:?}");
    assert!(first.unreadable.is_empty(), "{first:?}");
    assert_eq!(cache.user_count().await.expect("count"), 1_201);
    assert_eq!(cache.server_user_count().await.expect("count"), 1_201);

    // Nothing changed: nothing stored (the newest user comes again, recognised by version).
    let again = pull(&client, &cache, false).await.expect("second pull");
    assert_eq!(again.stored, 0, "{again:?}");
    assert!(!again.full);

    // A change on the server arrives with the next pull, and only it.
    let (_, page) = client
        .request(Method::GET, "/Users?count=1&startIndex=600", None, &[])
        .await
        .expect("a user");
    let id = page["Resources"][0]["id"].as_str().expect("id").to_owned();
    let op = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "path": "title", "value": "Night nurse"}]});
    client
        .request(Method::PATCH, &format!("/Users/{id}"), Some(&op), &[])
        .await
        .expect("patch");
    let third = pull(&client, &cache, false).await.expect("third pull");
    assert_eq!(third.stored, 1, "{third:?}");
    let local = cache
        .get_user(UserId(uuid::Uuid::parse_str(&id).expect("uuid")))
        .await
        .expect("cached");
    assert_eq!(
        local.title.map(|t| t.as_str().to_owned()).as_deref(),
        Some("Night nurse")
    );
    let copy = cache
        .server_copy(local.id)
        .await
        .expect("copy")
        .expect("from the server");
    assert_eq!(copy.version.as_deref(), Some("W/\"2\""));
}

#[tokio::test]
async fn a_user_deleted_on_the_server_leaves_the_cache_at_the_hourly_deletion_check() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = our_server(dir.path(), 5).await;
    let clock = userdesk_core::ShiftedClock::new();
    let client = support::owner_client(&base)
        .await
        .with_clock(std::sync::Arc::new(clock.clone()));
    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("cache");
    assert!(pull(&client, &cache, false).await.expect("first pull").full);
    let gone = support::users_but_owner(&cache).await[0];
    client
        .request(Method::DELETE, &format!("/Users/{gone}"), None, &[])
        .await
        .expect("deleted on the server");

    // A change list says nothing of deletions: until the check is due, the user stays.
    let every = userdesk_sync::pull::RECONCILE_EVERY;
    clock.advance(every - time::Duration::minutes(1));
    let early = pull(&client, &cache, false).await.expect("pull");
    assert_eq!(early.deleted, 0, "{early:?}");
    assert!(cache.get_user(gone).await.is_ok());

    clock.advance(time::Duration::minutes(2));
    let due = pull(&client, &cache, false).await.expect("pull");
    assert_eq!(due.deleted, 1, "{due:?}");
    assert!(cache.get_user(gone).await.is_err(), "gone from the cache");
    assert_eq!(cache.user_count().await.expect("count"), 5);
}

/// RFC 7644 §3.4.2.4 lets a server answer fewer resources than asked (`itemsPerPage`), and some
/// leave out `totalResults`: the pull reads on until a page brings no one new, so nobody is
/// missed, and the deletion check tells the deleted from the unseen.
#[tokio::test]
async fn small_pages_without_a_total_still_bring_every_user_and_every_change() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (base, _) =
        support::our_server_watched(dir.path(), 40, support::BulkReply::SmallPagesNoTotal(7)).await;
    let client = support::owner_client(&base).await;
    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("cache");
    let first = pull(&client, &cache, false).await.expect("first pull");
    assert_eq!(first.stored, 41, "{first:?}");
    assert_eq!(cache.user_count().await.expect("count"), 41);

    let ids = support::users_but_owner(&cache).await;
    let op = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "path": "title", "value": "Night nurse"}]});
    for id in &ids[..10] {
        client
            .request(Method::PATCH, &format!("/Users/{id}"), Some(&op), &[])
            .await
            .expect("patch");
    }
    client
        .request(Method::DELETE, &format!("/Users/{}", ids[20]), None, &[])
        .await
        .expect("delete");
    let next = pull(&client, &cache, true).await.expect("next pull");
    assert_eq!((next.stored, next.deleted), (10, 1), "{next:?}");
    assert_eq!(cache.user_count().await.expect("count"), 40);
    for id in &ids[..10] {
        let title = cache.get_user(*id).await.expect("cached").title;
        assert_eq!(
            title.map(|t| t.as_str().to_owned()).as_deref(),
            Some("Night nurse")
        );
    }
}

//! `cargo bench -p userdesk-sync --bench sync`: the sync engine against our account server on
//! loopback (in this process, SQLite): the first pull of a large account, a pull with nothing new,
//! a pull of changes, and pushing many queued edits in Bulk requests and one request each.
//! Figures go to BENCHMARKS.md by hand.

use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::json;
use userdesk_cache::Cache;
use userdesk_core::{Field, ProfileEdit, UserId};
use userdesk_server::embedded::start_demo;
use userdesk_sync::{Credentials, ScimClient, pull, push};

const USERS: usize = 10_000;
const EDITS: usize = 1_000;

fn report(what: &str, n: usize, took: Duration) {
    println!(
        "{what:<44} {n:>6} in {:>8.2} s  ({:>7.0} per second)",
        took.as_secs_f64(),
        n as f64 / took.as_secs_f64().max(1e-9)
    );
}

async fn queue_edits(cache: &Cache, ids: &[UserId], round: usize) {
    for (i, id) in ids.iter().enumerate() {
        let e = ProfileEdit::parse(Field::Title, &format!("Title {round}-{i}")).expect("edit");
        cache.apply_edit(*id, &e).await.expect("queued");
    }
}

#[tokio::main]
async fn main() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dir = tempfile::tempdir().expect("temp dir");
    let t = Instant::now();
    let server = start_demo(&dir.path().join("server"), USERS)
        .await
        .expect("server");
    println!(
        "account server with {USERS} users ready in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let base = format!("{}/scim/v2", server.root);
    let credentials = Credentials::Password {
        email: server.owner_email.clone(),
        password: server.owner_password.clone(),
    };
    let client = ScimClient::connect(&base, credentials.clone())
        .await
        .expect("client");
    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("cache");

    let t = Instant::now();
    let r = pull(&client, &cache, false).await.expect("pull");
    report("first pull (every user)", r.stored as usize, t.elapsed());

    let t = Instant::now();
    pull(&client, &cache, false).await.expect("pull");
    report("pull with nothing new", 0, t.elapsed());

    let mut ids: Vec<UserId> = cache
        .server_ids()
        .await
        .expect("ids")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    // The admin's own account has rules of its own: leave it alone.
    let owner = cache
        .list_users(&userdesk_cache::ListQuery {
            search: server.owner_email.clone(),
            limit: 5,
            ..Default::default()
        })
        .await
        .expect("owner")
        .first()
        .map(|r| r.id.clone());
    ids.retain(|id| Some(id.to_string()) != owner);
    ids.sort_by_key(|id| id.to_string());
    ids.truncate(EDITS);

    // Colleagues change 500 users on the server; the next pull brings them.
    for id in ids.iter().take(500) {
        let body = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "path": "name.familyName", "value": "Changed"}]});
        client
            .request(Method::PATCH, &format!("/Users/{id}"), Some(&body), &[])
            .await
            .expect("patch");
    }
    let t = Instant::now();
    let r = pull(&client, &cache, false).await.expect("pull");
    report("pull of changed users", r.stored as usize, t.elapsed());

    let t = Instant::now();
    queue_edits(&cache, &ids, 1).await;
    report(
        "edits saved and queued (one transaction each)",
        ids.len(),
        t.elapsed(),
    );
    let t = Instant::now();
    let r = push(&client, &cache).await.expect("push");
    report("push in Bulk requests", r.sent as usize, t.elapsed());

    let mut single = ScimClient::connect(&base, credentials)
        .await
        .expect("client");
    single.capabilities.bulk = None;
    queue_edits(&cache, &ids, 2).await;
    let t = Instant::now();
    let r = push(&single, &cache).await.expect("push");
    report("push, one PATCH per edit", r.sent as usize, t.elapsed());

    // Edits that all meet a change on the server (412, read again, merged, sent again).
    queue_edits(&cache, &ids[..200], 3).await;
    for id in &ids[..200] {
        let body = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "path": "name.givenName", "value": "Colleague"}]});
        client
            .request(Method::PATCH, &format!("/Users/{id}"), Some(&body), &[])
            .await
            .expect("patch");
    }
    let t = Instant::now();
    let r = push(&client, &cache).await.expect("push");
    report(
        "push of edits that meet a change (merged)",
        r.sent as usize,
        t.elapsed(),
    );
    assert_eq!(r.merged, 200);
}

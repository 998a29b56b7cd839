//! The sync under faults, over real HTTP on 127.0.0.1 with our server: the `userdesk-sync`
//! process killed (SIGKILL) at random points of push and pull, hundreds of times over a seeded
//! schedule, and a proxy that drops connections, delays them and loses replies after the server
//! committed. Afterwards every edit is on the server exactly once (the audit history holds each
//! edit's Idempotency-Key once, and nothing else) and the cache equals the server.

mod support;

use std::collections::{BTreeMap, HashMap};

use reqwest::Method;
use serde_json::json;
use support::chaos::{Faults, Proxy, Tripwire};
use support::{Rng, our_server, owner_client, owner_token};
use userdesk_cache::Cache;
use userdesk_core::scim::user::read_resource;
use userdesk_core::{Field, ProfileEdit, UserId};
use userdesk_sync::{Credentials, ScimClient, pull, sync};

const FIELDS: [Field; 3] = [Field::FirstName, Field::LastName, Field::BadgeId];

/// What the test made happen, to check the server against.
#[derive(Default)]
struct Ledger {
    /// Idempotency keys of every queued edit, per user.
    keys: HashMap<UserId, Vec<String>>,
    /// Changes made directly on the server (no key), per user.
    direct: HashMap<UserId, usize>,
    /// Users added here.
    created: Vec<UserId>,
}

/// Makes one offline edit with a value never used before, and notes its key.
async fn edit(cache: &Cache, ledger: &mut Ledger, id: UserId, field: Field, n: u64) {
    let value = match field {
        Field::FirstName => format!("First{n}"),
        Field::LastName => format!("Last{n}"),
        _ => format!("K-{n}"),
    };
    let e = ProfileEdit::parse(field, &value).expect("valid");
    cache.apply_edit(id, &e).await.expect("saved offline");
    note_newest(cache, ledger, id).await;
}

/// Adds a user offline (created on the server at a sync), and notes the create's key.
async fn add_user(cache: &Cache, ledger: &mut Ledger, n: u64) -> UserId {
    use userdesk_core::{Email, PersonName, UserProfile};
    let profile = UserProfile::new_user(
        Email::parse(&format!("new.person{n}@example.com")).expect("email"),
        PersonName::parse(&format!("New{n}")).expect("name"),
        PersonName::parse("Person").expect("name"),
        time::OffsetDateTime::now_utc(),
    );
    cache.create_user(&profile).await.expect("created offline");
    note_newest(cache, ledger, profile.id).await;
    ledger.created.push(profile.id);
    profile.id
}

/// Queues the activation e-mail of a user made here (their status allows it, again and again).
async fn send_activation(cache: &Cache, ledger: &mut Ledger, id: UserId) {
    cache
        .queue_action(id, &json!({"action": "activation"}))
        .await
        .expect("queued");
    note_newest(cache, ledger, id).await;
}

async fn note_newest(cache: &Cache, ledger: &mut Ledger, id: UserId) {
    let newest = cache
        .outbox(userdesk_cache::OutboxState::Pending)
        .await
        .expect("outbox")
        .into_iter()
        .max_by_key(|e| e.seq)
        .expect("queued");
    assert_eq!(newest.user_id, id);
    ledger.keys.entry(id).or_default().push(newest.id);
}

/// A colleague's change of a field the admin does not edit here (so it merges by itself).
async fn change_title_on_server(client: &ScimClient, ledger: &mut Ledger, id: UserId, n: u64) {
    // Users added here have another id on the server; the colleague works on the others.
    if ledger.created.contains(&id) {
        return;
    }
    let body = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "path": "title", "value": format!("Title {n}")}]});
    client
        .request(Method::PATCH, &format!("/Users/{id}"), Some(&body), &[])
        .await
        .expect("change on the server");
    *ledger.direct.entry(id).or_default() += 1;
}

/// How much happens between two syncs.
struct Mix {
    min_edits: u64,
    more_edits: u64,
    /// A colleague changes a user on the server one round in this many.
    change_one_in: u64,
    /// A user is added (or, as often, an activation e-mail queued) one round in this many.
    extra_one_in: u64,
}

/// What admins and colleagues do between two syncs: offline edits, a colleague's change on the
/// server, now and then a new user or an activation e-mail.
async fn round(
    rng: &mut Rng,
    mix: &Mix,
    cache: &Cache,
    server: &ScimClient,
    ledger: &mut Ledger,
    users: &mut Vec<UserId>,
    n: &mut u64,
) {
    for _ in 0..mix.min_edits + rng.below(mix.more_edits) {
        *n += 1;
        let id = users[rng.below(users.len() as u64) as usize];
        let field = FIELDS[rng.below(FIELDS.len() as u64) as usize];
        edit(cache, ledger, id, field, *n).await;
    }
    if rng.below(mix.change_one_in) == 0 {
        *n += 1;
        let id = users[rng.below(users.len() as u64) as usize];
        change_title_on_server(server, ledger, id, *n).await;
    }
    match rng.below(mix.extra_one_in) {
        0 => {
            *n += 1;
            let id = add_user(cache, ledger, *n).await;
            users.push(id);
        }
        1 if !ledger.created.is_empty() => {
            let id = ledger.created[rng.below(ledger.created.len() as u64) as usize];
            send_activation(cache, ledger, id).await;
        }
        _ => {}
    }
}

/// Every edit arrived exactly once, and the cache holds exactly what the server holds.
async fn assert_exactly_once_and_equal(client: &ScimClient, cache: &Cache, ledger: &Ledger) {
    let (pending, conflicts, rejected) = cache.outbox_counts().await.expect("counts");
    assert_eq!(
        (pending, conflicts, rejected),
        (0, 0, 0),
        "all delivered: {:?} {:?}",
        cache.conflicts().await,
        cache.outbox(userdesk_cache::OutboxState::Rejected).await
    );
    let mut users: Vec<&UserId> = ledger.keys.keys().chain(ledger.direct.keys()).collect();
    users.sort();
    users.dedup();
    for id in users {
        let server_id = cache
            .server_copy(*id)
            .await
            .expect("copy")
            .expect("on the server")
            .server_id;
        let audit = client
            .get_api(&format!("/api/audit?user={server_id}&limit=1000"))
            .await
            .expect("audit");
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        let mut direct = 0;
        for e in audit["events"].as_array().expect("events") {
            // The demo users were there before the test: only creates made here count.
            if e["action"] == "create" && e["idempotencyKey"].is_null() {
                continue;
            }
            match e["idempotencyKey"].as_str() {
                Some(k) => {
                    let k = k.strip_prefix("userdesk-outbox/").unwrap_or(k);
                    *seen.entry(k.to_owned()).or_default() += 1;
                }
                None => direct += 1,
            }
        }
        let mut expected: BTreeMap<String, usize> = BTreeMap::new();
        for k in ledger.keys.get(id).into_iter().flatten() {
            *expected.entry(k.clone()).or_default() += 1;
        }
        let differ: Vec<(&String, Option<&usize>, Option<&usize>)> = seen
            .keys()
            .chain(expected.keys())
            .filter(|k| seen.get(*k) != expected.get(*k))
            .map(|k| (k, seen.get(k), expected.get(k)))
            .collect();
        assert!(
            differ.is_empty(),
            "user {id}: each edit applied exactly once; (key, applied, made): {differ:?}"
        );
        assert_eq!(direct, ledger.direct.get(id).copied().unwrap_or(0));
    }
    for id in &ledger.created {
        let page = client
            .list_users(Some(&format!("externalId eq \"{id}\"")), None, 1, 10)
            .await
            .expect("by externalId");
        assert_eq!(page.total, Some(1), "{id} created exactly once");
    }
    // The cache equals the server, user by user.
    let mut start = 1;
    let mut server_users = 0;
    loop {
        let page = client
            .list_users(None, None, start, 200)
            .await
            .expect("list");
        for r in &page.resources {
            server_users += 1;
            let id = cache
                .user_of_server_id(r["id"].as_str().expect("id"), None)
                .await
                .expect("lookup")
                .expect("every server user is in the cache");
            let copy = cache.server_copy(id).await.expect("copy").expect("cached");
            assert_eq!(&copy.resource, r, "the cache's copy of {id}");
            let shown = cache.get_user(id).await.expect("cached user");
            let expected = read_resource(r, id, shown.created_at).expect("readable");
            assert_eq!(
                (
                    &shown.first_name,
                    &shown.last_name,
                    &shown.title,
                    &shown.badge_id
                ),
                (
                    &expected.first_name,
                    &expected.last_name,
                    &expected.title,
                    &expected.badge_id
                ),
                "what the cache shows of {id}"
            );
        }
        start += page.resources.len() as u64;
        if page.resources.is_empty() || page.total.is_none_or(|t| start > t) {
            break;
        }
    }
    assert_eq!(
        cache.server_user_count().await.expect("count"),
        server_users
    );
}

async fn some_users(cache: &Cache, n: usize) -> Vec<UserId> {
    let mut ids = support::users_but_owner(cache).await;
    ids.truncate(n);
    ids
}

fn sync_command(cache: &std::path::Path, base: &str, token: &str) -> tokio::process::Command {
    let mut c = tokio::process::Command::new(env!("CARGO_BIN_EXE_userdesk-sync"));
    c.arg("--cache")
        .arg(cache)
        .args(["--scim-url", base, "--token", token, "sync"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true);
    c
}

/// Runs one `userdesk-sync sync` to its end; it must succeed (its error output says why not).
async fn sync_to_the_end(cache: &std::path::Path, base: &str, token: &str, what: &str) {
    let out = sync_command(cache, base, token)
        .stderr(std::process::Stdio::piped())
        .output()
        .await
        .expect("run");
    assert!(
        out.status.success(),
        "{what} completes: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edits_survive_the_sync_process_killed_at_random_points_and_arrive_once() {
    const KILLS: usize = 220;
    let seed: u64 = std::env::var("USERDESK_FAULT_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_0001);
    let dir = tempfile::tempdir().expect("temp dir");
    // Enough users that the first pull takes several pages' worth of work to be killed in.
    let base = our_server(dir.path(), 1_500).await;
    let client = owner_client(&base).await;
    let token = owner_token(&base).await;
    let path = dir.path().join("cache.sqlite3");

    // The sync processes go through a tripwire that cuts each run at a chunk of bytes drawn
    // across what a whole run sends and receives: first the first pull of everything, then small
    // syncs (their span learnt from each run that ends before its wire trips).
    let upstream = base
        .trim_start_matches("http://")
        .trim_end_matches("/scim/v2")
        .to_owned();
    let wire = Tripwire::start(upstream).await;
    let wired = format!("http://{}/scim/v2", wire.addr);
    let calibrate = dir.path().join("calibrate.sqlite3");
    wire.arm(0, false);
    sync_to_the_end(&calibrate, &wired, &token, "the calibration sync").await;
    let first_pull = wire.passed();
    let mut small_sync = 64;

    let cache = Cache::open(&path).await.expect("cache");
    let mut rng = Rng::new(seed);
    let mut ledger = Ledger::default();
    let mut users: Vec<UserId> = Vec::new();
    let mut n = 0u64;
    let mut killed_mid_run = 0;
    for _ in 0..KILLS {
        if users.is_empty() && cache.server_user_count().await.expect("count") > 1_000 {
            users = some_users(&cache, 12).await;
        }
        if !users.is_empty() {
            let mix = Mix {
                min_edits: 0,
                more_edits: 4,
                change_one_in: 4,
                extra_one_in: 8,
            };
            round(
                &mut rng,
                &mix,
                &cache,
                &client,
                &mut ledger,
                &mut users,
                &mut n,
            )
            .await;
        }
        let span = if users.is_empty() {
            first_pull
        } else {
            small_sync
        };
        // Half the runs are cut with a request or reply held back, half just after one passed.
        wire.arm(1 + rng.below(span.max(1)), rng.below(2) == 0);
        let mut child = sync_command(&path, &wired, &token).spawn().expect("spawn");
        tokio::select! {
            _ = child.wait() => {
                if !users.is_empty() {
                    small_sync = wire.passed().max(4);
                }
            }
            () = wire.tripped() => {
                if child.try_wait().expect("child").is_none() {
                    child.start_kill().expect("SIGKILL");
                    killed_mid_run += 1;
                }
            }
        }
        let _ = child.wait().await;
    }
    wire.arm(0, false);
    eprintln!("{killed_mid_run} of {KILLS} runs killed mid-flight; small sync span {small_sync}");
    assert!(
        killed_mid_run > KILLS / 2,
        "most runs were killed mid-flight ({killed_mid_run} of {KILLS})"
    );
    assert!(!ledger.keys.is_empty(), "edits were made");

    // Then one sync that is left to finish.
    sync_to_the_end(&path, &base, &token, "the last sync").await;
    // The server's own changes made after that run's pull are brought in by one more pull.
    pull(&client, &cache, true).await.expect("pull");
    assert_exactly_once_and_equal(&client, &cache, &ledger).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropped_delayed_and_lost_replies_change_nothing_but_the_pace() {
    let seed: u64 = std::env::var("USERDESK_FAULT_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_0002);
    let dir = tempfile::tempdir().expect("temp dir");
    let base = our_server(dir.path(), 300).await;
    let direct = owner_client(&base).await;
    let upstream = base
        .trim_start_matches("http://")
        .trim_end_matches("/scim/v2")
        .to_owned();
    let proxy = Proxy::start(
        upstream,
        Faults {
            drop_request: 300,
            lose_reply: 100,
            delay: 150,
            max_delay_ms: 40,
        },
        seed,
    )
    .await;
    let token = owner_token(&base).await;
    let proxied = format!("http://{}/scim/v2", proxy.addr);
    // Connecting goes through the proxy too: try until it gets through.
    let client = loop {
        if let Ok(c) = ScimClient::connect(&proxied, Credentials::Bearer(token.clone())).await {
            break c;
        }
    };
    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("cache");
    let mut rng = Rng::new(seed);
    let mut ledger = Ledger::default();
    let mut n = 0u64;
    let mut users = Vec::new();
    let mut incomplete = 0;
    for _ in 0..100 {
        if users.is_empty() && cache.server_user_count().await.expect("count") >= 300 {
            users = some_users(&cache, 10).await;
        }
        if !users.is_empty() {
            let mix = Mix {
                min_edits: 1,
                more_edits: 5,
                change_one_in: 3,
                extra_one_in: 6,
            };
            round(
                &mut rng,
                &mix,
                &cache,
                &direct,
                &mut ledger,
                &mut users,
                &mut n,
            )
            .await;
        }
        match sync(&client, &cache, rng.below(5) == 0).await {
            Ok(r) if r.complete() => {}
            _ => incomplete += 1,
        }
    }
    let t = &proxy.tally;
    use std::sync::atomic::Ordering::Relaxed;
    assert!(
        t.dropped_requests.load(Relaxed) > 5
            && t.lost_replies.load(Relaxed) > 5
            && t.delays.load(Relaxed) > 5,
        "the faults happened: {t:?}"
    );
    assert!(
        incomplete > 5,
        "and syncs were cut short by them ({incomplete})"
    );

    // The network heals: the next sync completes and everything is in place, once.
    proxy.enabled.store(false, Relaxed);
    let report = sync(&client, &cache, true).await.expect("sync");
    assert!(report.complete(), "{report:?}");
    pull(&direct, &cache, true).await.expect("pull");
    assert_exactly_once_and_equal(&direct, &cache, &ledger).await;
}

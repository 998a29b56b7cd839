//! A cache written by an earlier version (schema up to the outbox, 0003) opened by this one: the
//! upgrade keeps every user, the search index, the server copies and the queued edits.

use std::path::Path;

use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use userdesk_cache::{Cache, CacheError, ListQuery, RejectReason, ServerCopy};
use userdesk_core::{Field, ProfileEdit, UserId};

const OLD: &[&str] = &[
    "0001_users.sql",
    "0002_server_copies.sql",
    "0003_outbox.sql",
];

async fn old_cache(path: &Path, migrations: &Path) {
    std::fs::create_dir_all(migrations).expect("dir");
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    for f in OLD {
        std::fs::copy(here.join(f), migrations.join(f)).expect("copy migration");
    }
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(
            SqliteConnectOptions::new()
                .filename(path)
                .create_if_missing(true),
        )
        .await
        .expect("pool");
    sqlx::migrate::Migrator::new(migrations)
        .await
        .expect("old migrations")
        .run(&pool)
        .await
        .expect("old schema");
    for (id, first, last, email, badge) in [
        (
            "6f1c2a4e-0000-4000-8000-000000000001",
            "Ada",
            "Lovelace",
            "ada@example.com",
            Some("B-1"),
        ),
        (
            "6f1c2a4e-0000-4000-8000-000000000002",
            "Grace",
            "Hopper",
            "grace@example.com",
            None,
        ),
        (
            "6f1c2a4e-0000-4000-8000-000000000003",
            "太郎",
            "田中",
            "tanaka@example.com",
            None,
        ),
    ] {
        sqlx::query(
            "INSERT INTO users (id, email, email_key, first_name, last_name, first_name_key,
               last_name_key, title_sort, badge_id, badge_key, badge_sort, account_type, status,
               account_type_rank, status_rank, created_at, notification_frequency, presence,
               updated_at, search_terms)
             VALUES (?1, ?2, ?2, ?3, ?4, lower(?3), lower(?4), '1', ?5, lower(?5),
               coalesce('0' || lower(?5), '1'), 'internal', 'active', 3, 3,
               '2025-01-02T03:04:05Z', 'daily', 'online', '2025-01-02T03:04:05Z',
               lower(?3 || ' ' || ?4 || ' ' || ?2))",
        )
        .bind(id)
        .bind(email)
        .bind(first)
        .bind(last)
        .bind(badge)
        .execute(&pool)
        .await
        .expect("old row");
    }
    sqlx::query(
        "INSERT INTO server_users (user_id, server_id, version, last_modified, resource)
         VALUES ('6f1c2a4e-0000-4000-8000-000000000001', 'srv-1', 'W/\"1\"',
                 '2025-01-02T03:04:05Z', '{\"id\": \"srv-1\"}')",
    )
    .execute(&pool)
    .await
    .expect("copy");
    sqlx::query(
        "INSERT INTO outbox (id, user_id, field, operation, base_version, made_at, state)
         VALUES ('k-1', '6f1c2a4e-0000-4000-8000-000000000001', 'title',
                 '{\"op\": \"replace\", \"path\": \"title\", \"value\": \"Countess\"}',
                 'W/\"1\"', '2025-01-02T03:04:05Z', 'stale')",
    )
    .execute(&pool)
    .await
    .expect("queued edit");
    // Refused edits, their reasons kept as the sentences earlier versions stored.
    for (key, error) in [
        ("k-2", "the user was deleted on the server"),
        ("k-3", "cannot be merged: invalidPath: operation 0"),
        ("k-4", "The badge ID B-1 is already taken."),
    ] {
        sqlx::query(
            "INSERT INTO outbox (id, user_id, field, operation, made_at, state, error)
             VALUES (?1, '6f1c2a4e-0000-4000-8000-000000000002', 'title',
                     '{\"op\": \"replace\", \"path\": \"title\", \"value\": \"x\"}',
                     '2025-01-02T03:04:05Z', 'rejected', ?2)",
        )
        .bind(key)
        .bind(error)
        .execute(&pool)
        .await
        .expect("refused edit");
    }
    pool.close().await;
}

fn id(n: u8) -> UserId {
    UserId(uuid::Uuid::parse_str(&format!("6f1c2a4e-0000-4000-8000-00000000000{n}")).expect("uuid"))
}

#[tokio::test]
async fn an_older_cache_keeps_its_users_search_copies_and_queue() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("cache.sqlite3");
    old_cache(&path, &dir.path().join("old-migrations")).await;

    let cache = Cache::open(&path).await.expect("upgraded");
    let ada = cache.get_user(id(1)).await.expect("Ada kept");
    assert_eq!(ada.badge_id.as_ref().map(|b| b.as_str()), Some("B-1"));
    let found = cache
        .list_users(&ListQuery {
            search: "lovel".into(),
            limit: 10,
            ..ListQuery::default()
        })
        .await
        .expect("search");
    assert_eq!(found.len(), 1, "the search index survived the rebuild");
    assert_eq!(found[0].sync_state, "pending");
    // The search text an older version prepared is prepared anew: part of a name written
    // without spaces is found.
    let found = cache
        .list_users(&ListQuery {
            search: "中太".into(),
            limit: 10,
            ..ListQuery::default()
        })
        .await
        .expect("search");
    assert_eq!(
        found.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["6f1c2a4e-0000-4000-8000-000000000003"]
    );
    let queued = cache
        .outbox(userdesk_cache::OutboxState::Pending)
        .await
        .expect("outbox");
    assert_eq!(
        queued.len(),
        1,
        "the edit once parked as outdated waits again"
    );
    assert_eq!(
        (queued[0].id.as_str(), queued[0].kind.as_str()),
        ("k-1", "edit")
    );
    assert!(cache.server_copy(id(1)).await.expect("copy").is_some());

    // The cache now holds what the server says even while it breaks uniqueness for a moment (two
    // badges swapped on the server, seen one user at a time)…
    let mut grace = cache.get_user(id(2)).await.expect("Grace kept");
    grace.badge_id = ada.badge_id.clone();
    let copy = ServerCopy::of("srv-2", serde_json::json!({"id": "srv-2"}), None);
    cache
        .record_pulled(&[(grace, copy)])
        .await
        .expect("a pulled badge another user still holds here");
    // …while what an admin types is still checked at once.
    let err = cache
        .apply_edit(
            id(2),
            &ProfileEdit::parse(Field::BadgeId, "b-1").expect("edit"),
        )
        .await
        .expect_err("taken");
    assert!(matches!(err, CacheError::Taken(Field::BadgeId)), "{err:?}");
}

#[tokio::test]
async fn refused_edits_of_an_older_cache_keep_their_reasons_as_codes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("cache.sqlite3");
    old_cache(&path, &dir.path().join("old-migrations")).await;
    let cache = Cache::open(&path).await.expect("upgraded");
    let rejected = cache
        .outbox(userdesk_cache::OutboxState::Rejected)
        .await
        .expect("outbox");
    let reasons: Vec<(String, Option<RejectReason>)> =
        rejected.into_iter().map(|e| (e.id, e.reason)).collect();
    assert_eq!(
        reasons,
        vec![
            ("k-2".to_owned(), Some(RejectReason::DeletedOnServer)),
            (
                "k-3".to_owned(),
                Some(RejectReason::Unmergeable("invalidPath: operation 0".into()))
            ),
            (
                "k-4".to_owned(),
                Some(RejectReason::Server(
                    "The badge ID B-1 is already taken.".into()
                ))
            ),
        ]
    );
}

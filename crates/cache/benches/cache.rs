//! Cache benchmarks with 100,000 users: search as you type, and sorted + filtered pages.
//!
//! `cargo bench -p userdesk-cache --bench cache` prints p50/p95 figures (release build, real
//! SQLite file). `-- --seed <dir> <count>` only fills a cache in `<dir>`, for the start-up benchmark.

use std::path::Path;
use std::time::{Duration, Instant};

use userdesk_cache::{CACHE_FILE, Cache, ListQuery, SortColumn, SortOrder};
use userdesk_core::demo::demo_users;
use userdesk_core::{AccountType, Role, Status};

const USERS: usize = 100_000;

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

fn report(what: &str, mut samples: Vec<Duration>) {
    samples.sort();
    println!(
        "{what:<44} n={:<5} p50 {:>7.2} ms   p95 {:>7.2} ms   max {:>7.2} ms",
        samples.len(),
        percentile(&samples, 0.50),
        percentile(&samples, 0.95),
        percentile(&samples, 1.0)
    );
}

/// Where user `n`'s avatar pictures are on a server, as our server names them.
fn avatar_of(n: usize) -> userdesk_core::Avatar {
    let at = |size: &str| {
        let hash = format!("{n:016x}{size:0>48}");
        userdesk_core::avatar::PictureRef::parse(&format!(
            "https://accounts.example.com/avatars/{hash}.jpg"
        ))
        .expect("a picture address")
    };
    userdesk_core::Avatar {
        photo: at("256"),
        thumbnail: at("64"),
    }
}

/// A cache of `count` demo users (each with an avatar when `avatars`).
async fn seed(dir: &Path, count: usize, avatars: bool) -> Cache {
    let cache = Cache::open(&dir.join(CACHE_FILE))
        .await
        .expect("open cache");
    if cache.user_count().await.expect("count") == 0 {
        let mut users = demo_users(count, 2026, time::OffsetDateTime::now_utc());
        if avatars {
            for (n, u) in users.iter_mut().enumerate() {
                u.avatar = Some(avatar_of(n));
            }
        }
        cache.set_roles(&Role::built_ins()).await.expect("roles");
        let start = Instant::now();
        for chunk in users.chunks(5_000) {
            cache.upsert_users(chunk).await.expect("insert");
        }
        println!(
            "seeded {count} users in {:.1} s",
            start.elapsed().as_secs_f64()
        );
    }
    cache
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--seed") {
        let dir = args.get(i + 1).expect("--seed <dir> <count>");
        let count = args
            .get(i + 2)
            .and_then(|c| c.parse().ok())
            .unwrap_or(USERS);
        seed(Path::new(dir), count, false).await;
        return;
    }

    // USERDESK_BENCH_DIR keeps the seeded cache between runs; by default it is a fresh temp dir.
    let temp = tempfile::tempdir().expect("temp dir");
    let dir =
        std::env::var_os("USERDESK_BENCH_DIR").map_or_else(|| temp.path().to_owned(), Into::into);
    // Every user has an avatar, as in an account where everyone set one: the list reads where
    // each thumbnail is.
    // `USERDESK_BENCH_NO_AVATARS` leaves them out, to compare.
    let avatars = std::env::var_os("USERDESK_BENCH_NO_AVATARS").is_none();
    let cache = seed(&dir, USERS, avatars).await;
    let users = demo_users(USERS, 2026, time::OffsetDateTime::now_utc());

    // Search as you type: each keystroke of 200 people's last names, first names and e-mails asks
    // for the first page of 100 rows and the number of matches, as the Users list does.
    let mut page = Vec::new();
    let mut keystroke = Vec::new();
    for (n, u) in users.iter().step_by(USERS / 200).enumerate() {
        let word = match n % 3 {
            0 => u.last_name.as_str().to_owned(),
            1 => u.first_name.as_str().to_owned(),
            _ => u.email.as_str().to_owned(),
        };
        let mut typed = String::new();
        for c in word.chars().take(6) {
            typed.push(c);
            let q = ListQuery {
                search: typed.clone(),
                limit: 100,
                ..ListQuery::default()
            };
            let t0 = Instant::now();
            let rows = cache.list_users(&q).await.expect("search");
            let t1 = Instant::now();
            let _ = cache.count_users(&q).await.expect("count");
            let t2 = Instant::now();
            assert!(!rows.is_empty() || typed.chars().count() > 3);
            page.push(t1 - t0);
            keystroke.push(t2 - t0);
        }
    }
    report("search: first page of 100", page);
    report("search: page + match count (one keystroke)", keystroke);

    // Sorted and filtered pages: every column, both orders, no filter or one or two filters, at
    // the top, in the middle and deep in the list.
    let filters: [(Option<Status>, Option<AccountType>, Option<&str>); 4] = [
        (None, None, None),
        (Some(Status::Active), None, None),
        (Some(Status::Invited), Some(AccountType::Internal), None),
        (None, None, Some(Role::USER_MANAGER)),
    ];
    let mut sorted_pages = Vec::new();
    let mut counts = Vec::new();
    for sort in SortColumn::ALL {
        for order in [SortOrder::Ascending, SortOrder::Descending] {
            for (status, account_type, role) in filters {
                for offset in [0, 1_000, 20_000] {
                    let q = ListQuery {
                        sort,
                        order,
                        status,
                        account_type,
                        role: role.map(str::to_owned),
                        offset,
                        limit: 100,
                        ..ListQuery::default()
                    };
                    let t0 = Instant::now();
                    let _ = cache.list_users(&q).await.expect("page");
                    sorted_pages.push(t0.elapsed());
                    let t0 = Instant::now();
                    let _ = cache.count_users(&q).await.expect("count");
                    counts.push(t0.elapsed());
                }
            }
        }
    }
    report("sorted + filtered page of 100", sorted_pages);
    report("count of a filtered list", counts);

    let t0 = Instant::now();
    let mut open = Vec::new();
    for u in users.iter().step_by(USERS / 200) {
        let t = Instant::now();
        let _ = cache.get_user(u.id).await.expect("get");
        open.push(t.elapsed());
    }
    report("open a profile (get_user)", open);
    let _ = t0;

    // What each sync asks the cache: which thumbnails it lacks. With none kept (a first sync) and
    // with every one kept (a sync with nothing to fetch).
    let mut lacking = Vec::new();
    for _ in 0..20 {
        let t0 = Instant::now();
        let wanted = cache.thumbnails_to_fetch(2_000).await.expect("to fetch");
        lacking.push(t0.elapsed());
        assert!(!wanted.is_empty() || !avatars);
    }
    report("thumbnails to fetch: none kept (2,000 asked)", lacking);
    let t0 = Instant::now();
    let pictures: Vec<userdesk_cache::Picture> = (0..USERS)
        .map(|n| userdesk_cache::Picture {
            uri: avatar_of(n).thumbnail,
            media_type: "image/jpeg".into(),
            bytes: vec![0xFF; 2_500],
        })
        .collect();
    for chunk in pictures.chunks(5_000) {
        cache.keep_pictures(chunk).await.expect("keep");
    }
    println!(
        "kept {USERS} thumbnails of 2.5 KB in {:.1} s",
        t0.elapsed().as_secs_f64()
    );
    let mut none = Vec::new();
    for _ in 0..20 {
        let t0 = Instant::now();
        let wanted = cache.thumbnails_to_fetch(2_000).await.expect("to fetch");
        none.push(t0.elapsed());
        assert!(wanted.is_empty());
    }
    report("thumbnails to fetch: all kept", none);
}

//! The cache on real SQLite files.

use std::collections::HashSet;

use time::macros::datetime;
use userdesk_cache::{Cache, CacheError, ListQuery, SortColumn, SortOrder};
use userdesk_core::demo::demo_users;
use userdesk_core::{AccountType, Field, ProfileEdit, Role, Status, UserProfile};

async fn seeded(count: usize) -> (tempfile::TempDir, Cache, Vec<UserProfile>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("open");
    let users = demo_users(count, 42, datetime!(2026-06-01 12:00 UTC));
    cache.set_roles(&Role::built_ins()).await.expect("roles");
    cache.upsert_users(&users).await.expect("seed");
    (dir, cache, users)
}

fn q() -> ListQuery {
    ListQuery {
        limit: 500,
        ..ListQuery::default()
    }
}

#[tokio::test]
async fn the_cache_is_a_wal_file_that_survives_reopening() {
    let (dir, cache, users) = seeded(20).await;
    let mode: String = {
        let path = cache.path().to_owned();
        cache.close().await;
        let again = Cache::open(&path).await.expect("reopen");
        assert_eq!(again.user_count().await.expect("count"), 20);
        let u = again.get_user(users[3].id).await.expect("get");
        assert_eq!(u, users[3]);
        std::fs::read(dir.path().join("cache.sqlite3"))
            .map(|b| String::from_utf8_lossy(&b[..16]).into_owned())
            .expect("read")
    };
    assert!(mode.starts_with("SQLite format 3"));
    assert!(
        dir.path().join("cache.sqlite3-wal").exists(),
        "WAL journal in use"
    );
}

#[tokio::test]
async fn every_profile_field_round_trips() {
    let (_dir, cache, users) = seeded(200).await;
    for u in &users {
        assert_eq!(&cache.get_user(u.id).await.expect("get"), u);
    }
}

#[tokio::test]
async fn pages_concatenate_to_the_whole_sorted_list_for_every_column_and_order() {
    let (_dir, cache, users) = seeded(300).await;
    for sort in SortColumn::ALL {
        for order in [SortOrder::Ascending, SortOrder::Descending] {
            let whole = cache
                .list_users(&ListQuery { sort, order, ..q() })
                .await
                .expect("list");
            assert_eq!(whole.len(), users.len());
            let mut paged = Vec::new();
            for page in 0..10 {
                let rows = cache
                    .list_users(&ListQuery {
                        sort,
                        order,
                        offset: page * 37,
                        limit: 37,
                        ..q()
                    })
                    .await
                    .expect("page");
                paged.extend(rows);
            }
            assert_eq!(paged, whole, "{sort:?} {order:?}");

            let key = |r: &userdesk_cache::UserRow| -> String {
                match sort {
                    SortColumn::Name => format!(
                        "{}\u{0}{}",
                        r.last_name.to_lowercase(),
                        r.first_name.to_lowercase()
                    ),
                    SortColumn::FirstName => format!(
                        "{}\u{0}{}",
                        r.first_name.to_lowercase(),
                        r.last_name.to_lowercase()
                    ),
                    SortColumn::Email => r.email.to_lowercase(),
                    SortColumn::Title => r
                        .title
                        .as_ref()
                        .map_or("1".into(), |t| format!("0{}", t.to_lowercase())),
                    SortColumn::BadgeId => r
                        .badge_id
                        .as_ref()
                        .map_or("1".into(), |t| format!("0{}", t.to_lowercase())),
                    SortColumn::AccountType => format!(
                        "{}",
                        AccountType::ALL
                            .iter()
                            .position(|t| t.as_str() == r.account_type)
                            .unwrap_or(9)
                    ),
                    SortColumn::Status => {
                        format!(
                            "{}",
                            Status::ALL
                                .iter()
                                .position(|s| s.as_str() == r.status)
                                .unwrap_or(9)
                        )
                    }
                    SortColumn::Created => r.created_at.clone(),
                }
            };
            for pair in whole.windows(2) {
                let (a, b) = (key(&pair[0]), key(&pair[1]));
                match order {
                    SortOrder::Ascending => assert!(a <= b, "{sort:?}: {a} > {b}"),
                    SortOrder::Descending => assert!(a >= b, "{sort:?}: {a} < {b}"),
                }
            }
        }
    }
}

#[tokio::test]
async fn people_without_a_title_come_last() {
    let (_dir, cache, _) = seeded(200).await;
    let rows = cache
        .list_users(&ListQuery {
            sort: SortColumn::Title,
            ..q()
        })
        .await
        .expect("list");
    let first_empty = rows
        .iter()
        .position(|r| r.title.is_none())
        .expect("some have no title");
    assert!(rows[first_empty..].iter().all(|r| r.title.is_none()));
}

#[tokio::test]
async fn search_finds_by_name_prefix_email_badge_and_phone() {
    let (_dir, cache, users) = seeded(500).await;
    let search = |s: &str| {
        let cache = cache.clone();
        let s = s.to_owned();
        async move {
            cache
                .list_users(&ListQuery { search: s, ..q() })
                .await
                .expect("search")
        }
    };
    let target = users
        .iter()
        .find(|u| u.badge_id.is_some() && u.mobile_phone.is_some())
        .expect("a user with badge and phone");

    let by_last: String = target.last_name.as_str().chars().take(3).collect();
    assert!(
        search(&by_last)
            .await
            .iter()
            .any(|r| r.id == target.id.to_string()),
        "last name prefix {by_last}"
    );

    let local = target.email.as_str().split('@').next().expect("local part");
    let rows = search(local).await;
    assert!(
        rows.iter().any(|r| r.id == target.id.to_string()),
        "e-mail {local}"
    );

    let badge = target.badge_id.as_ref().expect("badge").as_str();
    let rows = search(badge).await;
    assert_eq!(rows.len(), 1, "badge {badge} is unique");
    assert_eq!(rows[0].id, target.id.to_string());

    let phone = target.mobile_phone.as_ref().expect("phone").number.as_str();
    let spaced = format!("{} {}", &phone[..4], &phone[4..8]);
    assert!(
        search(&spaced)
            .await
            .iter()
            .any(|r| r.id == target.id.to_string()),
        "phone {spaced}"
    );
}

#[tokio::test]
async fn search_narrows_as_more_is_typed_and_every_hit_matches() {
    let (_dir, cache, _) = seeded(500).await;
    let count = |s: &str| {
        let cache = cache.clone();
        let s = s.to_owned();
        async move {
            cache
                .count_users(&ListQuery { search: s, ..q() })
                .await
                .expect("count")
        }
    };
    let all = count("").await;
    let s = count("s").await;
    let sa = count("sa").await;
    let san = count("san").await;
    assert_eq!(all, 500);
    assert!(s < all && sa <= s && san <= sa, "{all} {s} {sa} {san}");
    assert!(san > 0);
}

#[tokio::test]
async fn search_ignores_case_and_accents_and_finds_inside_ideographic_names() {
    let (_dir, cache, users) = seeded(500).await;
    let mut muller = users[0].clone();
    muller.id = userdesk_core::UserId::new();
    muller.last_name = userdesk_core::PersonName::parse("Müller-Łęcka").expect("valid");
    muller.email = userdesk_core::Email::parse("m.muller@northwind.example").expect("valid");
    muller.badge_id = None;
    cache
        .upsert_users(std::slice::from_ref(&muller))
        .await
        .expect("insert");
    for typed in ["MULLER", "muller-lec", "Müll", "łęc"] {
        let rows = cache
            .list_users(&ListQuery {
                search: typed.into(),
                ..q()
            })
            .await
            .expect("search");
        assert!(
            rows.iter().any(|r| r.id == muller.id.to_string()),
            "{typed}"
        );
    }

    let han = users
        .iter()
        .find(|u| {
            u.first_name.as_str().chars().count() == 2
                && u.first_name
                    .as_str()
                    .chars()
                    .all(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
        })
        .expect("a two-character Chinese given name");
    let second: String = han.first_name.as_str().chars().skip(1).collect();
    let rows = cache
        .list_users(&ListQuery {
            search: second,
            ..q()
        })
        .await
        .expect("search");
    assert!(
        rows.iter().any(|r| r.id == han.id.to_string()),
        "{}",
        han.first_name
    );
}

/// The first page of the list for what was typed.
async fn searched(cache: &Cache, typed: &str) -> Vec<userdesk_cache::UserRow> {
    cache
        .list_users(&ListQuery {
            search: typed.into(),
            ..q()
        })
        .await
        .expect("search")
}

/// Real names in each script the product's admins write, and what a colleague would type to find
/// them: any part of a name written without spaces, the whole name written together, the family
/// name alone; case and accents folded (Turkish dotted and dotless i too).
#[tokio::test]
async fn search_finds_names_in_every_script_by_any_part_of_them() {
    let (_dir, cache, users) = seeded(300).await;
    let people: &[(&str, &str, &[&str])] = &[
        ("太郎", "田中", &["田中", "田中太郎", "太郎", "中太"]),
        ("娜娜", "欧阳", &["欧阳娜娜", "阳娜", "娜娜"]),
        ("美玲", "陳", &["陳美玲", "美玲"]),
        ("민준", "김", &["김민준", "민준"]),
        ("さくら", "佐藤", &["さくら", "佐藤さくら", "くら"]),
        ("สมชาย", "ศรีสวัสดิ์", &["สมชาย", "ศรีสวัสดิ์", "สวัสดิ์", "สมชาย ศรี"]),
        ("ဆန်းစုကြည်", "အောင်", &["စုကြည်", "အောင်", "ဆန်း"]),
        ("Мария", "Иванова", &["иванова", "Мари", "мария ив"]),
        ("محمد", "العلي", &["محمد", "العلي"]),
        ("שרה", "לוי", &["שרה", "לוי"]),
        ("Νίκος", "Παπαδόπουλος", &["παπαδοπουλος", "νικος"]),
        (
            "İlkay",
            "Gündoğan",
            &["ilkay", "İLKAY", "gundogan", "GÜNDOĞAN"],
        ),
        ("Işık", "Yılmaz", &["isik", "yilmaz", "IŞIK"]),
        ("Jürgen", "Müller", &["muller", "Müller", "jurgen m"]),
    ];
    let mut made = Vec::new();
    for (n, (first, last, _)) in people.iter().enumerate() {
        let mut u = users[0].clone();
        u.id = userdesk_core::UserId::new();
        u.first_name = userdesk_core::PersonName::parse(first).expect("a valid given name");
        u.last_name = userdesk_core::PersonName::parse(last).expect("a valid family name");
        u.email =
            userdesk_core::Email::parse(&format!("person{n}@scripts.example")).expect("valid");
        u.badge_id = None;
        u.mobile_phone = None;
        u.office_phone = None;
        made.push(u);
    }
    cache.upsert_users(&made).await.expect("insert");
    for ((first, last, typed), user) in people.iter().zip(&made) {
        for t in *typed {
            let rows = searched(&cache, t).await;
            assert!(
                rows.iter().any(|r| r.id == user.id.to_string()),
                "{t:?} finds {first} {last}"
            );
        }
    }
    // Each row is named as its culture writes the name, its initials in the same order.
    let rows = searched(&cache, "田中").await;
    let tanaka = rows
        .iter()
        .find(|r| r.id == made[0].id.to_string())
        .expect("found");
    assert_eq!(
        (tanaka.display_name.as_str(), tanaka.initials.as_str()),
        ("田中太郎", "田太")
    );
    // A part that is in no name finds none of them.
    for t in ["中郎", "민김", "วัสดิ์ศ", "Мариям"] {
        let rows = searched(&cache, t).await;
        assert!(
            !rows
                .iter()
                .any(|r| made.iter().any(|u| r.id == u.id.to_string())),
            "{t:?}"
        );
    }
}

#[tokio::test]
async fn hostile_search_text_is_just_text() {
    let (_dir, cache, _) = seeded(50).await;
    for s in [
        "\"",
        "a\" OR \"b",
        "NEAR(a b)",
        "*",
        "^",
        "-",
        "'; DROP TABLE users; --",
        "\u{0}",
        "(((",
        "a AND",
    ] {
        let rows = cache
            .list_users(&ListQuery {
                search: s.into(),
                ..q()
            })
            .await;
        assert!(rows.is_ok(), "{s:?}: {rows:?}");
    }
    assert_eq!(cache.user_count().await.expect("count"), 50);
}

#[tokio::test]
async fn filters_by_status_type_role_and_group_combine() {
    let (_dir, cache, users) = seeded(500).await;
    let active = cache
        .list_users(&ListQuery {
            status: Some(Status::Active),
            ..q()
        })
        .await
        .expect("list");
    assert_eq!(
        active.len(),
        users.iter().filter(|u| u.status == Status::Active).count()
    );
    assert!(active.iter().all(|r| r.status == "active"));

    let external_active = cache
        .count_users(&ListQuery {
            status: Some(Status::Active),
            account_type: Some(AccountType::External),
            ..q()
        })
        .await
        .expect("count");
    let expected = users
        .iter()
        .filter(|u| u.status == Status::Active && u.account_type == AccountType::External)
        .count();
    assert_eq!(external_active, expected as u64);

    let managers = cache
        .count_users(&ListQuery {
            role: Some(Role::USER_MANAGER.into()),
            ..q()
        })
        .await
        .expect("count");
    assert_eq!(
        managers,
        users
            .iter()
            .filter(|u| u.roles.contains(Role::USER_MANAGER))
            .count() as u64
    );
    assert!(managers > 0);

    let default_group = cache
        .count_users(&ListQuery {
            group: Some("default".into()),
            ..q()
        })
        .await
        .expect("count");
    assert_eq!(
        default_group,
        users
            .iter()
            .filter(|u| u.group == Default::default())
            .count() as u64
    );

    let facets = cache.facets().await.expect("facets");
    assert_eq!(facets.roles.len(), 4);
    assert!(
        facets
            .groups
            .iter()
            .any(|(id, name)| id == "sales" && name == "Sales")
    );
}

#[tokio::test]
async fn an_edit_is_saved_and_survives_reopening() {
    let (_dir, cache, users) = seeded(30).await;
    let id = users[5].id;
    let edit = ProfileEdit::parse(Field::LastName, "  Lovelace ").expect("valid");
    let saved = cache.apply_edit(id, &edit).await.expect("saved");
    assert_eq!(saved.last_name.as_str(), "Lovelace");
    let path = cache.path().to_owned();
    cache.close().await;
    let again = Cache::open(&path).await.expect("reopen");
    assert_eq!(
        again.get_user(id).await.expect("get").last_name.as_str(),
        "Lovelace"
    );
    let found = again
        .list_users(&ListQuery {
            search: "lovel".into(),
            ..q()
        })
        .await
        .expect("search");
    assert_eq!(found.len(), 1, "the search index follows the edit");
}

#[tokio::test]
async fn a_taken_badge_is_refused_and_nothing_changes() {
    let (_dir, cache, users) = seeded(100).await;
    let mut with_badges = users.iter().filter(|u| u.badge_id.is_some());
    let a = with_badges.next().expect("a");
    let b = with_badges.next().expect("b");
    let other = b.badge_id.as_ref().expect("badge").as_str().to_lowercase();
    let edit = ProfileEdit::parse(Field::BadgeId, &other).expect("valid syntax");
    let err = cache.apply_edit(a.id, &edit).await.expect_err("taken");
    assert!(matches!(err, CacheError::Taken(Field::BadgeId)), "{err:?}");
    assert_eq!(
        cache.get_user(a.id).await.expect("get").badge_id,
        a.badge_id
    );
}

#[tokio::test]
async fn a_new_e_mail_address_is_checked_against_the_cache_and_found_by_search() {
    let (_dir, cache, users) = seeded(100).await;
    let (a, b) = (&users[0], &users[1]);
    let theirs = b.email.as_str().to_uppercase();
    let edit = ProfileEdit::parse(Field::Email, &theirs).expect("valid syntax");
    let err = cache.apply_edit(a.id, &edit).await.expect_err("taken");
    assert!(matches!(err, CacheError::Taken(Field::Email)), "{err:?}");
    assert_eq!(cache.get_user(a.id).await.expect("get").email, a.email);
    // One's own address again (in another case) is no clash.
    let own = ProfileEdit::parse(Field::Email, &a.email.as_str().to_uppercase()).expect("valid");
    cache.apply_edit(a.id, &own).await.expect("own address");

    let edit = ProfileEdit::parse(Field::Email, "zq.renamed@example.org").expect("valid");
    let saved = cache.apply_edit(a.id, &edit).await.expect("saved");
    assert_eq!(saved.email.as_str(), "zq.renamed@example.org");
    let found = cache
        .list_users(&ListQuery {
            search: "zq.renamed".into(),
            ..q()
        })
        .await
        .expect("search");
    assert_eq!(found.len(), 1, "the search index follows the new address");
}

#[tokio::test]
async fn unknown_users_are_reported_as_such() {
    let (_dir, cache, _) = seeded(5).await;
    let err = cache
        .get_user(userdesk_core::UserId::new())
        .await
        .expect_err("missing");
    assert!(matches!(err, CacheError::UserNotFound(_)));
}

#[tokio::test]
async fn demo_ids_are_unique() {
    let (_dir, cache, users) = seeded(500).await;
    let ids: HashSet<_> = users.iter().map(|u| u.id).collect();
    assert_eq!(ids.len(), 500);
    assert_eq!(cache.user_count().await.expect("count"), 500);
    assert!(!cache.is_empty().await.expect("is_empty"));
}

#[tokio::test]
async fn a_new_cache_is_empty() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cache = Cache::open(&dir.path().join("new.sqlite3"))
        .await
        .expect("open");
    assert!(cache.is_empty().await.expect("is_empty"));
}

/// A search that matches thousands walks the sort index instead of sorting the matches: the
/// pages must come out the same either way.
#[tokio::test]
async fn a_search_matching_thousands_pages_exactly_like_the_unsearched_list() {
    let (_dir, cache, users) = seeded(2_600).await;
    for sort in [SortColumn::Email, SortColumn::Name, SortColumn::Created] {
        for status in [None, Some(Status::Active)] {
            let all = ListQuery {
                sort,
                status,
                ..q()
            };
            let everyone = ListQuery {
                search: "northwind".into(),
                ..all.clone()
            };
            for offset in [0, 480, 2_000] {
                let a = cache
                    .list_users(&ListQuery {
                        offset,
                        ..all.clone()
                    })
                    .await
                    .expect("list");
                let b = cache
                    .list_users(&ListQuery {
                        offset,
                        ..everyone.clone()
                    })
                    .await
                    .expect("search");
                assert_eq!(a, b, "{sort:?} {status:?} at {offset}");
            }
            let expected = users
                .iter()
                .filter(|u| status.is_none_or(|s| u.status == s))
                .count() as u64;
            assert_eq!(cache.count_users(&everyone).await.expect("count"), expected);
            assert_eq!(cache.count_users(&all).await.expect("count"), expected);
        }
    }
}

fn picture(name_seed: u8, ext: &str, bytes: &[u8]) -> userdesk_cache::Picture {
    let name = format!("{}.{ext}", format!("{name_seed:02x}").repeat(32));
    userdesk_cache::Picture {
        uri: userdesk_core::avatar::PictureRef::local(&name).expect("a content name"),
        media_type: if ext == "png" {
            "image/png"
        } else {
            "image/jpeg"
        }
        .into(),
        bytes: bytes.to_vec(),
    }
}

#[tokio::test]
async fn an_avatar_is_kept_with_the_profile_and_queued_in_one_transaction() {
    let (dir, cache, users) = seeded(30).await;
    let catalog = Role::built_ins();
    let (photo, thumbnail) = (picture(1, "png", b"large"), picture(2, "png", b"small"));

    // Someone who may not edit others' profiles is refused, and nothing is stored.
    let viewer = users
        .iter()
        .find(|u| u.account_type == AccountType::Internal && u.status == Status::Active)
        .expect("an internal user");
    let target = users
        .iter()
        .find(|u| u.id != viewer.id)
        .expect("another user");
    let actor = userdesk_core::policy::Actor::of(viewer, &catalog);
    let refused = cache
        .set_avatar(
            target.id,
            photo.clone(),
            thumbnail.clone(),
            Some((&actor, &catalog)),
        )
        .await;
    assert!(
        matches!(refused, Err(CacheError::Refused(ref e)) if e.field == Field::Avatar),
        "{refused:?}"
    );
    assert_eq!(cache.picture(&photo.uri).await.expect("read"), None);
    assert_eq!(cache.get_user(target.id).await.expect("user").avatar, None);

    let shown = cache
        .set_avatar(target.id, photo.clone(), thumbnail.clone(), None)
        .await
        .expect("set");
    let avatar = shown.avatar.clone().expect("an avatar");
    assert!(avatar.is_local());
    assert_eq!(
        (&avatar.photo, &avatar.thumbnail),
        (&photo.uri, &thumbnail.uri)
    );
    let path = cache.path().to_owned();
    cache.close().await;
    let cache = Cache::open(&path).await.expect("reopen");
    assert_eq!(cache.get_user(target.id).await.expect("user"), shown);
    assert_eq!(cache.picture(&photo.uri).await.expect("read"), Some(photo));
    assert_eq!(
        cache.picture(&thumbnail.uri).await.expect("read"),
        Some(thumbnail.clone())
    );
    let queued = cache
        .outbox(userdesk_cache::OutboxState::Pending)
        .await
        .expect("outbox");
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].field, "avatar");
    assert_eq!(queued[0].operation["path"], "photos");
    let row = cache
        .list_users(&q())
        .await
        .expect("list")
        .into_iter()
        .find(|r| r.id == target.id.to_string())
        .expect("in the list");
    assert_eq!(row.avatar.as_deref(), Some(thumbnail.uri.as_str()));
    // Pictures made here are never fetched.
    let to_fetch = cache.thumbnails_to_fetch(10).await.expect("to fetch");
    assert!(to_fetch.is_empty(), "{to_fetch:?}");

    // Removed: queued too, and the list shows initials again.
    let removed = cache
        .apply_edit(target.id, &ProfileEdit::Avatar(None))
        .await
        .expect("removed");
    assert_eq!(removed.avatar, None);
    drop(dir);
}

//! End to end: the real Userdesk app in a real webview, driven as an admin would use it.

#![cfg(any(target_os = "linux", target_os = "windows"))]

mod support;

use serde_json::json;
use support::App;
use userdesk_cache::{CACHE_FILE, Cache};

/// Names and ids of the rows the list shows right now.
fn visible_rows(app: &App) -> Vec<(String, String)> {
    let v = app.js(
        "return [...document.querySelectorAll('#user-list a.grid-row')].map(r => [r.dataset.id, r.querySelector('.name').textContent]);",
        json!([]),
    );
    v.as_array()
        .map(|rows| {
            rows.iter()
                .filter_map(|r| Some((r[0].as_str()?.to_owned(), r[1].as_str()?.to_owned())))
                .collect()
        })
        .unwrap_or_default()
}

fn wait_for_rows(app: &App) -> Vec<(String, String)> {
    app.wait_for("rows in the Users list", |a| {
        let rows = visible_rows(a);
        (rows.len() >= 5).then_some(rows)
    })
}

fn count_text(app: &App) -> String {
    app.text("#user-count")
}

fn open_user(app: &App, id: &str) {
    app.js("location.hash = '#/users/' + arguments[0];", json!([id]));
    app.wait_for("the profile page", |a| {
        a.try_value("#field-first_name")
            .filter(|v| !v.is_empty())
            .map(|_| ())
    });
}

fn read_cache(dir: &std::path::Path, id: &str) -> userdesk_core::UserProfile {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let cache = Cache::open(&dir.join(CACHE_FILE))
            .await
            .expect("open the app's cache");
        let id = userdesk_core::UserId(uuid_from(id));
        let user = cache.get_user(id).await.expect("user in cache");
        cache.close().await;
        user
    })
}

fn uuid_from(s: &str) -> uuid::Uuid {
    uuid::Uuid::parse_str(s).expect("row ids are UUIDs")
}

#[test]
fn the_list_shows_the_demo_users() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::launch("list", dir.path());
    let rows = wait_for_rows(&app);
    app.wait_for("the user count", |a| {
        (count_text(a) == "500 users").then_some(())
    });
    assert!(rows.iter().all(|(_, name)| !name.trim().is_empty()));
    // Sorted by last name: the first rows are not in creation order but alphabetical.
    let header = app.attribute(
        "[role=columnheader][aria-sort=ascending] button",
        "data-sort",
    );
    assert_eq!(header.as_deref(), Some("name"));
    app.screenshot("users.png");
    // A narrow window: everything still fits, nothing scrolls sideways.
    app.resize(960, 800);
    assert!(!app.overflows_sideways(), "the list fits 960 px");
    app.screenshot("users-960.png");
}

#[test]
fn typing_in_search_narrows_the_list() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::launch("search", dir.path());
    let rows = wait_for_rows(&app);
    let (target_id, target_name) = rows[3].clone();
    let last = target_name
        .split_whitespace()
        .last()
        .expect("a last name")
        .to_owned();
    let typed: String = last.chars().take(4).collect();

    app.replace_text("#user-search", &typed);
    let narrowed = app.wait_for("the search to narrow the list", |a| {
        let text = count_text(a);
        (text.contains(" of 500 users")).then_some(text)
    });
    let shown: u32 = narrowed
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a number");
    assert!(shown > 0 && shown < 500, "{narrowed}");
    let rows = visible_rows(&app);
    assert!(
        rows.iter().any(|(id, _)| *id == target_id),
        "{target_name} is found by {typed:?}"
    );
    app.screenshot("users-search.png");

    app.replace_text("#user-search", "zzzzqqqq");
    app.wait_for("the empty state", |a| {
        (count_text(a).starts_with("0 of")).then_some(())
    });
    assert!(visible_rows(&app).is_empty());
}

#[test]
fn opening_a_user_shows_their_fields() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::launch("profile", dir.path());
    let rows = wait_for_rows(&app);
    let row = app.find(&format!("#user-list a.grid-row[data-id='{}']", rows[0].0));
    app.click(&row);
    app.wait_for("the profile page", |a| {
        (!a.value("#field-first_name").is_empty()).then_some(())
    });

    let stored = read_cache(dir.path(), &rows[0].0);
    assert_eq!(app.text("#profile-name"), stored.display_name());
    assert_eq!(app.value("#field-first_name"), stored.first_name.as_str());
    assert_eq!(app.value("#field-last_name"), stored.last_name.as_str());
    assert_eq!(
        app.value("#field-title"),
        stored.title.as_ref().map(|t| t.as_str()).unwrap_or("")
    );
    assert_eq!(
        app.value("#field-badge_id"),
        stored.badge_id.as_ref().map(|b| b.as_str()).unwrap_or("")
    );
    assert_eq!(app.value("#field-email"), stored.email.as_str());
    // Phones in their fields as country and national number, the language by its own name.
    if let Some(m) = &stored.mobile_phone {
        let country = m.number.country().unwrap_or_default();
        assert_eq!(
            app.value("#field-mobile_phone-country"),
            country,
            "{}",
            m.number
        );
        assert_eq!(app.value("#field-mobile_phone"), m.number.national());
    }
    let language = app.js(
        "const s = document.getElementById('field-language'); return s.options[s.selectedIndex].text;",
        serde_json::json!([]),
    );
    match stored.language {
        userdesk_core::language::Language::Locale(l) => {
            assert_eq!(language, serde_json::json!(l.native_name()))
        }
        userdesk_core::language::Language::SystemDefault => {
            assert_eq!(language, serde_json::json!("Browser/system default"))
        }
        userdesk_core::language::Language::Other(tag) => {
            assert_eq!(language, serde_json::json!(tag.as_ref()))
        }
    }
    assert_eq!(
        app.value("#field-account_type"),
        stored.account_type.as_str()
    );
    let group = match &stored.group {
        userdesk_core::profile::UserGroup::Custom { id, .. } => id.clone(),
        userdesk_core::profile::UserGroup::Default => String::new(),
    };
    assert_eq!(app.value("#field-group"), group, "the group is chosen");
    for fact in ["roles", "status", "since", "notifications", "presence"] {
        assert!(
            !app.text(&format!("[data-fact={fact}] dd"))
                .trim()
                .is_empty(),
            "{fact} is shown"
        );
    }
    app.screenshot("profile.png");
    app.resize(960, 800);
    assert!(!app.overflows_sideways(), "the profile fits 960 px");
    app.screenshot("profile-960.png");
    app.js("location.hash = '#/account';", serde_json::json!([]));
    app.wait_for("My Account", |a| a.try_find("#app-language"));
    assert!(!app.overflows_sideways(), "My Account fits 960 px");
    app.screenshot("my-account-960.png");
}

#[test]
fn an_edited_last_name_survives_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let id = {
        let app = App::launch("edit", dir.path());
        let rows = wait_for_rows(&app);
        let id = rows[1].0.clone();
        open_user(&app, &id);
        app.replace_text("#field-last_name", "Lovelace-Byron");
        app.click(&app.find("#field-title"));
        app.wait_for("the saved marker", |a| {
            (a.text("#field-last_name-state") == "Saved").then_some(())
        });
        assert!(app.text("#profile-name").ends_with("Lovelace-Byron"));
        id
    };
    assert_eq!(
        read_cache(dir.path(), &id).last_name.as_str(),
        "Lovelace-Byron"
    );

    let app = App::launch("edit-restart", dir.path());
    wait_for_rows(&app);
    app.replace_text("#user-search", "Lovelace");
    let rows = app.wait_for("the edited user in search", |a| {
        let rows = visible_rows(a);
        (rows.len() == 1).then_some(rows)
    });
    assert_eq!(rows[0].0, id);
    open_user(&app, &id);
    assert_eq!(app.value("#field-last_name"), "Lovelace-Byron");
}

#[test]
fn blanking_a_first_name_shows_the_error_and_keeps_the_old_value() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::launch("blank", dir.path());
    let rows = wait_for_rows(&app);
    let id = rows[2].0.clone();
    let before = read_cache(dir.path(), &id);
    open_user(&app, &id);

    let input = app.find("#field-first_name");
    app.clear(&input);
    app.click(&app.find("#field-title"));
    let message = app.wait_for("the error at the first name", |a| {
        let m = a.text("#field-first_name-message");
        (!m.is_empty()).then_some(m)
    });
    assert!(
        message.contains("This field is required and cannot be blank."),
        "{message}"
    );
    assert!(
        message.contains(before.first_name.as_str()),
        "the last saved value is named: {message}"
    );
    assert_eq!(
        app.attribute("#field-first_name", "aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert_eq!(app.text("#profile-name"), before.display_name());
    app.screenshot("profile-error.png");

    // Nothing was saved: the cache and a fresh look at the profile both have the old name.
    assert_eq!(read_cache(dir.path(), &id).first_name, before.first_name);
    app.js("location.hash = '#/users';", json!([]));
    wait_for_rows(&app);
    open_user(&app, &id);
    assert_eq!(app.value("#field-first_name"), before.first_name.as_str());
}

#[test]
fn a_rows_menu_opens_from_the_keyboard_and_deactivates_after_the_confirmation() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::launch("row-menu", dir.path());
    let rows = wait_for_rows(&app);
    // An account that is not inactive, found by its status cell.
    let target = app
        .js(
            "const r = [...document.querySelectorAll('#user-list a.grid-row')]
               .find((row) => !row.querySelector('.pill-inactive')
                 && row.querySelector('.cell-type').textContent !== 'Super admin');
             return r ? r.dataset.id : null;",
            serde_json::json!([]),
        )
        .as_str()
        .map(str::to_owned)
        .expect("an account to deactivate");
    assert!(rows.iter().any(|(id, _)| *id == target));
    // Shift+F10 on the focused row opens its menu; the first action has the focus.
    app.js(
        "const row = document.querySelector(`#user-list a.grid-row[data-id='${arguments[0]}']`); row.focus();
         row.dispatchEvent(new KeyboardEvent('keydown', { key: 'F10', shiftKey: true, bubbles: true }));",
        serde_json::json!([target]),
    );
    app.wait_for("the row's menu", |a| {
        (a.js(
            "return document.activeElement && document.activeElement.id;",
            serde_json::json!([]),
        ) == serde_json::json!("action-open"))
        .then_some(())
    });
    app.screenshot("row-menu.png");
    // Letters move to the action they start with.
    app.js(
        "document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'd', bubbles: true }));",
        serde_json::json!([]),
    );
    assert_eq!(
        app.js("return document.activeElement.id;", serde_json::json!([])),
        serde_json::json!("action-deactivate")
    );
    let deactivate = app.find("#action-deactivate");
    app.click(&deactivate);
    let confirm = app.wait_for("the confirmation", |a| a.try_find("#deactivate-confirm"));
    app.click(&confirm);
    app.wait_for("the row inactive", |a| {
        let status = a.js(
            "const r = document.querySelector(`#user-list a.grid-row[data-id='${arguments[0]}'] .cell-status`);
             return r ? r.textContent : null;",
            serde_json::json!([target]),
        );
        (status == serde_json::json!("Inactive")).then_some(())
    });
    let stored = read_cache(dir.path(), &target);
    assert_eq!(stored.status, userdesk_core::Status::Inactive);

    // One's own row offers no deactivation.
    let me = app
        .js(
            "const r = [...document.querySelectorAll('#user-list a.grid-row')]
               .find((row) => row.querySelector('.name').textContent === 'Demo Admin');
             return r ? r.dataset.id : null;",
            serde_json::json!([]),
        )
        .as_str()
        .map(str::to_owned)
        .expect("the demo admin's row");
    app.js(
        "document.querySelector(`.row-menu[data-menu-for='${arguments[0]}']`).click();",
        serde_json::json!([me]),
    );
    app.wait_for("the own row's menu", |a| a.try_find("#action-open"));
    assert!(app.try_find("#action-deactivate").is_none());
}

/// Where an element's box lies across the window: its left and right edges.
fn edges(app: &App, css: &str) -> (f64, f64) {
    let v = app.js(
        "const r = document.querySelector(arguments[0]).getBoundingClientRect(); return [r.left, r.right];",
        json!([css]),
    );
    (
        v[0].as_f64().expect("a left edge"),
        v[1].as_f64().expect("a right edge"),
    )
}

#[test]
fn arabic_and_hebrew_lay_the_list_and_the_profile_out_right_to_left() {
    for (lang, word) in [("ar", "مستخدم"), ("he", "משתמשים")] {
        let dir = tempfile::tempdir().expect("temp dir");
        let app = App::launch_with(
            &format!("rtl-{lang}"),
            dir.path(),
            &["--demo", "--locale", lang],
            &[],
        );
        let rows = wait_for_rows(&app);
        let root = app.js(
            "return [document.documentElement.dir, document.documentElement.lang];",
            json!([]),
        );
        assert_eq!(root, json!(["rtl", lang]), "{lang}");
        app.wait_for("the count in the locale's words", |a| {
            count_text(a).contains(word).then_some(())
        });
        // The sidebar stands at the right, the list's first column (the name) at the right of the
        // row, and its last at the left.
        let width = app
            .js("return window.innerWidth;", json!([]))
            .as_f64()
            .expect("width");
        let (sidebar_left, _) = edges(&app, ".sidebar");
        assert!(
            sidebar_left > width / 2.0,
            "{lang}: sidebar at {sidebar_left} of {width}"
        );
        let row = format!("#user-list a.grid-row[data-id='{}']", rows[0].0);
        let (_, name_right) = edges(&app, &format!("{row} .cell-name"));
        let (_, row_right) = edges(&app, &row);
        assert!(
            row_right - name_right < 40.0,
            "{lang}: the name starts the row at its right"
        );
        app.screenshot(&format!("users-{lang}.png"));
        app.resize(960, 800);
        assert!(!app.overflows_sideways(), "{lang}: the list fits 960 px");
        app.resize(1280, 800);

        app.click(&app.find(&row));
        app.wait_for("the profile page", |a| {
            (!a.value("#field-first_name").is_empty()).then_some(())
        });
        let (_, field_right) = edges(&app, "#field-first_name");
        let (_, label_right) = edges(&app, "label[for='field-first_name']");
        assert!(
            (field_right - label_right).abs() < 40.0,
            "{lang}: a field's label and its input start at the right"
        );
        assert!(!app.overflows_sideways(), "{lang}: the profile fits");
        app.screenshot(&format!("profile-{lang}.png"));
    }
}

#[test]
fn chinese_and_japanese_names_are_written_family_name_first_without_a_space() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::launch("names", dir.path());
    wait_for_rows(&app);
    for family in ["王", "田中"] {
        app.replace_text("#user-search", family);
        let rows = app.wait_for("people of that family", |a| {
            let rows = visible_rows(a);
            (!rows.is_empty() && rows.iter().all(|(_, n)| n.contains(family))).then_some(rows)
        });
        for (id, name) in &rows {
            let stored = read_cache(dir.path(), id);
            assert_eq!(name, &format!("{}{}", stored.last_name, stored.first_name));
            assert!(name.starts_with(family) && !name.contains(' '), "{name}");
            let initials = app.js(
                "return document.querySelector(arguments[0]).firstChild.textContent;",
                json!([format!("#user-list a.grid-row[data-id='{id}'] .avatar")]),
            );
            let initials = initials.as_str().unwrap_or_default();
            assert_eq!(
                initials.chars().next(),
                family.chars().next(),
                "{name}: {initials}"
            );
        }
    }
    app.screenshot("users-cjk-names.png");
}

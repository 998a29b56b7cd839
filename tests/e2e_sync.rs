//! End to end: the real app signed in to a real account server, edited while the server is down,
//! synced when it is back, and a conflict with a change made on the server resolved in the UI.

#![cfg(target_os = "linux")]

mod support;

use serde_json::{Value, json};
use support::account::{
    Server, Signed, app_for, click_when_there, row_state, search_for, sign_in, sign_in_and_find,
    signed_in_with_an_active_user,
};
use support::{App, Keychain, TIMEOUT};
use userdesk_core::scim::USERDESK_USER_SCHEMA as EXT;
use userdesk_third_party::{Kind, ThirdParty};

fn sync_box_state(app: &App) -> String {
    app.attribute("#sync-box", "data-state").unwrap_or_default()
}

fn edit_field(app: &App, id: &str, field: &str, value: &str) {
    app.js("location.hash = '#/users/' + arguments[0];", json!([id]));
    let css = format!("#field-{field}");
    app.wait_for("the profile", |a| a.try_find(&css));
    app.replace_text(&css, value);
    // Leaving the field saves it.
    app.js("document.activeElement.blur();", json!([]));
    app.wait_for("the edit saved", |a| {
        (a.attribute(&format!("#field-{field}-sync"), "data-sync")
            .as_deref()
            == Some("pending"))
        .then_some(())
    });
}

fn sync_now(app: &App) {
    let button = app.find("#sync-now");
    app.click(&button);
}

#[test]
fn offline_edit_syncs_when_the_server_is_back_and_a_conflict_is_resolved_in_the_ui() {
    let dir = tempfile::tempdir().expect("temp dir");
    let keychain = Keychain::start(&std::fs::canonicalize(dir.path()).expect("dir"));
    let server_dir = dir.path().join("server");
    let mut server = Server::start(&server_dir, "127.0.0.1:0");
    let addr = server.root.trim_start_matches("http://").to_owned();
    let id = server.some_user();
    let who = server.user(&id)["userName"]
        .as_str()
        .expect("userName")
        .to_owned();

    let app = app_for("sync", dir.path(), &server, &keychain);
    // Sign in: the session goes to the keychain.
    let email = app.wait_for("the sign-in form", |a| a.try_find("#sign-in-email"));
    app.type_text(&email, &server.email);
    let password = app.find("#sign-in-password");
    app.type_text(&password, "not the password");
    app.click(&app.find("#sign-in-submit"));
    app.wait_for("the refusal at the password", |a| {
        a.try_find("#sign-in-password-message .error-text")
    });
    let password = app.find("#sign-in-password");
    app.clear(&password);
    app.type_text(&password, &server.password);
    app.click(&app.find("#sign-in-submit"));
    app.wait_for("the list", |a| a.try_find("#user-search"));
    search_for(&app, &who);
    app.wait_for("the users from the server", |a| {
        row_state(a, &id).filter(|s| s == "synced")
    });
    app.screenshot("sync-1-signed-in.png");

    // The server goes away; the admin edits on.
    server.stop();
    edit_field(&app, &id, "title", "Night shift lead");
    assert_eq!(
        app.attribute("#profile-sync", "data-sync").as_deref(),
        Some("pending")
    );
    app.wait_for("offline", |a| {
        (sync_box_state(a) == "offline").then_some(())
    });
    app.screenshot("sync-2-profile-pending.png");
    search_for(&app, &who);
    app.wait_for("the row marked pending", |a| {
        row_state(a, &id).filter(|s| s == "pending")
    });
    app.screenshot("sync-2-list-pending.png");

    // Back: Sync now sends it.
    server = Server::start(&server_dir, &addr);
    sync_now(&app);
    app.wait_for("the row synced", |a| {
        row_state(a, &id).filter(|s| s == "synced")
    });
    assert_eq!(server.user(&id)["title"], "Night shift lead");
    assert_eq!(sync_box_state(&app), "online");

    // Offline again, the admin changes the last name; meanwhile someone changes it on the server
    // (reached on another address, where this app does not look).
    server.stop();
    edit_field(&app, &id, "last_name", "Okafor");
    {
        let elsewhere = Server::start(&server_dir, "127.0.0.1:0");
        elsewhere.patch(&id, "name.familyName", "Adeyemi");
    }
    server = Server::start(&server_dir, &addr);
    sync_now(&app);
    search_for(&app, &who);
    app.wait_for("the row in conflict", |a| {
        row_state(a, &id).filter(|s| s == "conflict")
    });
    app.js("location.hash = '#/sync';", json!([]));
    let row =
        format!("#sync-conflicts .conflict-row[data-user=\"{id}\"][data-field=\"last_name\"]");
    app.wait_for("the conflict side by side", |a| a.try_find(&row));
    // Read in one go: the screen redraws itself when a sync ends.
    let sides = app.js(
        "const r = document.querySelector(arguments[0]);
         return [r.querySelector('.mine .side-value').textContent,
                 r.querySelector('.theirs .side-value').textContent,
                 r.querySelector('.theirs .side-who').textContent];",
        json!([row]),
    );
    assert_eq!(sides[0], "Okafor", "{sides}");
    assert_eq!(sides[1], "Adeyemi", "{sides}");
    assert!(
        sides[2].as_str().is_some_and(|w| w.contains("Demo Admin")),
        "who changed theirs: {sides}"
    );
    app.screenshot("sync-3-conflict.png");
    // A narrow window: the two sides still fit, nothing runs off to the side.
    app.resize(960, 800);
    assert!(!app.overflows_sideways(), "the Sync screen fits 960 px");
    app.screenshot("sync-3-conflict-960.png");
    app.js(
        "document.querySelector(arguments[0] + ' button[data-choice=\"keep_mine\"]').click();",
        json!([row]),
    );
    app.wait_for("the conflict gone", |a| {
        a.try_find(&row).is_none().then_some(())
    });
    sync_now(&app);
    let start = std::time::Instant::now();
    while server.user(&id)["name"]["familyName"] != "Okafor" {
        assert!(start.elapsed() < TIMEOUT, "mine reached the server");
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    // And the screen catches up on its own: nothing waits any more.
    app.wait_for("the Sync screen emptied", |a| {
        (a.try_find("#sync-pending .change-row").is_none()
            && a.try_find("#sync-conflicts .conflict-row").is_none()
            && a.attribute("#sync-count", "hidden").is_some())
        .then_some(())
    });
    app.screenshot("sync-4-resolved.png");
    drop(app);
    drop(keychain);
}

const THIRD_PARTY_TOKEN: &str = "token-for-the-e2e-test";

/// A request to an independent SCIM server, as its own clients would send it.
fn send(server: &ThirdParty, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
    let mut req = reqwest::blocking::Client::new()
        .request(method, format!("{}{path}", server.base))
        .bearer_auth(&server.token)
        .header("content-type", "application/scim+json");
    if let Some(b) = body {
        req = req.body(b.to_string());
    }
    req.send()
        .and_then(|r| r.json())
        .unwrap_or_else(|e| panic!("{} answers: {e}", server.kind.name()))
}

/// PyPI's scim2-server: a SCIM server nobody on this team wrote, with ETags.
#[test]
fn a_third_party_scim_server_is_used_with_an_api_token() {
    used_with_an_api_token(Kind::Scim2Server);
}

/// npm's SCIMMY: another one, in another language, without ETags and with short pages.
#[test]
fn a_second_third_party_scim_server_is_used_with_an_api_token() {
    used_with_an_api_token(Kind::Scimmy);
}

fn used_with_an_api_token(kind: Kind) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let server = ThirdParty::start(kind, THIRD_PARTY_TOKEN);
    let mut ids = Vec::new();
    for i in 0..5 {
        let u = send(
            &server,
            reqwest::Method::POST,
            "/Users",
            Some(json!({
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                "userName": format!("token{i}@example.com"),
                "name": {"givenName": format!("Tess{i}"), "familyName": format!("Tokenfield{i}")},
                "title": "Clerk",
            })),
        );
        ids.push(u["id"].as_str().expect("id").to_owned());
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let keychain = Keychain::start(&std::fs::canonicalize(dir.path()).expect("dir"));
    let data = dir.path().join("app");
    let name = match kind {
        Kind::Scim2Server => "token",
        Kind::Scimmy => "token-scimmy",
    };
    let app = App::launch_with(name, &data, &["--server", &server.base], &keychain.env);

    // The token form instead of e-mail and password; a wrong token is refused at the field.
    let mode = app.wait_for("the sign-in form", |a| a.try_find("#sign-in-mode"));
    app.click(&mode);
    let token = app.wait_for("the token field", |a| {
        (a.attribute("#sign-in-token-field", "hidden").is_none()).then(|| a.find("#sign-in-token"))
    });
    app.type_text(&token, "not-the-token");
    app.click(&app.find("#sign-in-submit"));
    let refusal = app.wait_for("the refusal at the token", |a| {
        a.try_find("#sign-in-token-message .error-text")
            .map(|_| a.text("#sign-in-token-message"))
    });
    assert!(refusal.contains("does not accept"), "{refusal}");
    app.screenshot(&format!("{name}-1-refused.png"));
    let token = app.find("#sign-in-token");
    app.clear(&token);
    app.type_text(&token, THIRD_PARTY_TOKEN);
    app.click(&app.find("#sign-in-submit"));
    app.wait_for("the list", |a| a.try_find("#user-search"));
    search_for(&app, "Tokenfield3");
    let id = app.wait_for("the server's user in the list", |a| {
        a.js(
            "const r = [...document.querySelectorAll('#user-list a.grid-row')]
                 .find((r) => r.textContent.includes(arguments[0]));
             return r ? r.dataset.id : null;",
            json!(["Tokenfield3"]),
        )
        .as_str()
        .map(str::to_owned)
    });
    let start = std::time::Instant::now();
    loop {
        let shown = app.js(
            "return document.getElementById('sync-account-email').textContent;",
            json!([]),
        );
        if shown == "API token" {
            break;
        }
        assert!(
            start.elapsed() < TIMEOUT,
            "the sidebar names the token: {shown}"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }

    // An edit reaches the third-party server.
    edit_field(&app, &id, "title", "Archivist");
    sync_now(&app);
    search_for(&app, "Tokenfield3");
    app.wait_for("the row synced", |a| {
        row_state(a, &id).filter(|s| s == "synced")
    });
    let on_server = send(
        &server,
        reqwest::Method::GET,
        &format!("/Users/{}", ids[3]),
        None,
    );
    assert_eq!(on_server["title"], "Archivist", "{on_server}");
    app.screenshot(&format!("{name}-2-synced.png"));
    // This server keeps no pictures: the avatar cannot be set here, and the profile says why.
    app.js("location.hash = '#/users/' + arguments[0];", json!([id]));
    let hint = app.wait_for("the avatar unavailable", |a| {
        (a.attribute_now("#avatar-add", "disabled").is_some()).then(|| a.text("#avatar-hint"))
    });
    assert!(hint.contains("keeps no pictures"), "{hint}");
    drop(app);

    // The token was kept in the keychain: the app starts signed in (an edit made after the
    // restart reaches the server, which the cached rows alone could not show), and nothing in
    // its data folder, at any depth, holds the token.
    let app = App::launch_with(
        &format!("{name}-again"),
        &data,
        &["--server", &server.base],
        &keychain.env,
    );
    app.wait_for("the list without a sign-in", |a| a.try_find("#user-search"));
    edit_field(&app, &id, "title", "Curator");
    sync_now(&app);
    search_for(&app, "Tokenfield3");
    app.wait_for("the row synced after the restart", |a| {
        row_state(a, &id).filter(|s| s == "synced")
    });
    let on_server = send(
        &server,
        reqwest::Method::GET,
        &format!("/Users/{}", ids[3]),
        None,
    );
    assert_eq!(on_server["title"], "Curator", "{on_server}");
    drop(app);
    let files = files_under(&data);
    assert!(!files.is_empty(), "the data folder holds the cache");
    for file in files {
        let bytes =
            std::fs::read(&file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        assert!(
            !bytes
                .windows(THIRD_PARTY_TOKEN.len())
                .any(|w| w == THIRD_PARTY_TOKEN.as_bytes()),
            "the token is in {}",
            file.display()
        );
    }
    drop(keychain);
}

/// Every file under `dir`, at any depth (a folder that cannot be read fails the test).
fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", folder.display()));
        for entry in entries {
            let entry = entry.unwrap_or_else(|e| panic!("cannot list {}: {e}", folder.display()));
            let kind = entry.file_type().expect("file type");
            if kind.is_dir() {
                folders.push(entry.path());
            } else if kind.is_file() {
                files.push(entry.path());
            }
        }
    }
    files
}

/// Clicks the element `css` as soon as it is there, looked up and clicked in one step: the profile
/// redraws itself when a sync ends, which would leave a reference found earlier stale.
#[test]
fn a_changed_e_mail_address_reaches_the_server_as_the_username() {
    let dir = tempfile::tempdir().expect("temp dir");
    let keychain = Keychain::start(&std::fs::canonicalize(dir.path()).expect("dir"));
    let server = Server::start(&dir.path().join("server"), "127.0.0.1:0");
    let id = server.some_user();
    let who = server.user(&id)["userName"]
        .as_str()
        .expect("userName")
        .to_owned();
    let app = app_for("email", dir.path(), &server, &keychain);
    sign_in_and_find(&app, &server, &who, &id);

    // Someone else's address is refused at the field, and nothing is saved.
    app.js("location.hash = '#/users/' + arguments[0];", json!([id]));
    app.wait_for("the e-mail field", |a| {
        a.try_value("#field-email").filter(|v| v == &who)
    });
    assert!(
        app.text("#field-email-hint").contains("next sign-in"),
        "the admin is told what a new address means"
    );
    app.replace_text("#field-email", &server.email);
    app.js("document.activeElement.blur();", json!([]));
    // WebDriver's clear leaves the field empty for a moment (refused as blank): wait for the
    // answer to the address typed after it.
    let message = app.wait_for("the refusal at the e-mail", |a| {
        let m = a.text("#field-email-message");
        m.contains("already belongs to another user").then_some(m)
    });
    assert!(
        message.contains(&who),
        "the last saved value is named: {message}"
    );
    app.screenshot("email-1-taken.png");

    edit_field(&app, &id, "email", "renamed.person@example.org");
    sync_now(&app);
    search_for(&app, "renamed.person");
    app.wait_for("the row synced", |a| {
        row_state(a, &id).filter(|s| s == "synced")
    });
    assert_eq!(server.user(&id)["userName"], "renamed.person@example.org");
    drop(app);
    drop(keychain);
}

#[test]
fn a_user_added_offline_is_created_on_the_server_after_sync() {
    let dir = tempfile::tempdir().expect("temp dir");
    let keychain = Keychain::start(&std::fs::canonicalize(dir.path()).expect("dir"));
    let server_dir = dir.path().join("server");
    let mut server = Server::start(&server_dir, "127.0.0.1:0");
    let addr = server.root.trim_start_matches("http://").to_owned();
    let taken_id = server.some_user();
    let taken = server.user(&taken_id)["userName"]
        .as_str()
        .expect("userName")
        .to_owned();
    let app = app_for("add-user", dir.path(), &server, &keychain);
    // The first sync has brought the server's users (the list shows at once, before it ends).
    sign_in_and_find(&app, &server, &taken, &taken_id);
    server.stop();

    click_when_there(&app, "#add-user");
    app.wait_for("the Add-user form", |a| a.try_find("#add-user-form"));
    // Sent empty: every required field says so, and nothing is added.
    click_when_there(&app, "#new-submit");
    app.wait_for("the refusals", |a| {
        ["first_name", "last_name", "email"]
            .iter()
            .all(|f| !a.text(&format!("#new-{f}-message")).is_empty())
            .then_some(())
    });
    app.screenshot("add-user-1-empty.png");
    let first = app.find("#new-first_name");
    app.type_text(&first, "Grace");
    let last = app.find("#new-last_name");
    app.type_text(&last, "Hopper");
    let email = app.find("#new-email");
    app.type_text(&email, &taken);
    click_when_there(&app, "#new-submit");
    let message = app.wait_for("the address refused", |a| {
        let m = a.text("#new-email-message");
        (!m.is_empty()).then_some(m)
    });
    assert!(
        message.contains("already belongs to another user"),
        "{message}"
    );
    app.replace_text("#new-email", "grace.hopper@example.org");
    // A mobile number, and one of the account's groups (pulled with the first sync), managed.
    choose(&app, "#new-mobile_phone-country", "DE");
    app.type_text(&app.find("#new-mobile_phone"), "0151 23456789");
    let group = app
        .js(
            "const s = document.getElementById('new-group'); return s.options.length > 1 ? s.options[1].value : null;",
            json!([]),
        )
        .as_str()
        .expect("the account's groups in the form")
        .to_owned();
    choose(&app, "#new-group", &group);
    click_when_there(&app, "#new-group_manager");
    click_when_there(&app, "#new-submit");
    app.wait_for("the new user's profile", |a| {
        (a.try_value("#field-email").as_deref() == Some("grace.hopper@example.org")).then_some(())
    });
    assert_eq!(app.text("#profile-name"), "Grace Hopper");
    app.screenshot("add-user-2-created-offline.png");

    search_for(&app, "grace.hopper");
    let id = app.wait_for("the new row, pending", |a| {
        let v = a.js(
            "const r = document.querySelector('#user-list a.grid-row'); return r ? r.dataset.id : null;",
            json!([]),
        );
        let id = v.as_str()?.to_owned();
        (row_state(a, &id).as_deref() == Some("pending")).then_some(id)
    });
    assert!(server.runtime.is_none());

    server = Server::start(&server_dir, &addr);
    sync_now(&app);
    app.wait_for("the row synced", |a| {
        row_state(a, &id).filter(|s| s == "synced")
    });
    let found = server.find("grace.hopper@example.org");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["name"]["familyName"], "Hopper");
    assert_eq!(found[0]["phoneNumbers"][0]["value"], "+4915123456789");
    assert_eq!(found[0]["groups"][0]["value"], group.as_str(), "{found:?}");
    assert_eq!(found[0][EXT]["groupManager"], true, "{found:?}");
    drop(app);
    drop(keychain);
}

#[test]
fn a_users_group_is_changed_and_the_server_records_the_membership() {
    let Signed {
        app,
        server,
        server_dir: _,
        id,
        who: _,
        _keychain,
        _dir,
    } = signed_in_with_an_active_user("group");
    app.js("location.hash = '#/users/' + arguments[0];", json!([id]));
    app.wait_for("the group picker", |a| a.try_find("#field-group"));
    let before = server.user(&id)["groups"][0]["value"]
        .as_str()
        .map(str::to_owned);
    // Another of the account's groups than the user's.
    let other = app
        .js(
            "const s = document.getElementById('field-group');
             const o = [...s.options].find((o) => o.value && o.value !== s.value);
             return o ? o.value : null;",
            json!([]),
        )
        .as_str()
        .expect("another group")
        .to_owned();
    choose(&app, "#field-group", &other);
    app.wait_for("the group saved", |a| a.try_find("#field-group-state.ok"));
    choose(&app, "#field-group_manager", "true");
    app.wait_for("the manager saved", |a| {
        a.try_find("#field-group_manager-state.ok")
    });
    sync_now(&app);
    app.wait_for("the membership on the server", |_| {
        let u = server.user(&id);
        (u["groups"][0]["value"] == other.as_str() && u[EXT]["groupManager"] == true).then_some(())
    });
    // The old group no longer lists the user.
    if let Some(before) = before {
        let (http, token) = server.http();
        let old: Value = http
            .get(format!("{}/scim/v2/Groups/{before}", server.root))
            .bearer_auth(token)
            .send()
            .and_then(|r| r.json())
            .expect("the old group");
        let members = old["members"].as_array().cloned().unwrap_or_default();
        assert!(
            !members.iter().any(|m| m["value"] == id.as_str()),
            "{members:?}"
        );
    }
    // Back to the default group: the manager goes with it.
    choose(&app, "#field-group", "");
    app.wait_for("the manager switched off", |a| {
        a.try_value("#field-group_manager").filter(|v| v == "false")
    });
    sync_now(&app);
    app.wait_for("the default group on the server", |_| {
        server.user(&id)["groups"]
            .as_array()
            .is_none_or(Vec::is_empty)
            .then_some(())
    });
    app.screenshot_of(".more-options", "profile-group.png");
    drop(app);
}

/// A fresh server, the app signed in to it (its session in a keychain of its own), and one of the
/// server's active users, shown synced in the app. Keep the temp dir, keychain and server alive.
#[test]
fn a_password_reset_sent_from_the_profile_leaves_the_server_once_after_sync() {
    let Signed {
        app,
        server: _server,
        server_dir,
        id,
        who,
        _keychain,
        _dir,
    } = signed_in_with_an_active_user("reset");
    app.js("location.hash = '#/users/' + arguments[0];", json!([id]));
    app.wait_for("the reset button", |a| a.try_find("#send-password-reset"));
    // An active user is sent no activation.
    assert!(app.try_find("#send-activation").is_none());
    click_when_there(&app, "#send-password-reset");
    app.wait_for("the e-mail queued", |a| {
        (!a.text("#email-queued").is_empty()).then_some(())
    });
    app.screenshot("reset-1-queued.png");
    sync_now(&app);
    let mail_dir = server_dir.join("mail");
    let start = std::time::Instant::now();
    let sent_to_them = || {
        std::fs::read_dir(&mail_dir)
            .map(|d| {
                d.flatten()
                    .filter(|e| {
                        std::fs::read_to_string(e.path()).is_ok_and(|m| {
                            m.contains(&format!("To: {who}")) || m.contains(&format!("<{who}>"))
                        })
                    })
                    .count()
            })
            .unwrap_or(0)
    };
    while sent_to_them() == 0 {
        assert!(start.elapsed() < TIMEOUT, "the reset e-mail was not sent");
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    search_for(&app, &who);
    app.wait_for("nothing waits any more", |a| {
        row_state(a, &id).filter(|s| s == "synced")
    });
    assert_eq!(sent_to_them(), 1, "sent once");
    drop(app);
}

/// The user's own sign-in against the server (as their app would): the tokens, or the status of
/// the refusal.
fn sign_in_as(server: &Server, who: &str, password: &str) -> Result<Value, u16> {
    let r = reqwest::blocking::Client::new()
        .post(format!("{}/auth/sign-in", server.root))
        .json(&json!({"email": who, "password": password}))
        .send()
        .expect("the server answers");
    if r.status().is_success() {
        Ok(r.json().expect("tokens"))
    } else {
        Err(r.status().as_u16())
    }
}

/// What a bearer of `tokens` is answered by `/Me`: 200 with their account, or the refusal.
fn me_with(server: &Server, tokens: &Value) -> (u16, Value) {
    let r = reqwest::blocking::Client::new()
        .get(format!("{}/scim/v2/Me", server.root))
        .bearer_auth(tokens["access_token"].as_str().expect("access token"))
        .send()
        .expect("the server answers");
    let status = r.status().as_u16();
    (status, r.json().unwrap_or(Value::Null))
}

/// Whether the session's refresh token still gets new tokens.
fn refresh_works(server: &Server, tokens: &Value) -> bool {
    reqwest::blocking::Client::new()
        .post(format!("{}/auth/refresh", server.root))
        .json(&json!({"refresh_token": tokens["refresh_token"]}))
        .send()
        .expect("the server answers")
        .status()
        .is_success()
}

/// Waits until the server's copy of user `id` is `active` (or not).
fn wait_until_active_on_server(server: &Server, id: &str, active: bool) {
    let start = std::time::Instant::now();
    while server.user(id)["active"] != active {
        assert!(
            start.elapsed() < TIMEOUT,
            "the server has the user active: {active}"
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

#[test]
fn a_user_is_deactivated_after_a_confirmation_and_reactivated_with_the_same_status() {
    let Signed {
        app,
        server,
        server_dir,
        id,
        who,
        _keychain,
        _dir,
    } = signed_in_with_an_active_user("deactivate");
    // The user has a session of their own, in another app.
    let password = "the user's own long passphrase";
    set_password_by_mail(&server, &server_dir.join("mail"), &id, &who, password);
    let session = sign_in_as(&server, &who, password).expect("the user signs in");
    let (status, before) = me_with(&server, &session);
    assert_eq!(status, 200, "{before}");

    app.js("location.hash = '#/users/' + arguments[0];", json!([id]));
    click_when_there(&app, "#deactivate");
    let text = app.wait_for("the confirmation", |a| {
        let t = a.text("#deactivate-dialog p");
        (!t.is_empty()).then_some(t)
    });
    assert!(text.contains("signed out everywhere"), "{text}");
    app.screenshot("deactivate-1-confirm.png");
    click_when_there(&app, "#deactivate-confirm");
    app.wait_for("the Reactivate button", |a| a.try_find("#reactivate"));
    sync_now(&app);
    wait_until_active_on_server(&server, &id, false);
    assert_eq!(server.user(&id)[EXT]["status"], "inactive");
    app.screenshot("deactivate-2-inactive.png");
    // Their session ended: neither its access token nor its refresh token works, and signing in
    // again is refused.
    assert_eq!(
        me_with(&server, &session).0,
        401,
        "the access token is dead"
    );
    assert!(
        !refresh_works(&server, &session),
        "the refresh token is dead"
    );
    assert!(
        sign_in_as(&server, &who, password).is_err(),
        "an inactive account cannot sign in"
    );

    click_when_there(&app, "#reactivate");
    app.wait_for("the Deactivate button again", |a| a.try_find("#deactivate"));
    sync_now(&app);
    wait_until_active_on_server(&server, &id, true);
    assert_eq!(server.user(&id)[EXT]["status"], "active", "back to Active");
    // Signing in works again, with the same password and what they were allowed before.
    let again = sign_in_as(&server, &who, password).expect("the user signs in again");
    let (status, after) = me_with(&server, &again);
    assert_eq!(status, 200, "{after}");
    for kept in ["accountType", "roles"] {
        assert_eq!(
            after[EXT][kept], before[EXT][kept],
            "{kept} after reactivation"
        );
    }
    assert_eq!(after["roles"], before["roles"], "roles after reactivation");
    drop(app);
}

#[test]
fn a_plain_http_server_beyond_this_computer_is_flagged_on_the_sign_in_screen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let keychain = Keychain::start(&std::fs::canonicalize(dir.path()).expect("dir"));
    // 192.0.2.0/24 is for documentation: nothing answers there, and nothing needs to.
    let app = App::launch_with(
        "insecure",
        &dir.path().join("app"),
        &["--server", "http://192.0.2.10:8080"],
        &keychain.env,
    );
    let warning = app.wait_for("the warning under the address", |a| {
        a.try_find("#sign-in-insecure:not([hidden])")
            .map(|_| a.text("#sign-in-insecure"))
    });
    assert!(warning.contains("unencrypted"), "{warning}");
    app.screenshot("sign-in-insecure.png");
    // The warning follows the address as it is typed.
    app.replace_text("#sign-in-server", "https://accounts.example.com");
    app.wait_for("no warning for https", |a| {
        a.try_find("#sign-in-insecure[hidden]")
    });
    app.replace_text("#sign-in-server", "http://10.0.0.5:8080");
    app.wait_for("the warning again", |a| {
        a.try_find("#sign-in-insecure:not([hidden])")
    });
    app.replace_text("#sign-in-server", "http://localhost:8080");
    app.wait_for("no warning for this computer", |a| {
        a.try_find("#sign-in-insecure[hidden]")
    });
    drop(app);
    drop(keychain);
}

/// The refusal shown at the sign-in form's field `name`.
fn sign_in_refusal(app: &App, name: &str) -> String {
    let css = format!("#sign-in-{name}-message .error-text");
    app.wait_for(&format!("the refusal at {name}"), |a| {
        a.try_find(&css).map(|_| a.text(&css))
    })
}

#[test]
fn a_server_address_is_typed_at_sign_in_and_the_demo_account_is_a_choice() {
    let dir = tempfile::tempdir().expect("temp dir");
    let keychain = Keychain::start(&std::fs::canonicalize(dir.path()).expect("dir"));
    let server = Server::start(&dir.path().join("server"), "127.0.0.1:0");
    let data = dir.path().join("app");

    // Started as from a menu on a new computer: nothing is chosen, so the app asks.
    let app = App::launch_with("choose", &data, &[], &keychain.env);
    let address = app.wait_for("the sign-in form", |a| a.try_find("#sign-in-server"));
    assert_eq!(app.value("#sign-in-server"), "", "no address is made up");
    assert!(
        app.try_find("#sign-in-demo").is_some(),
        "the demo is offered"
    );
    app.screenshot("sign-in-choose.png");
    app.click(&app.find("#sign-in-submit"));
    assert!(
        sign_in_refusal(&app, "server").contains("Enter the address"),
        "an empty address is refused at the field"
    );
    app.type_text(&address, "https://admin:secret@example.com");
    app.type_text(&app.find("#sign-in-email"), &server.email);
    app.type_text(&app.find("#sign-in-password"), &server.password);
    app.click(&app.find("#sign-in-submit"));
    app.wait_for("the address refused", |a| {
        a.try_find("#sign-in-server-message .error-text")
            .map(|_| a.text("#sign-in-server-message"))
            .filter(|m| m.contains("not a server address"))
    });
    // Typed without a scheme, the address means https; nothing answers there with TLS.
    let plain = server.root.trim_start_matches("http://").to_owned();
    app.replace_text("#sign-in-server", &plain);
    app.replace_text("#sign-in-password", &server.password);
    app.click(&app.find("#sign-in-submit"));
    app.wait_for("the server unreachable over https", |a| {
        a.try_find("#sign-in-server-message .error-text")
            .map(|_| a.text("#sign-in-server-message"))
            .filter(|m| m.contains("cannot be reached") || m.contains("No Userdesk"))
    });
    app.replace_text("#sign-in-server", &format!("{}/", server.root));
    app.replace_text("#sign-in-password", &server.password);
    app.click(&app.find("#sign-in-submit"));
    let id = server.some_user();
    let who = server.user(&id)["userName"]
        .as_str()
        .expect("userName")
        .to_owned();
    app.wait_for("the list", |a| a.try_find("#user-search"));
    search_for(&app, &who);
    app.wait_for("the server's user, synced", |a| {
        row_state(a, &id).filter(|s| s == "synced")
    });
    assert_eq!(
        app.attribute("#account-note", "hidden").as_deref(),
        Some("true")
    );
    drop(app);

    // The next start opens that server with the session from the keychain.
    let app = App::launch_with("chosen", &data, &[], &keychain.env);
    search_for(&app, &who);
    app.wait_for("the server's user without a sign-in", |a| {
        row_state(a, &id).filter(|s| s == "synced")
    });
    // Signed out, the address stays filled in; the demo account is chosen instead.
    click_when_there(&app, "#sign-out");
    app.wait_for("the sign-in form with the address", |a| {
        a.try_value("#sign-in-server").filter(|v| v == &server.root)
    });
    click_when_there(&app, "#sign-in-demo");
    app.wait_for("the demo account's people", |a| {
        a.try_find("#account-note:not([hidden])")?;
        let n = a.js(
            "return document.querySelectorAll('#user-list a.grid-row[data-id]').length;",
            json!([]),
        );
        n.as_u64().filter(|n| *n > 0)
    });
    drop(app);
    let app = App::launch_with("demo-chosen", &data, &[], &keychain.env);
    app.wait_for("the demo account again", |a| {
        a.try_find("#account-note:not([hidden])")
    });
    assert!(
        app.try_find("#sign-in-form").is_none(),
        "no sign-in for the demo"
    );
    drop(app);
    drop(keychain);
}

/// The plain text of every e-mail to `who` in the server's mail folder, oldest first.
fn mails_to(mail_dir: &std::path::Path, who: &str) -> Vec<String> {
    let mut mails: Vec<(std::time::SystemTime, String)> = std::fs::read_dir(mail_dir)
        .map(|d| {
            d.flatten()
                .filter_map(|e| {
                    let raw = std::fs::read(e.path()).ok()?;
                    let when = e.metadata().and_then(|m| m.modified()).ok()?;
                    let message = mail_parser::MessageParser::default().parse(&raw)?;
                    let to_them = message
                        .to()
                        .and_then(|to| to.first())
                        .and_then(|a| a.address())
                        .is_some_and(|a| a.eq_ignore_ascii_case(who));
                    let text = message.body_text(0)?.into_owned();
                    to_them.then_some((when, text))
                })
                .collect()
        })
        .unwrap_or_default();
    mails.sort();
    mails.into_iter().map(|(_, text)| text).collect()
}

/// The six-digit code in the newest e-mail to `who` that has one.
fn phone_code_sent_to(mail_dir: &std::path::Path, who: &str) -> Option<String> {
    mails_to(mail_dir, who).iter().rev().find_map(|text| {
        text.lines()
            .map(str::trim)
            .find(|l| l.len() == 6 && l.chars().all(|c| c.is_ascii_digit()))
            .map(str::to_owned)
    })
}

/// Pastes `text` into the element `css` as a clipboard paste would.
fn paste(app: &App, css: &str, text: &str) {
    app.js(
        "const el = document.querySelector(arguments[0]); el.focus(); \
         const data = new DataTransfer(); data.setData('text/plain', arguments[1]); \
         el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));",
        json!([css, text]),
    );
}

fn code_typed(app: &App) -> String {
    app.js(
        "return [...document.querySelectorAll('.code-box')].map((b) => b.value).join('');",
        json!([]),
    )
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

#[test]
fn a_mobile_number_is_verified_with_the_code_from_the_e_mail_the_server_wrote() {
    let Signed {
        app,
        server,
        server_dir,
        id,
        who,
        _keychain,
        _dir,
    } = signed_in_with_an_active_user("phone");
    app.js("location.hash = '#/users/' + arguments[0];", json!([id]));
    app.wait_for("the mobile field", |a| a.try_find("#field-mobile_phone"));

    // A number that cannot be one is refused at the field; the saved one is named.
    app.replace_text("#field-mobile_phone", "12");
    app.js("document.activeElement.blur();", json!([]));
    let message = app.wait_for("the refusal at the mobile number", |a| {
        let m = a.text("#field-mobile_phone-message");
        m.contains("not a valid phone number").then_some(m)
    });
    assert!(message.contains("Last saved"), "{message}");

    // A German mobile number: the country is picked beside it.
    app.js(
        "const c = document.getElementById('field-mobile_phone-country'); c.value = 'DE'; \
         c.dispatchEvent(new Event('change', { bubbles: true }));",
        json!([]),
    );
    app.replace_text("#field-mobile_phone", "0151 23456789");
    app.js("document.activeElement.blur();", json!([]));
    app.wait_for("the new number saved, not verified", |a| {
        (a.attribute("#mobile-verified", "data-verified").as_deref() == Some("false")
            && a.text("#field-mobile_phone-message").is_empty())
        .then_some(())
    });
    app.screenshot("phone-1-unverified.png");

    let typed = app.value("#field-mobile_phone");
    assert_eq!(
        typed.replace(' ', ""),
        "015123456789",
        "shown as written at home"
    );
    click_when_there(&app, "#verify-phone");
    app.wait_for("the verification dialog with the number", |a| {
        a.try_value("#verify-number").filter(|v| *v == typed)
    });
    assert_eq!(
        app.js(
            "return document.getElementById('verify-country').value;",
            json!([])
        ),
        json!("DE")
    );
    // The country list is searchable by name.
    app.replace_text("#verify-country-search", "germ");
    assert_eq!(
        app.js(
            "return document.getElementById('verify-country').options.length;",
            json!([])
        ),
        json!(1)
    );
    click_when_there(&app, "#verify-send");
    app.wait_for("the e-mail queued", |a| {
        (!a.text("#verify-sent").is_empty()).then_some(())
    });
    // Queued actions start a sync by themselves (the dialog keeps "Sync now" out of reach).
    let mail_dir = server_dir.join("mail");
    let code = app.wait_for("the code e-mailed to the user", |_| {
        phone_code_sent_to(&mail_dir, &who)
    });

    // Typing moves from box to box; a wrong code gets the server's message.
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let first = app.find("#verify-code-0");
    app.type_text(&first, wrong);
    assert_eq!(code_typed(&app), wrong, "each digit in its own box");
    app.screenshot("phone-2-code.png");
    click_when_there(&app, "#verify-submit");
    let message = app.wait_for("the wrong code refused", |a| {
        let m = a.text("#verify-code-message");
        (!m.is_empty()).then_some(m)
    });
    assert!(message.contains("not right"), "{message}");
    app.screenshot("phone-3-wrong.png");

    // Pasting the code fills all six boxes.
    paste(&app, "#verify-code-0", &code);
    assert_eq!(code_typed(&app), code);
    click_when_there(&app, "#verify-submit");
    app.wait_for("the number verified", |a| {
        (a.try_find("#verify-phone-dialog").is_none()
            && a.attribute("#mobile-verified", "data-verified").as_deref() == Some("true"))
        .then_some(())
    });
    app.screenshot("phone-4-verified.png");
    let user = server.user(&id);
    let mobile = user["phoneNumbers"]
        .as_array()
        .and_then(|p| p.iter().find(|n| n["type"] == "mobile"))
        .cloned()
        .unwrap_or_default();
    assert_eq!(mobile["value"], "+4915123456789", "{user}");
    assert_eq!(user[EXT]["mobileVerified"], true, "{user}");
    drop(app);
}

/// Whether the option `value` of the select `css` is disabled.
fn option_disabled(app: &App, css: &str, value: &str) -> bool {
    app.js(
        "const o = document.querySelector(arguments[0] + ' option[value=\"' + arguments[1] + '\"]'); \
         return o ? o.disabled : null;",
        json!([css, value]),
    ) == json!(true)
}

#[test]
fn account_types_follow_their_rules_and_a_one_time_account_made_full_is_sent_its_activation() {
    let dir = tempfile::tempdir().expect("temp dir");
    let keychain = Keychain::start(&std::fs::canonicalize(dir.path()).expect("dir"));
    let server_dir = dir.path().join("server");
    let server = Server::start(&server_dir, "127.0.0.1:0");
    let users = server.users();
    let (internal, _) = server.pick("internal", false);
    let (one_time, one_time_name) = server.pick("one_time_completion", false);
    let owner = users
        .iter()
        .find(|u| u["userName"] == server.email.as_str())
        .and_then(|u| u["id"].as_str())
        .expect("the owner")
        .to_owned();
    let app = app_for("types", dir.path(), &server, &keychain);
    sign_in_and_find(&app, &server, &one_time_name, &one_time);

    // A full account cannot become One-time completion: the option is there, disabled.
    app.js(
        "location.hash = '#/users/' + arguments[0];",
        json!([internal]),
    );
    app.wait_for("the account type", |a| {
        a.try_value("#field-account_type")
            .filter(|v| v == "internal")
    });
    assert!(option_disabled(
        &app,
        "#field-account_type",
        "one_time_completion"
    ));
    assert!(!option_disabled(&app, "#field-account_type", "external"));
    app.screenshot("types-1-disabled-option.png");

    // Nobody changes their own type.
    app.js("location.hash = '#/users/' + arguments[0];", json!([owner]));
    app.wait_for("the own account type, not editable", |a| {
        a.js(
            "const s = document.getElementById('field-account_type'); return s ? s.disabled : false;",
            json!([]),
        )
        .as_bool()
        .filter(|d| *d)
    });

    // One-time completion becomes Internal: the activation question, then the e-mail.
    app.js(
        "location.hash = '#/users/' + arguments[0];",
        json!([one_time]),
    );
    app.wait_for("the one-time account", |a| {
        a.try_value("#field-account_type")
            .filter(|v| v == "one_time_completion")
    });
    app.js(
        "const s = document.getElementById('field-account_type'); s.focus(); s.value = 'internal'; \
         s.dispatchEvent(new Event('change', { bubbles: true }));",
        json!([]),
    );
    app.wait_for("the activation question", |a| {
        a.try_find("#ask-activation-send")
    });
    assert_eq!(app.text("#profile-status"), "Created", "activated anew");
    app.wait_for("the status panel offering the activation", |a| {
        a.try_find("#send-activation")
    });
    app.screenshot("types-2-activation-question.png");
    click_when_there(&app, "#ask-activation-send");
    app.wait_for("the question answered", |a| {
        a.try_find("#ask-activation").is_none().then_some(())
    });
    sync_now(&app);
    search_for(&app, &one_time_name);
    app.wait_for("the change synced", |a| {
        row_state(a, &one_time).filter(|s| s == "synced")
    });
    let user = server.user(&one_time);
    assert_eq!(user[EXT]["accountType"], "internal", "{user}");
    assert_eq!(
        user[EXT]["status"], "invited",
        "the activation went out: {user}"
    );
    drop(app);
    drop(keychain);
}

#[test]
fn a_config_admins_roles_are_edited_from_the_servers_catalog_and_reach_the_server() {
    let dir = tempfile::tempdir().expect("temp dir");
    let keychain = Keychain::start(&std::fs::canonicalize(dir.path()).expect("dir"));
    let server = Server::start(&dir.path().join("server"), "127.0.0.1:0");
    let admin = server
        .users()
        .into_iter()
        .find(|u| u["userName"] != server.email.as_str() && u[EXT]["accountType"] == "config_admin")
        .expect("a Config admin");
    let id = admin["id"].as_str().expect("id").to_owned();
    let who = admin["userName"].as_str().expect("userName").to_owned();
    let app = app_for("roles", dir.path(), &server, &keychain);
    sign_in_and_find(&app, &server, &who, &id);
    app.js("location.hash = '#/users/' + arguments[0];", json!([id]));
    click_when_there(&app, "#edit-roles");
    // The catalog came from the server: every role with what it allows.
    app.wait_for("the roles editor", |a| a.try_find("#role-user-viewer"));
    let held: Vec<String> = admin["roles"]
        .as_array()
        .map(|r| {
            r.iter()
                .filter_map(|v| v["value"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    for role in &held {
        assert_eq!(
            app.js(
                "return document.getElementById('role-' + arguments[0]).checked;",
                json!([role])
            ),
            json!(true),
            "{role} is held"
        );
    }
    assert!(app.text("#roles-count").contains("at most 25"));
    // Toggle User viewer and Administrator.
    let want: std::collections::BTreeSet<String> = {
        let mut w: std::collections::BTreeSet<String> = held.iter().cloned().collect();
        for r in ["user-viewer", "administrator"] {
            if !w.remove(r) {
                w.insert(r.to_owned());
            }
        }
        w
    };
    click_when_there(&app, "#role-user-viewer");
    click_when_there(&app, "#role-administrator");
    assert!(!app.text("#roles-effective").is_empty());
    let count = match want.len() {
        1 => "One role chosen".to_owned(),
        n => format!("{n} roles chosen"),
    };
    app.wait_for("the count of chosen roles", |a| {
        a.text("#roles-count").contains(&count).then_some(())
    });
    app.screenshot("roles-1-editor.png");
    click_when_there(&app, "#roles-save");
    app.wait_for("the editor closed", |a| {
        a.try_find("#roles-editor").is_none().then_some(())
    });
    sync_now(&app);
    search_for(&app, &who);
    app.wait_for("the roles synced", |a| {
        row_state(a, &id).filter(|s| s == "synced")
    });
    let on_server: std::collections::BTreeSet<String> = server.user(&id)["roles"]
        .as_array()
        .map(|r| {
            r.iter()
                .filter_map(|v| v["value"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(on_server, want);
    drop(app);
    drop(keychain);
}

/// The password link in an e-mail to `who` in the server's mail folder, once there is one.
fn reset_link(mail_dir: &std::path::Path, who: &str) -> Option<String> {
    mails_to(mail_dir, who).iter().rev().find_map(|text| {
        text.split_whitespace()
            .find(|w| w.contains("/account/password?token="))
            .map(str::to_owned)
    })
}

/// Gives user `id` the password `password` the way a person does: a reset e-mail from the owner,
/// then the page behind its link.
fn set_password_by_mail(
    server: &Server,
    mail_dir: &std::path::Path,
    id: &str,
    who: &str,
    password: &str,
) {
    let (http, token) = server.http();
    let r = http
        .post(format!(
            "{}/api/users/{id}/emails/password-reset",
            server.root
        ))
        .bearer_auth(token)
        .send()
        .expect("reset");
    assert!(r.status().is_success(), "{}", r.status());
    let start = std::time::Instant::now();
    let link = loop {
        if let Some(link) = reset_link(mail_dir, who) {
            break link;
        }
        assert!(start.elapsed() < TIMEOUT, "no reset e-mail to {who}");
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    let token = link.split("token=").nth(1).expect("token").to_owned();
    let r = http
        .post(format!("{}/account/password", server.root))
        .form(&[
            ("token", token.as_str()),
            ("password", password),
            ("confirm", password),
        ])
        .send()
        .expect("set password");
    assert!(r.status().is_success(), "{}", r.status());
}

#[test]
fn a_permission_taken_away_on_the_server_restricts_the_open_profile_and_keeps_what_was_typed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let keychain = Keychain::start(&std::fs::canonicalize(dir.path()).expect("dir"));
    let server_dir = dir.path().join("server");
    let server = Server::start(&server_dir, "127.0.0.1:0");
    let (manager, manager_name) = server.pick("config_admin", true);
    let (target, target_name) = server.pick("internal", true);
    server.patch_value(&manager, "roles", json!([{"value": "user-manager"}]));
    let password = "a long enough passphrase 42";
    set_password_by_mail(
        &server,
        &server_dir.join("mail"),
        &manager,
        &manager_name,
        password,
    );

    let app = app_for("restricted", dir.path(), &server, &keychain);
    let email = app.wait_for("the sign-in form", |a| a.try_find("#sign-in-email"));
    app.type_text(&email, &manager_name);
    let field = app.find("#sign-in-password");
    app.type_text(&field, password);
    app.click(&app.find("#sign-in-submit"));
    app.wait_for("the list", |a| a.try_find("#user-search"));
    search_for(&app, &target_name);
    app.wait_for("the user from the server", |a| {
        row_state(a, &target).filter(|s| s == "synced")
    });
    app.js(
        "location.hash = '#/users/' + arguments[0];",
        json!([target]),
    );
    app.wait_for("the title, editable", |a| {
        a.attribute("ud-field[data-field=title]", "data-restricted")
            .filter(|r| r == "false")
    });

    // The admin is typing a new title when the owner takes their right to edit away.
    app.js(
        "const t = document.getElementById('field-title'); t.focus(); t.value = 'Typed before the change';",
        json!([]),
    );
    server.patch_value(&manager, "roles", json!([{"value": "user-viewer"}]));
    app.js("window.__TAURI__.core.invoke('sync_now');", json!([]));
    let note = app.wait_for("the title restricted", |a| {
        (a.attribute("ud-field[data-field=title]", "data-restricted")
            .as_deref()
            == Some("true"))
        .then(|| a.text("#field-title-restricted"))
    });
    assert!(
        note.contains("Restricted") && note.contains("permission"),
        "{note}"
    );
    assert_eq!(
        app.value("#field-title"),
        "Typed before the change",
        "nothing typed is lost"
    );
    assert_eq!(
        app.js(
            "return document.getElementById('field-title').disabled;",
            json!([])
        ),
        json!(true)
    );
    // Deactivating needs a permission the admin no longer has: not offered, the reason shown.
    app.wait_for("the status panel restricted", |a| {
        a.try_find("#status-denied")
    });
    assert!(app.try_find("#deactivate").is_none());
    // The window was told the admin's permissions changed, and says so.
    let notice = app.wait_for("the notice of changed permissions", |a| {
        a.try_find("#permissions-notice:not([hidden])")
            .map(|_| a.text("#permissions-notice"))
    });
    assert!(notice.contains("permissions"), "{notice}");
    app.screenshot("restricted-1-title.png");
    // Nothing was saved or queued, and the server keeps its title.
    assert_eq!(
        app.attribute("#field-title-sync", "data-sync").as_deref(),
        Some("synced")
    );
    assert_ne!(server.user(&target)["title"], "Typed before the change");
    drop(app);
    drop(keychain);
}

/// The refusal shown under My Account's password field `name`.
fn password_refusal(app: &App, name: &str, containing: &str) -> String {
    let css = format!("#password-{name}-message .error-text");
    app.wait_for(&format!("the refusal at the {name} password"), |a| {
        a.try_find(&css)
            .map(|_| a.text(&css))
            .filter(|m| m.contains(containing))
    })
}

/// Chooses `value` in the select `css` as soon as it is there, as a person picking it would.
fn choose(app: &App, css: &str, value: &str) {
    app.wait_for(css, |a| {
        a.js(
            "const s = document.querySelector(arguments[0]); if (!s) return false;
             s.value = arguments[1]; s.dispatchEvent(new Event('change', { bubbles: true })); return true;",
            json!([css, value]),
        )
        .as_bool()
        .filter(|chosen| *chosen)
    });
}

#[test]
fn my_account_changes_settings_the_password_with_the_current_one_and_the_language_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let keychain = Keychain::start(&std::fs::canonicalize(dir.path()).expect("dir"));
    let server = Server::start(&dir.path().join("server"), "127.0.0.1:0");
    let owner = server.find(&server.email)[0]["id"]
        .as_str()
        .expect("the owner's id")
        .to_owned();
    let app = app_for("my-account", dir.path(), &server, &keychain);
    sign_in(&app, &server);
    // The owner's own profile reaches the cache with the first sync.
    app.wait_for("the first sync", |a| {
        (sync_box_state(a) == "online").then_some(())
    });
    click_when_there(&app, "#nav-account");
    app.wait_for("My Account with the own profile", |a| {
        a.try_value("#field-first_name").filter(|v| v == "Demo")
    });
    app.screenshot("my-account.png");

    // Presence is the person's own setting: saved, queued and on the server after a sync.
    choose(&app, "#field-presence", "busy");
    app.wait_for("the presence saved", |a| {
        a.try_find("#field-presence-state.ok")
    });
    sync_now(&app);
    app.wait_for("the presence on the server", |_| {
        (server.user(&owner)[EXT]["presence"] == "busy").then_some(())
    });

    // The password: the two new ones must agree, and the server checks the current one.
    let new_password = "a-new-passphrase-for-2027";
    app.type_text(&app.find("#password-current"), "not-the-password");
    app.type_text(&app.find("#password-new"), new_password);
    app.type_text(&app.find("#password-repeat"), "something else entirely");
    app.click(&app.find("#password-submit"));
    password_refusal(&app, "repeat", "not the same");
    app.replace_text("#password-repeat", new_password);
    app.click(&app.find("#password-submit"));
    password_refusal(&app, "current", "wrong");
    app.screenshot("my-account-password-wrong.png");
    app.replace_text("#password-current", &server.password);
    app.click(&app.find("#password-submit"));
    app.wait_for("the password changed", |a| {
        Some(a.text("#password-done")).filter(|m| m.contains("was changed"))
    });
    assert_eq!(
        app.value("#password-current"),
        "",
        "typed passwords are cleared"
    );
    let http = reqwest::blocking::Client::new();
    let sign_in_with = |password: &str| {
        http.post(format!("{}/auth/sign-in", server.root))
            .json(&json!({"email": server.email, "password": password}))
            .send()
            .expect("the server answers")
            .status()
    };
    assert!(
        sign_in_with(new_password).is_success(),
        "the new password works"
    );
    assert!(
        !sign_in_with(&server.password).is_success(),
        "the old one no longer does"
    );
    // This app's own session survived the change: it still syncs.
    sync_now(&app);
    app.wait_for("a sync after the change", |a| {
        (sync_box_state(a) == "online").then_some(())
    });

    // The app's language switches the whole window at once, and is remembered.
    choose(&app, "#app-language", "de");
    app.wait_for("the window in German", |a| {
        Some(a.text("#nav-account")).filter(|t| t == "Mein Konto")
    });
    assert_eq!(app.text("#account-password h2"), "Passwort");
    assert_eq!(
        app.js("return document.documentElement.lang;", json!([])),
        json!("de")
    );
    app.screenshot("my-account-de.png");
    drop(app);
    let app = app_for("my-account-again", dir.path(), &server, &keychain);
    app.wait_for("the list in German after a restart", |a| {
        Some(a.text("#nav-users")).filter(|t| t == "Benutzer")
    });
    click_when_there(&app, "#nav-account");
    choose(&app, "#app-language", "system");
    app.wait_for("the system's language again", |a| {
        Some(a.text("#nav-account")).filter(|t| t == "My Account")
    });
    drop(app);
    drop(keychain);
}

/// Moves the time at which every queued edit of `id` was made `hours` into the past, in the app's
/// cache file under `data`: as if the admin had made them on a plane that long ago.
fn made_hours_ago(data: &std::path::Path, id: &str, hours: i64) {
    use sqlx::ConnectOptions;
    let file = std::fs::read_dir(data)
        .expect("the data folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("userdesk-cache-") && n.ends_with(".sqlite3"))
        })
        .expect("the server's cache file");
    let when = (time::OffsetDateTime::now_utc() - time::Duration::hours(hours))
        .format(&time::format_description::well_known::Rfc3339)
        .expect("a time");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let mut db = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(&file)
            .busy_timeout(std::time::Duration::from_secs(30))
            .connect()
            .await
            .expect("the cache");
        let moved = sqlx::query("UPDATE outbox SET made_at = ?1 WHERE user_id = ?2")
            .bind(&when)
            .bind(id)
            .execute(&mut db)
            .await
            .expect("moved");
        assert!(moved.rows_affected() > 0, "an edit waits");
    });
}

#[test]
fn the_history_shows_an_offline_edit_with_its_offline_time_and_reads_offline_too() {
    // Every part is bound: the keychain and the folder live as long as the test.
    let Signed {
        app,
        mut server,
        server_dir,
        id,
        who: _,
        _keychain,
        _dir: dir,
    } = signed_in_with_an_active_user("history");
    let addr = server.root.trim_start_matches("http://").to_owned();

    // Made on a plane: offline, and (moved in the cache) three hours before it is sent.
    server.stop();
    edit_field(&app, &id, "title", "Flight archivist");
    made_hours_ago(&dir.path().join("app"), &id, 3);
    app.wait_for("the edit waiting in the history", |a| {
        a.try_find("#history-list .history-entry.waiting")
            .map(|_| a.text("#history-list .waiting"))
            .filter(|t| t.contains("Flight archivist"))
    });
    server = Server::start(&server_dir, &addr);
    sync_now(&app);
    app.wait_for("the edit on the server", |_| {
        (server.user(&id)["title"] == "Flight archivist").then_some(())
    });
    // The profile redraws after the sync; its history comes from the server now.
    let entry = app.wait_for("the server's record of the edit", |a| {
        a.try_find("#history-list .history-entry[data-offline=\"true\"]")
            .map(|_| a.text("#history-list .history-entry[data-offline=\"true\"]"))
    });
    assert!(entry.contains("You"), "{entry}");
    assert!(entry.contains("Title"), "{entry}");
    assert!(entry.contains("Flight archivist"), "{entry}");
    assert!(entry.contains("Made offline"), "{entry}");
    assert!(entry.contains("reached the server"), "{entry}");
    assert!(
        app.try_find("#history-list .history-entry.waiting")
            .is_none(),
        "nothing waits any more"
    );
    app.screenshot_of("#profile-history", "history-offline-edit.png");

    // Offline, the history is read from what this computer kept.
    server.stop();
    app.js("location.hash = '#/users';", json!([]));
    app.js("location.hash = '#/users/' + arguments[0];", json!([id]));
    app.wait_for("the history read from the cache", |a| {
        a.try_find("#history-list .history-entry[data-offline=\"true\"]")?;
        Some(a.text("#history-note")).filter(|n| n.contains("Offline"))
    });
    drop(app);
}

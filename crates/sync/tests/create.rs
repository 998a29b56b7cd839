//! Users added offline, and e-mails queued offline, over real HTTP on 127.0.0.1 with our server.

mod support;

use serde_json::json;
use support::{our_server, owner_client};
use userdesk_cache::Cache;
use userdesk_core::{Email, Field, PersonName, ProfileEdit, Status, UserProfile};
use userdesk_sync::{pull, sync};

fn new_profile(email: &str) -> UserProfile {
    UserProfile::new_user(
        Email::parse(email).expect("email"),
        PersonName::parse("Imani").expect("name"),
        PersonName::parse("Okoro").expect("name"),
        time::OffsetDateTime::now_utc(),
    )
}

#[tokio::test]
async fn a_user_added_offline_is_created_once_with_its_later_edits_and_e_mail() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = our_server(dir.path(), 10).await;
    let client = owner_client(&base).await;
    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("cache");
    pull(&client, &cache, false).await.expect("pull");
    let before = cache.user_count().await.expect("count");

    // Offline: a new user, a title for them, then their activation e-mail.
    let profile = new_profile("imani.okoro@example.com");
    cache.create_user(&profile).await.expect("added offline");
    // The same address again is refused at once.
    let twin = new_profile("Imani.Okoro@example.com");
    assert!(cache.create_user(&twin).await.is_err());
    cache
        .apply_edit(
            profile.id,
            &ProfileEdit::parse(Field::Title, "Pharmacist").expect("edit"),
        )
        .await
        .expect("edit");
    cache
        .queue_action(profile.id, &json!({"action": "activation"}))
        .await
        .expect("queued");
    assert_eq!(
        cache.local_only_edits().await.expect("count"),
        0,
        "waiting for the create"
    );

    let report = sync(&client, &cache, false).await.expect("sync");
    assert!(report.complete(), "{report:?}");
    assert_eq!(report.push.sent, 3, "{report:?}");

    let page = client
        .list_users(
            Some(&format!("externalId eq \"{}\"", profile.id)),
            None,
            1,
            10,
        )
        .await
        .expect("by externalId");
    assert_eq!(page.total, Some(1));
    let server = &page.resources[0];
    assert_eq!(server["userName"], "imani.okoro@example.com");
    assert_eq!(server["title"], "Pharmacist");
    let copy = cache
        .server_copy(profile.id)
        .await
        .expect("copy")
        .expect("now from the server");
    assert_eq!(copy.server_id, server["id"].as_str().expect("id"));
    let local = cache.get_user(profile.id).await.expect("kept under our id");
    assert_eq!(
        local.status,
        Status::Invited,
        "the activation e-mail went out"
    );
    // The e-mail was sent exactly once, recorded after the edit.
    let audit = client
        .get_api(&format!("/api/audit?user={}", copy.server_id))
        .await
        .expect("audit");
    let actions: Vec<&str> = audit["events"]
        .as_array()
        .expect("events")
        .iter()
        .rev()
        .filter_map(|e| e["action"].as_str())
        .collect();
    assert_eq!(actions.len(), 3, "{actions:?}");
    assert_eq!(actions[0], "create");
    // Pulling again finds no one new: the created user is known by its server id.
    pull(&client, &cache, true).await.expect("pull");
    assert_eq!(cache.user_count().await.expect("count"), before + 1);
}

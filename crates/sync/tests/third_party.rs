//! The sync engine against SCIM servers that nobody on this team wrote and that know nothing of
//! Userdesk: PyPI's `scim2-server` (Python) and npm's SCIMMY (Node.js), which `cargo xtask test`
//! installs (see `userdesk-third-party`). Most scenarios run against both.

use reqwest::Method;
use serde_json::{Value, json};
use userdesk_cache::Cache;
use userdesk_cache::Resolution;
use userdesk_core::Status;
use userdesk_core::{Field, ProfileEdit};
use userdesk_sync::pull::local_id;
use userdesk_sync::{Credentials, ScimClient, pull, push, sync};
use userdesk_third_party::{Kind, SCIMMY_PAGE, ThirdParty};

const TOKEN: &str = "a-static-bearer-token";

fn start(kind: Kind) -> ThirdParty {
    ThirdParty::start(kind, TOKEN)
}

/// Each scenario runs against both independent servers, as `<scenario>::<server>`.
macro_rules! on_both_servers {
    ($($scenario:ident),* $(,)?) => {$(
        mod $scenario {
            #[tokio::test]
            async fn scim2_server() {
                super::$scenario(super::Kind::Scim2Server).await
            }
            #[tokio::test]
            async fn scimmy() {
                super::$scenario(super::Kind::Scimmy).await
            }
        }
    )*};
}

on_both_servers!(
    users_of_an_independent_scim_server_reach_the_cache,
    edits_reach_an_independent_server_merged_with_its_own_changes,
    many_edits_travel_in_bulk_and_each_lands_once,
    a_servers_photos_are_shown_and_an_avatar_it_cannot_keep_is_refused_with_the_reason,
);

/// Users made the way any SCIM client would: core attributes only.
async fn add_users(server: &ThirdParty, n: usize) -> Vec<String> {
    let http = reqwest::Client::new();
    let mut ids = Vec::new();
    for i in 0..n {
        let v: Value = http
            .post(format!("{}/Users", server.base))
            .bearer_auth(TOKEN)
            .header("content-type", "application/scim+json")
            .body(
                json!({
                    "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                    "userName": format!("person{i}@example.com"),
                    "name": {"givenName": format!("Given{i}"), "familyName": format!("Family{i}")},
                    "title": "Clerk",
                    "active": i % 10 != 0,
                })
                .to_string(),
            )
            .send()
            .await
            .expect("create")
            .json()
            .await
            .expect("json");
        ids.push(v["id"].as_str().expect("id").to_owned());
    }
    ids
}

async fn client(server: &ThirdParty) -> ScimClient {
    ScimClient::connect(&server.base, Credentials::Bearer(TOKEN.into()))
        .await
        .expect("connect")
}

async fn users_of_an_independent_scim_server_reach_the_cache(kind: Kind) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let server = start(kind);
    let ids = add_users(&server, 120).await;
    let client = client(&server).await;
    assert!(client.capabilities.filter && client.capabilities.sort);
    assert_eq!(client.capabilities.etag, kind.has_etags());
    if kind == Kind::Scimmy {
        // Ids that are not UUIDs, and pages far shorter than the client asks for.
        assert!(uuid::Uuid::parse_str(&ids[0]).is_err(), "{}", ids[0]);
        let (_, page) = client
            .request(Method::GET, "/Users?startIndex=1&count=100", None, &[])
            .await
            .expect("a page");
        assert_eq!(
            page["Resources"].as_array().map(Vec::len),
            Some(SCIMMY_PAGE as usize)
        );
    }

    let dir = tempfile::tempdir().expect("temp dir");
    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("cache");
    let first = pull(&client, &cache, false).await.expect("pull");
    assert_eq!(first.stored, 120, "{first:?}");
    assert!(first.unreadable.is_empty(), "{first:?}");

    let one = cache
        .get_user(local_id(client.base(), &ids[3]))
        .await
        .expect("cached");
    assert_eq!(one.email.as_str(), "person3@example.com");
    assert_eq!(one.last_name.as_str(), "Family3");
    assert_eq!(one.status, Status::Active);
    let off = cache
        .get_user(local_id(client.base(), &ids[10]))
        .await
        .expect("cached");
    assert_eq!(off.status, Status::Inactive);
    let copy = cache
        .server_copy(one.id)
        .await
        .expect("copy")
        .expect("from the server");
    assert_eq!(copy.server_id, ids[3]);

    // Only what changed comes again.
    let again = pull(&client, &cache, false).await.expect("pull again");
    assert_eq!(again.stored, 0, "{again:?}");
    let op = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "path": "title", "value": "Head clerk"}]});
    client
        .request(Method::PATCH, &format!("/Users/{}", ids[7]), Some(&op), &[])
        .await
        .expect("patch on the third-party server");
    let third = pull(&client, &cache, false).await.expect("third pull");
    assert_eq!(third.stored, 1, "{third:?}");
    let changed = cache
        .get_user(local_id(client.base(), &ids[7]))
        .await
        .expect("cached");
    assert_eq!(
        changed.title.map(|t| t.as_str().to_owned()).as_deref(),
        Some("Head clerk")
    );
}

#[tokio::test]
async fn a_server_that_cannot_filter_is_read_whole() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("spc.json");
    std::fs::write(
        &config,
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
            "patch": {"supported": true},
            "bulk": {"supported": false, "maxOperations": 0, "maxPayloadSize": 0},
            "filter": {"supported": false, "maxResults": 50},
            "changePassword": {"supported": false},
            "sort": {"supported": false},
            "etag": {"supported": false},
            "authenticationSchemes": []
        })
        .to_string(),
    )
    .expect("write config");
    let server = ThirdParty::start_with(
        Kind::Scim2Server,
        TOKEN,
        &["--service-provider-config", config.to_str().expect("path")],
    );
    let ids = add_users(&server, 70).await;
    let client = client(&server).await;
    assert!(!client.capabilities.filter && client.capabilities.bulk.is_none());
    assert_eq!(client.capabilities.max_results, 50);
    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("cache");
    let report = pull(&client, &cache, false).await.expect("pull");
    assert!(report.full);
    assert_eq!(report.stored, 70, "{report:?}");
    assert_eq!(cache.user_count().await.expect("count"), 70);

    // Without versions, each user is read before it is written, so a colleague's change of
    // another field is kept, not overwritten.
    let a = local_id(client.base(), &ids[1]);
    cache
        .apply_edit(a, &edit(Field::LastName, "Mbeki"))
        .await
        .expect("edit offline");
    patch_title(&client, &ids[1], "Registrar").await;
    // A user deleted there leaves the cache at the next whole read.
    client
        .request(Method::DELETE, &format!("/Users/{}", ids[2]), None, &[])
        .await
        .expect("delete");
    let report = sync(&client, &cache, false).await.expect("sync");
    assert!(report.complete(), "{report:?}");
    assert_eq!(
        (report.push.sent, report.pull.deleted),
        (1, 1),
        "{report:?}"
    );
    let server = client.get_user(&ids[1]).await.expect("get").0;
    assert_eq!(server["name"]["familyName"], "Mbeki");
    assert_eq!(server["title"], "Registrar");
    assert!(
        cache
            .get_user(local_id(client.base(), &ids[2]))
            .await
            .is_err()
    );
    assert_eq!(cache.user_count().await.expect("count"), 69);
}

fn edit(field: Field, value: &str) -> ProfileEdit {
    ProfileEdit::parse(field, value).expect("valid edit")
}

async fn patch_title(client: &ScimClient, id: &str, title: &str) {
    let op = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "path": "title", "value": title}]});
    client
        .request(Method::PATCH, &format!("/Users/{id}"), Some(&op), &[])
        .await
        .expect("patch on the third-party server");
}

async fn edits_reach_an_independent_server_merged_with_its_own_changes(kind: Kind) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let server = start(kind);
    let ids = add_users(&server, 20).await;
    let client = client(&server).await;
    assert!(client.capabilities.patch);
    assert!(!client.capabilities.userdesk, "knows nothing of Userdesk");
    let dir = tempfile::tempdir().expect("temp dir");
    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("cache");
    pull(&client, &cache, false).await.expect("pull");
    let (a, b) = (
        local_id(client.base(), &ids[1]),
        local_id(client.base(), &ids[2]),
    );

    // Offline: a new last name for A, a title for B. Meanwhile on the server: A's title, and
    // B's title to something else.
    cache
        .apply_edit(a, &edit(Field::LastName, "Mbeki"))
        .await
        .expect("edit");
    cache
        .apply_edit(b, &edit(Field::Title, "Archivist"))
        .await
        .expect("edit");
    patch_title(&client, &ids[1], "Registrar").await;
    patch_title(&client, &ids[2], "Librarian").await;

    let report = sync(&client, &cache, false).await.expect("sync");
    assert_eq!(
        (
            report.push.sent,
            report.push.conflicts + report.pull.conflicts
        ),
        (1, 1),
        "{report:?}"
    );
    let server_a = client.get_user(&ids[1]).await.expect("get").0;
    assert_eq!(server_a["name"]["familyName"], "Mbeki");
    assert_eq!(server_a["title"], "Registrar");
    let conflicts = cache.conflicts().await.expect("conflicts");
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].theirs, json!("Librarian"));
    assert_eq!(conflicts[0].mine, json!("Archivist"));
    assert_eq!(conflicts[0].theirs_by, None, "this server keeps no history");

    cache
        .resolve_conflict(b, "title", Resolution::KeepMine)
        .await
        .expect("keep mine");
    let report = push(&client, &cache).await.expect("push");
    assert_eq!(report.sent, 1, "{report:?}");
    assert_eq!(
        client.get_user(&ids[2]).await.expect("get").0["title"],
        "Archivist"
    );
    let copy = cache.server_copy(b).await.expect("copy").expect("copy");
    assert_eq!(
        copy.resource,
        client.get_user(&ids[2]).await.expect("get").0
    );
}

/// Edits of many users made offline reach the server in Bulk requests; each result is matched to
/// its edit (SCIMMY answers a PATCH in Bulk with its location and status, no `bulkId`), so every
/// edit lands once and none is queued again.
async fn many_edits_travel_in_bulk_and_each_lands_once(kind: Kind) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let server = start(kind);
    let ids = add_users(&server, 40).await;
    let client = client(&server).await;
    assert!(
        client.capabilities.bulk.is_some(),
        "{:?}",
        client.capabilities
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("cache");
    pull(&client, &cache, false).await.expect("pull");
    for (i, id) in ids.iter().enumerate().take(30) {
        cache
            .apply_edit(
                local_id(client.base(), id),
                &edit(Field::Title, &format!("Registrar {i}")),
            )
            .await
            .expect("edit offline");
    }
    let report = push(&client, &cache).await.expect("push");
    assert_eq!((report.sent, report.rejected), (30, 0), "{report:?}");
    assert!(report.stopped.is_none(), "{report:?}");
    assert!(
        cache
            .outbox(userdesk_cache::OutboxState::Pending)
            .await
            .expect("outbox")
            .is_empty()
    );
    for (i, id) in ids.iter().enumerate() {
        let there = client.get_user(id).await.expect("get").0;
        let want = if i < 30 {
            format!("Registrar {i}")
        } else {
            "Clerk".to_owned()
        };
        assert_eq!(there["title"], want.as_str(), "{there}");
    }
    // Nothing goes twice: a second push has nothing to send.
    let again = push(&client, &cache).await.expect("push again");
    assert_eq!(again.sent, 0, "{again:?}");
}

/// A PNG of `w` × `h`, served at `/photo.png` by a web server on loopback (a CDN, for the test).
async fn picture_host(w: u32, h: u32) -> String {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 40])
    });
    let mut png = std::io::Cursor::new(Vec::new());
    img.write_to(&mut png, image::ImageFormat::Png)
        .expect("encode");
    let png = png.into_inner();
    let app = axum::Router::new().route(
        "/photo.png",
        axum::routing::get(move || {
            let png = png.clone();
            async move { ([("content-type", "image/png")], png) }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}/photo.png")
}

async fn a_servers_photos_are_shown_and_an_avatar_it_cannot_keep_is_refused_with_the_reason(
    kind: Kind,
) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let server = start(kind);
    let ids = add_users(&server, 3).await;
    let client = client(&server).await;
    let url = picture_host(300, 200).await;
    let body = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "add", "path": "photos", "value": [{"value": url, "type": "photo"}]}]});
    client
        .request(
            Method::PATCH,
            &format!("/Users/{}", ids[0]),
            Some(&body),
            &[],
        )
        .await
        .expect("photos set there");
    let dir = tempfile::tempdir().expect("temp dir");
    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("cache");
    sync(&client, &cache, false).await.expect("sync");

    // Its photo is shown: one picture (no thumbnail there), fetched, made 64 px for the list.
    let with_photo = cache
        .get_user(local_id(client.base(), &ids[0]))
        .await
        .expect("user");
    let avatar = with_photo.avatar.expect("the server's photo");
    assert_eq!(avatar.photo.as_str(), url);
    let thumb = cache
        .picture(&avatar.thumbnail)
        .await
        .expect("read")
        .expect("fetched for offline viewing");
    let img = image::load_from_memory(&thumb.bytes).expect("a picture");
    assert_eq!((img.width(), img.height()), (64, 64));

    // An avatar set here cannot be kept there: refused with the reason, the server unchanged.
    let other = local_id(client.base(), &ids[1]);
    let picture = |name: &str| userdesk_cache::Picture {
        uri: userdesk_core::avatar::PictureRef::local(name).expect("a content name"),
        media_type: "image/png".into(),
        bytes: vec![1, 2, 3],
    };
    cache
        .set_avatar(
            other,
            picture(&format!("{}.png", "a".repeat(64))),
            picture(&format!("{}.png", "b".repeat(64))),
            None,
        )
        .await
        .expect("set offline");
    let report = push(&client, &cache).await.expect("push");
    assert_eq!(report.rejected, 1, "{report:?}");
    let rejected = cache
        .outbox(userdesk_cache::OutboxState::Rejected)
        .await
        .expect("rejected");
    assert_eq!(
        rejected[0].reason,
        Some(userdesk_cache::RejectReason::NoPictures)
    );
    let there = client.get_user(&ids[1]).await.expect("get").0;
    assert!(there.get("photos").is_none(), "{there}");
}

//! The sync engine against a SCIM server that nobody on this team wrote and that knows nothing of
//! Userdesk: PyPI's `scim2-server` (python-scim), which `cargo xtask test` installs in a venv.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use reqwest::Method;
use serde_json::{Value, json};
use userdesk_cache::Cache;
use userdesk_cache::Resolution;
use userdesk_core::Status;
use userdesk_core::{Field, ProfileEdit};
use userdesk_sync::pull::local_id;
use userdesk_sync::{Credentials, ScimClient, pull, push, sync};

const TOKEN: &str = "a-static-bearer-token";

struct Scim2Server {
    child: Child,
    base: String,
}

impl Drop for Scim2Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The scim2-server venv's Python.
fn python() -> PathBuf {
    let venv = std::env::var_os("USERDESK_SCIM2_SERVER_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../../target/test-tools/scim2-server-0.8.3")
        });
    let exe = if cfg!(windows) {
        venv.join("Scripts").join("python.exe")
    } else {
        venv.join("bin").join("python")
    };
    assert!(
        exe.exists(),
        "{} is missing: `cargo xtask setup --test` installs it",
        exe.display()
    );
    exe
}

/// Starts scim2-server on a port the system picks, and waits for the line that says it listens.
fn start(extra: &[&str]) -> Scim2Server {
    let launcher = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/tools/scim2-server-any-port.py");
    let mut child = Command::new(python())
        .arg(launcher)
        .args(["--hostname", "127.0.0.1"])
        .args(["--bearer-token", TOKEN])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start scim2-server");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let port = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|l| l.strip_prefix("listening on ").map(str::to_owned))
        .expect("scim2-server says where it listens");
    // What it prints later is read too: a closed pipe would stop it at its next line.
    std::thread::spawn(move || lines.for_each(drop));
    Scim2Server {
        child,
        base: format!("http://127.0.0.1:{port}/v2"),
    }
}

/// Users made the way any SCIM client would: core attributes only.
async fn add_users(server: &Scim2Server, n: usize) -> Vec<String> {
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

async fn client(server: &Scim2Server) -> ScimClient {
    ScimClient::connect(&server.base, Credentials::Bearer(TOKEN.into()))
        .await
        .expect("connect")
}

#[tokio::test]
async fn users_of_an_independent_scim_server_reach_the_cache() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let server = start(&[]);
    let ids = add_users(&server, 120).await;
    let client = client(&server).await;
    assert!(client.capabilities.filter && client.capabilities.sort);

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
    let server = start(&["--service-provider-config", config.to_str().expect("path")]);
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

#[tokio::test]
async fn edits_reach_an_independent_server_merged_with_its_own_changes() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let server = start(&[]);
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

#[tokio::test]
async fn a_servers_photos_are_shown_and_an_avatar_it_cannot_keep_is_refused_with_the_reason() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let server = start(&[]);
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

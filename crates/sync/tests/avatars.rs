//! Avatars through the sync, over real HTTP on 127.0.0.1 with our server: a picture set offline
//! is uploaded at the next sync and comes back as the server's pictures; pulled avatars are
//! fetched for offline viewing, each through the avatar pipeline; pictures a server names that
//! are not images are refused once.

mod support;

use reqwest::Method;
use serde_json::json;
use support::{our_server, owner_client, users_but_owner};
use userdesk_cache::{Cache, Picture};
use userdesk_core::avatar::PictureRef;
use userdesk_core::{ProfileEdit, UserId};
use userdesk_sync::{pull, sync};

/// The two pictures the app would make of a 900 × 600 photo.
fn pictures() -> (Picture, Picture) {
    let img = image::RgbImage::from_fn(900, 600, |x, y| {
        image::Rgb([(x / 4 % 256) as u8, (y / 3 % 256) as u8, 90])
    });
    let mut jpeg = std::io::Cursor::new(Vec::new());
    img.write_to(&mut jpeg, image::ImageFormat::Jpeg)
        .expect("encode");
    let avatar = userdesk_avatar::Source::from_bytes(jpeg.into_inner(), Default::default())
        .and_then(|s| s.render(Default::default()))
        .expect("rendered");
    let picture = |e: userdesk_avatar::Encoded| Picture {
        uri: PictureRef::local(&e.content_name()).expect("content name"),
        media_type: e.format.media_type().to_owned(),
        bytes: e.bytes,
    };
    (picture(avatar.large), picture(avatar.small))
}

async fn server_user(
    client: &userdesk_sync::ScimClient,
    cache: &Cache,
    id: UserId,
) -> serde_json::Value {
    let server_id = cache
        .server_copy(id)
        .await
        .expect("copy")
        .expect("on the server")
        .server_id;
    client.get_user(&server_id).await.expect("user").0
}

fn side(bytes: &[u8]) -> (u32, u32) {
    let img = image::load_from_memory(bytes).expect("a picture");
    (img.width(), img.height())
}

#[tokio::test]
async fn an_avatar_set_offline_reaches_the_server_and_other_admins_see_it_offline() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = our_server(dir.path(), 8).await;
    let client = owner_client(&base).await;
    let cache = Cache::open(&dir.path().join("mine.sqlite3"))
        .await
        .expect("cache");
    pull(&client, &cache, false).await.expect("pull");
    let id = users_but_owner(&cache).await[0];

    let (photo, thumbnail) = pictures();
    let shown = cache
        .set_avatar(id, photo.clone(), thumbnail.clone(), None)
        .await
        .expect("set offline");
    assert!(
        shown
            .avatar
            .as_ref()
            .is_some_and(userdesk_core::Avatar::is_local)
    );

    let report = sync(&client, &cache, false).await.expect("sync");
    assert_eq!(report.push.sent, 1, "{report:?}");
    let on_server = server_user(&client, &cache, id).await;
    let photos = on_server["photos"].as_array().expect("photos").clone();
    assert_eq!(photos.len(), 2, "{on_server}");
    // The cache now shows the server's pictures, fetched (the thumbnail at once).
    let avatar = cache
        .get_user(id)
        .await
        .expect("user")
        .avatar
        .expect("an avatar");
    assert!(!avatar.is_local(), "{avatar:?}");
    assert_eq!(
        avatar.photo.as_str(),
        photos[0]["value"].as_str().expect("url")
    );
    let small = cache
        .picture(&avatar.thumbnail)
        .await
        .expect("read")
        .expect("the thumbnail kept for offline viewing");
    assert_eq!(side(&small.bytes), (64, 64));
    assert_eq!(cache.outbox_counts().await.expect("counts"), (0, 0, 0));
    // The pictures made here are forgotten: the server keeps the avatar now.
    assert_eq!(cache.picture(&photo.uri).await.expect("read"), None);
    assert_eq!(cache.picture(&thumbnail.uri).await.expect("read"), None);

    // Another admin's first sync brings the avatar and its thumbnail.
    let theirs = Cache::open(&dir.path().join("theirs.sqlite3"))
        .await
        .expect("cache");
    sync(&client, &theirs, false).await.expect("sync");
    let seen = theirs
        .get_user(id)
        .await
        .expect("user")
        .avatar
        .expect("an avatar");
    assert_eq!(seen, avatar);
    assert!(
        theirs
            .picture(&seen.thumbnail)
            .await
            .expect("read")
            .is_some()
    );

    // Removed offline, then synced: the server shows none, nor does the other admin.
    cache
        .apply_edit(id, &ProfileEdit::Avatar(None))
        .await
        .expect("removed");
    sync(&client, &cache, false).await.expect("sync");
    assert!(
        server_user(&client, &cache, id)
            .await
            .get("photos")
            .is_none()
    );
    sync(&client, &theirs, false).await.expect("sync");
    assert_eq!(theirs.get_user(id).await.expect("user").avatar, None);
}

#[tokio::test]
async fn pictures_a_server_names_that_are_not_images_are_refused_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = our_server(dir.path(), 4).await;
    let root = base.trim_end_matches("/scim/v2").to_owned();
    let client = owner_client(&base).await;
    let cache = Cache::open(&dir.path().join("cache.sqlite3"))
        .await
        .expect("cache");
    pull(&client, &cache, false).await.expect("pull");
    let ids = users_but_owner(&cache).await;
    // One names JSON, one a picture that is not there.
    let not_an_image = format!("{root}/scim/v2/ServiceProviderConfig");
    let missing = format!("{root}/avatars/{}.png", "0".repeat(64));
    for (id, url) in [(ids[0], &not_an_image), (ids[1], &missing)] {
        let copy = cache.server_copy(id).await.expect("copy").expect("copy");
        let body = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "path": "photos", "value": [{"value": url, "type": "photo"}]}]});
        client
            .request(
                Method::PATCH,
                &format!("/Users/{}", copy.server_id),
                Some(&body),
                &[],
            )
            .await
            .expect("photos set on the server");
    }
    sync(&client, &cache, false).await.expect("sync");
    for id in &ids[..2] {
        let avatar = cache
            .get_user(*id)
            .await
            .expect("user")
            .avatar
            .expect("named");
        assert_eq!(cache.picture(&avatar.thumbnail).await.expect("read"), None);
    }
    // Noted: not asked for again.
    let left = cache.thumbnails_to_fetch(10).await.expect("left");
    assert!(left.is_empty(), "{left:?}");
}

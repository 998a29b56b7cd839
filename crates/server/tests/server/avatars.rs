//! Avatars over HTTP: uploaded pictures go through the pipeline and become SCIM `photos`, served
//! to signed-in callers under content names with caching headers; refusals change nothing.

use crate::support::server::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use userdesk_core::{AccountType, Role, RoleSet};
use userdesk_server::account::create_user;

/// A 600 × 400 JPEG with a colour gradient.
fn photo() -> Vec<u8> {
    let img = image::RgbImage::from_fn(600, 400, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Jpeg)
        .expect("encode");
    out.into_inner()
}

async fn put_avatar(
    s: &TestServer,
    id: &str,
    body: Vec<u8>,
    headers: &[(&str, &str)],
) -> (StatusCode, Value) {
    let mut req = s
        .http
        .put(format!("{}/api/users/{id}/avatar", s.root))
        .bearer_auth(&s.token)
        .header("content-type", "image/jpeg")
        .body(body);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let r = req.send().await.expect("upload");
    let status = r.status();
    let text = r.text().await.expect("body");
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

async fn fetch(
    s: &TestServer,
    url: &str,
    token: Option<&str>,
    etag: Option<&str>,
) -> reqwest::Response {
    let mut req = s.http.get(url);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(e) = etag {
        req = req.header("if-none-match", e);
    }
    req.send().await.expect("fetch")
}

fn photo_url(user: &Value, kind: &str) -> String {
    user["photos"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["type"] == kind))
        .and_then(|p| p["value"].as_str())
        .unwrap_or_else(|| panic!("a {kind} in {user}"))
        .to_owned()
}

#[tokio::test]
async fn an_uploaded_picture_becomes_photos_served_with_caching_headers_and_audited() {
    uploaded_and_served(Backend::Sqlite).await;
}

#[tokio::test]
async fn pictures_are_kept_in_postgresql_too() {
    uploaded_and_served(Backend::Postgres).await;
}

async fn uploaded_and_served(backend: Backend) {
    let s = spawn(backend).await;
    let user = s.create(person("ada@example.com", "Ada", "Lovelace")).await;
    let id = user["id"].as_str().expect("id").to_owned();
    let etag = user["meta"]["version"]
        .as_str()
        .expect("version")
        .to_owned();

    let (status, after) = put_avatar(
        &s,
        &id,
        photo(),
        &[("if-match", &etag), ("idempotency-key", "avatar-1")],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{after}");
    let (large, small) = (photo_url(&after, "photo"), photo_url(&after, "thumbnail"));
    for (url, side) in [(&large, 256), (&small, 64)] {
        assert!(url.starts_with(&format!("{}/avatars/", s.root)), "{url}");
        let r = fetch(&s, url, Some(&s.token), None).await;
        assert_eq!(r.status(), StatusCode::OK);
        let h = r.headers().clone();
        assert_eq!(h["content-type"], "image/jpeg");
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert!(
            h["cache-control"]
                .to_str()
                .expect("text")
                .contains("immutable")
        );
        let tag = h["etag"].to_str().expect("text").to_owned();
        let bytes = r.bytes().await.expect("bytes");
        let img = image::load_from_memory(&bytes).expect("a picture");
        assert_eq!((img.width(), img.height()), (side, side), "{url}");
        // Its name is its content: asked again with the ETag, nothing is sent.
        let again = fetch(&s, url, Some(&s.token), Some(&tag)).await;
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
        // Only to signed-in callers.
        assert_eq!(
            fetch(&s, url, None, None).await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    // The same upload again (a retry after a lost reply) is the same answer.
    let (status, replayed) = put_avatar(&s, &id, photo(), &[("idempotency-key", "avatar-1")]).await;
    assert_eq!((status, &replayed), (StatusCode::OK, &after));
    // A GET of the user shows it; the audit says who did it, in the same transaction.
    let (_, _, got) = s
        .send(Method::GET, &format!("/Users/{id}"), None, &[])
        .await;
    assert_eq!(got["photos"], after["photos"]);
    let (_, _, audit) = s
        .call(Method::GET, &format!("/api/audit?user={id}"), None, &[])
        .await;
    let events = audit["events"].as_array().expect("events");
    let set = events
        .iter()
        .find(|e| e["idempotencyKey"] == "avatar-1")
        .expect("the upload audited");
    assert!(set["changes"].to_string().contains("avatar"), "{set}");
    assert_eq!(
        events
            .iter()
            .filter(|e| e["idempotencyKey"] == "avatar-1")
            .count(),
        1
    );

    // Names that are not a picture's are not found; nothing outside the table is reachable.
    for bad in [
        "..%2F..%2Fetc%2Fpasswd",
        "abc.png",
        &format!("{}.gif", "0".repeat(64)),
    ] {
        let r = fetch(
            &s,
            &format!("{}/avatars/{bad}", s.root),
            Some(&s.token),
            None,
        )
        .await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{bad}");
    }

    // Removed: no photos; the pictures stay reachable under their names (other users may show
    // the same one), the user no longer points at them.
    let r = s
        .http
        .delete(format!("{}/api/users/{id}/avatar", s.root))
        .bearer_auth(&s.token)
        .send()
        .await
        .expect("remove");
    assert_eq!(r.status(), StatusCode::OK);
    let removed: Value = r.json().await.expect("json");
    assert!(removed.get("photos").is_none(), "{removed}");
}

#[tokio::test]
async fn refused_pictures_and_callers_change_nothing() {
    let s = spawn(Backend::Sqlite).await;
    let user = s
        .create(person("grace@example.com", "Grace", "Hopper"))
        .await;
    let id = user["id"].as_str().expect("id").to_owned();

    // Not an image: refused at the avatar with the reason, in the caller's language.
    let r = s
        .http
        .put(format!("{}/api/users/{id}/avatar", s.root))
        .bearer_auth(&s.token)
        .header("accept-language", "de")
        .body(b"GIF89a not what it claims".to_vec())
        .send()
        .await
        .expect("upload");
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let v: Value = r.json().await.expect("json");
    let detail = v["detail"].as_str().expect("detail");
    assert!(
        detail.starts_with("avatar: ") && detail.contains("kein PNG- oder JPEG-Bild"),
        "{v}"
    );
    // A truncated JPEG is refused as damaged.
    let mut cut = photo();
    cut.truncate(cut.len() / 3);
    let (status, v) = put_avatar(&s, &id, cut, &[]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    // Larger than the upload limit: refused before it is read whole.
    let (status, _) = put_avatar(&s, &id, vec![0u8; 17 * 1024 * 1024], &[]).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    // Someone who may only view users may not set another's avatar.
    let viewer = "viewer@example.com";
    create_user(
        &s.store,
        viewer,
        "Vi",
        "Ewer",
        PASSWORD,
        AccountType::ConfigAdmin,
        RoleSet::new(vec![Role::USER_VIEWER]).expect("roles"),
    )
    .await
    .expect("viewer");
    let token = s.sign_in(viewer, PASSWORD).await.expect("signs in");
    let (status, v) = put_avatar(&s.as_token(&token), &id, photo(), &[]).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{v}");
    let (_, _, now) = s
        .send(Method::GET, &format!("/Users/{id}"), None, &[])
        .await;
    assert!(now.get("photos").is_none(), "{now}");
    assert_eq!(now["meta"]["version"], user["meta"]["version"]);

    // Through SCIM, `photos` take web addresses (as identity providers send them), never a
    // picture only a client holds.
    let patch = |value: Value| {
        json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
               "Operations": [{"op": "replace", "path": "photos", "value": value}]})
    };
    let local = format!("urn:userdesk:picture:{}.png", "a".repeat(64));
    let (status, _, v) = s
        .send(
            Method::PATCH,
            &format!("/Users/{id}"),
            Some(patch(json!([{"value": local, "type": "photo"}]))),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    let (status, _, v) = s
        .send(
            Method::PATCH,
            &format!("/Users/{id}"),
            Some(patch(json!([{"value": "javascript:alert(1)"}]))),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    let cdn = "https://cdn.example.com/people/grace.jpg";
    let (status, _, v) = s
        .send(
            Method::PATCH,
            &format!("/Users/{id}"),
            Some(patch(json!([{"value": cdn, "type": "photo"}]))),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(photo_url(&v, "photo"), cdn);
}

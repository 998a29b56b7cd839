//! Avatars. `PUT /api/users/{id}/avatar` takes a PNG or JPEG, which goes through the avatar
//! pipeline (read with size and pixel limits, upright, its centred square, 256 and 64 px, sRGB,
//! no metadata: never the uploaded bytes) and becomes the user's SCIM `photos`; `DELETE` removes
//! it. `GET /avatars/{name}` serves a picture to signed-in callers under its content name, which
//! never means another picture: cacheable for ever, with an ETag.
//!
//! Setting or removing an avatar is a profile change like any other: the same permissions,
//! `If-Match`, `Idempotency-Key`, and an audit event in the same transaction as the pictures.

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tokio::sync::Semaphore;
use userdesk_avatar::{Edit, Encoded, Limits, Source};
use userdesk_core::avatar::{PictureRef, is_content_name};
use userdesk_core::message::Translatable;
use userdesk_core::policy::{Action, Actor};

use crate::AppState;
use crate::scim::error::Refusal;
use crate::scim::etag::{check_if_match, unconditional_retry};
use crate::scim::reply::{IdempotencyKey, Reply, idempotency, replay};
use crate::scim::users::{denied, parse_id, save, target, visible};
use crate::store::Effect;
use crate::store::avatars::StoredPicture;

/// The largest upload: a photo straight from a camera fits; the desktop app sends its 256 px
/// picture, a few dozen kilobytes.
pub const MAX_UPLOAD: usize = 16 * 1024 * 1024;

/// Pictures decoded at once: each may take up to the pipeline's decoder allowance of memory.
static RENDERS: Semaphore = Semaphore::const_new(2);

fn stored(e: &Encoded) -> StoredPicture {
    StoredPicture {
        name: e.content_name(),
        media_type: e.format.media_type().to_owned(),
        bytes: e.bytes.clone(),
    }
}

/// The avatar of an uploaded picture, rendered off the async runtime.
async fn render(body: Bytes) -> Result<userdesk_avatar::Avatar, Refusal> {
    let _permit = RENDERS.acquire().await.map_err(|_| Refusal::internal())?;
    let limits = Limits {
        max_file_bytes: MAX_UPLOAD as u64,
        ..Limits::default()
    };
    tokio::task::spawn_blocking(move || {
        Source::from_bytes(body.to_vec(), limits).and_then(|s| s.render(Edit::default()))
    })
    .await
    .map_err(|_| Refusal::internal())?
    .map_err(|e| Refusal::bad_request("invalidValue", e.message()).at("avatar"))
}

fn picture_ref(state: &AppState, name: &str) -> Result<PictureRef, Refusal> {
    PictureRef::parse(&format!("{}/avatars/{name}", state.public_url))
        .map_err(|_| Refusal::internal())
}

/// `PUT /api/users/{id}/avatar` with the image's bytes as the body.
#[utoipa::path(
    put,
    path = "/users/{id}/avatar",
    tag = "avatars",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The user")),
    request_body(content = Vec<u8>, content_type = "image/png", description = "A PNG or JPEG image (told by its bytes, not by its name or Content-Type)"),
    responses(
        (status = 200, description = "Set; the user as SCIM resource, `photos` pointing at the pictures", body = crate::openapi::ScimUser),
        (status = 400, description = "Not a PNG or JPEG, damaged, or too many pixels", body = crate::openapi::ErrorBody),
        (status = 403, description = "The caller may not edit this user", body = crate::openapi::ErrorBody),
        (status = 412, description = "If-Match names an older version", body = crate::openapi::ErrorBody),
        (status = 413, description = "Larger than 16 MiB"),
    )
)]
pub async fn upload(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let idem = idempotency(&headers, &format!("PUT /users/{id}/avatar"), &body);
    if let Some(r) = replay(&state, &actor, &idem).await? {
        return Ok(r);
    }
    let id = parse_id(&id)?;
    // Seen and judged before the picture is decoded: no work for a caller who may not.
    let current = visible(&state, &actor, id).await?;
    check_if_match(&headers, &current)?;
    actor
        .may(Action::EditProfile, &target(&current.profile))
        .map_err(denied)?;
    let rendered = render(body).await?;
    let (large, small) = (stored(&rendered.large), stored(&rendered.small));
    let avatar = userdesk_core::Avatar {
        photo: picture_ref(&state, &large.name)?,
        thumbnail: picture_ref(&state, &small.name)?,
    };
    let pictures = vec![large, small];
    replace_avatar(&state, &actor, &headers, &idem, id, Some(avatar), &pictures).await
}

/// Saves user `id` with `avatar`, keeping `pictures` in the same transaction. A retry after a
/// concurrent change reads the user again.
async fn replace_avatar(
    state: &AppState,
    actor: &Actor,
    headers: &HeaderMap,
    idem: &Option<IdempotencyKey>,
    id: userdesk_core::UserId,
    avatar: Option<userdesk_core::Avatar>,
    pictures: &[StoredPicture],
) -> Reply {
    unconditional_retry(headers, || async {
        let current = visible(state, actor, id).await?;
        check_if_match(headers, &current)?;
        let mut after = current.profile.clone();
        after.avatar = avatar.clone();
        let effects = pictures.iter().cloned().map(Effect::StorePicture).collect();
        let external_id = current.external_id.clone();
        save(
            state,
            actor,
            headers,
            idem,
            &current,
            after,
            external_id,
            effects,
        )
        .await
    })
    .await
}

/// `DELETE /api/users/{id}/avatar`: the user shows initials again.
#[utoipa::path(
    delete,
    path = "/users/{id}/avatar",
    tag = "avatars",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The user")),
    responses(
        (status = 200, description = "Removed; the user as SCIM resource", body = crate::openapi::ScimUser),
        (status = 403, description = "The caller may not edit this user", body = crate::openapi::ErrorBody),
    )
)]
pub async fn remove(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Reply {
    let idem = idempotency(&headers, &format!("DELETE /users/{id}/avatar"), &[]);
    if let Some(r) = replay(&state, &actor, &idem).await? {
        return Ok(r);
    }
    let id = parse_id(&id)?;
    replace_avatar(&state, &actor, &headers, &idem, id, None, &[]).await
}

/// `GET /avatars/{name}`: the picture, to anyone signed in to the account (avatars are visible
/// to everyone in it). The name is the picture's SHA-256: its ETag, and valid for ever.
#[utoipa::path(
    get,
    path = "/avatars/{name}",
    tag = "avatars",
    security(("bearer" = [])),
    params(("name" = String, Path, description = "The picture's content name: `<SHA-256 hex>.png` or `.jpg`")),
    responses(
        (status = 200, description = "The picture (Cache-Control: immutable; the ETag is its hash)", content_type = "image/png"),
        (status = 304, description = "The If-None-Match ETag is this picture's"),
        (status = 404, description = "No such picture", body = crate::openapi::ErrorBody),
    )
)]
pub async fn serve(
    State(state): State<AppState>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    if !is_content_name(&name) {
        return Err(Refusal::not_found());
    }
    let etag = format!("\"{}\"", name.split('.').next().unwrap_or_default());
    let cache = HeaderValue::from_static("private, max-age=31536000, immutable");
    let fresh = headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|v| v.trim() == etag || v.trim() == "*");
    let picture = state
        .store
        .picture(&name)
        .await?
        .ok_or_else(Refusal::not_found)?;
    let etag = HeaderValue::from_str(&etag).map_err(|_| Refusal::not_found())?;
    if fresh {
        return Ok((
            StatusCode::NOT_MODIFIED,
            [(header::ETAG, etag), (header::CACHE_CONTROL, cache)],
        )
            .into_response());
    }
    let media_type = HeaderValue::from_str(&picture.media_type)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, media_type),
            (header::ETAG, etag),
            (header::CACHE_CONTROL, cache),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
        ],
        picture.bytes,
    )
        .into_response())
}

//! Avatar pictures: set here and uploaded to our server, or named by a server and fetched into
//! the cache for offline viewing.
//!
//! A fetched picture is never kept as the server sent it: it goes through the avatar pipeline
//! (size and pixel limits from its header, upright, its centred square, our sizes, sRGB, no
//! metadata), so whatever a server names, the app shows only pictures this code wrote. A picture
//! that cannot be had or is refused is noted and not asked for again; network trouble leaves the
//! rest for the next sync.

use tokio::task::JoinSet;
use userdesk_avatar::{Edit, Limits, Source};
use userdesk_cache::{Cache, Picture, RejectReason, Size};
use userdesk_core::avatar::PictureRef;

use crate::client::{ScimClient, SyncError};

/// The largest picture fetched from a server.
pub const MAX_FETCHED_BYTES: usize = 8 * 1024 * 1024;

/// What a fetched picture may be: smaller than a file from the admin's disk may, since a server's
/// avatar is already small.
const FETCHED: Limits = Limits {
    max_file_bytes: MAX_FETCHED_BYTES as u64,
    max_pixels: 16_000_000,
    max_decode_bytes: 128 * 1024 * 1024,
};

/// Pictures fetched at once.
const AT_ONCE: usize = 6;

/// What a round of fetching did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PictureReport {
    pub fetched: u64,
    /// Not images, too large, or not there: noted, not asked for again.
    pub refused: u64,
}

/// The picture an avatar edit sets, if it is one made here (the uploaded kind): the edit's photo.
pub(crate) fn local_photo(operation: &serde_json::Value) -> Option<PictureRef> {
    if operation["op"] != "replace" {
        return None;
    }
    userdesk_core::Avatar::from_photos(&operation["value"])
        .ok()
        .flatten()
        .filter(userdesk_core::Avatar::is_local)
        .map(|a| a.photo)
}

/// Uploads the picture of avatar edit `entry` for user `server_id` (our server only; it renders
/// its own sizes from it and answers the user with its addresses).
pub(crate) async fn send_avatar(
    client: &ScimClient,
    cache: &Cache,
    entry: &userdesk_cache::OutboxEntry,
    photo: &PictureRef,
    server_id: &str,
) -> Result<(serde_json::Value, Option<String>), SyncError> {
    if !client.capabilities.userdesk {
        return Err(SyncError::Unsendable(RejectReason::NoPictures));
    }
    let Some(picture) = cache.picture(photo).await? else {
        return Err(SyncError::Unsendable(RejectReason::PictureGone));
    };
    let mut headers = vec![
        ("idempotency-key", entry.id.as_str()),
        ("userdesk-client-time", entry.made_at.as_str()),
    ];
    if client.capabilities.etag
        && let Some(v) = entry.base_version.as_deref()
    {
        headers.push(("if-match", v));
    }
    client
        .put_avatar(server_id, &picture.media_type, &picture.bytes, &headers)
        .await
}

/// `bytes` as a picture of `size`, as the avatar pipeline writes it.
fn normalise(uri: PictureRef, bytes: Vec<u8>, size: Size) -> Result<Picture, String> {
    let avatar = Source::from_bytes(bytes, FETCHED)
        .and_then(|s| s.render(Edit::default()))
        .map_err(|e| e.to_string())?;
    let encoded = match size {
        Size::Photo => avatar.large,
        Size::Thumbnail => avatar.small,
    };
    Ok(Picture {
        uri,
        media_type: encoded.format.media_type().to_owned(),
        bytes: encoded.bytes,
    })
}

/// The picture at `uri`, fetched and written by the avatar pipeline at `size`.
pub async fn fetch_one(
    client: &ScimClient,
    uri: &PictureRef,
    size: Size,
) -> Result<Picture, SyncError> {
    let url = url::Url::parse(uri.as_str()).map_err(|e| SyncError::Protocol(e.to_string()))?;
    let bytes = client.fetch_picture(&url, MAX_FETCHED_BYTES).await?;
    let uri = uri.clone();
    tokio::task::spawn_blocking(move || normalise(uri, bytes, size))
        .await
        .map_err(|e| e.to_string())
        .and_then(|r| r)
        .map_err(SyncError::Protocol)
}

/// Whether a picture that could not be had will not be had by asking again (not an image, not
/// there), as opposed to network trouble or a session to renew.
fn lasting(e: &SyncError) -> bool {
    !(e.is_transient() || matches!(e, SyncError::Unauthorized))
}

/// The picture at `uri` at `size`, fetched and kept in the cache; `None` when it cannot be had
/// for a lasting reason (then noted, and not asked for again).
pub async fn fetch_and_keep(
    client: &ScimClient,
    cache: &Cache,
    uri: &PictureRef,
    size: Size,
) -> Result<Option<Picture>, SyncError> {
    match fetch_one(client, uri, size).await {
        Ok(p) => {
            cache.keep_pictures(std::slice::from_ref(&p)).await?;
            Ok(Some(p))
        }
        Err(e) if lasting(&e) => {
            cache.picture_refused(uri, &e.to_string()).await?;
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Fetches up to `limit` thumbnails that users' avatars name and the cache lacks (a profile's
/// larger picture is fetched when it is first shown: `SyncService::fetch_picture`).
pub async fn fetch_thumbnails(
    client: &ScimClient,
    cache: &Cache,
    limit: u32,
) -> Result<PictureReport, SyncError> {
    let size = Size::Thumbnail;
    let mut report = PictureReport::default();
    let wanted = cache.thumbnails_to_fetch(limit).await?;
    for batch in wanted.chunks(AT_ONCE) {
        let mut fetches = JoinSet::new();
        for uri in batch {
            let (client, uri) = (client.clone(), uri.clone());
            fetches.spawn(async move {
                let picture = fetch_one(&client, &uri, size).await;
                (uri, picture)
            });
        }
        let mut kept = Vec::new();
        let mut stop = None;
        while let Some(done) = fetches.join_next().await {
            let Ok((uri, picture)) = done else { continue };
            match picture {
                Ok(p) => kept.push(p),
                Err(e) if !lasting(&e) => stop = Some(e),
                Err(e) => {
                    cache.picture_refused(&uri, &e.to_string()).await?;
                    report.refused += 1;
                }
            }
        }
        cache.keep_pictures(&kept).await?;
        report.fetched += kept.len() as u64;
        if let Some(e) = stop {
            return Err(e);
        }
    }
    Ok(report)
}

//! Avatars: a picture chosen in the OS's file dialog or dropped on the window is opened for the
//! editor (only a preview of it reaches the webview, never the file or its path), then cut, turned
//! and written by the avatar pipeline and saved with the profile, queued like any edit.

use std::path::{Path, PathBuf};

use base64::Engine;
use serde::{Deserialize, Serialize};
use tauri::State;
use userdesk_avatar::{Crop, Edit, Encoded, Limits, Source};
use userdesk_cache::{Picture, Size};
use userdesk_core::avatar::PictureRef;
use userdesk_core::message::Translatable;
use userdesk_core::{Field, Message, ProfileEdit};

use super::parse_id;
use super::profile::{ProfileView, judge, view_as};
use crate::error::AppError;
use crate::state::AppState;

/// The longest side of the picture the editor shows.
const PREVIEW_SIDE: u32 = 720;

/// A picture open in the editor: its upright size, in which the square is chosen, and a preview.
#[derive(Debug, Serialize)]
pub struct Opened {
    pub session: u64,
    pub width: u32,
    pub height: u32,
    /// The upright picture, at most [`PREVIEW_SIDE`] pixels, as a `data:` URL.
    pub preview: String,
}

/// What the admin chose in the editor: clockwise quarter turns, then the square in the turned
/// picture (in its full-size pixels).
#[derive(Debug, Deserialize)]
pub struct Chosen {
    pub session: u64,
    pub quarter_turns: u8,
    pub x: u32,
    pub y: u32,
    pub size: u32,
}

fn refusal(state: &AppState, e: &dyn Translatable) -> AppError {
    AppError::invalid_at(state, Field::Avatar.as_str(), e)
}

fn data_url(e: &Encoded) -> String {
    format!(
        "data:{};base64,{}",
        e.format.media_type(),
        base64::engine::general_purpose::STANDARD.encode(&e.bytes)
    )
}

/// Reads `path` with the pipeline's limits and makes the editor's preview, off the UI thread.
async fn open_file(state: &AppState, path: PathBuf) -> Result<Opened, AppError> {
    let (source, preview) = tauri::async_runtime::spawn_blocking(move || {
        let source = Source::open(&path, Limits::default())?;
        let preview = source.preview(PREVIEW_SIDE)?;
        Ok::<_, userdesk_avatar::AvatarError>((source, preview))
    })
    .await
    .map_err(|_| AppError::message_at(state, Field::Avatar.as_str(), "error-internal"))?
    .map_err(|e| refusal(state, &e))?;
    let (width, height) = source.upright_size();
    Ok(Opened {
        session: state.avatars.open(source),
        width,
        height,
        preview: data_url(&preview),
    })
}

/// "Add image": the OS's file dialog, filtered to PNG and JPEG. `None` when the admin cancels.
/// Async, so the dialog never blocks the thread that draws the window.
#[tauri::command]
pub async fn avatar_choose(
    window: tauri::Window,
    state: State<'_, AppState>,
) -> Result<Option<Opened>, AppError> {
    let title = state.tr(&Message::new("avatar-dialog-title"));
    let filter = state.tr(&Message::new("avatar-dialog-filter"));
    let picked = rfd::AsyncFileDialog::new()
        .set_title(title)
        .add_filter(filter, &["png", "jpg", "jpeg", "PNG", "JPG", "JPEG"])
        .set_parent(&window)
        .pick_file()
        .await;
    match picked {
        Some(file) => open_file(&state, file.path().to_owned()).await.map(Some),
        None => Ok(None),
    }
}

/// Opens the file last dropped on the window (one file: the first of several).
#[tauri::command]
pub async fn avatar_open_dropped(state: State<'_, AppState>) -> Result<Opened, AppError> {
    let path = state.avatars.first_dropped();
    match path {
        Some(p) => open_file(&state, p).await,
        None => Err(refusal(&state, &userdesk_avatar::AvatarError::Missing)),
    }
}

/// Closes the editor's picture.
#[tauri::command]
pub fn avatar_close(state: State<'_, AppState>, session: u64) {
    state.avatars.close(session);
}

fn picture(e: Encoded) -> Result<Picture, ()> {
    Ok(Picture {
        uri: PictureRef::local(&e.content_name()).ok_or(())?,
        media_type: e.format.media_type().to_owned(),
        bytes: e.bytes,
    })
}

/// "Set as avatar": the chosen square, turned, written at both sizes and saved with user `id`'s
/// profile, judged by the signed-in admin's permissions like any edit.
#[tauri::command]
pub async fn avatar_set(
    state: State<'_, AppState>,
    id: String,
    chosen: Chosen,
) -> Result<ProfileView, AppError> {
    let id = parse_id(&state, &id)?;
    let source = state
        .avatars
        .source(chosen.session)
        .ok_or_else(|| refusal(&state, &userdesk_avatar::AvatarError::Missing))?;
    let edit = Edit {
        quarter_turns: chosen.quarter_turns % 4,
        crop: Some(Crop {
            x: chosen.x,
            y: chosen.y,
            size: chosen.size,
        }),
    };
    let rendered = tauri::async_runtime::spawn_blocking(move || source.render(edit))
        .await
        .map_err(|_| AppError::message_at(&state, Field::Avatar.as_str(), "error-internal"))?
        .map_err(|e| refusal(&state, &e))?;
    let (Ok(photo), Ok(thumbnail)) = (picture(rendered.large), picture(rendered.small)) else {
        return Err(AppError::message_at(
            &state,
            Field::Avatar.as_str(),
            "error-internal",
        ));
    };
    let cache = state.cache();
    let (catalog, actor) = judge(&state).await?;
    let profile = cache
        .set_avatar(
            id,
            photo,
            thumbnail,
            actor.as_ref().map(|a| (a, catalog.as_slice())),
        )
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    state.avatars.close(chosen.session);
    state.sync().poke();
    view_as(&state, profile, &catalog, actor).await
}

/// "Remove": the user shows initials again.
#[tauri::command]
pub async fn avatar_remove(
    state: State<'_, AppState>,
    id: String,
) -> Result<ProfileView, AppError> {
    let id = parse_id(&state, &id)?;
    let cache = state.cache();
    let (catalog, actor) = judge(&state).await?;
    let profile = cache
        .apply_edit_as(
            id,
            &ProfileEdit::Avatar(None),
            actor.as_ref().map(|a| (a, catalog.as_slice())),
        )
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    state.sync().poke();
    view_as(&state, profile, &catalog, actor).await
}

/// The `picture:` scheme the webview shows avatars from: `picture://localhost/<size>/<URI>` (on
/// Windows `http://picture.localhost/…`), percent-encoded as a whole, `size` `photo` or
/// `thumbnail`; answered from the cache, or (a server's picture not kept yet) fetched now.
pub async fn serve_picture(state: &AppState, path: &str) -> tauri::http::Response<Vec<u8>> {
    use tauri::http::{Response, StatusCode, header};
    let not_found = || {
        Response::builder()
            .status(StatusCode::NOT_FOUND)
            .body(Vec::new())
            .unwrap_or_default()
    };
    let decoded = percent_encoding::percent_decode_str(path.trim_start_matches('/')).decode_utf8();
    let Some((size, uri)) = decoded.ok().and_then(|d| {
        let (size, uri) = d.split_once('/')?;
        let size = match size {
            "photo" => Size::Photo,
            "thumbnail" => Size::Thumbnail,
            _ => return None,
        };
        Some((size, PictureRef::parse(uri).ok()?))
    }) else {
        return not_found();
    };
    let kept = match state.cache().picture(&uri).await {
        Ok(None) if uri.local_name().is_none() => state.sync().fetch_picture(&uri, size).await,
        Ok(p) => p,
        Err(_) => None,
    };
    match kept {
        Some(p) => Response::builder()
            .header(header::CONTENT_TYPE, p.media_type)
            .header(header::CACHE_CONTROL, "max-age=31536000, immutable")
            .body(p.bytes)
            .unwrap_or_default(),
        _ => not_found(),
    }
}

/// Whether `path` names a file the editor could open (for the drop target's hint).
pub fn looks_like_a_picture(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "png" | "jpg" | "jpeg"))
}

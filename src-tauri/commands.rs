//! The commands the UI may invoke. Each converts its input, calls one function of a lower crate,
//! and converts the answer back: no business rules live here.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use tauri::State;
use userdesk_cache::{Facets, ListQuery, UserRow};
use userdesk_core::language::Language;
use userdesk_core::{Field, ProfileEdit, UserId, UserProfile};
use userdesk_i18n::Localizer;

use crate::error::AppError;
use crate::state::AppState;

/// Everything the UI needs to draw its text.
#[derive(Debug, Serialize)]
pub struct UiText {
    pub locale: String,
    pub dir: &'static str,
    pub messages: BTreeMap<String, String>,
    pub demo: bool,
    pub data_dir: String,
}

#[tauri::command]
pub fn ui_text(state: State<'_, AppState>) -> UiText {
    UiText {
        locale: state.locale.to_string(),
        dir: if Localizer::is_rtl(&state.locale) {
            "rtl"
        } else {
            "ltr"
        },
        messages: state.i18n.all(&state.locale),
        demo: state.demo,
        data_dir: state.cache.path().display().to_string(),
    }
}

#[tauri::command]
pub fn format_message(
    state: State<'_, AppState>,
    id: String,
    args: HashMap<String, String>,
) -> String {
    let args: Vec<(&str, String)> = args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    state.i18n.format(&state.locale, &id, &args)
}

#[tauri::command]
pub async fn list_users(
    state: State<'_, AppState>,
    query: ListQuery,
) -> Result<Vec<UserRow>, AppError> {
    state
        .cache
        .list_users(&query)
        .await
        .map_err(|e| AppError::from_cache(&state, e))
}

#[tauri::command]
pub async fn count_users(state: State<'_, AppState>, query: ListQuery) -> Result<u64, AppError> {
    state
        .cache
        .count_users(&query)
        .await
        .map_err(|e| AppError::from_cache(&state, e))
}

#[tauri::command]
pub async fn facets(state: State<'_, AppState>) -> Result<Facets, AppError> {
    state
        .cache
        .facets()
        .await
        .map_err(|e| AppError::from_cache(&state, e))
}

/// A profile with what the page shows beside the raw values.
#[derive(Debug, Serialize)]
pub struct ProfileView {
    #[serde(flatten)]
    pub profile: UserProfile,
    pub mobile_display: Option<String>,
    pub office_display: Option<String>,
    pub language_name: Option<&'static str>,
    pub role_names: Vec<String>,
}

async fn view(state: &AppState, profile: UserProfile) -> Result<ProfileView, AppError> {
    let catalog = state
        .cache
        .roles()
        .await
        .map_err(|e| AppError::from_cache(state, e))?;
    let role_names = profile
        .roles
        .ids()
        .map(|id| {
            catalog
                .iter()
                .find(|r| r.id == id)
                .map_or_else(|| id.to_owned(), |r| r.name.clone())
        })
        .collect();
    Ok(ProfileView {
        mobile_display: profile
            .mobile_phone
            .as_ref()
            .map(|m| m.number.international()),
        office_display: profile
            .office_phone
            .as_ref()
            .map(|o| o.number.international()),
        language_name: match profile.language {
            Language::SystemDefault => None,
            Language::Locale(l) => Some(l.native_name()),
        },
        role_names,
        profile,
    })
}

fn parse_id(state: &AppState, id: &str) -> Result<UserId, AppError> {
    uuid::Uuid::parse_str(id)
        .map(UserId)
        .map_err(|_| AppError::not_found(state))
}

#[tauri::command]
pub async fn get_user(state: State<'_, AppState>, id: String) -> Result<ProfileView, AppError> {
    let id = parse_id(&state, &id)?;
    let profile = state
        .cache
        .get_user(id)
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    view(&state, profile).await
}

/// Saves one edited field. An invalid value is refused with a message for that field, and the
/// saved profile is left exactly as it was.
#[tauri::command]
pub async fn update_field(
    state: State<'_, AppState>,
    id: String,
    field: String,
    value: String,
) -> Result<ProfileView, AppError> {
    let id = parse_id(&state, &id)?;
    let field = Field::parse(&field).ok_or_else(|| AppError::unknown_field(&state))?;
    let edit =
        ProfileEdit::parse(field, &value).map_err(|e| AppError::invalid_field(&state, &e))?;
    let profile = state
        .cache
        .apply_edit(id, &edit)
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    view(&state, profile).await
}

/// The UI calls this once its first list row is on screen; the start-up benchmark waits for it.
#[tauri::command]
pub fn first_row_rendered(app: tauri::AppHandle, state: State<'_, AppState>) {
    if state.exit_after_first_row {
        println!("userdesk: first list row rendered");
        app.exit(0);
    }
}

//! The commands the UI may invoke. Each converts its input, calls one function of a lower crate,
//! and converts the answer back: no business rules live here.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use tauri::State;
use userdesk_core::UserId;
use userdesk_i18n::Localizer;

use crate::error::AppError;
use crate::state::AppState;

pub mod account;
pub mod actions;
pub mod avatar;
pub mod history;
pub mod profile;
pub mod session;
pub mod sync;
#[cfg(test)]
mod tests;
pub mod users;

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
        locale: state.locale().to_string(),
        dir: if Localizer::is_rtl(&state.locale()) {
            "rtl"
        } else {
            "ltr"
        },
        messages: state.i18n.all(&state.locale()),
        demo: state.demo(),
        data_dir: state.cache().path().display().to_string(),
    }
}

#[tauri::command]
pub fn format_message(
    state: State<'_, AppState>,
    id: String,
    args: HashMap<String, String>,
) -> String {
    let args: Vec<(&str, String)> = args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    state.i18n.format(&state.locale(), &id, &args)
}

pub(crate) fn parse_id(state: &AppState, id: &str) -> Result<UserId, AppError> {
    uuid::Uuid::parse_str(id)
        .map(UserId)
        .map_err(|_| AppError::not_found(state))
}

/// The UI calls this once its first list row is on screen; the start-up benchmark waits for it.
#[tauri::command]
pub fn first_row_rendered(app: tauri::AppHandle, state: State<'_, AppState>) {
    if state.exit_after_first_row {
        println!("userdesk: first list row rendered");
        app.exit(0);
    }
}

//! The Users list: its pages, match counts and filter choices, and adding a user.

use tauri::State;
use userdesk_cache::{Facets, ListQuery, UserRow};
use userdesk_core::{Message, ProfileEdit};

use super::profile::{ProfileView, view};
use crate::error::AppError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_users(
    state: State<'_, AppState>,
    query: ListQuery,
) -> Result<Vec<UserRow>, AppError> {
    state
        .cache()
        .list_users(&query)
        .await
        .map_err(|e| AppError::from_cache(&state, e))
}

#[tauri::command]
pub async fn count_users(state: State<'_, AppState>, query: ListQuery) -> Result<u64, AppError> {
    state
        .cache()
        .count_users(&query)
        .await
        .map_err(|e| AppError::from_cache(&state, e))
}

#[tauri::command]
pub async fn facets(state: State<'_, AppState>) -> Result<Facets, AppError> {
    state
        .cache()
        .facets()
        .await
        .map_err(|e| AppError::from_cache(&state, e))
}

/// Adds a user from the Add-user form: saved in the cache (offline too) and queued for the server,
/// which sends nothing until the admin asks for an activation e-mail.
#[tauri::command]
pub async fn create_user(
    state: State<'_, AppState>,
    form: userdesk_core::new_user::NewUserForm,
) -> Result<ProfileView, AppError> {
    let new = form
        .parse(time::OffsetDateTime::now_utc())
        .map_err(|errors| AppError::invalid_form(&state, &errors))?;
    let cache = state.cache();
    let fail = |e| AppError::from_cache(&state, e);
    // The group is one of the account's; joining it (and managing it) is queued after the
    // create, as the server records membership on the group.
    let group = match &new.group {
        Some(id) => {
            let known = cache.groups().await.map_err(fail)?;
            let Some(group) = known.into_iter().find(|g| g.id == *id) else {
                return Err(AppError::invalid_form(
                    &state,
                    &[userdesk_core::new_user::FormError {
                        field: "group",
                        message: Message::new("error-group-unknown"),
                    }],
                ));
            };
            Some(group)
        }
        None => None,
    };
    let mut profile = new.profile;
    cache.create_user(&profile).await.map_err(fail)?;
    if let Some(group) = group {
        profile = cache
            .apply_edit(profile.id, &ProfileEdit::Group(Some(group)))
            .await
            .map_err(fail)?;
        if new.group_manager {
            profile = cache
                .apply_edit(profile.id, &ProfileEdit::GroupManager(true))
                .await
                .map_err(fail)?;
        }
    }
    state.sync().poke();
    view(&state, profile).await
}

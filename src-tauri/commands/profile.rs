//! The User profile: a user as the page shows them (with what the signed-in admin may not do, by
//! core's policy), saving one edited field, and what the profile's pickers offer.

use std::collections::BTreeMap;

use serde::Serialize;
use tauri::State;
use userdesk_cache::SyncState;
use userdesk_core::language::Language;
use userdesk_core::lifecycle::AccountEmail;
use userdesk_core::message::Translatable;
use userdesk_core::policy::{Action, Actor, Denied, Target};
use userdesk_core::{Field, Message, ProfileEdit, UserProfile};

use super::parse_id;
use crate::error::AppError;
use crate::state::AppState;

/// A profile with what the page shows beside the raw values.
#[derive(Debug, Serialize)]
pub struct ProfileView {
    #[serde(flatten)]
    pub profile: UserProfile,
    /// The whole name as the person's culture writes it, and its initials (core's `NameOrder`).
    pub display_name: String,
    pub initials: String,
    pub mobile_display: Option<String>,
    pub office_display: Option<String>,
    /// The phone numbers as their fields hold them: the country, a space, the national number.
    pub mobile_value: String,
    pub office_value: String,
    pub language_name: Option<String>,
    pub role_names: Vec<String>,
    /// How the user's edits stand (synced, pending, conflict, rejected), and per edited field.
    pub sync_state: SyncState,
    pub field_states: BTreeMap<String, SyncState>,
    /// The e-mails this user can be sent, by core's lifecycle rules (`activation`, …).
    pub emails: Vec<&'static str>,
    /// The signed-in admin's own profile (whose account type they cannot change).
    pub is_self: bool,
    /// Every account type, and whether this account may become it (core's type rules and the
    /// signed-in admin's permissions).
    pub account_types: Vec<TypeOption>,
    /// Why an avatar cannot be set here (a server that keeps no pictures); None when it can.
    pub avatar_unavailable: Option<String>,
    /// What the signed-in admin may not do to this user, with the reason, by core's policy:
    /// `edit`, `account_type`, `roles`, `status`, `email`. Empty when the app cannot tell who is
    /// signed in (an API token): then the server decides.
    pub denied: BTreeMap<&'static str, String>,
}

#[derive(Debug, Serialize)]
pub struct TypeOption {
    pub value: &'static str,
    pub allowed: bool,
}

/// The account's role catalog and the signed-in admin as core's policy sees them (None with an
/// API token: then the server decides), for judging an edit.
pub async fn judge(
    state: &AppState,
) -> Result<(Vec<userdesk_core::Role>, Option<Actor>), AppError> {
    let catalog = state
        .cache()
        .roles()
        .await
        .map_err(|e| AppError::from_cache(state, e))?;
    let actor = me(state, &catalog).await;
    Ok((catalog, actor))
}

/// The signed-in admin as core's policy sees them, from their own profile in the cache.
pub async fn me(state: &AppState, catalog: &[userdesk_core::Role]) -> Option<Actor> {
    let email = userdesk_core::Email::parse(&state.sync().account_email()?).ok()?;
    let profile = state.cache().user_by_email(&email).await.ok()??;
    Some(Actor::of(&profile, catalog))
}

pub async fn view(state: &AppState, profile: UserProfile) -> Result<ProfileView, AppError> {
    let (catalog, actor) = judge(state).await?;
    view_as(state, profile, &catalog, actor).await
}

/// The view of `profile` for `actor` with the role catalog already read (an edit has both).
pub async fn view_as(
    state: &AppState,
    profile: UserProfile,
    catalog: &[userdesk_core::Role],
    actor: Option<Actor>,
) -> Result<ProfileView, AppError> {
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
    let sync_state = state
        .cache()
        .sync_state(profile.id)
        .await
        .map_err(|e| AppError::from_cache(state, e))?;
    let field_states = state
        .cache()
        .field_states(profile.id)
        .await
        .map_err(|e| AppError::from_cache(state, e))?
        .into_iter()
        .collect();
    let emails = AccountEmail::ALL
        .into_iter()
        .filter(|k| k.offered(profile.status, profile.single_sign_on).is_ok())
        .map(AccountEmail::as_str)
        .collect();
    let target = Target::of(&profile, catalog);
    let may = |action: Action| match &actor {
        Some(a) => a.may(action, &target),
        None => Ok(()),
    };
    let account_types = userdesk_core::AccountType::ALL
        .into_iter()
        .map(|t| TypeOption {
            value: t.as_str(),
            allowed: profile.account_type.change_to(t).is_ok()
                && (t == profile.account_type || may(Action::ChangeAccountType { to: t }).is_ok()),
        })
        .collect();
    let status_action = if profile.status == userdesk_core::Status::Inactive {
        Action::Reactivate
    } else {
        Action::Deactivate
    };
    let denied = [
        ("edit", Action::EditProfile),
        (
            "account_type",
            Action::ChangeAccountType {
                to: profile.account_type,
            },
        ),
        ("roles", Action::AssignRoles),
        ("status", status_action),
        ("email", Action::SendEmail),
    ]
    .into_iter()
    .filter_map(|(key, action)| match may(action) {
        // Roles of another type are explained by the roles field itself.
        Err(Denied::RolesOnlyForConfigAdmins) => None,
        Err(e) => Some((key, state.tr(&e.message()))),
        Ok(()) => None,
    })
    .collect();
    let avatar_unavailable = (state.sync().keeps_pictures().await == Some(false))
        .then(|| state.tr(&Message::new("avatar-unavailable")));
    Ok(ProfileView {
        display_name: profile.display_name(),
        initials: profile.initials(),
        avatar_unavailable,
        denied,
        is_self: actor.as_ref().is_some_and(|a| a.id == profile.id),
        account_types,
        sync_state,
        field_states,
        emails,
        mobile_value: profile
            .mobile_phone
            .as_ref()
            .map(|m| field_value(&m.number))
            .unwrap_or_default(),
        office_value: profile
            .office_phone
            .as_ref()
            .map(|o| field_value(&o.number))
            .unwrap_or_default(),
        mobile_display: profile
            .mobile_phone
            .as_ref()
            .map(|m| m.number.international()),
        office_display: profile
            .office_phone
            .as_ref()
            .map(|o| o.number.international()),
        language_name: match &profile.language {
            Language::SystemDefault => None,
            Language::Locale(l) => Some(l.native_name().to_owned()),
            // A language without a translation, as the server keeps it (`nl-NL`).
            Language::Other(tag) => Some(tag.to_string()),
        },
        role_names,
        profile,
    })
}

/// A number as a phone field holds it ("DE 030 901820"); international when its country is not
/// known.
fn field_value(number: &userdesk_core::phone::PhoneE164) -> String {
    match number.country() {
        Some(country) => format!("{country} {}", number.national()),
        None => number.international(),
    }
}

/// What the profile's pickers offer: the countries of phone numbers and the languages, each in
/// its own name.
#[derive(Debug, Serialize)]
pub struct ProfileOptions {
    /// How each field is drawn (label, limit, required), by its name: core's rules, so no limit
    /// is copied into the UI.
    pub fields: BTreeMap<&'static str, userdesk_core::FieldSpec>,
    pub countries: Vec<userdesk_core::phone::Country>,
    pub languages: Vec<LanguageOption>,
    /// One's own settings, in their order.
    pub notification_frequencies: Vec<&'static str>,
    pub presences: Vec<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct LanguageOption {
    pub tag: &'static str,
    pub name: &'static str,
}

#[tauri::command]
pub fn profile_options() -> ProfileOptions {
    ProfileOptions {
        fields: Field::ALL.map(|f| (f.as_str(), f.spec())).into(),
        countries: userdesk_core::phone::countries(),
        languages: userdesk_core::language::Locale::ALL
            .into_iter()
            .map(|l| LanguageOption {
                tag: l.tag(),
                name: l.native_name(),
            })
            .collect(),
        notification_frequencies: userdesk_core::profile::NotificationFrequency::ALL
            .map(userdesk_core::profile::NotificationFrequency::as_str)
            .to_vec(),
        presences: userdesk_core::profile::Presence::ALL
            .map(userdesk_core::profile::Presence::as_str)
            .to_vec(),
    }
}

/// The account's custom groups, for the group pickers.
#[tauri::command]
pub async fn group_catalog(
    state: State<'_, AppState>,
) -> Result<Vec<userdesk_core::profile::Group>, AppError> {
    state
        .cache()
        .groups()
        .await
        .map_err(|e| AppError::from_cache(&state, e))
}

/// The account's roles, each with its permissions, for the roles editor.
#[derive(Debug, Serialize)]
pub struct RoleCatalog {
    pub roles: Vec<userdesk_core::Role>,
    pub max_per_user: usize,
}

#[tauri::command]
pub async fn role_catalog(state: State<'_, AppState>) -> Result<RoleCatalog, AppError> {
    Ok(RoleCatalog {
        roles: state
            .cache()
            .roles()
            .await
            .map_err(|e| AppError::from_cache(&state, e))?,
        max_per_user: userdesk_core::roles::MAX_ROLES_PER_USER,
    })
}

#[tauri::command]
pub async fn get_user(state: State<'_, AppState>, id: String) -> Result<ProfileView, AppError> {
    let id = parse_id(&state, &id)?;
    let profile = state
        .cache()
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
    edit_field(&state, &id, &field, &value).await
}

/// What `update_field` does, for any holder of the app's state.
pub(crate) async fn edit_field(
    state: &AppState,
    id: &str,
    field: &str,
    value: &str,
) -> Result<ProfileView, AppError> {
    let id = parse_id(state, id)?;
    let field = Field::parse(field).ok_or_else(|| AppError::unknown_field(state))?;
    let mut edit =
        ProfileEdit::parse(field, value).map_err(|e| AppError::invalid_field(state, &e))?;
    // A group is one of the account's, named as its catalog names it.
    if let ProfileEdit::Group(Some(group)) = &mut edit {
        let catalog = state
            .cache()
            .groups()
            .await
            .map_err(|e| AppError::from_cache(state, e))?;
        let Some(known) = catalog.into_iter().find(|g| g.id == group.id) else {
            return Err(AppError::invalid_field(
                state,
                &userdesk_core::FieldError {
                    field,
                    message: Message::new("error-group-unknown"),
                },
            ));
        };
        *group = known;
    }
    // An avatar is set from a picture file, through the editor (`avatar_set`); here only removed.
    if let ProfileEdit::Avatar(Some(_)) = &edit {
        return Err(AppError::invalid_field(
            state,
            &userdesk_core::FieldError {
                field,
                message: Message::new("avatar-set-from-file"),
            },
        ));
    }
    if let ProfileEdit::Roles(roles) = &edit {
        let catalog = state
            .cache()
            .roles()
            .await
            .map_err(|e| AppError::from_cache(state, e))?;
        if let Some(unknown) = roles.unknown_in(&catalog) {
            return Err(AppError::invalid_field(
                state,
                &userdesk_core::FieldError {
                    field,
                    message: Message::new("error-role-unknown").with("role", unknown),
                },
            ));
        }
    }
    // What the signed-in admin may change is core's policy, judged on the profile before and
    // after the edit inside the cache's transaction (one's own account type, roles beyond one's
    // own, a stronger account…); with an API token the server decides.
    let cache = state.cache();
    let (catalog, actor) = judge(state).await?;
    let profile = cache
        .apply_edit_as(id, &edit, actor.as_ref().map(|a| (a, catalog.as_slice())))
        .await
        .map_err(|e| AppError::from_cache(state, e))?;
    state.sync().poke();
    // The admin read above is still who they are, unless they just edited themselves.
    let actor = match actor {
        Some(a) if a.id != profile.id => Some(a),
        _ => me(state, &catalog).await,
    };
    view_as(state, profile, &catalog, actor).await
}

//! The commands the UI may invoke. Each converts its input, calls one function of a lower crate,
//! and converts the answer back: no business rules live here.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use tauri::State;
use userdesk_cache::{Facets, ListQuery, Resolution, SyncState, UserRow};
use userdesk_core::language::Language;
use userdesk_core::lifecycle::AccountEmail;
use userdesk_core::message::Translatable;
use userdesk_core::policy::{Action, Actor, Denied, Target};
use userdesk_core::{Field, Message, ProfileEdit, UserId, UserProfile};
use userdesk_i18n::Localizer;

use crate::error::AppError;
use crate::state::AppState;

pub mod account;
pub mod history;
pub mod session;
#[cfg(test)]
mod tests;
use crate::sync::SyncStatus;

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

/// A profile with what the page shows beside the raw values.
#[derive(Debug, Serialize)]
pub struct ProfileView {
    #[serde(flatten)]
    pub profile: UserProfile,
    pub mobile_display: Option<String>,
    pub office_display: Option<String>,
    /// The phone numbers as their fields hold them: the country, a space, the national number.
    pub mobile_value: String,
    pub office_value: String,
    pub language_name: Option<&'static str>,
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

/// The signed-in admin as core's policy sees them, from their own profile in the cache.
async fn me(state: &AppState, catalog: &[userdesk_core::Role]) -> Option<Actor> {
    let email = userdesk_core::Email::parse(&state.sync().account_email()?).ok()?;
    let profile = state.cache().user_by_email(&email).await.ok()??;
    Some(Actor::of(&profile, catalog))
}

async fn view(state: &AppState, profile: UserProfile) -> Result<ProfileView, AppError> {
    let catalog = state
        .cache()
        .roles()
        .await
        .map_err(|e| AppError::from_cache(state, e))?;
    let actor = me(state, &catalog).await;
    view_as(state, profile, &catalog, actor).await
}

/// The view of `profile` for `actor` with the role catalog already read (an edit has both).
async fn view_as(
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
    Ok(ProfileView {
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
        language_name: match profile.language {
            Language::SystemDefault => None,
            Language::Locale(l) => Some(l.native_name()),
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

fn parse_id(state: &AppState, id: &str) -> Result<UserId, AppError> {
    uuid::Uuid::parse_str(id)
        .map(UserId)
        .map_err(|_| AppError::not_found(state))
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
    let catalog = cache
        .roles()
        .await
        .map_err(|e| AppError::from_cache(state, e))?;
    let actor = me(state, &catalog).await;
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

/// Has the server send `kind` (activation, welcome, password-reset) to the user: queued like an
/// edit (offline too), sent by the server once, after the edits before it.
#[tauri::command]
pub async fn send_email(
    state: State<'_, AppState>,
    id: String,
    kind: String,
) -> Result<ProfileView, AppError> {
    let id = parse_id(&state, &id)?;
    let kind = AccountEmail::parse(&kind).ok_or_else(|| AppError::unknown_field(&state))?;
    let profile = state
        .cache()
        .get_user(id)
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    kind.offered(profile.status, profile.single_sign_on)
        .map_err(|e| AppError::invalid_at(&state, "status", &e))?;
    let catalog = state
        .cache()
        .roles()
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    if let Some(actor) = me(&state, &catalog).await {
        actor
            .may(Action::SendEmail, &Target::of(&profile, &catalog))
            .map_err(|e| AppError::invalid_at(&state, "status", &e))?;
    }
    state
        .cache()
        .queue_action(id, &serde_json::json!({"action": kind.as_str()}))
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    state.sync().poke();
    view(&state, profile).await
}

/// "Send verification e-mail": the number chosen in the verification dialog becomes the user's
/// mobile number (an edit, if it is a new one) and the server is asked to send its code, queued
/// like any action (offline too) and sent after the edits before it.
#[tauri::command]
pub async fn start_phone_verification(
    state: State<'_, AppState>,
    id: String,
    country: String,
    number: String,
) -> Result<ProfileView, AppError> {
    let id = parse_id(&state, &id)?;
    let phone = userdesk_core::phone::PhoneE164::from_parts(&country, &number).map_err(|e| {
        let field = match e {
            userdesk_core::phone::PhoneError::UnknownCountry => "verify-country",
            _ => "verify-number",
        };
        AppError::invalid_at(&state, field, &e)
    })?;
    let mut profile = state
        .cache()
        .get_user(id)
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    if profile.mobile_phone.as_ref().map(|m| &m.number) != Some(&phone) {
        profile = state
            .cache()
            .apply_edit(id, &ProfileEdit::MobilePhone(Some(phone.clone())))
            .await
            .map_err(|e| AppError::from_cache(&state, e))?;
    }
    let country = phone.country().unwrap_or(country);
    state
        .cache()
        .queue_action(
            id,
            &serde_json::json!({
                "action": "phone-verification",
                "country": country,
                "number": phone.as_str(),
            }),
        )
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    state.sync().poke();
    view(&state, profile).await
}

/// "Verify": the six digits the user read in the e-mail, checked by the server (online only).
/// Wrong, expired and used-up codes get the server's own message at the code.
#[tauri::command]
pub async fn confirm_phone(
    state: State<'_, AppState>,
    id: String,
    code: String,
) -> Result<ProfileView, AppError> {
    let user = parse_id(&state, &id)?;
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return Err(AppError::message_at(
            &state,
            "verify-code",
            "error-phone-code-format",
        ));
    }
    state
        .sync()
        .confirm_phone(user, &code)
        .await
        .map_err(|e| match e {
            crate::sync::OnlineError::NotOnServer => {
                AppError::message_at(&state, "verify-code", "error-phone-not-synced")
            }
            crate::sync::OnlineError::NotOffered => {
                AppError::message_at(&state, "verify-code", "error-phone-not-offered")
            }
            crate::sync::OnlineError::Failed(userdesk_sync::SyncError::Server {
                detail, ..
            }) if !detail.is_empty() => {
                // The server names the attribute before its message; the dialog shows it at the code.
                let message = detail.strip_prefix("code: ").unwrap_or(&detail).to_owned();
                AppError::text_at("verify-code", message)
            }
            crate::sync::OnlineError::Failed(e) if e.is_transient() => {
                AppError::message_at(&state, "verify-code", "error-phone-offline")
            }
            crate::sync::OnlineError::Failed(userdesk_sync::SyncError::Unauthorized) => {
                AppError::message_at(&state, "verify-code", "sync-problem-sign-in")
            }
            crate::sync::OnlineError::Failed(e) => {
                tracing::warn!(error = %e, "the phone code could not be checked");
                AppError::message_at(&state, "verify-code", "error-internal")
            }
        })?;
    let profile = state
        .cache()
        .get_user(user)
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    view(&state, profile).await
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

/// The UI calls this once its first list row is on screen; the start-up benchmark waits for it.
#[tauri::command]
pub fn first_row_rendered(app: tauri::AppHandle, state: State<'_, AppState>) {
    if state.exit_after_first_row {
        println!("userdesk: first list row rendered");
        app.exit(0);
    }
}

/// Where the sync stands: online, last sync, what waits.
#[tauri::command]
pub async fn sync_status(state: State<'_, AppState>) -> Result<SyncStatus, AppError> {
    Ok(state.sync().status().await)
}

/// "Sync now".
#[tauri::command]
pub async fn sync_now(state: State<'_, AppState>) -> Result<SyncStatus, AppError> {
    state.sync().poke();
    Ok(state.sync().status().await)
}

/// One queued edit, as the Sync screen lists it.
#[derive(Debug, Serialize)]
pub struct ChangeView {
    pub seq: i64,
    pub user_id: String,
    /// None when the user is gone from the cache (deleted on the server).
    pub user_name: Option<String>,
    pub field: String,
    /// The value the edit sets (None: it clears the field).
    pub value: Option<String>,
    pub made_at: String,
    pub error: Option<String>,
}

/// A conflict, side by side.
#[derive(Debug, Serialize)]
pub struct ConflictView {
    pub user_id: String,
    pub user_name: Option<String>,
    pub field: String,
    pub base: Option<String>,
    pub mine: Option<String>,
    pub theirs: Option<String>,
    pub theirs_by: Option<String>,
    pub theirs_at: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Changes {
    pub pending: Vec<ChangeView>,
    pub conflicts: Vec<ConflictView>,
    pub rejected: Vec<ChangeView>,
}

fn shown(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        v => Some(v.to_string()),
    }
}

async fn user_name(
    state: &AppState,
    names: &mut HashMap<UserId, Option<String>>,
    id: UserId,
) -> Option<String> {
    if let Some(n) = names.get(&id) {
        return n.clone();
    }
    let name = state
        .cache()
        .get_user(id)
        .await
        .ok()
        .map(|u| u.display_name());
    names.insert(id, name.clone());
    name
}

fn change_views(state: &AppState, entries: Vec<userdesk_cache::OutboxEntry>) -> Vec<ChangeView> {
    // The engine's own reasons are translated here; the server's come in the app's language.
    let reason = |e: Option<String>| match e.as_deref() {
        Some(userdesk_sync::push::DELETED_ON_SERVER) => {
            Some(state.tr(&Message::new("sync-rejected-deleted")))
        }
        Some(userdesk_sync::push::NOT_OFFERED) => {
            Some(state.tr(&Message::new("sync-rejected-not-offered")))
        }
        Some(userdesk_sync::push::GROUP_GONE) => {
            Some(state.tr(&Message::new("error-group-unknown")))
        }
        _ => e,
    };
    entries
        .into_iter()
        .map(|e| ChangeView {
            seq: e.seq,
            user_id: e.user_id.to_string(),
            user_name: None,
            value: shown(&e.operation["value"]),
            field: e.field,
            made_at: e.made_at,
            error: reason(e.error),
        })
        .collect()
}

/// Everything the Sync screen lists.
#[tauri::command]
pub async fn sync_changes(state: State<'_, AppState>) -> Result<Changes, AppError> {
    let fail = |e| AppError::from_cache(&state, e);
    let mut names = HashMap::new();
    let mut pending = change_views(&state, state.cache().outbox("pending").await.map_err(fail)?);
    let mut rejected = change_views(
        &state,
        state.cache().outbox("rejected").await.map_err(fail)?,
    );
    for c in pending.iter_mut().chain(rejected.iter_mut()) {
        if let Ok(u) = uuid::Uuid::parse_str(&c.user_id) {
            c.user_name = user_name(&state, &mut names, UserId(u)).await;
        }
    }
    let mut conflicts = Vec::new();
    for c in state.cache().conflicts().await.map_err(fail)? {
        conflicts.push(ConflictView {
            user_id: c.user_id.to_string(),
            user_name: user_name(&state, &mut names, c.user_id).await,
            field: c.field,
            base: shown(&c.base),
            mine: shown(&c.mine),
            theirs: shown(&c.theirs),
            theirs_by: c.theirs_by,
            theirs_at: c.theirs_at,
        });
    }
    Ok(Changes {
        pending,
        conflicts,
        rejected,
    })
}

/// The admin's decision on a conflict: `keep_mine` or `take_theirs`.
#[tauri::command]
pub async fn resolve_conflict(
    state: State<'_, AppState>,
    id: String,
    field: String,
    choice: Resolution,
) -> Result<(), AppError> {
    let id = parse_id(&state, &id)?;
    state
        .cache()
        .resolve_conflict(id, &field, choice)
        .await
        .map_err(|e| AppError::from_cache(&state, e))?;
    state.sync().poke();
    Ok(())
}

/// Gives up an edit the server refused.
#[tauri::command]
pub async fn discard_rejected(state: State<'_, AppState>, seq: i64) -> Result<(), AppError> {
    state
        .cache()
        .discard_rejected(seq)
        .await
        .map_err(|e| AppError::from_cache(&state, e))
}

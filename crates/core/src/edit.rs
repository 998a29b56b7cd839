//! One edit of one profile field, parsed from what the admin typed. This is what the cache saves
//! (and, later, what the outbox carries to the server).

use serde::{Deserialize, Serialize};

use crate::account_type::AccountType;
use crate::badge::BadgeId;
use crate::email::Email;
use crate::language::Language;
use crate::message::{Message, Translatable};
use crate::name::PersonName;
use crate::phone::{PhoneE164, PhoneExtension};
use crate::profile::{Group, MobilePhone, NotificationFrequency, OfficePhone, Presence, UserGroup};

/// Longest group id taken (ids are the server's; real ones are UUIDs or short names).
const MAX_GROUP_ID: usize = 256;
use crate::title::Title;

/// The fields that are edited in place on the profile page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    FirstName,
    LastName,
    Title,
    BadgeId,
    /// The e-mail address, which is also the username the user signs in with.
    Email,
    /// Whether the account may sign in: deactivation and reactivation.
    Active,
    /// The mobile number; a new number is unverified until its code is entered.
    MobilePhone,
    OfficePhone,
    /// The office phone's extension (kept only while there is an office phone).
    OfficeExtension,
    /// The language of the user's e-mails and of their own app.
    Language,
    /// What kind of account it is (and so what it may do); never one's own.
    AccountType,
    /// A Config admin's roles, from the account's catalog.
    Roles,
    /// How often the user hears of what happened in the account (their own setting).
    NotificationFrequency,
    /// Online, away, busy or offline (their own setting).
    Presence,
    /// The default group or one custom group of the account (its membership).
    Group,
    /// Whether the user manages their custom group.
    GroupManager,
    /// The profile picture (its two sizes), set from a file or removed.
    Avatar,
}

impl Field {
    pub const ALL: [Field; 17] = [
        Field::FirstName,
        Field::LastName,
        Field::Title,
        Field::BadgeId,
        Field::Email,
        Field::Active,
        Field::MobilePhone,
        Field::OfficePhone,
        Field::OfficeExtension,
        Field::Language,
        Field::AccountType,
        Field::Roles,
        Field::NotificationFrequency,
        Field::Presence,
        Field::Group,
        Field::GroupManager,
        Field::Avatar,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Field::FirstName => "first_name",
            Field::LastName => "last_name",
            Field::Title => "title",
            Field::BadgeId => "badge_id",
            Field::Email => "email",
            Field::Active => "active",
            Field::MobilePhone => "mobile_phone",
            Field::OfficePhone => "office_phone",
            Field::OfficeExtension => "office_extension",
            Field::Language => "language",
            Field::AccountType => "account_type",
            Field::Roles => "roles",
            Field::NotificationFrequency => "notification_frequency",
            Field::Presence => "presence",
            Field::Group => "group",
            Field::GroupManager => "group_manager",
            Field::Avatar => "avatar",
        }
    }

    pub fn parse(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.as_str() == name)
    }

    /// The message id of the field's label, as the profile shows it.
    pub fn label(self) -> &'static str {
        match self {
            Field::FirstName => "field-first-name",
            Field::LastName => "field-last-name",
            Field::Title => "field-title",
            Field::BadgeId => "field-badge",
            Field::Email => "field-email",
            Field::Active => "field-status",
            Field::MobilePhone => "field-mobile",
            Field::OfficePhone => "field-office",
            Field::OfficeExtension => "field-extension",
            Field::Language => "field-language",
            Field::AccountType => "field-account-type",
            Field::Roles => "field-roles",
            Field::NotificationFrequency => "field-notifications",
            Field::Presence => "field-presence",
            Field::Group => "field-group",
            Field::GroupManager => "group-manager",
            Field::Avatar => "field-avatar",
        }
    }

    /// What a form needs to draw the field's input: its label, the most a value may hold, and
    /// whether it must have one; the same rules the field's parser applies.
    pub fn spec(self) -> FieldSpec {
        let max = match self {
            Field::FirstName | Field::LastName => Some(crate::name::MAX_NAME_CHARS),
            Field::Title => Some(crate::title::MAX_TITLE_CHARS),
            Field::BadgeId => Some(crate::badge::MAX_BADGE_CHARS),
            Field::Email => Some(crate::email::MAX_EMAIL_LEN),
            Field::MobilePhone | Field::OfficePhone => Some(crate::phone::MAX_PHONE_INPUT),
            Field::OfficeExtension => Some(crate::phone::MAX_EXTENSION_DIGITS),
            _ => None,
        };
        FieldSpec {
            field: self,
            label: self.label(),
            max,
            required: matches!(self, Field::FirstName | Field::LastName | Field::Email),
        }
    }
}

/// How a field is drawn: see [`Field::spec`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FieldSpec {
    pub field: Field,
    /// The message id of its label.
    pub label: &'static str,
    /// The most characters its value may have (bytes for the e-mail address, digits for the
    /// extension), when there is such a limit.
    pub max: Option<usize>,
    /// It cannot be left empty.
    pub required: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "field", content = "value", rename_all = "snake_case")]
pub enum ProfileEdit {
    FirstName(PersonName),
    LastName(PersonName),
    Title(Option<Title>),
    BadgeId(Option<BadgeId>),
    Email(Email),
    /// `false` deactivates (sessions end, sign-in is blocked); `true` reactivates, back to Active
    /// if the account was ever activated, else to Created.
    Active(bool),
    /// `None` clears the number.
    MobilePhone(Option<PhoneE164>),
    OfficePhone(Option<PhoneE164>),
    OfficeExtension(Option<PhoneExtension>),
    Language(Language),
    AccountType(AccountType),
    /// Every role the user is to hold (comma-separated ids when typed).
    Roles(crate::RoleSet),
    NotificationFrequency(NotificationFrequency),
    Presence(Presence),
    /// `None`: the account's default group.
    Group(Option<Group>),
    GroupManager(bool),
    /// `None` removes the avatar.
    Avatar(Option<crate::Avatar>),
}

/// A phone number as the profile's phone fields send it: blank (cleared), a number in
/// international form (`+49 30 901820`), or a country and the number as typed (`DE 030 901820`).
fn parse_phone(raw: &str) -> Result<Option<PhoneE164>, crate::phone::PhoneError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    if raw.starts_with('+') {
        return PhoneE164::parse(raw).map(Some);
    }
    let (country, national) = raw.split_once(' ').unwrap_or((raw, ""));
    PhoneE164::from_parts(country, national).map(Some)
}

/// Why a typed value was refused, and at which field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field:?}: {message:?}")]
pub struct FieldError {
    pub field: Field,
    pub message: Message,
}

impl Translatable for FieldError {
    fn message(&self) -> Message {
        self.message.clone()
    }
}

impl ProfileEdit {
    pub fn parse(field: Field, raw: &str) -> Result<Self, FieldError> {
        let fail = |e: &dyn Translatable| FieldError {
            field,
            message: e.message(),
        };
        match field {
            Field::FirstName => PersonName::parse(raw)
                .map(ProfileEdit::FirstName)
                .map_err(|e| fail(&e)),
            Field::LastName => PersonName::parse(raw)
                .map(ProfileEdit::LastName)
                .map_err(|e| fail(&e)),
            Field::Title => Title::parse_optional(raw)
                .map(ProfileEdit::Title)
                .map_err(|e| fail(&e)),
            Field::BadgeId => BadgeId::parse_optional(raw)
                .map(ProfileEdit::BadgeId)
                .map_err(|e| fail(&e)),
            Field::Email => Email::parse(raw)
                .map(ProfileEdit::Email)
                .map_err(|e| fail(&e)),
            Field::Active => match raw.trim() {
                "true" => Ok(ProfileEdit::Active(true)),
                "false" => Ok(ProfileEdit::Active(false)),
                _ => Err(FieldError {
                    field,
                    message: Message::new("scim-error-invalid-value"),
                }),
            },
            Field::MobilePhone => parse_phone(raw)
                .map(ProfileEdit::MobilePhone)
                .map_err(|e| fail(&e)),
            Field::OfficePhone => parse_phone(raw)
                .map(ProfileEdit::OfficePhone)
                .map_err(|e| fail(&e)),
            Field::OfficeExtension => PhoneExtension::parse_optional(raw)
                .map(ProfileEdit::OfficeExtension)
                .map_err(|e| fail(&e)),
            // The app offers the supported locales; a server may keep any language (SCIM).
            Field::Language => Language::parse_supported(raw)
                .map(ProfileEdit::Language)
                .map_err(|e| fail(&e)),
            Field::AccountType => AccountType::parse(raw)
                .map(ProfileEdit::AccountType)
                .map_err(|e| fail(&e)),
            Field::Roles => crate::RoleSet::new(
                raw.split(',')
                    .map(str::trim)
                    .filter(|id| !id.is_empty())
                    .map(str::to_owned),
            )
            .map(ProfileEdit::Roles)
            .map_err(|e| fail(&e)),
            Field::NotificationFrequency => NotificationFrequency::parse(raw.trim())
                .map(ProfileEdit::NotificationFrequency)
                .ok_or(FieldError {
                    field,
                    message: Message::new("scim-error-invalid-value"),
                }),
            Field::Presence => Presence::parse(raw.trim())
                .map(ProfileEdit::Presence)
                .ok_or(FieldError {
                    field,
                    message: Message::new("scim-error-invalid-value"),
                }),
            // A group's id; its name comes from the account's catalog (`Group::named`).
            Field::Group => match raw.trim() {
                "" | "default" => Ok(ProfileEdit::Group(None)),
                id if id.chars().count() <= MAX_GROUP_ID && !id.chars().any(char::is_control) => {
                    Ok(ProfileEdit::Group(Some(Group {
                        id: id.to_owned(),
                        name: id.to_owned(),
                    })))
                }
                _ => Err(FieldError {
                    field,
                    message: Message::new("error-group-unknown"),
                }),
            },
            Field::GroupManager => match raw.trim() {
                "true" => Ok(ProfileEdit::GroupManager(true)),
                "false" => Ok(ProfileEdit::GroupManager(false)),
                _ => Err(FieldError {
                    field,
                    message: Message::new("scim-error-invalid-value"),
                }),
            },
            // Blank removes it; otherwise `{"photo": URI, "thumbnail": URI}`.
            Field::Avatar => match raw.trim() {
                "" => Ok(ProfileEdit::Avatar(None)),
                json => serde_json::from_str(json)
                    .map(|a| ProfileEdit::Avatar(Some(a)))
                    .map_err(|_| FieldError {
                        field,
                        message: Message::new("error-picture-not-a-url"),
                    }),
            },
        }
    }

    /// Whether this edit can be made on `profile` as it stands: an extension needs an office
    /// phone to belong to.
    pub fn check(&self, profile: &crate::UserProfile) -> Result<(), FieldError> {
        match self {
            ProfileEdit::OfficeExtension(Some(_)) if profile.office_phone.is_none() => {
                Err(FieldError {
                    field: Field::OfficeExtension,
                    message: Message::new("error-extension-needs-phone"),
                })
            }
            ProfileEdit::AccountType(to) => profile
                .account_type
                .change_to(*to)
                .map(|_| ())
                .map_err(|e| FieldError {
                    field: Field::AccountType,
                    message: e.message(),
                }),
            ProfileEdit::GroupManager(true) if profile.group == UserGroup::Default => {
                Err(FieldError {
                    field: Field::GroupManager,
                    message: Message::new("error-group-manager-default"),
                })
            }
            ProfileEdit::Roles(roles)
                if !roles.is_empty() && !profile.account_type.carries_roles() =>
            {
                Err(FieldError {
                    field: Field::Roles,
                    message: Message::new("error-roles-config-admin-only"),
                })
            }
            _ => Ok(()),
        }
    }

    /// Applies this edit to a profile.
    pub fn apply_to(&self, profile: &mut crate::UserProfile) {
        match self {
            ProfileEdit::FirstName(v) => profile.first_name = v.clone(),
            ProfileEdit::LastName(v) => profile.last_name = v.clone(),
            ProfileEdit::Title(v) => profile.title = v.clone(),
            ProfileEdit::BadgeId(v) => profile.badge_id = v.clone(),
            ProfileEdit::Email(v) => profile.email = v.clone(),
            ProfileEdit::Active(active) => {
                let event = if *active {
                    crate::lifecycle::LifecycleEvent::Reactivate {
                        activated_before: profile.activated_at.is_some(),
                    }
                } else {
                    crate::lifecycle::LifecycleEvent::Deactivate
                };
                // Asking for the state the account is in already changes nothing.
                if let Ok(status) = profile.status.apply(event) {
                    profile.status = status;
                }
            }
            ProfileEdit::MobilePhone(number) => {
                profile.mobile_phone = number.clone().map(|number| MobilePhone {
                    // Only the very number that was verified stays verified.
                    verified: profile
                        .mobile_phone
                        .as_ref()
                        .is_some_and(|m| m.verified && m.number == number),
                    number,
                });
            }
            ProfileEdit::OfficePhone(number) => {
                let extension = profile.office_phone.take().and_then(|o| o.extension);
                profile.office_phone = number
                    .clone()
                    .map(|number| OfficePhone { number, extension });
            }
            ProfileEdit::OfficeExtension(extension) => {
                if let Some(office) = &mut profile.office_phone {
                    office.extension = extension.clone();
                }
            }
            ProfileEdit::Language(language) => profile.language = language.clone(),
            ProfileEdit::AccountType(to) => {
                // A one-time completion account that becomes a full account is activated anew
                // (Created until its activation e-mail goes out), as the server does.
                if profile.account_type == AccountType::OneTimeCompletion
                    && *to != AccountType::OneTimeCompletion
                    && profile.status != crate::Status::Inactive
                {
                    profile.status = crate::Status::Created;
                }
                // Roles belong to Config admins only.
                if !to.carries_roles() {
                    profile.roles = crate::RoleSet::default();
                }
                profile.account_type = *to;
            }
            ProfileEdit::Roles(roles) => profile.roles = roles.clone(),
            ProfileEdit::NotificationFrequency(v) => profile.notification_frequency = *v,
            ProfileEdit::Presence(v) => profile.presence = *v,
            ProfileEdit::Group(group) => {
                let same = matches!((&profile.group, group), (UserGroup::Custom { id, .. }, Some(g)) if *id == g.id);
                if !same {
                    // A new group starts without its manager.
                    profile.group =
                        group
                            .clone()
                            .map_or(UserGroup::Default, |g| UserGroup::Custom {
                                id: g.id,
                                name: g.name,
                                manager: false,
                            });
                }
            }
            ProfileEdit::GroupManager(on) => {
                if let UserGroup::Custom { manager, .. } = &mut profile.group {
                    *manager = *on;
                }
            }
            ProfileEdit::Avatar(avatar) => profile.avatar = avatar.clone(),
        }
    }

    /// The SCIM PATCH operation (RFC 7644 §3.5.2) that makes this edit on a server.
    pub fn patch_operation(&self) -> serde_json::Value {
        use crate::scim::{ENTERPRISE_USER_SCHEMA, USERDESK_USER_SCHEMA};
        use serde_json::json;
        let badge = format!("{ENTERPRISE_USER_SCHEMA}:employeeNumber");
        match self {
            ProfileEdit::FirstName(v) => {
                json!({"op": "replace", "path": "name.givenName", "value": v.as_str()})
            }
            ProfileEdit::LastName(v) => {
                json!({"op": "replace", "path": "name.familyName", "value": v.as_str()})
            }
            ProfileEdit::Title(Some(v)) => {
                json!({"op": "replace", "path": "title", "value": v.as_str()})
            }
            ProfileEdit::Title(None) => json!({"op": "remove", "path": "title"}),
            ProfileEdit::BadgeId(Some(v)) => {
                json!({"op": "replace", "path": badge, "value": v.as_str()})
            }
            ProfileEdit::BadgeId(None) => json!({"op": "remove", "path": badge}),
            ProfileEdit::Email(v) => {
                json!({"op": "replace", "path": "userName", "value": v.as_str()})
            }
            ProfileEdit::Active(active) => {
                json!({"op": "replace", "path": "active", "value": active})
            }
            // A typed value of a multi-valued attribute is replaced at its filter; the sync
            // engine turns that into an `add` for a server whose user has none yet
            // (`patch::fit`), as RFC 7644 §3.5.2.3 asks.
            ProfileEdit::MobilePhone(number) => typed_phone("mobile", number.as_ref()),
            ProfileEdit::OfficePhone(number) => typed_phone("work", number.as_ref()),
            ProfileEdit::OfficeExtension(extension) => {
                let path = format!("{USERDESK_USER_SCHEMA}:officeExtension");
                match extension {
                    Some(e) => json!({"op": "replace", "path": path, "value": e.as_str()}),
                    None => json!({"op": "remove", "path": path}),
                }
            }
            ProfileEdit::Language(language) => match language.tag() {
                Some(tag) => json!({"op": "replace", "path": "preferredLanguage", "value": tag}),
                None => json!({"op": "remove", "path": "preferredLanguage"}),
            },
            ProfileEdit::AccountType(to) => json!({
                "op": "replace",
                "path": format!("{USERDESK_USER_SCHEMA}:accountType"),
                "value": to.as_str(),
            }),
            ProfileEdit::Roles(roles) if roles.is_empty() => {
                json!({"op": "remove", "path": "roles"})
            }
            ProfileEdit::Roles(roles) => {
                let values: Vec<serde_json::Value> =
                    roles.ids().map(|id| json!({"value": id})).collect();
                json!({"op": "replace", "path": "roles", "value": values})
            }
            ProfileEdit::NotificationFrequency(v) => json!({
                "op": "replace",
                "path": format!("{USERDESK_USER_SCHEMA}:notificationFrequency"),
                "value": v.as_str(),
            }),
            ProfileEdit::Presence(v) => json!({
                "op": "replace",
                "path": format!("{USERDESK_USER_SCHEMA}:presence"),
                "value": v.as_str(),
            }),
            // Membership belongs to the group (RFC 7643 §4.1.2: `groups` is read-only): the sync
            // engine sends this as PATCHes of the groups' `members`. Kept in this form so that
            // the cache can apply it to the user and merge it like any other edit.
            ProfileEdit::Group(Some(g)) => json!({
                "op": "replace",
                "path": "groups",
                "value": [{"value": g.id, "display": g.name}],
            }),
            ProfileEdit::Group(None) => json!({"op": "remove", "path": "groups"}),
            ProfileEdit::GroupManager(on) => json!({
                "op": "replace",
                "path": format!("{USERDESK_USER_SCHEMA}:groupManager"),
                "value": on,
            }),
            // A picture made here is uploaded by the sync engine (to a server that keeps
            // pictures) before this is sent; the server answers with its own addresses.
            ProfileEdit::Avatar(Some(a)) => {
                json!({"op": "replace", "path": "photos", "value": a.to_photos()})
            }
            ProfileEdit::Avatar(None) => json!({"op": "remove", "path": "photos"}),
        }
    }

    pub fn field(&self) -> Field {
        match self {
            ProfileEdit::FirstName(_) => Field::FirstName,
            ProfileEdit::LastName(_) => Field::LastName,
            ProfileEdit::Title(_) => Field::Title,
            ProfileEdit::BadgeId(_) => Field::BadgeId,
            ProfileEdit::Email(_) => Field::Email,
            ProfileEdit::Active(_) => Field::Active,
            ProfileEdit::MobilePhone(_) => Field::MobilePhone,
            ProfileEdit::OfficePhone(_) => Field::OfficePhone,
            ProfileEdit::OfficeExtension(_) => Field::OfficeExtension,
            ProfileEdit::Language(_) => Field::Language,
            ProfileEdit::AccountType(_) => Field::AccountType,
            ProfileEdit::Roles(_) => Field::Roles,
            ProfileEdit::NotificationFrequency(_) => Field::NotificationFrequency,
            ProfileEdit::Presence(_) => Field::Presence,
            ProfileEdit::Group(_) => Field::Group,
            ProfileEdit::GroupManager(_) => Field::GroupManager,
            ProfileEdit::Avatar(_) => Field::Avatar,
        }
    }
}

/// The PATCH operation that sets (or, with `None`, removes) the phone number of `kind`.
fn typed_phone(kind: &str, number: Option<&PhoneE164>) -> serde_json::Value {
    use serde_json::json;
    match number {
        Some(n) => json!({
            "op": "replace",
            "path": format!("phoneNumbers[type eq \"{kind}\"].value"),
            "value": n.as_str(),
        }),
        None => json!({"op": "remove", "path": format!("phoneNumbers[type eq \"{kind}\"]")}),
    }
}

#[cfg(test)]
mod tests;

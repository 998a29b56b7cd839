//! A Userdesk profile as a SCIM `User`: core schema, the enterprise extension (`employeeNumber` is
//! the badge ID) and the Userdesk extension (account type, lifecycle, verification, presence).
//!
//! Reading a resource parses every value with the domain's own types, so a SCIM client can never
//! store a value the desktop app would refuse, and the error names the attribute at fault.

use serde_json::{Map, Value, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::{ENTERPRISE_USER_SCHEMA, USER_SCHEMA, USERDESK_USER_SCHEMA};
use crate::account_type::AccountType;
use crate::badge::BadgeId;
use crate::email::Email;
use crate::language::Language;
use crate::lifecycle::{LifecycleEvent, Status};
use crate::message::{Message, Translatable};
use crate::name::PersonName;
use crate::phone::{PhoneE164, PhoneExtension};
use crate::profile::{
    MobilePhone, NotificationFrequency, OfficePhone, Presence, UserGroup, UserId, UserProfile,
};
use crate::roles::RoleSet;
use crate::title::Title;

/// Server-side facts about a stored resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    pub created: OffsetDateTime,
    pub last_modified: OffsetDateTime,
    /// The ETag, e.g. `W/"3"`.
    pub version: String,
    /// Absolute URL of the resource.
    pub location: String,
}

/// A SCIM attribute that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{attribute}: {reason:?}")]
pub struct AttributeError {
    /// The attribute path, e.g. `name.givenName`.
    pub attribute: String,
    pub reason: Message,
}

impl Translatable for AttributeError {
    fn message(&self) -> Message {
        self.reason.clone()
    }
}

/// A time as SCIM writes it (RFC 3339, UTC).
pub fn fmt_time(t: OffsetDateTime) -> String {
    t.to_offset(time::UtcOffset::UTC)
        .format(&Rfc3339)
        .unwrap_or_default()
}

/// What a client sends to create `profile` (`POST /Users`): the resource without `id` and `meta`,
/// which are the server's to give.
pub fn new_resource(profile: &UserProfile) -> Value {
    let meta = Meta {
        created: profile.created_at,
        last_modified: profile.created_at,
        version: String::new(),
        location: String::new(),
    };
    let mut v = to_scim(profile, &meta, None, |_| None);
    if let Some(o) = v.as_object_mut() {
        o.remove("id");
        o.remove("meta");
    }
    v
}

/// The resource for `profile`. `role_names` gives each role id its display name.
pub fn to_scim(
    profile: &UserProfile,
    meta: &Meta,
    external_id: Option<&str>,
    role_name: impl Fn(&str) -> Option<String>,
) -> Value {
    let mut phones = Vec::new();
    if let Some(m) = &profile.mobile_phone {
        phones.push(json!({"value": m.number.as_str(), "type": "mobile", "primary": true}));
    }
    if let Some(o) = &profile.office_phone {
        phones.push(json!({"value": o.number.as_str(), "type": "work"}));
    }
    let mut user = json!({
        "schemas": [USER_SCHEMA, ENTERPRISE_USER_SCHEMA, USERDESK_USER_SCHEMA],
        "id": profile.id.to_string(),
        "userName": profile.email.as_str(),
        "name": {
            "givenName": profile.first_name.as_str(),
            "familyName": profile.last_name.as_str(),
            "formatted": profile.display_name(),
        },
        "displayName": profile.display_name(),
        "emails": [{"value": profile.email.as_str(), "type": "work", "primary": true}],
        "phoneNumbers": phones,
        "active": profile.status != Status::Inactive,
        "meta": {
            "resourceType": "User",
            "created": fmt_time(meta.created),
            "lastModified": fmt_time(meta.last_modified),
            "version": meta.version,
            "location": meta.location,
        },
        ENTERPRISE_USER_SCHEMA: {},
        USERDESK_USER_SCHEMA: {
            "accountType": profile.account_type.as_str(),
            "status": profile.status.as_str(),
            "singleSignOn": profile.single_sign_on,
            "mobileVerified": profile.mobile_phone.as_ref().is_some_and(|m| m.verified),
            "notificationFrequency": profile.notification_frequency.as_str(),
            "presence": profile.presence.as_str(),
        },
    });
    let Some(obj) = user.as_object_mut() else {
        return user;
    };
    if let Some(id) = external_id {
        obj.insert("externalId".into(), json!(id));
    }
    if let Some(t) = &profile.title {
        obj.insert("title".into(), json!(t.as_str()));
    }
    if let Some(tag) = profile.language.tag() {
        obj.insert("preferredLanguage".into(), json!(tag));
    }
    if let Some(avatar) = &profile.avatar {
        obj.insert("photos".into(), avatar.to_photos());
    }
    if !profile.roles.is_empty() {
        let roles: Vec<Value> = profile
            .roles
            .ids()
            .map(|id| match role_name(id) {
                Some(name) => json!({"value": id, "display": name}),
                None => json!({"value": id}),
            })
            .collect();
        obj.insert("roles".into(), Value::Array(roles));
    }
    if let UserGroup::Custom { id, name, .. } = &profile.group {
        obj.insert(
            "groups".into(),
            json!([{"value": id, "display": name, "type": "direct"}]),
        );
    }
    if let Some(badge) = &profile.badge_id
        && let Some(ent) = obj
            .get_mut(ENTERPRISE_USER_SCHEMA)
            .and_then(Value::as_object_mut)
    {
        ent.insert("employeeNumber".into(), json!(badge.as_str()));
    }
    if let Some(ext) = obj
        .get_mut(USERDESK_USER_SCHEMA)
        .and_then(Value::as_object_mut)
    {
        for (key, at) in [
            ("invitedAt", profile.invited_at),
            ("activatedAt", profile.activated_at),
            ("lastActiveAt", profile.last_active_at),
        ] {
            if let Some(t) = at {
                ext.insert(key.into(), json!(fmt_time(t)));
            }
        }
        if let UserGroup::Custom { manager, .. } = &profile.group {
            ext.insert("groupManager".into(), json!(manager));
        }
        if let Some(e) = profile
            .office_phone
            .as_ref()
            .and_then(|o| o.extension.as_ref())
        {
            ext.insert("officeExtension".into(), json!(e.as_str()));
        }
    }
    user
}

/// Attribute names are case-insensitive in SCIM (RFC 7643 §2.1).
fn get<'a>(obj: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    obj.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
        .filter(|v| !v.is_null())
}

fn invalid(attribute: &str, reason: Message) -> AttributeError {
    AttributeError {
        attribute: attribute.to_owned(),
        reason,
    }
}

fn string<'a>(
    obj: &'a Map<String, Value>,
    name: &str,
    path: &str,
) -> Result<Option<&'a str>, AttributeError> {
    match get(obj, name) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(invalid(path, Message::new("scim-error-not-a-string"))),
    }
}

fn required<'a>(
    obj: &'a Map<String, Value>,
    name: &str,
    path: &str,
) -> Result<&'a str, AttributeError> {
    string(obj, name, path)?.ok_or_else(|| invalid(path, Message::new("scim-error-required")))
}

fn object<'a>(
    obj: &'a Map<String, Value>,
    name: &str,
    path: &str,
) -> Result<Option<&'a Map<String, Value>>, AttributeError> {
    match get(obj, name) {
        None => Ok(None),
        Some(Value::Object(o)) => Ok(Some(o)),
        Some(_) => Err(invalid(path, Message::new("scim-error-not-an-object"))),
    }
}

/// The multi-valued item of `type` (or the primary one when `type` is `None`).
fn item_of_type<'a>(
    obj: &'a Map<String, Value>,
    name: &str,
    kind: &str,
    path: &str,
) -> Result<Option<&'a Map<String, Value>>, AttributeError> {
    let Some(v) = get(obj, name) else {
        return Ok(None);
    };
    let Value::Array(items) = v else {
        return Err(invalid(path, Message::new("scim-error-not-an-array")));
    };
    let mut found = None;
    for item in items {
        let Value::Object(o) = item else {
            return Err(invalid(path, Message::new("scim-error-not-an-object")));
        };
        if string(o, "type", path)?.is_some_and(|t| t.eq_ignore_ascii_case(kind)) {
            found = Some(o);
        }
    }
    Ok(found)
}

/// Builds a profile from a SCIM `User` resource as a client sent it (POST or PUT). Read-only
/// attributes (`id`, `meta`, `groups`, lifecycle times) are ignored: the server keeps its own.
/// `current` supplies what the resource does not carry (for PUT: the stored profile).
pub fn from_scim(
    resource: &Value,
    id: UserId,
    current: Option<&UserProfile>,
    now: OffsetDateTime,
) -> Result<UserProfile, AttributeError> {
    writable_attributes(resource, id, current, now, Writer::Client)
}

/// Who wrote the resource being read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Writer {
    /// A client writing to the server: every rule applies.
    Client,
    /// A server's own resource: its numbers already in E.164 were validated when they were written
    /// there (only their shape is checked: libphonenumber's validation was a third of reading a
    /// page), and `photos` and `groupManager` are read by [`read_resource`] with its own rules.
    Server,
}

fn writable_attributes(
    resource: &Value,
    id: UserId,
    current: Option<&UserProfile>,
    now: OffsetDateTime,
    from: Writer,
) -> Result<UserProfile, AttributeError> {
    let phone = |n: &str| match from {
        Writer::Client => PhoneE164::parse(n),
        Writer::Server => PhoneE164::from_e164(n).map_or_else(|| PhoneE164::parse(n), Ok),
    };
    let Value::Object(obj) = resource else {
        return Err(invalid("", Message::new("scim-error-not-an-object")));
    };
    let email = Email::parse(required(obj, "userName", "userName")?)
        .map_err(|e| invalid("userName", e.message()))?;
    let name = object(obj, "name", "name")?
        .ok_or_else(|| invalid("name", Message::new("scim-error-required")))?;
    let first_name = PersonName::parse(required(name, "givenName", "name.givenName")?)
        .map_err(|e| invalid("name.givenName", e.message()))?;
    let last_name = PersonName::parse(required(name, "familyName", "name.familyName")?)
        .map_err(|e| invalid("name.familyName", e.message()))?;
    let title = Title::parse_optional(string(obj, "title", "title")?.unwrap_or_default())
        .map_err(|e| invalid("title", e.message()))?;
    let language =
        Language::parse(string(obj, "preferredLanguage", "preferredLanguage")?.unwrap_or_default())
            .map_err(|e| invalid("preferredLanguage", e.message()))?;

    let avatar = match get(obj, "photos") {
        _ if from == Writer::Server => None,
        None | Some(Value::Null) => None,
        Some(photos @ Value::Array(_)) => {
            crate::Avatar::from_photos(photos).map_err(|e| invalid("photos", e.message()))?
        }
        Some(_) => {
            return Err(invalid("photos", Message::new("scim-error-invalid-value")));
        }
    };

    let enterprise = object(obj, ENTERPRISE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA)?;
    let badge_path = format!("{ENTERPRISE_USER_SCHEMA}:employeeNumber");
    let badge_id = match enterprise {
        Some(e) => {
            BadgeId::parse_optional(string(e, "employeeNumber", &badge_path)?.unwrap_or_default())
                .map_err(|err| invalid(&badge_path, err.message()))?
        }
        None => current.and_then(|c| c.badge_id.clone()),
    };

    let ext = object(obj, USERDESK_USER_SCHEMA, USERDESK_USER_SCHEMA)?;
    let ext_path = |name: &str| format!("{USERDESK_USER_SCHEMA}:{name}");
    let ext_str = |name: &str| -> Result<Option<&str>, AttributeError> {
        match ext {
            Some(e) => string(e, name, &ext_path(name)),
            None => Ok(None),
        }
    };

    let mobile_verified_claim = match ext.and_then(|e| get(e, "mobileVerified")) {
        None => None,
        Some(Value::Bool(b)) => Some(*b),
        Some(_) => {
            return Err(invalid(
                &ext_path("mobileVerified"),
                Message::new("scim-error-not-a-boolean"),
            ));
        }
    };
    let mobile_phone = match item_of_type(obj, "phoneNumbers", "mobile", "phoneNumbers")? {
        Some(item) => {
            let number = phone(required(
                item,
                "value",
                "phoneNumbers[type eq \"mobile\"].value",
            )?)
            .map_err(|e| invalid("phoneNumbers[type eq \"mobile\"].value", e.message()))?;
            // A number counts as verified only if it is the very number that was verified: a
            // client cannot mark a new number verified by saying so.
            let was_verified = current
                .and_then(|c| c.mobile_phone.as_ref())
                .is_some_and(|m| m.verified && m.number == number);
            Some(MobilePhone {
                verified: was_verified && mobile_verified_claim != Some(false),
                number,
            })
        }
        None => None,
    };
    let extension = PhoneExtension::parse_optional(ext_str("officeExtension")?.unwrap_or_default())
        .map_err(|e| invalid(&ext_path("officeExtension"), e.message()))?;
    let office_phone = match item_of_type(obj, "phoneNumbers", "work", "phoneNumbers")? {
        Some(item) => Some(OfficePhone {
            number: phone(required(
                item,
                "value",
                "phoneNumbers[type eq \"work\"].value",
            )?)
            .map_err(|e| invalid("phoneNumbers[type eq \"work\"].value", e.message()))?,
            extension,
        }),
        None => None,
    };

    let account_type = match ext_str("accountType")? {
        Some(t) => {
            AccountType::parse(t).map_err(|e| invalid(&ext_path("accountType"), e.message()))?
        }
        None => current.map_or(AccountType::Internal, |c| c.account_type),
    };
    let active = match get(obj, "active") {
        None => None,
        Some(Value::Bool(b)) => Some(*b),
        Some(_) => return Err(invalid("active", Message::new("scim-error-not-a-boolean"))),
    };
    let mut status = match (current, active) {
        // Reactivated: back to where the account stood (Active only if it was ever activated).
        (Some(c), Some(true)) if c.status == Status::Inactive => c
            .status
            .apply(LifecycleEvent::Reactivate {
                activated_before: c.activated_at.is_some(),
            })
            .unwrap_or(Status::Created),
        (_, Some(false)) => Status::Inactive,
        (Some(c), _) => c.status,
        (None, _) => Status::Created,
    };
    // A one-time completion account that becomes a full account has to be activated: Created until
    // an activation e-mail is sent.
    if current.is_some_and(|c| c.account_type == AccountType::OneTimeCompletion)
        && account_type != AccountType::OneTimeCompletion
        && status != Status::Inactive
    {
        status = Status::Created;
    }

    let roles = match get(obj, "roles") {
        None => current.map(|c| c.roles.clone()).unwrap_or_default(),
        Some(Value::Array(items)) => {
            let mut ids = Vec::new();
            for item in items {
                let Value::Object(o) = item else {
                    return Err(invalid("roles", Message::new("scim-error-not-an-object")));
                };
                ids.push(required(o, "value", "roles.value")?.to_owned());
            }
            RoleSet::new(ids).map_err(|e| invalid("roles", e.message()))?
        }
        Some(_) => return Err(invalid("roles", Message::new("scim-error-not-an-array"))),
    };

    let notification_frequency = match ext_str("notificationFrequency")? {
        Some(s) => NotificationFrequency::parse(s).ok_or_else(|| {
            invalid(
                &ext_path("notificationFrequency"),
                Message::new("scim-error-invalid-value"),
            )
        })?,
        None => current
            .map(|c| c.notification_frequency)
            .unwrap_or_default(),
    };
    let presence = match ext_str("presence")? {
        Some(s) => Presence::parse(s).ok_or_else(|| {
            invalid(
                &ext_path("presence"),
                Message::new("scim-error-invalid-value"),
            )
        })?,
        None => current.map(|c| c.presence).unwrap_or_default(),
    };
    let single_sign_on = match ext.and_then(|e| get(e, "singleSignOn")) {
        None => current.is_some_and(|c| c.single_sign_on),
        Some(Value::Bool(b)) => *b,
        Some(_) => {
            return Err(invalid(
                &ext_path("singleSignOn"),
                Message::new("scim-error-not-a-boolean"),
            ));
        }
    };
    // Membership is the group's to change (`/Groups`); being its manager is the user's.
    let mut group = current.map(|c| c.group.clone()).unwrap_or_default();
    let manager = ext
        .and_then(|e| get(e, "groupManager"))
        .filter(|_| from == Writer::Client);
    match (manager, &mut group) {
        (None | Some(Value::Null), _) | (Some(Value::Bool(false)), UserGroup::Default) => {}
        (Some(Value::Bool(b)), UserGroup::Custom { manager, .. }) => *manager = *b,
        (Some(Value::Bool(true)), UserGroup::Default) => {
            return Err(invalid(
                &ext_path("groupManager"),
                Message::new("error-group-manager-default"),
            ));
        }
        (Some(_), _) => {
            return Err(invalid(
                &ext_path("groupManager"),
                Message::new("scim-error-not-a-boolean"),
            ));
        }
    }
    // Lifecycle times are the server's: accepted from a client only when it creates the user.
    let (invited_at, activated_at, last_active_at) = match current {
        Some(c) => (c.invited_at, c.activated_at, c.last_active_at),
        None => (None, None, None),
    };

    Ok(UserProfile {
        id,
        email,
        first_name,
        last_name,
        title,
        badge_id,
        mobile_phone,
        office_phone,
        language,
        group,
        account_type,
        roles,
        status,
        single_sign_on,
        invited_at,
        activated_at,
        last_active_at,
        created_at: current.map_or(now, |c| c.created_at),
        avatar,
        notification_frequency,
        presence,
    })
}

/// Reads a resource as a server sent it, for a client that keeps a copy (the desktop app's cache):
/// the writable attributes as [`from_scim`] reads them, plus the server's own facts (status,
/// lifecycle times, mobile verification, group, creation time). Resources of servers that know
/// nothing of Userdesk read too: what they lack takes the product's defaults (an existing user whose
/// `active` is not false is Active).
pub fn read_resource(
    resource: &Value,
    id: UserId,
    now: OffsetDateTime,
) -> Result<UserProfile, AttributeError> {
    let Value::Object(obj) = resource else {
        return Err(invalid("", Message::new("scim-error-not-an-object")));
    };
    // Being a group's manager is read below, with the group; a server's picture addresses are
    // shown when they can be, and one that cannot is no avatar.
    let mut p = writable_attributes(resource, id, None, now, Writer::Server)?;
    p.avatar =
        get(obj, "photos").and_then(|photos| crate::Avatar::from_photos(photos).ok().flatten());
    let ext = object(obj, USERDESK_USER_SCHEMA, USERDESK_USER_SCHEMA)?;
    let ext_get = |name: &str| ext.and_then(|e| get(e, name));
    let time_at = |name: &str| {
        ext_get(name)
            .and_then(Value::as_str)
            .and_then(|t| OffsetDateTime::parse(t, &Rfc3339).ok())
    };
    let active = get(obj, "active").and_then(Value::as_bool);
    p.status = match ext_get("status")
        .and_then(Value::as_str)
        .and_then(Status::parse)
    {
        Some(s) => s,
        None if active == Some(false) => Status::Inactive,
        None => Status::Active,
    };
    p.invited_at = time_at("invitedAt");
    p.activated_at = time_at("activatedAt");
    p.last_active_at = time_at("lastActiveAt");
    if let Some(m) = p.mobile_phone.as_mut() {
        m.verified = ext_get("mobileVerified").and_then(Value::as_bool) == Some(true);
    }
    let first_group = match get(obj, "groups") {
        Some(Value::Array(groups)) => groups.first().and_then(Value::as_object),
        _ => None,
    };
    p.group = match first_group {
        Some(g) => match g.get("value").and_then(Value::as_str) {
            Some(gid) => UserGroup::Custom {
                id: gid.to_owned(),
                name: g
                    .get("display")
                    .and_then(Value::as_str)
                    .unwrap_or(gid)
                    .to_owned(),
                manager: ext_get("groupManager").and_then(Value::as_bool) == Some(true),
            },
            None => UserGroup::Default,
        },
        None => UserGroup::Default,
    };
    if let Some(created) = object(obj, "meta", "meta")?
        .and_then(|m| m.get("created"))
        .and_then(Value::as_str)
        .and_then(|t| OffsetDateTime::parse(t, &Rfc3339).ok())
    {
        p.created_at = created;
    }
    Ok(p)
}

#[cfg(test)]
mod tests;

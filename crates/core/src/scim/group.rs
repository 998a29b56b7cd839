//! A user group as a SCIM `Group` (RFC 7643 §4.2). A user belongs to the account's default group or
//! to one custom group; custom groups are what `/Groups` lists. Members are users only (no nested
//! groups).

use serde_json::{Map, Value, json};

use super::GROUP_SCHEMA;
use super::user::{AttributeError, Meta};
use crate::message::Message;
use crate::profile::UserId;

/// Longest group name, in characters.
pub const MAX_GROUP_NAME_CHARS: usize = 100;

/// A custom group's display name: trimmed, not blank, at most 100 characters, no control
/// characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct GroupName(String);

impl GroupName {
    pub fn parse(input: &str) -> Result<Self, Message> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(Message::new("error-group-name-blank"));
        }
        if trimmed.chars().count() > MAX_GROUP_NAME_CHARS {
            return Err(Message::new("error-group-name-too-long").with("max", MAX_GROUP_NAME_CHARS));
        }
        if trimmed.chars().any(char::is_control) {
            return Err(Message::new("error-group-name-control"));
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form uniqueness is decided on: case-insensitive.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

/// A member as a group lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupMember {
    pub id: UserId,
    pub display: String,
}

/// What a client sends for a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupInput {
    pub display_name: GroupName,
    pub external_id: Option<String>,
    /// `None` when the request does not mention members (they stay as they are).
    pub members: Option<Vec<UserId>>,
}

/// The resource of a group. `base` is the SCIM base URL, for the members' `$ref`.
pub fn to_scim_group(
    id: &str,
    name: &GroupName,
    external_id: Option<&str>,
    members: &[GroupMember],
    meta: &Meta,
    base: &str,
) -> Value {
    let mut g = json!({
        "schemas": [GROUP_SCHEMA],
        "id": id,
        "displayName": name.as_str(),
        "members": members.iter().map(|m| json!({
            "value": m.id.to_string(),
            "display": m.display,
            "type": "User",
            "$ref": format!("{base}/Users/{}", m.id),
        })).collect::<Vec<_>>(),
        "meta": {
            "resourceType": "Group",
            "created": super::user::fmt_time(meta.created),
            "lastModified": super::user::fmt_time(meta.last_modified),
            "version": meta.version,
            "location": meta.location,
        },
    });
    if let (Some(e), Some(obj)) = (external_id, g.as_object_mut()) {
        obj.insert("externalId".into(), json!(e));
    }
    g
}

fn invalid(attribute: &str, id: &'static str) -> AttributeError {
    AttributeError {
        attribute: attribute.to_owned(),
        reason: Message::new(id),
    }
}

fn get<'a>(obj: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    obj.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
}

/// Reads a group from a client's resource; read-only attributes (`id`, `meta`) are ignored.
pub fn group_from_scim(v: &Value) -> Result<GroupInput, AttributeError> {
    let Value::Object(obj) = v else {
        return Err(invalid("", "scim-error-not-an-object"));
    };
    let display_name = match get(obj, "displayName") {
        Some(Value::String(s)) => GroupName::parse(s).map_err(|reason| AttributeError {
            attribute: "displayName".into(),
            reason,
        })?,
        Some(_) => return Err(invalid("displayName", "scim-error-not-a-string")),
        None => return Err(invalid("displayName", "scim-error-required")),
    };
    let external_id = match get(obj, "externalId") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.len() <= 200 => Some(s.clone()),
        Some(_) => return Err(invalid("externalId", "scim-error-invalid-value")),
    };
    let members = match get(obj, "members") {
        None | Some(Value::Null) => None,
        Some(Value::Array(items)) => {
            let mut ids = Vec::with_capacity(items.len());
            for item in items {
                let Value::Object(m) = item else {
                    return Err(invalid("members", "scim-error-not-an-object"));
                };
                if let Some(t) = get(m, "type")
                    && !t.as_str().is_some_and(|t| t.eq_ignore_ascii_case("User"))
                {
                    return Err(invalid("members.type", "scim-error-nested-groups"));
                }
                let id = get(m, "value")
                    .and_then(Value::as_str)
                    .and_then(|s| uuid::Uuid::parse_str(s.trim()).ok())
                    .ok_or_else(|| invalid("members.value", "scim-error-unknown-member"))?;
                if !ids.contains(&UserId(id)) {
                    ids.push(UserId(id));
                }
            }
            Some(ids)
        }
        Some(_) => return Err(invalid("members", "scim-error-not-an-array")),
    };
    Ok(GroupInput {
        display_name,
        external_id,
        members,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_names_are_trimmed_bounded_and_printable() {
        assert_eq!(
            GroupName::parse("  Field team ").map(|n| n.as_str().to_owned()),
            Ok("Field team".to_owned())
        );
        assert!(GroupName::parse("   ").is_err());
        assert!(GroupName::parse(&"x".repeat(101)).is_err());
        assert!(GroupName::parse("a\u{7}b").is_err());
        assert_eq!(
            GroupName::parse("Équipe").map(|n| n.key()),
            Ok("équipe".to_owned())
        );
    }

    #[test]
    fn members_are_users_named_by_id_once_each() {
        let a = uuid::Uuid::new_v4();
        let g = group_from_scim(&json!({
            "displayName": "Ops",
            "members": [{"value": a.to_string()}, {"value": a.to_string(), "type": "User"}]
        }))
        .expect("valid");
        assert_eq!(g.members, Some(vec![UserId(a)]));
        let nested = group_from_scim(&json!({
            "displayName": "Ops",
            "members": [{"value": a.to_string(), "type": "Group"}]
        }));
        assert_eq!(
            nested.map_err(|e| e.attribute),
            Err("members.type".to_owned())
        );
        let junk = group_from_scim(&json!({"displayName": "Ops", "members": [{"value": "x"}]}));
        assert_eq!(
            junk.map_err(|e| e.attribute),
            Err("members.value".to_owned())
        );
        assert_eq!(
            group_from_scim(&json!({"members": []})).map_err(|e| e.attribute),
            Err("displayName".to_owned())
        );
    }
}

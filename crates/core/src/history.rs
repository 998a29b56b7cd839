//! A user's history in words an admin reads: each change of an audit event (`{field, before,
//! after}` between two profiles, as our account server records them) becomes a line with the
//! field's label and both values as they are shown on the profile, never column names or JSON.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::language::Language;
use crate::profile::{MobilePhone, NotificationFrequency, OfficePhone, Presence, UserGroup};
use crate::roles::Role;
use crate::{AccountType, RoleSet, Status};

/// A value as the history shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Shown {
    /// Data of the user's, shown as it is (a name, a number).
    Text(String),
    /// A word of the app's, to translate (a status, an account type): its message id.
    Word(&'static str),
    /// Not set.
    Nothing,
}

/// One field's change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangeLine {
    /// The field's label (a message id).
    pub label: &'static str,
    pub before: Shown,
    pub after: Shown,
}

/// The message id of an audit action ("update", "deactivate", "send-activation-email", …), or
/// `None` for an action this version does not know (shown as the server names it).
pub fn action_label(action: &str) -> Option<&'static str> {
    Some(match action {
        "create" => "history-action-create",
        "update" => "history-action-update",
        "deactivate" => "history-action-deactivate",
        "reactivate" => "history-action-reactivate",
        "delete" => "history-action-delete",
        "activate" => "history-action-activate",
        "set-password" => "history-action-set-password",
        "send-activation-email" => "history-action-send-activation-email",
        "send-welcome-email" => "history-action-send-welcome-email",
        "send-password-reset-email" => "history-action-send-password-reset-email",
        "start-phone-verification" => "history-action-start-phone-verification",
        "verify-phone" => "history-action-verify-phone",
        _ => return None,
    })
}

/// The lines of an event's `changes`. Fields the admin does not edit and that change by
/// themselves (last activity, the times of invitations and activations, which the status line
/// says) are left out, as is anything this version cannot read.
pub fn describe(changes: &Value, catalog: &[Role]) -> Vec<ChangeLine> {
    let Some(changes) = changes.as_array() else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    for c in changes {
        let (Some(field), before, after) = (c["field"].as_str(), &c["before"], &c["after"]) else {
            continue;
        };
        lines.extend(lines_of(field, before, after, catalog));
    }
    lines
}

fn read<T: for<'de> Deserialize<'de>>(v: &Value) -> Option<T> {
    serde_json::from_value(v.clone()).ok()
}

fn text(v: &Value) -> Shown {
    match v.as_str() {
        Some(s) if !s.is_empty() => Shown::Text(s.to_owned()),
        _ => Shown::Nothing,
    }
}

fn word(id: &'static str) -> Shown {
    Shown::Word(id)
}

fn type_word(t: AccountType) -> &'static str {
    match t {
        AccountType::SuperAdmin => "type-super_admin",
        AccountType::ConfigAdmin => "type-config_admin",
        AccountType::Internal => "type-internal",
        AccountType::External => "type-external",
        AccountType::OneTimeCompletion => "type-one_time_completion",
    }
}

fn status_word(s: Status) -> &'static str {
    match s {
        Status::Created => "status-created",
        Status::Invited => "status-invited",
        Status::Active => "status-active",
        Status::Inactive => "status-inactive",
    }
}

fn frequency_word(f: NotificationFrequency) -> &'static str {
    match f {
        NotificationFrequency::Instant => "notif-instant",
        NotificationFrequency::Hourly => "notif-hourly",
        NotificationFrequency::Daily => "notif-daily",
        NotificationFrequency::Weekly => "notif-weekly",
        NotificationFrequency::Never => "notif-never",
    }
}

fn presence_word(p: Presence) -> &'static str {
    match p {
        Presence::Online => "presence-online",
        Presence::Away => "presence-away",
        Presence::Busy => "presence-busy",
        Presence::Offline => "presence-offline",
    }
}

fn line(label: &'static str, before: Shown, after: Shown) -> Option<ChangeLine> {
    (before != after).then_some(ChangeLine {
        label,
        before,
        after,
    })
}

/// Both sides read as `T` (a side that is null or unreadable is `None`).
fn both<T: for<'de> Deserialize<'de>>(before: &Value, after: &Value) -> (Option<T>, Option<T>) {
    (read(before), read(after))
}

fn lines_of(field: &str, before: &Value, after: &Value, catalog: &[Role]) -> Vec<ChangeLine> {
    let simple = |label| line(label, text(before), text(after)).into_iter().collect();
    match field {
        "first_name" => simple("field-first-name"),
        "last_name" => simple("field-last-name"),
        "title" => simple("field-title"),
        "badge_id" => simple("field-badge"),
        "email" => simple("field-email"),
        "mobile_phone" => {
            let (b, a) = both::<MobilePhone>(before, after);
            let number = |m: &Option<MobilePhone>| {
                m.as_ref()
                    .map_or(Shown::Nothing, |m| Shown::Text(m.number.international()))
            };
            let verified = |m: &Option<MobilePhone>| {
                m.as_ref().map_or(Shown::Nothing, |m| {
                    word(if m.verified {
                        "phone-verified"
                    } else {
                        "phone-unverified"
                    })
                })
            };
            let same_number = b.as_ref().map(|m| &m.number) == a.as_ref().map(|m| &m.number);
            if same_number {
                line("field-mobile", verified(&b), verified(&a))
                    .into_iter()
                    .collect()
            } else {
                line("field-mobile", number(&b), number(&a))
                    .into_iter()
                    .collect()
            }
        }
        "office_phone" => {
            let (b, a) = both::<OfficePhone>(before, after);
            let number = |o: &Option<OfficePhone>| {
                o.as_ref()
                    .map_or(Shown::Nothing, |o| Shown::Text(o.number.international()))
            };
            let extension = |o: &Option<OfficePhone>| {
                o.as_ref()
                    .and_then(|o| o.extension.as_ref())
                    .map_or(Shown::Nothing, |e| Shown::Text(e.as_str().to_owned()))
            };
            [
                line("field-office", number(&b), number(&a)),
                line("field-extension", extension(&b), extension(&a)),
            ]
            .into_iter()
            .flatten()
            .collect()
        }
        "language" => {
            let shown = |v: &Value| match read::<Language>(v) {
                Some(Language::Locale(l)) => Shown::Text(l.native_name().to_owned()),
                Some(Language::SystemDefault) => word("language-system"),
                Some(Language::Other(tag)) => Shown::Text(tag.into()),
                None => Shown::Nothing,
            };
            line("field-language", shown(before), shown(after))
                .into_iter()
                .collect()
        }
        "group" => {
            let (b, a) = both::<UserGroup>(before, after);
            let name = |g: &Option<UserGroup>| match g {
                Some(UserGroup::Custom { name, .. }) => Shown::Text(name.clone()),
                Some(UserGroup::Default) => word("group-default"),
                None => Shown::Nothing,
            };
            let manager = |g: &Option<UserGroup>| match g {
                Some(UserGroup::Custom { manager, .. }) => {
                    word(if *manager { "answer-yes" } else { "answer-no" })
                }
                _ => Shown::Nothing,
            };
            [
                line("field-group", name(&b), name(&a)),
                line("group-manager", manager(&b), manager(&a)),
            ]
            .into_iter()
            .flatten()
            .collect()
        }
        "account_type" => {
            let shown =
                |v: &Value| read::<AccountType>(v).map_or(Shown::Nothing, |t| word(type_word(t)));
            line("field-account-type", shown(before), shown(after))
                .into_iter()
                .collect()
        }
        "roles" => {
            let shown = |v: &Value| match read::<RoleSet>(v) {
                Some(r) if !r.is_empty() => Shown::Text(
                    r.ids()
                        .map(|id| {
                            catalog
                                .iter()
                                .find(|c| c.id == id)
                                .map_or(id, |c| c.name.as_str())
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                _ => word("roles-none"),
            };
            line("field-roles", shown(before), shown(after))
                .into_iter()
                .collect()
        }
        "status" => {
            let shown =
                |v: &Value| read::<Status>(v).map_or(Shown::Nothing, |s| word(status_word(s)));
            line("field-status", shown(before), shown(after))
                .into_iter()
                .collect()
        }
        "single_sign_on" => {
            let shown = |v: &Value| match v.as_bool() {
                Some(true) => word("sso-yes"),
                Some(false) => word("sso-no"),
                None => Shown::Nothing,
            };
            line("field-sso", shown(before), shown(after))
                .into_iter()
                .collect()
        }
        "notification_frequency" => {
            let shown = |v: &Value| {
                read::<NotificationFrequency>(v).map_or(Shown::Nothing, |f| word(frequency_word(f)))
            };
            line("field-notifications", shown(before), shown(after))
                .into_iter()
                .collect()
        }
        "presence" => {
            let shown =
                |v: &Value| read::<Presence>(v).map_or(Shown::Nothing, |p| word(presence_word(p)));
            line("field-presence", shown(before), shown(after))
                .into_iter()
                .collect()
        }
        "avatar" => {
            let shown = |v: &Value| {
                if v.is_null() {
                    Shown::Nothing
                } else {
                    word("history-avatar-set")
                }
            };
            line("field-avatar", shown(before), shown(after))
                .into_iter()
                .collect()
        }
        // Changes by themselves, or said by the status line; ids and creation never change.
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn changes_between(before: &crate::UserProfile, after: &crate::UserProfile) -> Value {
        let (b, a) = (
            serde_json::to_value(before).expect("a profile"),
            serde_json::to_value(after).expect("a profile"),
        );
        let mut out = Vec::new();
        for (k, v) in a.as_object().expect("an object") {
            if b[k] != *v {
                out.push(json!({"field": k, "before": b[k], "after": v}));
            }
        }
        Value::Array(out)
    }

    #[test]
    fn an_edit_reads_as_words_with_both_values() {
        let before = crate::demo::demo_users(1, 3, time::OffsetDateTime::UNIX_EPOCH).remove(0);
        let mut after = before.clone();
        after.first_name = crate::PersonName::parse("Zoë").expect("a name");
        after.status = Status::Inactive;
        after.last_active_at = Some(time::OffsetDateTime::UNIX_EPOCH);
        after.presence = Presence::Busy;
        after.title = None;
        let lines = describe(&changes_between(&before, &after), &Role::built_ins());
        let labels: Vec<&str> = lines.iter().map(|l| l.label).collect();
        assert!(labels.contains(&"field-first-name"), "{labels:?}");
        assert!(labels.contains(&"field-status"), "{labels:?}");
        assert!(
            !labels.iter().any(|l| l.contains("active_at")),
            "activity is not an edit"
        );
        let name = lines
            .iter()
            .find(|l| l.label == "field-first-name")
            .expect("the name");
        assert_eq!(name.after, Shown::Text("Zoë".into()));
        assert_eq!(name.before, Shown::Text(before.first_name.to_string()));
        let status = lines
            .iter()
            .find(|l| l.label == "field-status")
            .expect("the status");
        assert_eq!(status.after, Shown::Word("status-inactive"));
        if before.title.is_some() {
            let title = lines
                .iter()
                .find(|l| l.label == "field-title")
                .expect("the title");
            assert_eq!(title.after, Shown::Nothing);
        }
    }

    #[test]
    fn roles_are_named_from_the_catalog_and_a_verified_number_says_so() {
        let catalog = Role::built_ins();
        let role = &catalog[0];
        let lines = describe(
            &json!([
                {"field": "roles", "before": [], "after": [role.id]},
                {"field": "mobile_phone",
                 "before": {"number": "+4930901820", "verified": false},
                 "after": {"number": "+4930901820", "verified": true}},
                {"field": "nonsense", "before": 1, "after": 2},
                {"before": 1},
            ]),
            &catalog,
        );
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert_eq!(lines[0].after, Shown::Text(role.name.clone()));
        assert_eq!(lines[0].before, Shown::Word("roles-none"));
        assert_eq!(lines[1].after, Shown::Word("phone-verified"));
        assert!(describe(&json!("not a list"), &catalog).is_empty());
    }

    #[test]
    fn every_known_action_has_a_label() {
        for a in [
            "create",
            "update",
            "deactivate",
            "send-welcome-email",
            "verify-phone",
        ] {
            assert!(action_label(a).is_some(), "{a}");
        }
        assert_eq!(action_label("rm -rf"), None);
    }
}

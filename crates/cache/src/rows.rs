//! Conversions between a database row and the domain's `UserProfile`. Values read back are parsed
//! again: a file edited by hand or by an older version cannot smuggle an invalid value into the app.

use sqlx::Row;
use sqlx::sqlite::SqliteRow;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use userdesk_core::language::Language;
use userdesk_core::phone::PhoneExtension;
use userdesk_core::profile::{
    MobilePhone, NotificationFrequency, OfficePhone, Presence, UserGroup,
};
use userdesk_core::{
    AccountType, BadgeId, Email, PersonName, PhoneE164, RoleSet, Status, Title, UserId, UserProfile,
};

use crate::CacheError;

pub(crate) fn fmt_time(t: OffsetDateTime) -> String {
    // RFC 3339 in UTC sorts as text in time order.
    t.to_offset(time::UtcOffset::UTC)
        .format(&Rfc3339)
        .unwrap_or_default()
}

pub(crate) fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// A sort key that puts empty values after all others when ascending.
pub(crate) fn sort_key_optional(s: Option<&str>) -> String {
    match s {
        Some(v) => format!("0{}", v.to_lowercase()),
        None => "1".to_owned(),
    }
}

struct Reader<'r> {
    row: &'r SqliteRow,
    id: String,
}

impl Reader<'_> {
    fn corrupt(&self, column: &'static str) -> CacheError {
        CacheError::Corrupt {
            id: self.id.clone(),
            column,
        }
    }

    fn text(&self, column: &'static str) -> Result<String, CacheError> {
        self.row
            .try_get::<String, _>(column)
            .map_err(|_| self.corrupt(column))
    }

    fn opt_text(&self, column: &'static str) -> Result<Option<String>, CacheError> {
        self.row
            .try_get::<Option<String>, _>(column)
            .map_err(|_| self.corrupt(column))
    }

    fn flag(&self, column: &'static str) -> Result<bool, CacheError> {
        self.row
            .try_get::<i64, _>(column)
            .map(|v| v != 0)
            .map_err(|_| self.corrupt(column))
    }

    fn time(&self, column: &'static str) -> Result<Option<OffsetDateTime>, CacheError> {
        match self.opt_text(column)? {
            None => Ok(None),
            Some(s) => OffsetDateTime::parse(&s, &Rfc3339)
                .map(Some)
                .map_err(|_| self.corrupt(column)),
        }
    }

    fn parsed<T, E>(
        &self,
        column: &'static str,
        parse: impl FnOnce(&str) -> Result<T, E>,
    ) -> Result<T, CacheError> {
        parse(&self.text(column)?).map_err(|_| self.corrupt(column))
    }
}

pub(crate) fn profile_from_row(row: &SqliteRow) -> Result<UserProfile, CacheError> {
    let id: String = row.try_get("id")?;
    let r = Reader { row, id };
    let uuid = uuid::Uuid::parse_str(&r.id).map_err(|_| r.corrupt("id"))?;
    let mobile_phone = match r.opt_text("mobile_phone")? {
        Some(n) => Some(MobilePhone {
            number: PhoneE164::from_e164(&n).ok_or_else(|| r.corrupt("mobile_phone"))?,
            verified: r.flag("mobile_verified")?,
        }),
        None => None,
    };
    let office_phone = match r.opt_text("office_phone")? {
        Some(n) => Some(OfficePhone {
            number: PhoneE164::from_e164(&n).ok_or_else(|| r.corrupt("office_phone"))?,
            extension: PhoneExtension::parse_optional(
                &r.opt_text("office_extension")?.unwrap_or_default(),
            )
            .map_err(|_| r.corrupt("office_extension"))?,
        }),
        None => None,
    };
    let group = match r.opt_text("group_id")? {
        Some(id) => UserGroup::Custom {
            id,
            name: r.opt_text("group_name")?.unwrap_or_default(),
            manager: r.flag("group_manager")?,
        },
        None => UserGroup::Default,
    };
    Ok(UserProfile {
        id: UserId(uuid),
        email: r.parsed("email", Email::parse)?,
        first_name: r.parsed("first_name", PersonName::parse)?,
        last_name: r.parsed("last_name", PersonName::parse)?,
        title: Title::parse_optional(&r.opt_text("title")?.unwrap_or_default())
            .map_err(|_| r.corrupt("title"))?,
        badge_id: BadgeId::parse_optional(&r.opt_text("badge_id")?.unwrap_or_default())
            .map_err(|_| r.corrupt("badge_id"))?,
        mobile_phone,
        office_phone,
        language: Language::parse(&r.opt_text("language")?.unwrap_or_default())
            .map_err(|_| r.corrupt("language"))?,
        group,
        account_type: r.parsed("account_type", AccountType::parse)?,
        roles: serde_json::from_str::<Vec<String>>(&r.text("role_ids")?)
            .ok()
            .and_then(|ids| RoleSet::new(ids).ok())
            .ok_or_else(|| r.corrupt("role_ids"))?,
        status: r.parsed("status", |s| Status::parse(s).ok_or(()))?,
        single_sign_on: r.flag("single_sign_on")?,
        invited_at: r.time("invited_at")?,
        activated_at: r.time("activated_at")?,
        last_active_at: r.time("last_active_at")?,
        created_at: r
            .time("created_at")?
            .ok_or_else(|| r.corrupt("created_at"))?,
        // Where the avatar's pictures are, as JSON ({"photo", "thumbnail"}).
        avatar: r
            .opt_text("avatar")?
            .and_then(|json| serde_json::from_str(&json).ok()),
        notification_frequency: r.parsed("notification_frequency", |s| {
            NotificationFrequency::parse(s).ok_or(())
        })?,
        presence: r.parsed("presence", |s| Presence::parse(s).ok_or(()))?,
    })
}

//! The user profile record: one per person in the account, every field of the product.

use std::fmt;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::account_type::AccountType;
use crate::badge::BadgeId;
use crate::email::Email;
use crate::language::Language;
use crate::lifecycle::Status;
use crate::name::PersonName;
use crate::name_order::NameOrder;
use crate::phone::{PhoneE164, PhoneExtension};
use crate::roles::RoleSet;
use crate::title::Title;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UserId(pub Uuid);

impl UserId {
    pub fn new() -> Self {
        Self(Uuid::now_v7())
    }
}

impl Default for UserId {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// The mobile number, which counts as verified only after the 6-digit code was confirmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MobilePhone {
    pub number: PhoneE164,
    pub verified: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficePhone {
    pub number: PhoneE164,
    pub extension: Option<PhoneExtension>,
}

/// A custom group of the account, as its catalog lists it (the server's id and display name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub id: String,
    pub name: String,
}

/// A user belongs to the account's default group or to one custom group, which they may manage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum UserGroup {
    #[default]
    Default,
    Custom {
        id: String,
        name: String,
        manager: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum NotificationFrequency {
    Instant,
    Hourly,
    #[default]
    Daily,
    Weekly,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    Online,
    Away,
    Busy,
    #[default]
    Offline,
}

impl NotificationFrequency {
    pub const ALL: [NotificationFrequency; 5] = [
        Self::Instant,
        Self::Hourly,
        Self::Daily,
        Self::Weekly,
        Self::Never,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Instant => "instant",
            Self::Hourly => "hourly",
            Self::Daily => "daily",
            Self::Weekly => "weekly",
            Self::Never => "never",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

impl Presence {
    pub const ALL: [Presence; 4] = [Self::Online, Self::Away, Self::Busy, Self::Offline];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Online => "online",
            Self::Away => "away",
            Self::Busy => "busy",
            Self::Offline => "offline",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// One user's profile. Every field is already valid: it was parsed on the way in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserProfile {
    pub id: UserId,
    /// Also the username.
    pub email: Email,
    pub first_name: PersonName,
    pub last_name: PersonName,
    pub title: Option<Title>,
    pub badge_id: Option<BadgeId>,
    pub mobile_phone: Option<MobilePhone>,
    pub office_phone: Option<OfficePhone>,
    pub language: Language,
    pub group: UserGroup,
    pub account_type: AccountType,
    pub roles: RoleSet,
    pub status: Status,
    /// Signs in through single sign-on: never sent an activation e-mail.
    pub single_sign_on: bool,
    /// When the activation e-mail was last sent (Invited).
    #[serde(with = "time::serde::rfc3339::option")]
    pub invited_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub activated_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub last_active_at: Option<OffsetDateTime>,
    /// "Since": when the account was created. Read-only.
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// Where the avatar's pictures are, if one is set.
    pub avatar: Option<crate::Avatar>,
    pub notification_frequency: NotificationFrequency,
    pub presence: Presence,
}

impl UserProfile {
    /// A new user, as "Add new user" makes them: an Internal account, Created (no activation
    /// e-mail sent yet), with a new id.
    pub fn new_user(
        email: Email,
        first_name: PersonName,
        last_name: PersonName,
        now: OffsetDateTime,
    ) -> Self {
        UserProfile {
            id: UserId::new(),
            email,
            first_name,
            last_name,
            title: None,
            badge_id: None,
            mobile_phone: None,
            office_phone: None,
            language: Language::default(),
            group: UserGroup::default(),
            account_type: AccountType::Internal,
            roles: RoleSet::default(),
            status: Status::Created,
            single_sign_on: false,
            invited_at: None,
            activated_at: None,
            last_active_at: None,
            created_at: now,
            avatar: None,
            notification_frequency: NotificationFrequency::default(),
            presence: Presence::default(),
        }
    }

    /// The whole name as the person's culture writes it ("Ada Lovelace", "赵静", "Nagy Gábor").
    pub fn display_name(&self) -> String {
        self.name_order()
            .full_name(self.first_name.as_str(), self.last_name.as_str())
    }

    /// The initials of [`UserProfile::display_name`], in its order.
    pub fn initials(&self) -> String {
        self.name_order()
            .initials(self.first_name.as_str(), self.last_name.as_str())
    }

    fn name_order(&self) -> NameOrder {
        NameOrder::of(
            self.first_name.as_str(),
            self.last_name.as_str(),
            &self.language,
        )
    }
}

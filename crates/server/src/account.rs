//! Creating an account: its first Super admin, who can then invite everyone else.

use userdesk_core::profile::{NotificationFrequency, Presence, UserGroup};
use userdesk_core::{
    AccountType, Email, Language, PersonName, RoleSet, Status, UserId, UserProfile,
};

use crate::password::{MIN_PASSWORD_CHARS, hash_password_off_runtime};
use crate::store::{Store, StoreError, UserRecord};

#[derive(Debug, thiserror::Error)]
pub enum InitError {
    #[error("this account already has users; nothing was changed")]
    NotEmpty,
    #[error("invalid {0}")]
    Invalid(&'static str),
    #[error("a password needs at least {MIN_PASSWORD_CHARS} characters")]
    WeakPassword,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Creates the first Super admin, active, with `password`. Refuses if the account has users.
pub async fn init_account(
    store: &Store,
    email: &str,
    first: &str,
    last: &str,
    password: &str,
) -> Result<UserId, InitError> {
    if !store.is_empty().await? {
        return Err(InitError::NotEmpty);
    }
    create_user(
        store,
        email,
        first,
        last,
        password,
        AccountType::SuperAdmin,
        RoleSet::default(),
    )
    .await
}

/// Creates an active user who can sign in with `password`.
pub async fn create_user(
    store: &Store,
    email: &str,
    first: &str,
    last: &str,
    password: &str,
    account_type: AccountType,
    roles: RoleSet,
) -> Result<UserId, InitError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(InitError::WeakPassword);
    }
    let now = store.now();
    let profile = UserProfile {
        id: UserId::new(),
        email: Email::parse(email).map_err(|_| InitError::Invalid("e-mail address"))?,
        first_name: PersonName::parse(first).map_err(|_| InitError::Invalid("first name"))?,
        last_name: PersonName::parse(last).map_err(|_| InitError::Invalid("last name"))?,
        title: None,
        badge_id: None,
        mobile_phone: None,
        office_phone: None,
        language: Language::SystemDefault,
        group: UserGroup::Default,
        account_type,
        roles,
        status: Status::Active,
        single_sign_on: false,
        invited_at: None,
        activated_at: Some(now),
        last_active_at: None,
        created_at: now,
        avatar: None,
        notification_frequency: NotificationFrequency::default(),
        presence: Presence::default(),
    };
    let id = profile.id;
    let phc = hash_password_off_runtime(password.to_owned())
        .await
        .ok_or(InitError::Invalid("password"))?;
    store
        .insert(&UserRecord {
            profile,
            external_id: None,
            version: 1,
            created: now,
            last_modified: now,
        })
        .await?;
    store.set_password(&id.to_string(), &phc, now).await?;
    Ok(id)
}

/// Adds `count` demo users (the desktop app's demo generator, seeded): people from many cultures
/// and scripts with every kind of account, status and phone. Nothing is added if one of their
/// e-mail addresses is taken (another seed makes other people). Returns how many were added.
pub async fn add_demo_users(store: &Store, count: usize, seed: u64) -> Result<usize, InitError> {
    let now = store.now();
    let mut profiles = userdesk_core::demo::demo_users(count, seed, now);
    // The demo's groups are real groups of the account (with ids of the server's kind), so
    // that membership is read and changed through /Groups as in any account.
    let mut groups: std::collections::BTreeMap<String, crate::store::GroupRecord> =
        std::collections::BTreeMap::new();
    for p in &mut profiles {
        if let UserGroup::Custom { id, name, .. } = &mut p.group {
            let uuid = uuid::Uuid::new_v5(
                &uuid::Uuid::NAMESPACE_URL,
                format!("userdesk-demo-group:{id}").as_bytes(),
            );
            if !groups.contains_key(id.as_str()) {
                let name = userdesk_core::scim::group::GroupName::parse(name)
                    .map_err(|_| InitError::Invalid("demo group name"))?;
                groups.insert(
                    id.clone(),
                    crate::store::GroupRecord {
                        id: uuid,
                        name,
                        external_id: None,
                        version: 1,
                        created: now,
                        last_modified: now,
                    },
                );
            }
            *id = uuid.to_string();
        }
    }
    let writes: Vec<crate::store::Write> = groups
        .into_values()
        .map(crate::store::Write::InsertGroup)
        .collect();
    if !writes.is_empty() {
        store.commit_change(&writes, &[], None, &[]).await?;
    }
    let records: Vec<UserRecord> = profiles
        .into_iter()
        .map(|profile| UserRecord {
            created: profile.created_at,
            last_modified: profile.created_at,
            profile,
            external_id: None,
            version: 1,
        })
        .collect();
    store.insert_many(&records).await?;
    Ok(records.len())
}

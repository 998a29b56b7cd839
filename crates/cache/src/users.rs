//! Reading and writing users.

use sqlx::{QueryBuilder, Row, Sqlite, Transaction};
use time::OffsetDateTime;
use userdesk_core::profile::UserGroup;
use userdesk_core::{Field, FieldError, ProfileEdit, Role, UserId, UserProfile};

use crate::pictures::Picture;
use crate::rows::{fmt_time, lower, profile_from_row, sort_key_optional};
use crate::search::index_terms;
use crate::{Cache, CacheError};

const COLUMNS: &str = "INSERT INTO users (id, email, email_key, first_name, last_name,
    first_name_key, last_name_key, title, title_sort, badge_id, badge_key, badge_sort, mobile_phone,
    mobile_verified, office_phone, office_extension, language, group_id, group_name, group_manager,
    account_type, status, account_type_rank, status_rank, single_sign_on, invited_at, activated_at,
    last_active_at, created_at, avatar, notification_frequency, presence, updated_at, search_terms,
    role_ids) ";

const ON_CONFLICT: &str = " ON CONFLICT (id) DO UPDATE SET
    email = excluded.email, email_key = excluded.email_key, first_name = excluded.first_name,
    last_name = excluded.last_name, first_name_key = excluded.first_name_key,
    last_name_key = excluded.last_name_key, title = excluded.title, title_sort = excluded.title_sort,
    badge_id = excluded.badge_id, badge_key = excluded.badge_key, badge_sort = excluded.badge_sort,
    mobile_phone = excluded.mobile_phone, mobile_verified = excluded.mobile_verified,
    office_phone = excluded.office_phone, office_extension = excluded.office_extension,
    language = excluded.language, group_id = excluded.group_id, group_name = excluded.group_name,
    group_manager = excluded.group_manager, account_type = excluded.account_type,
    status = excluded.status, account_type_rank = excluded.account_type_rank,
    status_rank = excluded.status_rank, single_sign_on = excluded.single_sign_on,
    invited_at = excluded.invited_at, activated_at = excluded.activated_at,
    last_active_at = excluded.last_active_at, created_at = excluded.created_at,
    avatar = excluded.avatar, notification_frequency = excluded.notification_frequency,
    presence = excluded.presence, updated_at = excluded.updated_at,
    search_terms = excluded.search_terms, role_ids = excluded.role_ids";

/// Users per INSERT statement: 35 columns each stays well under SQLite's 32,766 parameters.
const BATCH: usize = 200;

/// Inserts or replaces `users` in as few statements as possible; the triggers of the schema keep
/// the search index and the role table in step.
pub(crate) async fn write_users(
    tx: &mut Transaction<'_, Sqlite>,
    users: &[UserProfile],
    now: OffsetDateTime,
) -> Result<(), CacheError> {
    let updated_at = fmt_time(now);
    for batch in users.chunks(BATCH) {
        let mut q = QueryBuilder::<Sqlite>::new(COLUMNS);
        q.push_values(batch, |mut b, u| {
            let (group_id, group_name, group_manager) = match &u.group {
                UserGroup::Default => (None, None, false),
                UserGroup::Custom { id, name, manager } => {
                    (Some(id.clone()), Some(name.clone()), *manager)
                }
            };
            let roles: Vec<&str> = u.roles.ids().collect();
            b.push_bind(u.id.0.to_string())
                .push_bind(u.email.as_str().to_owned())
                .push_bind(u.email.key())
                .push_bind(u.first_name.as_str().to_owned())
                .push_bind(u.last_name.as_str().to_owned())
                .push_bind(lower(u.first_name.as_str()))
                .push_bind(lower(u.last_name.as_str()))
                .push_bind(u.title.as_ref().map(|t| t.as_str().to_owned()))
                .push_bind(sort_key_optional(u.title.as_ref().map(|t| t.as_str())))
                .push_bind(u.badge_id.as_ref().map(|b| b.as_str().to_owned()))
                .push_bind(u.badge_id.as_ref().map(|b| b.key()))
                .push_bind(sort_key_optional(u.badge_id.as_ref().map(|b| b.as_str())))
                .push_bind(
                    u.mobile_phone
                        .as_ref()
                        .map(|m| m.number.as_str().to_owned()),
                )
                .push_bind(u.mobile_phone.as_ref().is_some_and(|m| m.verified))
                .push_bind(
                    u.office_phone
                        .as_ref()
                        .map(|o| o.number.as_str().to_owned()),
                )
                .push_bind(
                    u.office_phone
                        .as_ref()
                        .and_then(|o| o.extension.as_ref())
                        .map(|e| e.as_str().to_owned()),
                )
                .push_bind(u.language.tag())
                .push_bind(group_id)
                .push_bind(group_name)
                .push_bind(group_manager)
                .push_bind(u.account_type.as_str())
                .push_bind(u.status.as_str())
                .push_bind(crate::query::account_type_rank(u.account_type))
                .push_bind(crate::query::status_rank(u.status))
                .push_bind(u.single_sign_on)
                .push_bind(u.invited_at.map(fmt_time))
                .push_bind(u.activated_at.map(fmt_time))
                .push_bind(u.last_active_at.map(fmt_time))
                .push_bind(fmt_time(u.created_at))
                .push_bind(
                    u.avatar
                        .as_ref()
                        .and_then(|a| serde_json::to_string(a).ok()),
                )
                .push_bind(u.notification_frequency.as_str())
                .push_bind(u.presence.as_str())
                .push_bind(updated_at.clone())
                .push_bind(index_terms(u))
                .push_bind(serde_json::to_string(&roles).unwrap_or_else(|_| "[]".into()));
        });
        q.push(ON_CONFLICT);
        q.build().execute(&mut **tx).await?;
    }
    Ok(())
}

impl Cache {
    /// Inserts or replaces these users, all or none.
    pub async fn upsert_users(&self, users: &[UserProfile]) -> Result<(), CacheError> {
        let now = OffsetDateTime::now_utc();
        let mut tx = self.pool.begin().await?;
        write_users(&mut tx, users, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether the cache holds no user yet (cheaper than counting 100,000 of them).
    pub async fn is_empty(&self) -> Result<bool, CacheError> {
        let any: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM users)")
            .fetch_one(&self.pool)
            .await?;
        Ok(!any)
    }

    pub async fn user_count(&self) -> Result<u64, CacheError> {
        let n: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
            .fetch_one(&self.pool)
            .await?;
        Ok(n.max(0) as u64)
    }

    pub async fn get_user(&self, id: UserId) -> Result<UserProfile, CacheError> {
        let row = sqlx::query("SELECT * FROM users WHERE id = ?1")
            .bind(id.0.to_string())
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| CacheError::UserNotFound(id.to_string()))?;
        profile_from_row(&row)
    }

    /// The user with this e-mail address (username), compared as the server does.
    pub async fn user_by_email(
        &self,
        email: &userdesk_core::Email,
    ) -> Result<Option<UserProfile>, CacheError> {
        let row = sqlx::query("SELECT * FROM users WHERE email_key = ?1")
            .bind(email.key())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(profile_from_row).transpose()
    }

    /// Saves one field edit, queued for the server in the same transaction, and returns the profile
    /// as now stored. A refused edit changes nothing. A new value for a field whose earlier edit
    /// the server refused, or which is in conflict, replaces that edit: the admin has decided.
    pub async fn apply_edit(
        &self,
        id: UserId,
        edit: &ProfileEdit,
    ) -> Result<UserProfile, CacheError> {
        self.apply_edit_as(id, edit, None).await
    }

    /// The same, made by `by` (the signed-in admin and the account's role catalog): core's policy
    /// judges the profile before and after (`Actor::may_change`), in the same transaction, and a
    /// denial is refused at the edited field with its reason. With `None` the server decides.
    pub async fn apply_edit_as(
        &self,
        id: UserId,
        edit: &ProfileEdit,
        by: Option<(&userdesk_core::policy::Actor, &[Role])>,
    ) -> Result<UserProfile, CacheError> {
        self.edit_with_pictures(id, edit, by, &[]).await
    }

    /// Sets user `id`'s avatar to these two pictures (made by the avatar pipeline), kept with the
    /// profile and queued for the server in one transaction, judged like any edit.
    pub async fn set_avatar(
        &self,
        id: UserId,
        photo: Picture,
        thumbnail: Picture,
        by: Option<(&userdesk_core::policy::Actor, &[Role])>,
    ) -> Result<UserProfile, CacheError> {
        let avatar = userdesk_core::Avatar {
            photo: photo.uri.clone(),
            thumbnail: thumbnail.uri.clone(),
        };
        let edit = ProfileEdit::Avatar(Some(avatar));
        self.edit_with_pictures(id, &edit, by, &[photo, thumbnail])
            .await
    }

    async fn edit_with_pictures(
        &self,
        id: UserId,
        edit: &ProfileEdit,
        by: Option<(&userdesk_core::policy::Actor, &[Role])>,
        pictures: &[Picture],
    ) -> Result<UserProfile, CacheError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let row = sqlx::query("SELECT * FROM users WHERE id = ?1")
            .bind(id.0.to_string())
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| CacheError::UserNotFound(id.to_string()))?;
        let mut profile = profile_from_row(&row)?;
        edit.check(&profile).map_err(CacheError::Refused)?;
        // The server decides uniqueness in the end; the cache answers at once for what it holds.
        let unique = match edit {
            ProfileEdit::BadgeId(Some(badge)) => Some((
                "SELECT EXISTS (SELECT 1 FROM users WHERE badge_key = ?1 AND id <> ?2)",
                badge.key(),
                Field::BadgeId,
            )),
            ProfileEdit::Email(email) => Some((
                "SELECT EXISTS (SELECT 1 FROM users WHERE email_key = ?1 AND id <> ?2)",
                email.key(),
                Field::Email,
            )),
            _ => None,
        };
        if let Some((sql, key, field)) = unique {
            let taken: bool = sqlx::query_scalar(sql)
                .bind(key)
                .bind(id.0.to_string())
                .fetch_one(&mut *tx)
                .await?;
            if taken {
                return Err(CacheError::Taken(field));
            }
        }
        let before = profile.clone();
        edit.apply_to(&mut profile);
        if let Some((actor, catalog)) = by {
            actor
                .may_change(&before, &profile, catalog)
                .map_err(|denied| {
                    CacheError::Refused(FieldError {
                        field: edit.field(),
                        message: userdesk_core::message::Translatable::message(&denied),
                    })
                })?;
        }
        let now = OffsetDateTime::now_utc();
        for picture in pictures {
            crate::pictures::put(&mut tx, picture).await?;
        }
        write_users(&mut tx, std::slice::from_ref(&profile), now).await?;
        crate::outbox::supersede(&mut tx, id, edit.field().as_str()).await?;
        crate::outbox::queue_edit(&mut tx, id, edit, now).await?;
        tx.commit().await?;
        Ok(profile)
    }

    /// Adds a user made here (offline too), queued for the server as a create of their SCIM
    /// resource (sent with our id as its externalId). Refused, changing nothing, when the cache
    /// already has the e-mail address or badge.
    pub async fn create_user(&self, profile: &UserProfile) -> Result<(), CacheError> {
        let resource = userdesk_core::scim::user::new_resource(profile);
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let taken: bool =
            sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM users WHERE email_key = ?1)")
                .bind(profile.email.key())
                .fetch_one(&mut *tx)
                .await?;
        if taken {
            return Err(CacheError::EmailTaken);
        }
        if let Some(badge) = &profile.badge_id {
            let taken: bool =
                sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM users WHERE badge_key = ?1)")
                    .bind(badge.key())
                    .fetch_one(&mut *tx)
                    .await?;
            if taken {
                return Err(CacheError::Taken(Field::BadgeId));
            }
        }
        let now = OffsetDateTime::now_utc();
        write_users(&mut tx, std::slice::from_ref(profile), now).await?;
        sqlx::query(
            "INSERT INTO outbox (id, user_id, field, operation, made_at, kind)
             VALUES (?1, ?2, 'create', ?3, ?4, 'create')",
        )
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(profile.id.0.to_string())
        .bind(resource.to_string())
        .bind(crate::rows::fmt_time(now))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Replaces the role catalog.
    pub async fn set_roles(&self, roles: &[Role]) -> Result<(), CacheError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM roles").execute(&mut *tx).await?;
        for role in roles {
            let permissions: Vec<&str> = role.permissions.iter().map(|p| p.as_str()).collect();
            sqlx::query(
                "INSERT INTO roles (id, name, permissions, built_in) VALUES (?1, ?2, ?3, ?4)",
            )
            .bind(&role.id)
            .bind(&role.name)
            .bind(serde_json::to_string(&permissions).unwrap_or_else(|_| "[]".into()))
            .bind(role.built_in)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn roles(&self) -> Result<Vec<Role>, CacheError> {
        let rows = sqlx::query(
            "SELECT id, name, permissions, built_in FROM roles ORDER BY built_in DESC, name",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let id: String = r.try_get("id")?;
                let permissions: String = r.try_get("permissions")?;
                Ok(Role {
                    permissions: serde_json::from_str(&permissions).map_err(|_| {
                        CacheError::Corrupt {
                            id: id.clone(),
                            column: "permissions",
                        }
                    })?,
                    name: r.try_get("name")?,
                    built_in: r.try_get::<i64, _>("built_in")? != 0,
                    id,
                })
            })
            .collect()
    }
}

//! The admin's edits: a field changed, an avatar set, a user added. Each is saved in the cache and
//! queued for the server in one transaction, refused at the field (changing nothing) when core's
//! rules, the signed-in admin's permissions or uniqueness in the cache say no.

use time::OffsetDateTime;
use userdesk_core::{Field, FieldError, ProfileEdit, Role, UserId, UserProfile};

use crate::conflicts::close_conflict;
use crate::outbox::{queue_create, queue_edit, supersede};
use crate::pictures::{Picture, put};
use crate::users::{Unique, read_user, taken, write_users};
use crate::{Cache, CacheError};

impl Cache {
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
        let mut profile = read_user(&mut tx, id)
            .await?
            .ok_or_else(|| CacheError::UserNotFound(id.to_string()))?;
        edit.check(&profile).map_err(CacheError::Refused)?;
        // The server decides uniqueness in the end; the cache answers at once for what it holds.
        let unique = match edit {
            ProfileEdit::BadgeId(Some(badge)) => Some((Unique::Badge, badge.key(), Field::BadgeId)),
            ProfileEdit::Email(email) => Some((Unique::Email, email.key(), Field::Email)),
            _ => None,
        };
        if let Some((what, key, field)) = unique
            && taken(&mut tx, what, &key, Some(id)).await?
        {
            return Err(CacheError::Taken(field));
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
            put(&mut tx, picture).await?;
        }
        write_users(&mut tx, std::slice::from_ref(&profile), now).await?;
        let field = edit.field();
        supersede(&mut tx, id, field.as_str()).await?;
        close_conflict(&mut tx, id, field.as_str()).await?;
        queue_edit(&mut tx, id, edit, now).await?;
        tx.commit().await?;
        Ok(profile)
    }

    /// Adds a user made here (offline too), queued for the server as a create of their SCIM
    /// resource (sent with our id as its externalId). Refused, changing nothing, when the cache
    /// already has the e-mail address or badge.
    pub async fn create_user(&self, profile: &UserProfile) -> Result<(), CacheError> {
        let resource = userdesk_core::scim::user::new_resource(profile);
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        if taken(&mut tx, Unique::Email, &profile.email.key(), None).await? {
            return Err(CacheError::EmailTaken);
        }
        if let Some(badge) = &profile.badge_id
            && taken(&mut tx, Unique::Badge, &badge.key(), None).await?
        {
            return Err(CacheError::Taken(Field::BadgeId));
        }
        let now = OffsetDateTime::now_utc();
        write_users(&mut tx, std::slice::from_ref(profile), now).await?;
        queue_create(&mut tx, profile.id, &resource, now).await?;
        tx.commit().await?;
        Ok(())
    }
}

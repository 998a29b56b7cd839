//! The pictures table: avatar pictures by the URI profiles name them with.

use sqlx::{Sqlite, Transaction};
use userdesk_core::avatar::PictureRef;

use crate::rows::fmt_time;
use crate::{Cache, CacheError};

/// One stored picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub uri: PictureRef,
    /// `image/png` or `image/jpeg`.
    pub media_type: String,
    pub bytes: Vec<u8>,
}

/// Stores `picture` (a picture already there under its URI is left as it is: a URI names one
/// picture).
pub(crate) async fn put(
    tx: &mut Transaction<'_, Sqlite>,
    picture: &Picture,
) -> Result<(), CacheError> {
    sqlx::query(
        "INSERT INTO pictures (uri, media_type, bytes, stored_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (uri) DO NOTHING",
    )
    .bind(picture.uri.as_str())
    .bind(&picture.media_type)
    .bind(&picture.bytes)
    .bind(fmt_time(time::OffsetDateTime::now_utc()))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Which avatar part users point at: the 256 px picture or the 64 px thumbnail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    Photo,
    Thumbnail,
}

impl Cache {
    /// The picture stored under `uri`, if there is one.
    pub async fn picture(&self, uri: &PictureRef) -> Result<Option<Picture>, CacheError> {
        let row: Option<(String, Vec<u8>)> =
            sqlx::query_as("SELECT media_type, bytes FROM pictures WHERE uri = ?1")
                .bind(uri.as_str())
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|(media_type, bytes)| Picture {
            uri: uri.clone(),
            media_type,
            bytes,
        }))
    }

    /// Keeps pictures fetched from a server, all or none.
    pub async fn keep_pictures(&self, pictures: &[Picture]) -> Result<(), CacheError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        for p in pictures {
            put(&mut tx, p).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Forgets pictures made here that nothing names any more: no user shows one, and no queued,
    /// conflicting or refused edit sets one (the server took them and answered with its own, or
    /// the edit was discarded). Answers how many were forgotten.
    pub async fn forget_unused_pictures(&self) -> Result<u64, CacheError> {
        let done = sqlx::query(
            "DELETE FROM pictures
             WHERE uri >= 'urn:userdesk:picture:' AND uri < 'urn:userdesk:picture;'
               AND NOT EXISTS (SELECT 1 FROM users u
                               WHERE u.avatar IS NOT NULL AND instr(u.avatar, pictures.uri) > 0)
               AND NOT EXISTS (SELECT 1 FROM outbox o WHERE instr(o.operation, pictures.uri) > 0)",
        )
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    /// Notes that the picture at `uri` could not be had, and why: it is not asked for again.
    pub async fn picture_refused(&self, uri: &PictureRef, reason: &str) -> Result<(), CacheError> {
        sqlx::query(
            "INSERT INTO refused_pictures (uri, reason, tried_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (uri) DO UPDATE SET reason = excluded.reason, tried_at = excluded.tried_at",
        )
        .bind(uri.as_str())
        .bind(reason)
        .bind(fmt_time(time::OffsetDateTime::now_utc()))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Up to `limit` web addresses of thumbnails that users' avatars name and the cache does
    /// not hold yet, nor was refused (pictures made here are always held).
    /// This reads every user with an avatar (0.5 s for 100,000 of them): the sync asks only
    /// when something changed.
    pub async fn thumbnails_to_fetch(&self, limit: u32) -> Result<Vec<PictureRef>, CacheError> {
        let uris: Vec<String> = sqlx::query_scalar(
            "SELECT DISTINCT t.uri
             FROM (SELECT json_extract(avatar, '$.thumbnail') AS uri FROM users
                   WHERE avatar IS NOT NULL) t
             WHERE t.uri IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM pictures p WHERE p.uri = t.uri)
               AND NOT EXISTS (SELECT 1 FROM refused_pictures r WHERE r.uri = t.uri)
             LIMIT ?1",
        )
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        Ok(uris
            .iter()
            .filter_map(|u| PictureRef::parse(u).ok())
            .filter(|p| p.local_name().is_none())
            .collect())
    }
}

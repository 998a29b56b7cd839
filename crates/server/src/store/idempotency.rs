//! Replies kept for Idempotency-Keys.

use super::*;

/// The reply to a request with an Idempotency-Key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredReply {
    pub actor_id: UserId,
    pub key: String,
    pub request_hash: String,
    pub status: u16,
    pub body: String,
    pub etag: Option<String>,
    pub location: Option<String>,
}

impl Store {
    /// The stored reply of an earlier request with this Idempotency-Key.
    pub async fn stored_reply(
        &self,
        actor_id: UserId,
        key: &str,
    ) -> Result<Option<StoredReply>, StoreError> {
        let row = sqlx::query("SELECT request_hash, status, body, etag, location FROM idempotency WHERE actor_id = $1 AND idem_key = $2")
            .bind(actor_id.to_string())
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(StoredReply {
            actor_id,
            key: key.to_owned(),
            request_hash: row.try_get("request_hash")?,
            status: u16::try_from(row.try_get::<i64, _>("status")?).unwrap_or(200),
            body: row.try_get("body")?,
            etag: row.try_get("etag")?,
            location: row.try_get("location")?,
        }))
    }
}

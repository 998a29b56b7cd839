//! The mail outbox and the links that e-mails carry.

use super::*;

/// An e-mail, rendered and ready to leave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboundMail {
    pub id: String,
    pub user_id: UserId,
    pub kind: &'static str,
    pub recipient: String,
    pub sender: String,
    pub message: String,
}

/// A link from an e-mail that still works.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveToken {
    pub user_id: UserId,
    pub purpose: String,
}

/// A queued e-mail claimed for sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimedMail {
    pub id: String,
    pub recipient: String,
    pub sender: String,
    pub message: String,
    pub attempts: i64,
}

impl Store {
    /// The user and purpose of an e-mail link that is unused and unexpired.
    pub async fn live_token(
        &self,
        hash: &str,
        now: OffsetDateTime,
    ) -> Result<Option<LiveToken>, StoreError> {
        let row = sqlx::query(
            "SELECT user_id, purpose FROM email_tokens WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(hash)
        .bind(fmt_time(now))
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let id: String = row.try_get("user_id")?;
        let user_id = uuid::Uuid::parse_str(&id)
            .map(UserId)
            .map_err(|_| StoreError::Corrupt(id.clone()))?;
        Ok(Some(LiveToken {
            user_id,
            purpose: row.try_get("purpose")?,
        }))
    }
    /// Takes up to `limit` due e-mails for sending until `until`; another worker (or replica)
    /// takes them over only if this one has not finished by then.
    pub async fn claim_mail(
        &self,
        now: OffsetDateTime,
        until: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<ClaimedMail>, StoreError> {
        let rows = sqlx::query(
            "SELECT id FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at <= $1
               AND (claimed_until IS NULL OR claimed_until < $1)
             ORDER BY created_at, id LIMIT $2",
        )
        .bind(fmt_time(now))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let mut claimed = Vec::new();
        for row in rows {
            let id: String = row.try_get("id")?;
            let done = sqlx::query(
                "UPDATE mail_outbox SET claimed_until = $2 WHERE id = $1 AND sent_at IS NULL
                   AND (claimed_until IS NULL OR claimed_until < $3)",
            )
            .bind(&id)
            .bind(fmt_time(until))
            .bind(fmt_time(now))
            .execute(&self.pool)
            .await?;
            if done.rows_affected() != 1 {
                continue;
            }
            let m = sqlx::query(
                "SELECT recipient, sender, message, attempts FROM mail_outbox WHERE id = $1",
            )
            .bind(&id)
            .fetch_one(&self.pool)
            .await?;
            claimed.push(ClaimedMail {
                id,
                recipient: m.try_get("recipient")?,
                sender: m.try_get("sender")?,
                message: m.try_get("message")?,
                attempts: m.try_get("attempts")?,
            });
        }
        Ok(claimed)
    }
    pub async fn mail_sent(&self, id: &str, now: OffsetDateTime) -> Result<(), StoreError> {
        // The message carried a link or a code in clear text: once it has left, only the envelope
        // is kept.
        sqlx::query("UPDATE mail_outbox SET sent_at = $2, claimed_until = NULL, last_error = NULL, message = '' WHERE id = $1")
            .bind(id)
            .bind(fmt_time(now))
            .execute(&self.pool)
            .await?;
        Ok(())
    }
    pub async fn mail_failed(
        &self,
        id: &str,
        retry_at: OffsetDateTime,
        error: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = $2, claimed_until = NULL, last_error = $3 WHERE id = $1",
        )
        .bind(id)
        .bind(fmt_time(retry_at))
        .bind(error)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
    /// When the next queued e-mail is due (or its claim by another worker lapses), if any.
    pub async fn next_mail_due(&self) -> Result<Option<OffsetDateTime>, StoreError> {
        let row = sqlx::query(
            "SELECT min(CASE WHEN claimed_until IS NOT NULL AND claimed_until > next_attempt_at
                        THEN claimed_until ELSE next_attempt_at END) AS due
             FROM mail_outbox WHERE sent_at IS NULL",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(row
            .try_get::<Option<String>, _>("due")?
            .and_then(|t| parse_time(&t)))
    }
}

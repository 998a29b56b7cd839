//! Mobile-number verification codes.

use super::*;

/// A pending mobile-number verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneCode {
    pub phone: String,
    pub salt: String,
    pub hash: String,
    pub expires: OffsetDateTime,
    pub attempts: i64,
    pub last_sent: OffsetDateTime,
}

impl Store {
    pub async fn phone_code(&self, user_id: UserId) -> Result<Option<PhoneCode>, StoreError> {
        let row = sqlx::query(
            "SELECT phone, code_salt, code_hash, expires_at, attempts, last_sent_at FROM phone_verifications WHERE user_id = $1",
        )
        .bind(user_id.to_string())
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let corrupt = || StoreError::Corrupt(user_id.to_string());
        Ok(Some(PhoneCode {
            phone: row.try_get("phone")?,
            salt: row.try_get("code_salt")?,
            hash: row.try_get("code_hash")?,
            expires: parse_time(&row.try_get::<String, _>("expires_at")?).ok_or_else(corrupt)?,
            attempts: row.try_get("attempts")?,
            last_sent: parse_time(&row.try_get::<String, _>("last_sent_at")?)
                .ok_or_else(corrupt)?,
        }))
    }
    /// Spends one of the `max` attempts at a code before it is compared, so that parallel guesses
    /// cannot exceed the limit. `false` when none is left (or no code is pending).
    pub async fn phone_code_attempt(&self, user_id: UserId, max: i64) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE phone_verifications SET attempts = attempts + 1 WHERE user_id = $1 AND attempts < $2",
        )
        .bind(user_id.to_string())
        .bind(max)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}

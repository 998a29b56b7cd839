//! The avatars table: pictures by content name.

use sqlx::AnyConnection;
use time::OffsetDateTime;

use super::{Store, StoreError, fmt_time};

/// A picture as stored and served.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPicture {
    /// `<sha256 hex>.<png|jpg>`.
    pub name: String,
    pub media_type: String,
    pub bytes: Vec<u8>,
}

pub(super) async fn insert(
    conn: &mut AnyConnection,
    p: &StoredPicture,
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO avatars (name, media_type, bytes, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (name) DO NOTHING",
    )
    .bind(p.name.clone())
    .bind(p.media_type.clone())
    .bind(p.bytes.clone())
    .bind(fmt_time(now))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

impl Store {
    /// The picture named `name`, if one is stored.
    pub async fn picture(&self, name: &str) -> Result<Option<StoredPicture>, StoreError> {
        let row: Option<(String, Vec<u8>)> =
            sqlx::query_as("SELECT media_type, bytes FROM avatars WHERE name = $1")
                .bind(name)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|(media_type, bytes)| StoredPicture {
            name: name.to_owned(),
            media_type,
            bytes,
        }))
    }
}

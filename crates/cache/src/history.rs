//! The `history` table: a user's audit events as the account server sent them, kept for reading
//! offline, newest first.

use serde_json::Value;
use sqlx::Row;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use userdesk_core::UserId;

use crate::{Cache, CacheError};

/// When an event reached the server, as nanoseconds since 1970 (`None`: not a time).
fn nanos(event: &Value) -> Option<i64> {
    let at = OffsetDateTime::parse(event["serverTime"].as_str()?, &Rfc3339).ok()?;
    i64::try_from(at.unix_timestamp_nanos()).ok()
}

/// Where a page of history ends: the oldest event shown (its time and id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryCursor {
    pub server_time: String,
    pub event_id: String,
}

impl HistoryCursor {
    /// The cursor after `event` (None when it has no id or time).
    pub fn after(event: &Value) -> Option<HistoryCursor> {
        Some(HistoryCursor {
            server_time: event["serverTime"].as_str()?.to_owned(),
            event_id: event["id"].as_str()?.to_owned(),
        })
    }
}

impl Cache {
    /// Keeps `events` of user `id` (as the server sent them); an event kept before is replaced.
    /// Events without an id or a time are not kept.
    pub async fn keep_history(&self, id: UserId, events: &[Value]) -> Result<(), CacheError> {
        let mut tx = self.pool.begin().await?;
        for e in events {
            let (Some(event_id), Some(at)) = (e["id"].as_str(), nanos(e)) else {
                continue;
            };
            sqlx::query(
                "INSERT INTO history (event_id, user_id, server_time, event) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (event_id) DO UPDATE SET event = excluded.event, server_time = excluded.server_time",
            )
            .bind(event_id)
            .bind(id.0.to_string())
            .bind(at)
            .bind(e.to_string())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Up to `limit` kept events of user `id`, newest first, older than `before` when given.
    pub async fn history(
        &self,
        id: UserId,
        before: Option<&HistoryCursor>,
        limit: u32,
    ) -> Result<Vec<Value>, CacheError> {
        let before_time =
            before.and_then(|c| nanos(&serde_json::json!({"serverTime": c.server_time})));
        let rows = sqlx::query(
            "SELECT event FROM history
             WHERE user_id = ?1
               AND (?2 IS NULL OR server_time < ?2 OR (server_time = ?2 AND event_id < ?3))
             ORDER BY server_time DESC, event_id DESC
             LIMIT ?4",
        )
        .bind(id.0.to_string())
        .bind(before_time)
        .bind(before.map(|c| c.event_id.as_str()).unwrap_or_default())
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let text: String = r.try_get("event")?;
                Ok(serde_json::from_str(&text).unwrap_or(Value::Null))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn event(id: &str, at: &str) -> Value {
        json!({"id": id, "serverTime": at, "action": "update", "changes": []})
    }

    #[tokio::test]
    async fn kept_history_is_read_back_newest_first_in_pages() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let cache = Cache::open(&dir.path().join("c.sqlite3"))
            .await
            .expect("open");
        let (ada, bob) = (UserId::new(), UserId::new());
        // Times with and without fractions, and with an offset, order by the instant.
        cache
            .keep_history(
                ada,
                &[
                    event("e1", "2026-12-01T10:00:00Z"),
                    event("e3", "2026-12-01T10:00:00.5Z"),
                    event("e2", "2026-12-01T11:00:00.25+02:00"),
                    event("e4", "2026-12-01T10:00:00.5Z"),
                    json!({"id": "no-time"}),
                ],
            )
            .await
            .expect("kept");
        cache
            .keep_history(bob, &[event("b1", "2026-12-02T10:00:00Z")])
            .await
            .expect("kept");
        let ids = |v: &[Value]| -> Vec<String> {
            v.iter()
                .map(|e| e["id"].as_str().unwrap_or_default().to_owned())
                .collect()
        };
        let first = cache.history(ada, None, 2).await.expect("a page");
        assert_eq!(ids(&first), ["e4", "e3"]);
        let cursor = HistoryCursor::after(&first[1]).expect("a cursor");
        let second = cache.history(ada, Some(&cursor), 10).await.expect("a page");
        assert_eq!(ids(&second), ["e1", "e2"], "e2 is 09:00:00.25 UTC");
        // Kept again: replaced, not doubled.
        cache
            .keep_history(ada, &[event("e1", "2026-12-01T10:00:00Z")])
            .await
            .expect("kept");
        assert_eq!(cache.history(ada, None, 10).await.expect("all").len(), 4);
    }
}

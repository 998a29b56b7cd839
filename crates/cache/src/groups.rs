//! The `groups` table: the account's custom groups (the catalog the group pickers offer).

use sqlx::Row;
use userdesk_core::profile::Group;

use crate::{Cache, CacheError};

impl Cache {
    /// The catalog from now on (replacing what was kept).
    pub async fn set_groups(&self, groups: &[Group]) -> Result<(), CacheError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM groups").execute(&mut *tx).await?;
        for g in groups {
            sqlx::query("INSERT INTO groups (id, name) VALUES (?1, ?2) ON CONFLICT (id) DO UPDATE SET name = excluded.name")
                .bind(&g.id)
                .bind(&g.name)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Every custom group, by name.
    pub async fn groups(&self) -> Result<Vec<Group>, CacheError> {
        let rows = sqlx::query("SELECT id, name FROM groups ORDER BY name COLLATE NOCASE, id")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Group {
                    id: r.try_get("id")?,
                    name: r.try_get("name")?,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_catalog_is_replaced_as_a_whole() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let cache = Cache::open(&dir.path().join("c.sqlite3"))
            .await
            .expect("open");
        let g = |id: &str, name: &str| Group {
            id: id.into(),
            name: name.into(),
        };
        cache
            .set_groups(&[g("2", "night shift"), g("1", "Day shift")])
            .await
            .expect("kept");
        assert_eq!(
            cache.groups().await.expect("read"),
            [g("1", "Day shift"), g("2", "night shift")]
        );
        cache.set_groups(&[g("3", "Archive")]).await.expect("kept");
        assert_eq!(cache.groups().await.expect("read"), [g("3", "Archive")]);
    }
}

//! The groups table and its members.

use super::*;

/// A stored custom group (its members are the users whose `group_id` names it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupRecord {
    pub id: uuid::Uuid,
    pub name: GroupName,
    pub external_id: Option<String>,
    pub version: i64,
    pub created: OffsetDateTime,
    pub last_modified: OffsetDateTime,
}

impl GroupRecord {
    pub fn etag(&self) -> String {
        format!("W/\"{}\"", self.version)
    }
}

impl Store {
    pub(super) fn group_record(row: &AnyRow) -> Result<GroupRecord, StoreError> {
        let id: String = row.try_get("id")?;
        let corrupt = || StoreError::Corrupt(id.clone());
        Ok(GroupRecord {
            id: uuid::Uuid::parse_str(&id).map_err(|_| corrupt())?,
            name: GroupName::parse(&row.try_get::<String, _>("display_name")?)
                .map_err(|_| corrupt())?,
            external_id: row.try_get("external_id")?,
            version: row.try_get("version")?,
            created: parse_time(&row.try_get::<String, _>("created_at")?).ok_or_else(corrupt)?,
            last_modified: parse_time(&row.try_get::<String, _>("last_modified")?)
                .ok_or_else(corrupt)?,
        })
    }
    pub async fn get_group(&self, id: uuid::Uuid) -> Result<Option<GroupRecord>, StoreError> {
        let row = sqlx::query(AssertSqlSafe(format!(
            "SELECT {GROUP_COLUMNS} FROM groups WHERE id = $1"
        )))
        .bind(id.to_string())
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(Self::group_record).transpose()
    }
    /// A page of groups matching `where_sql` (from the filter compiler, values in `binds`).
    pub async fn list_groups(
        &self,
        where_sql: &str,
        binds: &[Bind],
        order: &str,
        offset: i64,
        limit: i64,
    ) -> Result<(i64, Vec<GroupRecord>), StoreError> {
        let page = Page {
            table: "groups",
            columns: GROUP_COLUMNS,
            where_sql,
            binds,
            order,
            offset,
            limit,
        };
        self.page(page, Self::group_record).await
    }
    /// The members of each group, by family and given name.
    pub async fn group_members(
        &self,
        groups: &[uuid::Uuid],
    ) -> Result<std::collections::HashMap<uuid::Uuid, Vec<GroupMember>>, StoreError> {
        let mut out: std::collections::HashMap<uuid::Uuid, Vec<GroupMember>> =
            groups.iter().map(|g| (*g, Vec::new())).collect();
        for chunk in groups.chunks(500) {
            let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT {COLUMNS}, group_id FROM users WHERE group_id IN ({}) ORDER BY family_name_key, given_name_key, id",
                placeholders.join(", ")
            );
            let mut q = sqlx::query(AssertSqlSafe(sql));
            for g in chunk {
                q = q.bind(g.to_string());
            }
            for row in q.fetch_all(&self.pool).await? {
                let record = Self::record(&row)?;
                let group: String = row.try_get("group_id")?;
                if let Some(members) = uuid::Uuid::parse_str(&group)
                    .ok()
                    .and_then(|g| out.get_mut(&g))
                {
                    members.push(GroupMember {
                        id: record.profile.id,
                        display: record.profile.display_name(),
                    });
                }
            }
        }
        Ok(out)
    }
    /// The users of a group, in full (to change them with it).
    pub async fn group_member_records(
        &self,
        group: uuid::Uuid,
    ) -> Result<Vec<UserRecord>, StoreError> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM users WHERE group_id = $1 ORDER BY id"
        )))
        .bind(group.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(Self::record).collect()
    }
}

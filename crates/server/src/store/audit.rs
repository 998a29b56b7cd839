//! The audit history.

use super::*;

/// Which audit events to read.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub target: Option<UserId>,
    pub actor: Option<UserId>,
    pub action: Option<String>,
    pub since: Option<OffsetDateTime>,
    pub until: Option<OffsetDateTime>,
    /// For a caller who may not see other users: only events about groups, and about this user.
    pub only_groups_and: Option<UserId>,
    pub limit: i64,
}

/// Who did what to whom, field by field.
#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub actor_id: UserId,
    pub action: &'static str,
    /// The user or group acted on.
    pub target_id: uuid::Uuid,
    pub changes: serde_json::Value,
    pub client_time: Option<OffsetDateTime>,
    pub server_time: OffsetDateTime,
    pub idempotency_key: Option<String>,
}

impl Store {
    /// Audit events, newest first, filtered by target, actor, action and time.
    pub async fn audit(&self, f: &AuditFilter) -> Result<Vec<serde_json::Value>, StoreError> {
        let mut conds = vec!["1 = 1".to_owned()];
        let mut binds: Vec<Bind> = Vec::new();
        for (condition, value) in [
            ("target_id =", f.target.map(|t| t.to_string())),
            ("actor_id =", f.actor.map(|a| a.to_string())),
            ("action =", f.action.clone()),
            ("server_time >=", f.since.map(fmt_time)),
            ("server_time <", f.until.map(fmt_time)),
        ] {
            if let Some(v) = value {
                binds.push(Bind::Text(v));
                conds.push(format!("{condition} ${}", binds.len()));
            }
        }
        if let Some(me) = f.only_groups_and {
            binds.push(Bind::Text(me.to_string()));
            conds.push(format!(
                "(action LIKE 'group-%' OR target_id = ${})",
                binds.len()
            ));
        }
        let limit = f.limit;
        let sql = format!(
            "SELECT id, actor_id, action, target_id, changes, client_time, server_time, idempotency_key FROM audit_events WHERE {} ORDER BY server_time DESC, id DESC LIMIT ${}",
            conds.join(" AND "),
            binds.len() + 1
        );
        let rows = bind_all(sqlx::query(AssertSqlSafe(sql)), &binds)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                let changes: String = r.try_get("changes")?;
                Ok(serde_json::json!({
                    "id": r.try_get::<String, _>("id")?,
                    "actor": r.try_get::<String, _>("actor_id")?,
                    "action": r.try_get::<String, _>("action")?,
                    "target": r.try_get::<String, _>("target_id")?,
                    "changes": serde_json::from_str::<serde_json::Value>(&changes).unwrap_or_default(),
                    "clientTime": r.try_get::<Option<String>, _>("client_time")?,
                    "serverTime": r.try_get::<String, _>("server_time")?,
                    "idempotencyKey": r.try_get::<Option<String>, _>("idempotency_key")?,
                }))
            })
            .collect()
    }
}

//! Push: queued local edits to the server, in the order they were made, each as a PATCH with
//! `If-Match` (the version it was made on, when the server has versions), an `Idempotency-Key`
//! (the entry's id: a retry after a lost reply is done once) and the time it was made. What the
//! server refuses for a reason is kept as rejected with that reason; a version that moved on is
//! kept for merging; network trouble and server errors stop the push, nothing is dropped.

use reqwest::Method;
use serde_json::json;
use time::OffsetDateTime;
use userdesk_cache::{Cache, ServerCopy};
use userdesk_core::scim::user::read_resource;

use crate::client::{ScimClient, SyncError};

/// What a push did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PushReport {
    pub sent: u64,
    pub rejected: u64,
    /// Edits whose user changed on the server meanwhile (412): kept for a merge.
    pub stale: u64,
    /// Edits of users the server does not know (made offline on demo data): kept.
    pub local_only: u64,
    /// Why the push stopped early (network, server error), if it did.
    pub stopped: Option<String>,
}

pub async fn push(client: &ScimClient, cache: &Cache) -> Result<PushReport, SyncError> {
    let mut report = PushReport::default();
    for queued in cache.outbox("pending").await? {
        // Read again: an earlier edit of the same user may have moved its base version.
        let Some(entry) = cache.outbox_entry(queued.seq).await? else {
            continue;
        };
        let Some(copy) = cache.server_copy(entry.user_id).await? else {
            report.local_only += 1;
            continue;
        };
        let body = json!({
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [entry.operation],
        });
        let mut headers = vec![
            ("idempotency-key", entry.id.as_str()),
            ("userdesk-client-time", entry.made_at.as_str()),
        ];
        if client.capabilities.etag
            && let Some(v) = entry.base_version.as_deref()
        {
            headers.push(("if-match", v));
        }
        let reply = client
            .request(
                Method::PATCH,
                &format!("/Users/{}", copy.server_id),
                Some(&body),
                &headers,
            )
            .await;
        match reply {
            Ok((h, resource)) => {
                let resource = if resource.is_object() {
                    resource
                } else {
                    // A server that answers 204: read the user back.
                    client
                        .request(
                            Method::GET,
                            &format!("/Users/{}", copy.server_id),
                            None,
                            &[],
                        )
                        .await?
                        .1
                };
                let version = resource["meta"]["version"]
                    .as_str()
                    .map(str::to_owned)
                    .or_else(|| {
                        h.get("etag")
                            .and_then(|v| v.to_str().ok())
                            .map(str::to_owned)
                    });
                let profile = read_resource(&resource, entry.user_id, OffsetDateTime::now_utc())
                    .map_err(|e| SyncError::Protocol(format!("{}: {:?}", e.attribute, e.reason)))?;
                let new_copy = ServerCopy {
                    server_id: copy.server_id.clone(),
                    version,
                    last_modified: resource["meta"]["lastModified"].as_str().map(str::to_owned),
                    resource,
                };
                cache.outbox_done(&entry, &profile, &new_copy).await?;
                report.sent += 1;
            }
            Err(SyncError::Server { status: 412, .. }) => {
                cache.outbox_mark(&entry, "stale", None).await?;
                report.stale += 1;
            }
            Err(e) if e.is_transient() => {
                cache
                    .outbox_mark(&entry, "pending", Some(&e.to_string()))
                    .await?;
                report.stopped = Some(e.to_string());
                break;
            }
            Err(SyncError::Server { detail, .. }) => {
                cache.outbox_mark(&entry, "rejected", Some(&detail)).await?;
                report.rejected += 1;
            }
            Err(e) => return Err(e),
        }
    }
    Ok(report)
}

//! Requests and replies: a JSON body read, a SCIM JSON answer, the reply kept for an
//! `Idempotency-Key` (and replayed for a retry), the client's time, what changed, and one
//! `Mutation` committed with its audit event.

use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use userdesk_core::Message;
use userdesk_core::policy::Actor;
use userdesk_core::{UserId, UserProfile};

use super::error::{Refusal, SCIM_JSON};
use crate::AppState;
use crate::store::{AuditEvent, Effect, StoreError, StoredReply, Write};

pub fn scim_json(status: StatusCode, body: &Value) -> Response {
    let mut r = (status, body.to_string()).into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(SCIM_JSON));
    r
}

pub(crate) fn parse_json(body: &Bytes) -> Result<Value, Refusal> {
    serde_json::from_slice(body)
        .map_err(|_| Refusal::bad_request("invalidSyntax", Message::new("scim-error-bad-json")))
}

pub(crate) type Reply = Result<Response, Refusal>;

/// A reply as it is sent, and as it is stored for an Idempotency-Key.
pub(crate) struct Out {
    pub status: StatusCode,
    pub body: Option<Value>,
    pub etag: Option<String>,
    pub location: Option<String>,
}

impl Out {
    pub fn response(&self) -> Response {
        let mut r = match &self.body {
            Some(b) => scim_json(self.status, b),
            None => self.status.into_response(),
        };
        for (name, value) in [
            (header::ETAG, &self.etag),
            (header::LOCATION, &self.location),
        ] {
            if let Some(v) = value.as_deref().and_then(|v| HeaderValue::from_str(v).ok()) {
                r.headers_mut().insert(name, v);
            }
        }
        r
    }
}

/// The header a client sets to say when an (offline) edit was made.
pub const CLIENT_TIME: &str = "userdesk-client-time";

/// A request's Idempotency-Key, with a hash of what the request asks: the same key with another
/// request is refused, not answered with the first one's reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct IdempotencyKey {
    pub key: String,
    pub request_hash: String,
}

/// The request's Idempotency-Key, if it sent a usable one (1 to 200 characters).
pub(crate) fn idempotency(headers: &HeaderMap, what: &str, body: &[u8]) -> Option<IdempotencyKey> {
    let key = headers.get("idempotency-key")?.to_str().ok()?.trim();
    if key.is_empty() || key.len() > 200 {
        return None;
    }
    let mut hasher = Sha256::new();
    hasher.update(what.as_bytes());
    hasher.update([0]);
    hasher.update(body);
    let hash = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Some(IdempotencyKey {
        key: key.to_owned(),
        request_hash: hash,
    })
}

/// The stored reply for a retried request, or a refusal if the key came with another request.
pub(crate) async fn replay(
    state: &AppState,
    actor: &Actor,
    idem: &Option<IdempotencyKey>,
) -> Result<Option<Response>, Refusal> {
    let Some(idem) = idem else {
        return Ok(None);
    };
    let Some(stored) = state.store.stored_reply(actor.id, &idem.key).await? else {
        return Ok(None);
    };
    if stored.request_hash != idem.request_hash {
        return Err(Refusal::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            Message::new("scim-error-idempotency-reuse"),
        ));
    }
    let out = Out {
        status: StatusCode::from_u16(stored.status).unwrap_or(StatusCode::OK),
        body: serde_json::from_str(&stored.body).ok(),
        etag: stored.etag,
        location: stored.location,
    };
    Ok(Some(out.response()))
}

pub(crate) fn client_time(headers: &HeaderMap) -> Option<OffsetDateTime> {
    let v = headers.get(CLIENT_TIME)?.to_str().ok()?;
    OffsetDateTime::parse(v.trim(), &time::format_description::well_known::Rfc3339).ok()
}

/// Field by field: what was, what is.
pub(crate) fn changes(before: Option<&UserProfile>, after: Option<&UserProfile>) -> Value {
    let as_map = |p: Option<&UserProfile>| match p.map(serde_json::to_value) {
        Some(Ok(Value::Object(m))) => m,
        _ => serde_json::Map::new(),
    };
    let (b, a) = (as_map(before), as_map(after));
    let mut fields: Vec<&String> = b.keys().chain(a.keys()).collect();
    fields.sort();
    fields.dedup();
    Value::Array(
        fields
            .into_iter()
            .filter(|f| b.get(*f) != a.get(*f))
            .map(|f| json!({"field": f, "before": b.get(f).cloned().unwrap_or(Value::Null), "after": a.get(f).cloned().unwrap_or(Value::Null)}))
            .collect(),
    )
}

/// One change of a user as a request makes it: what is written, how it is audited (the action and
/// what changed), what else it brings (e-mails, codes, pictures) and what the caller is answered.
pub(crate) struct Mutation {
    pub write: Write,
    /// The audit event's action: `create`, `update`, `deactivate`, `send-activation`…
    pub action: &'static str,
    pub target: UserId,
    /// What changed, field by field ([`changes`]).
    pub diff: Value,
    pub out: Out,
    pub effects: Vec<Effect>,
}

/// Commits `change` with its audit event and, with an Idempotency-Key, its reply; a concurrent
/// twin of the same request gets the reply the first one stored.
pub(crate) async fn commit(
    state: &AppState,
    actor: &Actor,
    headers: &HeaderMap,
    idem: &Option<IdempotencyKey>,
    change: Mutation,
) -> Reply {
    let audit = AuditEvent {
        actor_id: actor.id,
        action: change.action,
        target_id: change.target.0,
        changes: change.diff,
        client_time: client_time(headers),
        server_time: state.store.now(),
        idempotency_key: idem.as_ref().map(|i| i.key.clone()),
    };
    commit_all(
        state,
        actor,
        idem,
        std::slice::from_ref(&change.write),
        std::slice::from_ref(&audit),
        change.out,
        &change.effects,
    )
    .await
}

/// Commits a change of several writes with their audit events, effects and, with an
/// Idempotency-Key, the reply; a concurrent twin of the same request gets the reply the first one
/// stored.
pub(crate) async fn commit_all(
    state: &AppState,
    actor: &Actor,
    idem: &Option<IdempotencyKey>,
    writes: &[Write],
    audits: &[AuditEvent],
    out: Out,
    effects: &[Effect],
) -> Reply {
    let reply = idem.as_ref().map(|i| StoredReply {
        actor_id: actor.id,
        key: i.key.clone(),
        request_hash: i.request_hash.clone(),
        status: out.status.as_u16(),
        body: out.body.as_ref().map(Value::to_string).unwrap_or_default(),
        etag: out.etag.clone(),
        location: out.location.clone(),
    });
    match state
        .store
        .commit_change(writes, audits, reply.as_ref(), effects)
        .await
    {
        Ok(true) => {
            if effects.iter().any(|e| matches!(e, Effect::Mail(_))) {
                state.mailer.wake.notify_one();
            }
            Ok(out.response())
        }
        Ok(false) => Err(Refusal::precondition_failed()),
        Err(StoreError::DuplicateKey) => replay(state, actor, idem)
            .await?
            .ok_or_else(Refusal::internal),
        Err(e) => Err(Refusal::from(e)),
    }
}

//! `/Bulk` (RFC 7644 §3.7): many operations in one request, each done exactly as if it had come on
//! its own (same rules, same audit, its own transaction), with `bulkId` references resolved.
//!
//! Operations run in the order given, except that one referring to a `bulkId` created further down
//! waits until that resource exists; references that can never resolve, or that go in a circle,
//! fail. As RFC 7644 §3.7 allows, consecutive PATCHes of different users that change only
//! attributes of that user alone (names, title, phone numbers, language; not userName, badge,
//! roles, account type or status, which other users' state or rules depend on) run together, so
//! the store commits them at once: the result is the one doing them in order gives. With an `Idempotency-Key` on the Bulk request, each operation is done under the key
//! `<key>/<bulkId>` (or `<key>/#<index>` without a bulkId): a retried Bulk request replays the
//! operations already done and does only the rest.

use std::collections::HashMap;

use axum::Extension;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use serde_json::{Map, Value, json};
use userdesk_core::Message;
use userdesk_core::policy::Actor;
use userdesk_core::scim::{BULK_REQUEST, BULK_RESPONSE};

use super::error::Refusal;
use super::reply::{Reply, parse_json, scim_json};
use super::{groups, users};
use crate::{AppState, translate};

/// Most operations in one Bulk request.
pub const MAX_OPERATIONS: usize = 1000;
/// Largest Bulk request body.
pub const MAX_PAYLOAD: usize = 4 * 1024 * 1024;

/// An operation's own client time (see [`Operation::client_time`]).
pub const CLIENT_TIME_MEMBER: &str = "userdesk:clientTime";

/// Longest `bulkId` accepted.
const MAX_BULK_ID: usize = 200;

struct Operation {
    method: Method,
    path: String,
    bulk_id: Option<String>,
    version: Option<String>,
    /// When the client made this change (Userdesk's own member of an operation, like the
    /// `Userdesk-Client-Time` header of a single request; other clients leave it out).
    client_time: Option<String>,
    data: Option<Value>,
}

fn invalid(detail: &'static str) -> Refusal {
    Refusal::bad_request("invalidSyntax", Message::new(detail))
}

fn read_operations(v: &Value) -> Result<(Vec<Operation>, Option<usize>), Refusal> {
    let is_bulk = v
        .get("schemas")
        .and_then(Value::as_array)
        .is_some_and(|s| s.iter().any(|x| x == BULK_REQUEST));
    if !is_bulk {
        return Err(invalid("scim-error-bad-json"));
    }
    let fail_on_errors = match v.get("failOnErrors") {
        None | Some(Value::Null) => None,
        Some(n) => Some(
            n.as_u64()
                .filter(|n| *n >= 1)
                .and_then(|n| usize::try_from(n).ok())
                .ok_or_else(|| {
                    Refusal::bad_request("invalidValue", Message::new("scim-error-invalid-value"))
                        .at("failOnErrors")
                })?,
        ),
    };
    let Some(Value::Array(items)) = v.get("Operations") else {
        return Err(
            Refusal::bad_request("invalidSyntax", Message::new("scim-error-required"))
                .at("Operations"),
        );
    };
    if items.len() > MAX_OPERATIONS {
        return Err(Refusal::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            Some("tooMany"),
            Message::new("scim-error-bulk-too-many").with("max", MAX_OPERATIONS),
        ));
    }
    let mut ops = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let at = |field: &str| format!("Operations[{i}].{field}");
        let Value::Object(o) = item else {
            return Err(invalid("scim-error-not-an-object").at(format!("Operations[{i}]")));
        };
        let text = |name: &str| o.get(name).and_then(Value::as_str).map(str::to_owned);
        let method = match text("method").map(|m| m.to_ascii_uppercase()).as_deref() {
            Some("POST") => Method::POST,
            Some("PUT") => Method::PUT,
            Some("PATCH") => Method::PATCH,
            Some("DELETE") => Method::DELETE,
            _ => {
                return Err(Refusal::bad_request(
                    "invalidValue",
                    Message::new("scim-error-bulk-method"),
                )
                .at(at("method")));
            }
        };
        let path = text("path")
            .filter(|p| p.starts_with('/'))
            .ok_or_else(|| invalid("scim-error-required").at(at("path")))?;
        let bulk_id = text("bulkId");
        if bulk_id
            .as_ref()
            .is_some_and(|b| b.is_empty() || b.len() > MAX_BULK_ID)
        {
            return Err(invalid("scim-error-invalid-value").at(at("bulkId")));
        }
        if method == Method::POST && bulk_id.is_none() {
            return Err(invalid("scim-error-required").at(at("bulkId")));
        }
        let data = o.get("data").cloned();
        if method != Method::DELETE && !data.as_ref().is_some_and(Value::is_object) {
            return Err(invalid("scim-error-required").at(at("data")));
        }
        ops.push(Operation {
            method,
            path,
            bulk_id,
            version: text("version"),
            client_time: text(CLIENT_TIME_MEMBER),
            data,
        });
    }
    let mut seen = std::collections::HashSet::new();
    for op in &ops {
        if let Some(b) = &op.bulk_id
            && !seen.insert(b.as_str())
        {
            return Err(Refusal::bad_request(
                "uniqueness",
                Message::new("scim-error-bulk-duplicate-id"),
            )
            .at(format!("bulkId {b}")));
        }
    }
    Ok((ops, fail_on_errors))
}

/// The bulkIds an operation refers to (`"bulkId:x"` in its path or anywhere in its data).
fn references(op: &Operation) -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => {
                if let Some(id) = s.strip_prefix("bulkId:") {
                    out.push(id.to_owned());
                }
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            Value::Object(o) => o.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for segment in op.path.split('/') {
        if let Some(id) = segment.strip_prefix("bulkId:") {
            out.push(id.to_owned());
        }
    }
    if let Some(d) = &op.data {
        walk(d, &mut out);
    }
    out
}

fn resolve(v: &mut Value, ids: &HashMap<String, String>) {
    match v {
        Value::String(s) => {
            if let Some(id) = s.strip_prefix("bulkId:").and_then(|b| ids.get(b)) {
                *s = id.clone();
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| resolve(x, ids)),
        Value::Object(o) => o.values_mut().for_each(|x| resolve(x, ids)),
        _ => {}
    }
}

/// Which endpoint an operation's path names.
enum Endpoint {
    Users(Option<String>),
    Groups(Option<String>),
}

fn endpoint(path: &str) -> Option<Endpoint> {
    let mut parts = path.trim_start_matches('/').splitn(2, '/');
    let collection = parts.next()?;
    let id = parts.next().map(str::to_owned);
    if id
        .as_deref()
        .is_some_and(|i| i.is_empty() || i.contains('/'))
    {
        return None;
    }
    match collection {
        "Users" => Some(Endpoint::Users(id)),
        "Groups" => Some(Endpoint::Groups(id)),
        _ => None,
    }
}

/// Runs one operation through the operation the endpoint's own handler runs. Should a handler ever
/// panic, that operation fails with a 500 and the replies of the others are still given.
async fn run(
    state: &AppState,
    actor: &Actor,
    op: &Operation,
    path: &str,
    data: Option<&Value>,
    headers: HeaderMap,
) -> Reply {
    use futures::FutureExt;
    let dispatch = async {
        let body = Bytes::from(data.map(Value::to_string).unwrap_or_default());
        let not_found = || Err(Refusal::not_found());
        match (endpoint(path), &op.method) {
            (Some(Endpoint::Users(None)), &Method::POST) => {
                users::create_user(state, actor, &headers, &body).await
            }
            (Some(Endpoint::Users(Some(id))), &Method::PUT) => {
                users::replace_user(state, actor, &id, &headers, &body).await
            }
            (Some(Endpoint::Users(Some(id))), &Method::PATCH) => {
                users::modify_user(state, actor, &id, &headers, &body).await
            }
            (Some(Endpoint::Users(Some(id))), &Method::DELETE) => {
                users::delete_user(state, actor, &id, &headers).await
            }
            (Some(Endpoint::Groups(None)), &Method::POST) => {
                groups::create_group(state, actor, &headers, &body).await
            }
            (Some(Endpoint::Groups(Some(id))), &Method::PUT) => {
                groups::replace_group(state, actor, &id, &headers, &body).await
            }
            (Some(Endpoint::Groups(Some(id))), &Method::PATCH) => {
                groups::modify_group(state, actor, &id, &headers, &body).await
            }
            (Some(Endpoint::Groups(Some(id))), &Method::DELETE) => {
                groups::delete_group(state, actor, &id, &headers).await
            }
            _ => not_found(),
        }
    };
    std::panic::AssertUnwindSafe(dispatch)
        .catch_unwind()
        .await
        .unwrap_or_else(|_| {
            tracing::error!(method = %op.method, path, "a Bulk operation panicked");
            Err(Refusal::internal())
        })
}

fn header_text(r: &Response, name: header::HeaderName) -> Option<String> {
    r.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// One entry of the BulkResponse, and the id a POST created.
async fn outcome(
    state: &AppState,
    accept: Option<&str>,
    op: &Operation,
    path: &str,
    reply: Reply,
) -> (Value, Option<String>, bool) {
    let mut response = match reply {
        Ok(r) => r,
        Err(refusal) => return (refusal_entry(state, accept, op, refusal), None, true),
    };
    if let Some(refusal) = response.extensions_mut().remove::<Refusal>() {
        return (refusal_entry(state, accept, op, refusal), None, true);
    }
    let mut entry = Map::new();
    entry.insert("method".into(), json!(op.method.as_str()));
    if let Some(b) = &op.bulk_id {
        entry.insert("bulkId".into(), json!(b));
    }
    let status = response.status();
    if let Some(l) = header_text(&response, header::LOCATION).or_else(|| location(state, op, path))
    {
        entry.insert("location".into(), json!(l));
    }
    if let Some(v) = header_text(&response, header::ETAG) {
        entry.insert("version".into(), json!(v));
    }
    entry.insert("status".into(), json!(status.as_u16().to_string()));
    // The resource as written goes back too (RFC 7644 §3.7.3 allows it), so a client need not
    // read each one again.
    let body = axum::body::to_bytes(response.into_body(), MAX_PAYLOAD)
        .await
        .unwrap_or_default();
    let resource = serde_json::from_slice::<Value>(&body).ok();
    let created = match (&op.method, &resource) {
        (&Method::POST, Some(v)) => v.get("id").and_then(Value::as_str).map(str::to_owned),
        _ => None,
    };
    if let Some(v) = resource.filter(Value::is_object) {
        entry.insert("response".into(), v);
    }
    // Writes that went through report their result; a 412 or another refusal counts as an error.
    (Value::Object(entry), created, !status.is_success())
}

/// Most operations run together.
const WAVE: usize = 100;

/// Attributes a PATCH may change and still run together with PATCHes of other users: nothing
/// unique among users and nothing a rule about other users looks at.
const OWN_ATTRIBUTES: &[&str] = &[
    "name",
    "displayname",
    "nickname",
    "title",
    "phonenumbers",
    "preferredlanguage",
    "locale",
    "timezone",
    "addresses",
];

/// Whether `op` is a PATCH of one user that only changes that user's own attributes.
fn independent(op: &Operation) -> bool {
    if op.method != Method::PATCH
        || !matches!(endpoint(&op.path), Some(Endpoint::Users(Some(_))))
        || !references(op).is_empty()
    {
        return false;
    }
    let Some(changes) = op
        .data
        .as_ref()
        .and_then(|d| d.get("Operations"))
        .and_then(Value::as_array)
    else {
        return false;
    };
    !changes.is_empty()
        && changes.iter().all(|c| {
            c.get("path").and_then(Value::as_str).is_some_and(|p| {
                let attribute = p
                    .split(['.', '['])
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_ascii_lowercase();
                OWN_ATTRIBUTES.contains(&attribute.as_str())
            })
        })
}

fn refusal_entry(state: &AppState, accept: Option<&str>, op: &Operation, r: Refusal) -> Value {
    let e = translate(state, accept, r);
    let mut entry = json!({
        "method": op.method.as_str(),
        "status": e.status.as_u16().to_string(),
        "response": e.body(),
    });
    if let Some(b) = &op.bulk_id {
        entry["bulkId"] = json!(b);
    }
    if let Some(l) = location(state, op, &op.path) {
        entry["location"] = json!(l);
    }
    entry
}

/// The resource an operation other than POST was about, as the result's `location` (RFC 7644
/// §3.7.3: required except for a failed POST), so a client can tell results apart without a
/// `bulkId`.
fn location(state: &AppState, op: &Operation, path: &str) -> Option<String> {
    (op.method != Method::POST && path.starts_with('/') && !path.contains("bulkId:"))
        .then(|| format!("{}{path}", state.base_url))
}

/// `POST /Bulk`.
pub async fn bulk(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let v = parse_json(&body)?;
    let (ops, fail_on_errors) = read_operations(&v)?;
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let bulk_key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|k| !k.is_empty() && k.len() <= 200)
        .map(str::to_owned);
    let defined: HashMap<&str, usize> = ops
        .iter()
        .enumerate()
        .filter_map(|(i, o)| o.bulk_id.as_deref().map(|b| (b, i)))
        .collect();

    let headers_for = |i: usize| {
        let op = &ops[i];
        let mut op_headers = HeaderMap::new();
        for name in [header::ACCEPT_LANGUAGE] {
            if let Some(v) = headers.get(&name) {
                op_headers.insert(name, v.clone());
            }
        }
        let own_time = op
            .client_time
            .as_deref()
            .and_then(|t| HeaderValue::from_str(t).ok());
        if let Some(v) = own_time.or_else(|| headers.get(super::reply::CLIENT_TIME).cloned()) {
            op_headers.insert(super::reply::CLIENT_TIME, v);
        }
        if let Some(version) = op
            .version
            .as_deref()
            .and_then(|v| HeaderValue::from_str(v).ok())
        {
            op_headers.insert(header::IF_MATCH, version);
        }
        if let Some(key) = &bulk_key {
            let suffix = op.bulk_id.clone().unwrap_or_else(|| format!("#{i}"));
            if let Ok(v) = HeaderValue::from_str(&format!("{key}/{suffix}")) {
                op_headers.insert("idempotency-key", v);
            }
        }
        op_headers
    };

    let mut results: Vec<Option<Value>> = vec![None; ops.len()];
    let mut ids: HashMap<String, String> = HashMap::new();
    let mut failed: std::collections::HashSet<String> = Default::default();
    let mut errors = 0usize;
    let mut pending: Vec<usize> = (0..ops.len()).collect();
    'passes: while !pending.is_empty() {
        let mut progressed = false;
        let mut waiting = Vec::new();
        let mut ran_together = std::collections::HashSet::new();
        for (k, &i) in pending.iter().enumerate() {
            if ran_together.contains(&i) {
                continue;
            }
            let op = &ops[i];
            // With failOnErrors the order of failures counts: then one at a time.
            if fail_on_errors.is_none() && independent(op) {
                let mut paths = std::collections::HashSet::new();
                let wave: Vec<usize> = pending[k..]
                    .iter()
                    .copied()
                    .take_while(|&j| independent(&ops[j]) && paths.insert(ops[j].path.as_str()))
                    .take(WAVE)
                    .collect();
                if wave.len() > 1 {
                    let replies = futures::future::join_all(wave.iter().map(|&j| {
                        let op = &ops[j];
                        run(
                            &state,
                            &actor,
                            op,
                            &op.path,
                            op.data.as_ref(),
                            headers_for(j),
                        )
                    }))
                    .await;
                    for (&j, reply) in wave.iter().zip(replies) {
                        let (entry, _, is_error) =
                            outcome(&state, accept.as_deref(), &ops[j], &ops[j].path, reply).await;
                        results[j] = Some(entry);
                        if is_error {
                            errors += 1;
                            if let Some(b) = &ops[j].bulk_id {
                                failed.insert(b.clone());
                            }
                        }
                        ran_together.insert(j);
                    }
                    progressed = true;
                    continue;
                }
            }
            let refs = references(op);
            let unresolvable = refs.iter().find(|r| {
                failed.contains(*r) || !defined.contains_key(r.as_str()) || defined[r.as_str()] == i
            });
            if let Some(r) = unresolvable {
                let refusal = Refusal::new(
                    StatusCode::CONFLICT,
                    Some("invalidValue"),
                    Message::new("scim-error-bulk-reference").with("bulkId", r.clone()),
                );
                results[i] = Some(refusal_entry(&state, accept.as_deref(), op, refusal));
                if let Some(b) = &op.bulk_id {
                    failed.insert(b.clone());
                }
                errors += 1;
                progressed = true;
                if fail_on_errors.is_some_and(|n| errors >= n) {
                    break 'passes;
                }
                continue;
            }
            if refs.iter().any(|r| !ids.contains_key(r)) {
                waiting.push(i);
                continue;
            }
            let mut path = op.path.clone();
            for r in &refs {
                if let Some(id) = ids.get(r) {
                    path = path.replace(&format!("bulkId:{r}"), id);
                }
            }
            let mut data = op.data.clone();
            if let Some(d) = data.as_mut() {
                resolve(d, &ids);
            }
            let op_headers = headers_for(i);
            let reply = run(&state, &actor, op, &path, data.as_ref(), op_headers).await;
            let (entry, created, is_error) =
                outcome(&state, accept.as_deref(), op, &path, reply).await;
            results[i] = Some(entry);
            progressed = true;
            match (&op.bulk_id, created) {
                (Some(b), Some(id)) if !is_error => {
                    ids.insert(b.clone(), id);
                }
                (Some(b), _) if is_error => {
                    failed.insert(b.clone());
                }
                _ => {}
            }
            if is_error {
                errors += 1;
                if fail_on_errors.is_some_and(|n| errors >= n) {
                    break 'passes;
                }
            }
        }
        if !progressed {
            // Everything left waits on something else left: a circle.
            for &i in &waiting {
                let refusal = Refusal::new(
                    StatusCode::CONFLICT,
                    Some("invalidValue"),
                    Message::new("scim-error-bulk-circular"),
                );
                results[i] = Some(refusal_entry(&state, accept.as_deref(), &ops[i], refusal));
            }
            break;
        }
        pending = waiting;
    }
    Ok(scim_json(
        StatusCode::OK,
        &json!({
            "schemas": [BULK_RESPONSE],
            "Operations": results.into_iter().flatten().collect::<Vec<_>>(),
        }),
    ))
}

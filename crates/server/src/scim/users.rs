//! `/Users`: list (with filter, sort, paging, projection), search, get, create, replace, patch
//! and delete, with ETags. Every value a client sends is read through the domain's types.

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use userdesk_core::Message;
use userdesk_core::message::Translatable;
use userdesk_core::policy::{Action, Actor, Denied, Target, drop_stale_roles};
use userdesk_core::scim::filter::Filter;
use userdesk_core::scim::user::{Meta, from_scim, to_scim};
use userdesk_core::scim::{LIST_RESPONSE, SEARCH_REQUEST, eval, patch};
use userdesk_core::{Permission, Role, RoleSet, Status, UserId, UserProfile};

use super::discovery::MAX_RESULTS;
use super::error::{Refusal, SCIM_JSON};
use super::filter_sql::{Compiler, Resource, sort_column};
use crate::AppState;
use crate::store::{AuditEvent, Effect, StoreError, StoredReply, UserRecord, Write};

pub(crate) type Reply = Result<Response, Refusal>;

pub fn scim_json(status: StatusCode, body: &Value) -> Response {
    let mut r = (status, body.to_string()).into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(SCIM_JSON));
    r
}

/// The user as SCIM resource. Roles show only on Config admins, the one type that has them.
pub(crate) fn resource(state: &AppState, r: &UserRecord) -> Value {
    let catalog = Role::built_ins();
    let stale;
    let profile = if r.profile.account_type.carries_roles() || r.profile.roles.is_empty() {
        &r.profile
    } else {
        stale = UserProfile {
            roles: RoleSet::default(),
            ..r.profile.clone()
        };
        &stale
    };
    let meta = Meta {
        created: r.created,
        last_modified: r.last_modified,
        version: r.etag(),
        location: format!("{}/Users/{}", state.base_url, r.profile.id),
    };
    to_scim(profile, &meta, r.external_id.as_deref(), |id| {
        catalog.iter().find(|c| c.id == id).map(|c| c.name.clone())
    })
}

pub(crate) fn with_etag(response: Response, r: &UserRecord) -> Response {
    with_tag(response, &r.etag())
}

pub(crate) fn with_tag(mut response: Response, etag: &str) -> Response {
    if let Ok(v) = HeaderValue::from_str(etag) {
        response.headers_mut().insert(header::ETAG, v);
    }
    response
}

/// A denial as the client gets it: a role missing from the catalog is a bad value at `roles` (400),
/// anything else is forbidden (403).
pub(crate) fn refuse(d: Denied) -> Refusal {
    match d {
        d @ Denied::UnknownRole(_) => Refusal::bad_request("invalidValue", d.message()).at("roles"),
        d => denied(d),
    }
}

/// Every role must be in the catalog, else 400 at `roles`, before anything else is judged.
fn known_roles(roles: &RoleSet) -> Result<(), Refusal> {
    match roles.unknown_in(&Role::built_ins()) {
        Some(id) => Err(refuse(Denied::UnknownRole(id.to_owned()))),
        None => Ok(()),
    }
}

pub(crate) fn denied(d: Denied) -> Refusal {
    Refusal::new(StatusCode::FORBIDDEN, None, d.message())
}

pub(crate) fn target(p: &UserProfile) -> Target {
    Target::of(p, &Role::built_ins())
}

/// The user, if the caller may see them; someone they may not see does not exist for them.
pub(crate) async fn visible(
    state: &AppState,
    actor: &Actor,
    id: UserId,
) -> Result<UserRecord, Refusal> {
    let r = state
        .store
        .get(id)
        .await
        .map_err(store_refusal)?
        .ok_or_else(Refusal::not_found)?;
    actor
        .may(Action::View, &target(&r.profile))
        .map_err(|_| Refusal::not_found())?;
    Ok(r)
}

pub(crate) fn parse_id(id: &str) -> Result<UserId, Refusal> {
    uuid::Uuid::parse_str(id)
        .map(UserId)
        .map_err(|_| Refusal::not_found())
}

pub(crate) fn parse_json(body: &Bytes) -> Result<Value, Refusal> {
    serde_json::from_slice(body)
        .map_err(|_| Refusal::bad_request("invalidSyntax", Message::new("scim-error-bad-json")))
}

pub(crate) fn store_refusal(e: StoreError) -> Refusal {
    match e {
        StoreError::Taken(attribute) => Refusal::new(
            StatusCode::CONFLICT,
            Some("uniqueness"),
            Message::new("scim-error-taken").with("attribute", attribute),
        ),
        other => {
            tracing::error!(error = %other, "store error");
            Refusal::internal()
        }
    }
}

/// The version an `If-Match` header asks for: `None` without the header, `Some(None)` for `*`.
fn if_match(headers: &HeaderMap) -> Option<Option<String>> {
    let v = headers
        .get(header::IF_MATCH)?
        .to_str()
        .ok()?
        .trim()
        .to_owned();
    Some(if v == "*" { None } else { Some(v) })
}

pub(crate) fn check_if_match(headers: &HeaderMap, current: &UserRecord) -> Result<(), Refusal> {
    check_etag(headers, &current.etag())
}

/// Without `If-Match` a write applies to whatever version is current: when another write slipped in
/// between this one's read and its save, it is done again on the newer version (a few times).
pub(crate) async fn unconditional_retry<F, Fut>(headers: &HeaderMap, attempt: F) -> Reply
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Reply>,
{
    if if_match(headers).is_none() {
        for round in 0..32u64 {
            match attempt().await {
                Err(r) if r.status == StatusCode::PRECONDITION_FAILED => {
                    // A short, growing, uneven pause so that racing writers fall out of step.
                    let mut b = [0u8; 1];
                    let _ = getrandom::fill(&mut b);
                    let micros = (round + 1) * 100 + u64::from(b[0]) * 4;
                    tokio::time::sleep(std::time::Duration::from_micros(micros)).await;
                }
                done => return done,
            }
        }
    }
    attempt().await
}

/// 412 unless `If-Match` is absent, `*`, or names `etag`.
pub(crate) fn check_etag(headers: &HeaderMap, etag: &str) -> Result<(), Refusal> {
    match if_match(headers) {
        Some(Some(wanted)) if !wanted.split(',').any(|w| w.trim() == etag) => {
            Err(Refusal::precondition_failed())
        }
        _ => Ok(()),
    }
}

/// Whether `If-None-Match` names `etag` (or `*`): the client's copy is current.
pub(crate) fn not_modified(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|tag| tag.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
}

/// List parameters, from the query string or a `.search` body (RFC 7644 §3.4.2, §3.4.3).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListParams {
    pub(crate) filter: Option<String>,
    sort_by: Option<String>,
    sort_order: Option<String>,
    start_index: Option<i64>,
    count: Option<i64>,
    attributes: Option<String>,
    excluded_attributes: Option<String>,
}

fn split_list(s: &Option<String>) -> Vec<String> {
    s.as_deref()
        .map(|s| {
            s.split(',')
                .map(|a| a.trim().to_owned())
                .filter(|a| !a.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// Most attribute names one request may list in `attributes` or `excludedAttributes`.
pub const MAX_PROJECTED: usize = 100;

/// One attribute named in `attributes` / `excludedAttributes`: the extension's URN (none for the
/// core schema), the attribute and the sub-attribute, lower-cased.
type Place = (Option<String>, String, Option<String>);

/// `attributes` or `excludedAttributes` of a request, read once for all the resources it returns.
/// Paths may name sub-attributes (`name.familyName`) and carry a schema URN; names that are not
/// attribute paths are ignored.
#[derive(Debug, Default)]
pub(crate) struct Projection {
    wanted: Vec<Place>,
    excluded: Vec<Place>,
}

impl Projection {
    /// Refuses more than [`MAX_PROJECTED`] names with a 400.
    pub fn parse(attributes: &[String], excluded: &[String]) -> Result<Self, Refusal> {
        if attributes.len() > MAX_PROJECTED || excluded.len() > MAX_PROJECTED {
            return Err(Refusal::bad_request(
                "invalidValue",
                Message::new("scim-error-too-many-attributes").with("max", MAX_PROJECTED),
            ));
        }
        let place = |a: &String| -> Option<Place> {
            let Ok(Filter::Present(p)) = Filter::parse(&format!("{a} pr")) else {
                return None;
            };
            let ext = p
                .schema
                .filter(|s| !s.eq_ignore_ascii_case(userdesk_core::scim::USER_SCHEMA));
            Some((
                ext,
                p.name.to_ascii_lowercase(),
                p.sub.map(|s| s.to_ascii_lowercase()),
            ))
        };
        Ok(Projection {
            wanted: attributes.iter().filter_map(place).collect(),
            excluded: if attributes.is_empty() {
                excluded.iter().filter_map(place).collect()
            } else {
                Vec::new()
            },
        })
    }

    /// Keeps only the requested attributes (plus `id` and `schemas`, always returned), or drops the
    /// excluded ones.
    pub fn apply(&self, resource: &mut Value) {
        let Some(obj) = resource.as_object_mut() else {
            return;
        };
        let wanted = &self.wanted;
        if !wanted.is_empty() {
            obj.retain(|key, value| {
                let k = key.to_ascii_lowercase();
                if k == "id" || k == "schemas" {
                    return true;
                }
                if key.starts_with("urn:") {
                    let Some(ext) = value.as_object_mut() else {
                        return false;
                    };
                    ext.retain(|name, _| {
                        wanted.iter().any(|(s, n, _)| {
                            s.as_deref().is_some_and(|s| s.eq_ignore_ascii_case(key))
                                && *n == name.to_ascii_lowercase()
                        })
                    });
                    return !ext.is_empty();
                }
                let subs: Vec<&Option<String>> = wanted
                    .iter()
                    .filter(|(s, n, _)| s.is_none() && *n == k)
                    .map(|(_, _, sub)| sub)
                    .collect();
                if subs.is_empty() {
                    return false;
                }
                if subs.iter().all(|s| s.is_some())
                    && let Some(inner) = value.as_object_mut()
                {
                    inner.retain(|name, _| {
                        subs.iter()
                            .any(|s| s.as_deref() == Some(name.to_ascii_lowercase().as_str()))
                    });
                }
                true
            });
            return;
        }
        for (ext, name, sub) in &self.excluded {
            if name == "id" || name == "schemas" {
                continue;
            }
            let target = match ext {
                Some(urn) => obj
                    .iter_mut()
                    .find(|(k, _)| k.eq_ignore_ascii_case(urn))
                    .and_then(|(_, v)| v.as_object_mut()),
                None => Some(&mut *obj),
            };
            let Some(target) = target else { continue };
            match sub {
                None => target.retain(|k, _| k.to_ascii_lowercase() != *name),
                Some(sub) => {
                    if let Some(inner) = target
                        .iter_mut()
                        .find(|(k, _)| k.to_ascii_lowercase() == *name)
                        .and_then(|(_, v)| v.as_object_mut())
                    {
                        inner.retain(|k, _| k.to_ascii_lowercase() != *sub);
                    }
                }
            }
        }
    }
}

/// A list request made ready for the store: the filter as SQL with its values, the order and the
/// page.
pub(crate) struct PageQuery {
    pub compiler: Compiler,
    pub where_sql: String,
    pub order: String,
    pub start: i64,
    pub count: i64,
    pub projection: Projection,
}

/// Reads list parameters for `resource`, refusing what cannot be honoured with a 400.
pub(crate) fn page_query(p: &ListParams, resource: Resource) -> Result<PageQuery, Refusal> {
    let mut compiler = Compiler {
        resource,
        ..Compiler::default()
    };
    let where_sql = match &p.filter {
        Some(f) if !f.trim().is_empty() => {
            let filter =
                Filter::parse(f).map_err(|e| Refusal::bad_request("invalidFilter", e.message()))?;
            compiler
                .compile(&filter)
                .map_err(|e| Refusal::bad_request("invalidFilter", e.message()))?
        }
        _ => "1 = 1".to_owned(),
    };
    let direction = match p
        .sort_order
        .as_deref()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None | Some("ascending") => "ASC",
        Some("descending") => "DESC",
        Some(_) => {
            return Err(Refusal::bad_request(
                "invalidValue",
                Message::new("scim-error-sort-order"),
            ));
        }
    };
    let order = match &p.sort_by {
        Some(s) => {
            let bad_sort =
                || Refusal::bad_request("invalidValue", Message::new("scim-error-sort-by"));
            let path = match Filter::parse(&format!("{s} pr")) {
                Ok(Filter::Present(path)) => path,
                _ => return Err(bad_sort()),
            };
            let column = sort_column(resource, &path).ok_or_else(bad_sort)?;
            format!("{column} {direction}, id {direction}")
        }
        None => "created_at ASC, id ASC".to_owned(),
    };
    Ok(PageQuery {
        compiler,
        where_sql,
        order,
        start: p.start_index.unwrap_or(1).max(1),
        count: p.count.unwrap_or(100).clamp(0, i64::from(MAX_RESULTS)),
        projection: Projection::parse(
            &split_list(&p.attributes),
            &split_list(&p.excluded_attributes),
        )?,
    })
}

/// A SCIM list response for one page.
pub(crate) fn list_page(total: i64, start: i64, resources: Vec<Value>) -> Response {
    scim_json(
        StatusCode::OK,
        &json!({
            "schemas": [LIST_RESPONSE],
            "totalResults": total,
            "startIndex": start,
            "itemsPerPage": resources.len(),
            "Resources": resources,
        }),
    )
}

async fn list_with(state: &AppState, actor: &Actor, p: ListParams) -> Reply {
    let mut q = page_query(&p, Resource::Users)?;
    // Without users.view, the only user one may see is oneself.
    if !actor.permissions.contains(&Permission::UsersView) {
        q.compiler
            .binds
            .push(super::filter_sql::Bind::Text(actor.id.to_string()));
        q.where_sql = format!("({}) AND id = ${}", q.where_sql, q.compiler.binds.len());
    }
    let (total, users) = state
        .store
        .list(
            &q.where_sql,
            &q.compiler.binds,
            &q.order,
            q.start - 1,
            q.count,
        )
        .await
        .map_err(store_refusal)?;
    let resources: Vec<Value> = users
        .iter()
        .map(|u| {
            let mut r = resource(state, u);
            q.projection.apply(&mut r);
            r
        })
        .collect();
    Ok(list_page(total, q.start, resources))
}

pub async fn list(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Query(p): Query<ListParams>,
) -> Reply {
    list_with(&state, &actor, p).await
}

/// The list parameters of a `.search` body (RFC 7644 §3.4.3).
pub(crate) fn search_params(body: &Bytes) -> Result<ListParams, Refusal> {
    let v = parse_json(body)?;
    let is_search = v
        .get("schemas")
        .and_then(Value::as_array)
        .is_some_and(|s| s.iter().any(|x| x == SEARCH_REQUEST));
    if !is_search {
        return Err(Refusal::bad_request(
            "invalidSyntax",
            Message::new("scim-error-bad-json"),
        ));
    }
    let list = |key: &str| -> Option<String> {
        match v.get(key)? {
            Value::Array(a) => Some(
                a.iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            Value::String(s) => Some(s.clone()),
            _ => None,
        }
    };
    let text = |key: &str| v.get(key).and_then(Value::as_str).map(str::to_owned);
    Ok(ListParams {
        filter: text("filter"),
        sort_by: text("sortBy"),
        sort_order: text("sortOrder"),
        start_index: v.get("startIndex").and_then(Value::as_i64),
        count: v.get("count").and_then(Value::as_i64),
        attributes: list("attributes"),
        excluded_attributes: list("excludedAttributes"),
    })
}

pub async fn search(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    body: Bytes,
) -> Reply {
    list_with(&state, &actor, search_params(&body)?).await
}

pub async fn get(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Reply {
    let id = parse_id(&id)?;
    let r = visible(&state, &actor, id).await?;
    if not_modified(&headers, &r.etag()) {
        return Ok(with_etag(StatusCode::NOT_MODIFIED.into_response(), &r));
    }
    Ok(with_etag(
        scim_json(StatusCode::OK, &resource(&state, &r)),
        &r,
    ))
}

pub(crate) fn attribute_refusal(e: userdesk_core::scim::user::AttributeError) -> Refusal {
    Refusal::bad_request("invalidValue", e.reason).at(e.attribute)
}

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

/// The request's Idempotency-Key with a hash of what the request asks.
pub(crate) fn idempotency(
    headers: &HeaderMap,
    what: &str,
    body: &[u8],
) -> Option<(String, String)> {
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
    Some((key.to_owned(), hash))
}

/// The stored reply for a retried request, or a refusal if the key came with another request.
pub(crate) async fn replay(
    state: &AppState,
    actor: &Actor,
    idem: &Option<(String, String)>,
) -> Result<Option<Response>, Refusal> {
    let Some((key, hash)) = idem else {
        return Ok(None);
    };
    let Some(stored) = state
        .store
        .stored_reply(actor.id, key)
        .await
        .map_err(store_refusal)?
    else {
        return Ok(None);
    };
    if stored.request_hash != *hash {
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

/// Commits `write` with its audit event and, with an Idempotency-Key, its reply; a concurrent
/// twin of the same request gets the reply the first one stored.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn commit(
    state: &AppState,
    actor: &Actor,
    headers: &HeaderMap,
    idem: &Option<(String, String)>,
    write: Write,
    action: &'static str,
    target_id: UserId,
    diff: Value,
    out: Out,
    effects: Vec<Effect>,
) -> Reply {
    let audit = AuditEvent {
        actor_id: actor.id,
        action,
        target_id: target_id.0,
        changes: diff,
        client_time: client_time(headers),
        server_time: crate::store::now(),
        idempotency_key: idem.as_ref().map(|(k, _)| k.clone()),
    };
    commit_all(
        state,
        actor,
        idem,
        std::slice::from_ref(&write),
        std::slice::from_ref(&audit),
        out,
        &effects,
    )
    .await
}

/// Commits a change of several writes with their audit events, effects and, with an
/// Idempotency-Key, the reply; a concurrent twin of the same request gets the reply the first one
/// stored.
pub(crate) async fn commit_all(
    state: &AppState,
    actor: &Actor,
    idem: &Option<(String, String)>,
    writes: &[Write],
    audits: &[AuditEvent],
    out: Out,
    effects: &[Effect],
) -> Reply {
    let reply = idem.as_ref().map(|(key, hash)| StoredReply {
        actor_id: actor.id,
        key: key.clone(),
        request_hash: hash.clone(),
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
        Err(e) => Err(store_refusal(e)),
    }
}

pub async fn create(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let idem = idempotency(&headers, "POST /Users", &body);
    if let Some(r) = replay(&state, &actor, &idem).await? {
        return Ok(r);
    }
    let v = parse_json(&body)?;
    let now = crate::store::now();
    let profile = from_scim(&v, UserId::new(), None, now).map_err(attribute_refusal)?;
    known_roles(&profile.roles)?;
    if !profile.roles.is_empty() {
        actor
            .may(Action::AssignRoles, &target(&profile))
            .map_err(denied)?;
    }
    actor
        .may(Action::Create, &target(&profile))
        .map_err(denied)?;
    actor
        .may_grant(&RoleSet::default(), &profile.roles, &Role::built_ins())
        .map_err(refuse)?;
    let record = UserRecord {
        external_id: v
            .get("externalId")
            .and_then(Value::as_str)
            .map(str::to_owned),
        profile,
        version: 1,
        created: now,
        last_modified: now,
    };
    let out = Out {
        status: StatusCode::CREATED,
        body: Some(resource(&state, &record)),
        etag: Some(record.etag()),
        location: Some(format!("{}/Users/{}", state.base_url, record.profile.id)),
    };
    let diff = changes(None, Some(&record.profile));
    let id = record.profile.id;
    commit(
        &state,
        &actor,
        &headers,
        &idem,
        Write::Insert(record),
        "create",
        id,
        diff,
        out,
        Vec::new(),
    )
    .await
}

/// Saves `profile` over `current` if the caller may make that change, failing with 412 if someone
/// else saved in between. Roles left behind by a change of account type go with it. A write that
/// changes nothing is answered with the current resource and keeps its version. Deactivation ends
/// the user's sessions.
async fn save(
    state: &AppState,
    actor: &Actor,
    headers: &HeaderMap,
    idem: &Option<(String, String)>,
    current: &UserRecord,
    mut profile: UserProfile,
    external_id: Option<String>,
) -> Reply {
    drop_stale_roles(&current.profile, &mut profile);
    known_roles(&profile.roles)?;
    actor
        .may_change(&current.profile, &profile, &Role::built_ins())
        .map_err(refuse)?;
    if external_id != current.external_id {
        actor
            .may(Action::SetExternalId, &target(&current.profile))
            .map_err(denied)?;
    }
    if profile == current.profile && external_id == current.external_id {
        return Ok(with_etag(
            scim_json(StatusCode::OK, &resource(state, current)),
            current,
        ));
    }
    let action = match (current.profile.status, profile.status) {
        (a, Status::Inactive) if a != Status::Inactive => "deactivate",
        (Status::Inactive, b) if b != Status::Inactive => "reactivate",
        _ => "update",
    };
    let record = UserRecord {
        profile,
        external_id,
        version: current.version + 1,
        created: current.created,
        last_modified: crate::store::now().max(current.last_modified),
    };
    let out = Out {
        status: StatusCode::OK,
        body: Some(resource(state, &record)),
        etag: Some(record.etag()),
        location: None,
    };
    let diff = changes(Some(&current.profile), Some(&record.profile));
    let id = record.profile.id;
    let reply = commit(
        state,
        actor,
        headers,
        idem,
        Write::Update {
            record,
            before: Box::new(current.clone()),
        },
        action,
        id,
        diff,
        out,
        Vec::new(),
    )
    .await?;
    if action == "deactivate" {
        state
            .store
            .revoke_user_sessions(&id.to_string())
            .await
            .map_err(store_refusal)?;
    }
    Ok(reply)
}

pub async fn replace(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    unconditional_retry(&headers, || {
        replace_once(&state, &actor, &id, &headers, &body)
    })
    .await
}

async fn replace_once(
    state: &AppState,
    actor: &Actor,
    id: &str,
    headers: &HeaderMap,
    body: &Bytes,
) -> Reply {
    let idem = idempotency(headers, &format!("PUT /Users/{id}"), body);
    if let Some(r) = replay(state, actor, &idem).await? {
        return Ok(r);
    }
    let id = parse_id(id)?;
    let v = parse_json(body)?;
    let current = visible(state, actor, id).await?;
    check_if_match(headers, &current)?;
    let profile = from_scim(&v, id, Some(&current.profile), crate::store::now())
        .map_err(attribute_refusal)?;
    let external_id = v
        .get("externalId")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .or(current.external_id.clone());
    save(state, actor, headers, &idem, &current, profile, external_id).await
}

pub async fn modify(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    unconditional_retry(&headers, || {
        modify_once(&state, &actor, &id, &headers, &body)
    })
    .await
}

async fn modify_once(
    state: &AppState,
    actor: &Actor,
    id: &str,
    headers: &HeaderMap,
    body: &Bytes,
) -> Reply {
    let idem = idempotency(headers, &format!("PATCH /Users/{id}"), body);
    if let Some(r) = replay(state, actor, &idem).await? {
        return Ok(r);
    }
    let id = parse_id(id)?;
    let ops = parse_json(body)?;
    let current = visible(state, actor, id).await?;
    check_if_match(headers, &current)?;
    let before = resource(state, &current);
    let after = patch::apply(&before, &ops, &eval::default_case_exact)
        .map_err(|e| Refusal::bad_request(e.scim_type, e.message()))?;
    let profile = from_scim(&after, id, Some(&current.profile), crate::store::now())
        .map_err(attribute_refusal)?;
    let external_id = after
        .get("externalId")
        .and_then(Value::as_str)
        .map(str::to_owned);
    save(state, actor, headers, &idem, &current, profile, external_id).await
}

pub async fn delete(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Reply {
    unconditional_retry(&headers, || delete_once(&state, &actor, &id, &headers)).await
}

async fn delete_once(state: &AppState, actor: &Actor, id: &str, headers: &HeaderMap) -> Reply {
    let idem = idempotency(headers, &format!("DELETE /Users/{id}"), &[]);
    if let Some(r) = replay(state, actor, &idem).await? {
        return Ok(r);
    }
    let id = parse_id(id)?;
    let current = visible(state, actor, id).await?;
    actor
        .may(Action::Delete, &target(&current.profile))
        .map_err(denied)?;
    check_if_match(headers, &current)?;
    let out = Out {
        status: StatusCode::NO_CONTENT,
        body: None,
        etag: None,
        location: None,
    };
    let diff = changes(Some(&current.profile), None);
    commit(
        state,
        actor,
        headers,
        &idem,
        Write::Delete {
            id,
            expected_version: current.version,
        },
        "delete",
        id,
        diff,
        out,
        Vec::new(),
    )
    .await
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// The user or group acted on.
    user: Option<String>,
    /// Who acted.
    actor: Option<String>,
    /// e.g. `update`, `deactivate`, `send-activation-email`.
    action: Option<String>,
    /// Events that reached the server at or after this time (RFC 3339).
    since: Option<String>,
    /// Events that reached the server before this time (RFC 3339).
    until: Option<String>,
    /// At most this many (1–1000, 100 by default).
    limit: Option<i64>,
}

/// `GET /api/audit?user=&actor=&action=&since=&until=&limit=`: the maintenance history, newest
/// first, for those with `audit.view`. `user` is the user or group acted on.
#[utoipa::path(
    get,
    path = "/audit",
    tag = "admin",
    security(("bearer" = [])),
    params(AuditQuery),
    responses(
        (status = 200, description = "Events, newest first", body = crate::openapi::AuditEvents),
        (status = 400, description = "A malformed id or time", body = crate::openapi::ErrorBody),
        (status = 403, description = "The caller lacks audit.view", body = crate::openapi::ErrorBody),
    )
)]
pub async fn audit(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Query(q): Query<AuditQuery>,
) -> Reply {
    if !actor.permissions.contains(&Permission::AuditView) {
        return Err(denied(Denied::MissingPermission(Permission::AuditView)));
    }
    // Without users.view, other users do not exist for the caller, in the history too.
    let sees_users = actor.permissions.contains(&Permission::UsersView);
    let id = |s: &Option<String>| -> Result<Option<UserId>, Refusal> {
        s.as_deref()
            .map(|v| {
                uuid::Uuid::parse_str(v).map(UserId).map_err(|_| {
                    Refusal::bad_request("invalidValue", Message::new("scim-error-bad-id"))
                })
            })
            .transpose()
    };
    let at = |s: &Option<String>, field: &'static str| -> Result<Option<OffsetDateTime>, Refusal> {
        s.as_deref()
            .map(|v| {
                OffsetDateTime::parse(v.trim(), &time::format_description::well_known::Rfc3339)
                    .map_err(|_| {
                        Refusal::bad_request("invalidValue", Message::new("scim-error-bad-time"))
                            .at(field)
                    })
            })
            .transpose()
    };
    let filter = crate::store::AuditFilter {
        target: id(&q.user)?,
        actor: id(&q.actor)?,
        action: q.action.clone(),
        since: at(&q.since, "since")?,
        until: at(&q.until, "until")?,
        only_groups_and: (!sees_users).then_some(actor.id),
        limit: q.limit.unwrap_or(100).clamp(1, 1000),
    };
    let mut events = state.store.audit(&filter).await.map_err(store_refusal)?;
    if !sees_users {
        // Who joined or left a group is about those users.
        for e in &mut events {
            if let Some(changes) = e.get_mut("changes").and_then(Value::as_array_mut) {
                changes.retain(|c| {
                    !c["field"]
                        .as_str()
                        .is_some_and(|f| f.eq_ignore_ascii_case("members"))
                });
            }
        }
    }
    Ok(axum::Json(json!({"events": events})).into_response())
}

/// `GET /api/roles`: the account's role catalog, each role with the permissions it grants. Anyone
/// signed in may read it (the app shows it in the roles editor).
#[utoipa::path(
    get,
    path = "/roles",
    tag = "admin",
    security(("bearer" = [])),
    responses((status = 200, description = "The catalog", body = crate::openapi::RoleCatalog))
)]
pub async fn roles() -> Response {
    let roles: Vec<Value> = Role::built_ins()
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "name": r.name,
                "builtIn": r.built_in,
                "permissions": r.permissions.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
            })
        })
        .collect();
    axum::Json(json!({"roles": roles, "maxRolesPerUser": userdesk_core::roles::MAX_ROLES_PER_USER}))
        .into_response()
}

/// `GET /Me` (RFC 7644 §3.11): the caller's own resource.
pub async fn me_get(
    state: State<AppState>,
    Extension(actor): Extension<Actor>,
    headers: HeaderMap,
) -> Reply {
    let id = actor.id.to_string();
    get(state, Extension(actor), Path(id), headers).await
}

/// `PATCH /Me`: the caller edits their own profile (names, username, language, notifications,
/// presence). Changing one's own account type, roles or status stays refused by the policy.
pub async fn me_patch(
    state: State<AppState>,
    Extension(actor): Extension<Actor>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let id = actor.id.to_string();
    modify(state, Extension(actor), Path(id), headers, body).await
}

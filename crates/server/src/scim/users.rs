//! `/Users`: list (with filter, sort, paging, projection), search, get, create, replace, patch
//! and delete, with ETags. Every value a client sends is read through the domain's types.

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Value, json};
use time::OffsetDateTime;
use userdesk_core::Message;
use userdesk_core::message::Translatable;
use userdesk_core::policy::{Action, Actor, Denied, Target, drop_stale_roles};
use userdesk_core::scim::user::{Meta, from_scim, to_scim};
use userdesk_core::scim::{eval, patch};
use userdesk_core::{Permission, Role, RoleSet, Status, UserId, UserProfile};

use super::error::Refusal;
use super::filter_sql::Resource;
use crate::AppState;
use crate::store::{Effect, UserRecord, Write};

use super::etag::*;
use super::listing::*;
use super::reply::*;

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
    let r = state.store.get(id).await?.ok_or_else(Refusal::not_found)?;
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

async fn list_with(state: &AppState, actor: &Actor, p: ListParams) -> Reply {
    let mut q = page_query(&p, Resource::Users)?;
    // Without users.view, the only user one may see is oneself.
    if !actor.permissions.contains(&Permission::UsersView) {
        q.compiler
            .binds
            .push(crate::store::sql::Bind::Text(actor.id.to_string()));
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
        .await?;
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

/// A picture made on a client (`urn:userdesk:picture:…`) names bytes this server does not have:
/// such `photos` are refused, unless they are what the user already shows. Pictures are set by
/// uploading them (`PUT /api/users/{id}/avatar`).
pub(crate) fn pictures_held(
    profile: &UserProfile,
    current: Option<&UserProfile>,
) -> Result<(), Refusal> {
    match &profile.avatar {
        Some(a) if a.is_local() && current.and_then(|c| c.avatar.as_ref()) != Some(a) => Err(
            Refusal::bad_request("invalidValue", Message::new("error-picture-upload")).at("photos"),
        ),
        _ => Ok(()),
    }
}

pub(crate) fn attribute_refusal(e: userdesk_core::scim::user::AttributeError) -> Refusal {
    Refusal::bad_request("invalidValue", e.reason).at(e.attribute)
}

pub async fn create(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    create_user(&state, &actor, &headers, &body).await
}

/// `POST /Users`: what the handler and a Bulk operation both do.
pub(crate) async fn create_user(
    state: &AppState,
    actor: &Actor,
    headers: &HeaderMap,
    body: &Bytes,
) -> Reply {
    let idem = idempotency(headers, "POST /Users", body);
    if let Some(r) = replay(state, actor, &idem).await? {
        return Ok(r);
    }
    let v = parse_json(body)?;
    let now = state.store.now();
    let profile = from_scim(&v, UserId::new(), None, now).map_err(attribute_refusal)?;
    pictures_held(&profile, None)?;
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
        body: Some(resource(state, &record)),
        etag: Some(record.etag()),
        location: Some(format!("{}/Users/{}", state.base_url, record.profile.id)),
    };
    let diff = changes(None, Some(&record.profile));
    let id = record.profile.id;
    commit(
        state,
        actor,
        headers,
        &idem,
        Mutation {
            write: Write::Insert(record),
            action: "create",
            target: id,
            diff,
            out,
            effects: Vec::new(),
        },
    )
    .await
}

/// Saves `profile` over `current` if the caller may make that change, failing with 412 if someone
/// else saved in between. Roles left behind by a change of account type go with it. A write that
/// changes nothing is answered with the current resource and keeps its version. Deactivation ends
/// the user's sessions.
/// Saves `profile` as user `current`'s new state, judged by the caller's permissions, with what
/// else the change brings (`effects`), audited in the same transaction.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn save(
    state: &AppState,
    actor: &Actor,
    headers: &HeaderMap,
    idem: &Option<IdempotencyKey>,
    current: &UserRecord,
    mut profile: UserProfile,
    external_id: Option<String>,
    effects: Vec<Effect>,
) -> Reply {
    pictures_held(&profile, Some(&current.profile))?;
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
        last_modified: state.store.now().max(current.last_modified),
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
        Mutation {
            write: Write::Update {
                record,
                before: Box::new(current.clone()),
            },
            action,
            target: id,
            diff,
            out,
            effects,
        },
    )
    .await?;
    if action == "deactivate" {
        state.store.revoke_user_sessions(&id.to_string()).await?;
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
    replace_user(&state, &actor, &id, &headers, &body).await
}

/// `PUT /Users/{id}`: what the handler and a Bulk operation both do (retried once on a
/// version that moved meanwhile when the request set no If-Match).
pub(crate) async fn replace_user(
    state: &AppState,
    actor: &Actor,
    id: &str,
    headers: &HeaderMap,
    body: &Bytes,
) -> Reply {
    unconditional_retry(headers, || replace_once(state, actor, id, headers, body)).await
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
    let profile =
        from_scim(&v, id, Some(&current.profile), state.store.now()).map_err(attribute_refusal)?;
    let external_id = v
        .get("externalId")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .or(current.external_id.clone());
    save(
        state,
        actor,
        headers,
        &idem,
        &current,
        profile,
        external_id,
        Vec::new(),
    )
    .await
}

pub async fn modify(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    modify_user(&state, &actor, &id, &headers, &body).await
}

/// `PATCH /Users/{id}`: what the handler and a Bulk operation both do (retried once on a
/// version that moved meanwhile when the request set no If-Match).
pub(crate) async fn modify_user(
    state: &AppState,
    actor: &Actor,
    id: &str,
    headers: &HeaderMap,
    body: &Bytes,
) -> Reply {
    unconditional_retry(headers, || modify_once(state, actor, id, headers, body)).await
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
    let profile = from_scim(&after, id, Some(&current.profile), state.store.now())
        .map_err(attribute_refusal)?;
    let external_id = after
        .get("externalId")
        .and_then(Value::as_str)
        .map(str::to_owned);
    save(
        state,
        actor,
        headers,
        &idem,
        &current,
        profile,
        external_id,
        Vec::new(),
    )
    .await
}

pub async fn delete(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Reply {
    delete_user(&state, &actor, &id, &headers).await
}

/// `DELETE /Users/{id}`: what the handler and a Bulk operation both do.
pub(crate) async fn delete_user(
    state: &AppState,
    actor: &Actor,
    id: &str,
    headers: &HeaderMap,
) -> Reply {
    unconditional_retry(headers, || delete_once(state, actor, id, headers)).await
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
        Mutation {
            write: Write::Delete {
                id,
                expected_version: current.version,
            },
            action: "delete",
            target: id,
            diff,
            out,
            effects: Vec::new(),
        },
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
    let mut events = state.store.audit(&filter).await?;
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

//! `/Groups`: the account's custom user groups. A user belongs to at most one; the default group is
//! implicit (everyone in no custom group) and not listed. Creating, renaming and deleting a group
//! needs `config.manage`; putting someone in or out of a group is editing that person, checked per
//! person. A group change and the changes of its members are one transaction with their audit.

use std::collections::HashSet;

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use time::OffsetDateTime;
use userdesk_core::message::Translatable;
use userdesk_core::policy::{Action, Actor};
use userdesk_core::profile::UserGroup;
use userdesk_core::scim::group::{GroupInput, GroupMember, group_from_scim, to_scim_group};
use userdesk_core::scim::user::Meta;
use userdesk_core::scim::{eval, patch};
use userdesk_core::{Message, Permission, UserId};

use super::error::Refusal;
use super::etag::{check_etag, not_modified, unconditional_retry, with_tag};
use super::filter_sql::Resource;
use super::listing::{ListParams, list_page, page_query, search_params};
use super::reply::{
    IdempotencyKey, Out, Reply, client_time, commit_all, idempotency, parse_json, replay, scim_json,
};
use super::users::{attribute_refusal, denied, target};
use crate::AppState;
use crate::store::{AuditEvent, GroupRecord, UserRecord, Write};

fn parse_group_id(id: &str) -> Result<uuid::Uuid, Refusal> {
    uuid::Uuid::parse_str(id).map_err(|_| Refusal::not_found())
}

fn location(state: &AppState, id: uuid::Uuid) -> String {
    format!("{}/Groups/{id}", state.base_url)
}

/// The members a caller may see: everyone with `users.view`, else only themselves.
fn visible_members(actor: &Actor, members: &[GroupMember]) -> Vec<GroupMember> {
    if actor.permissions.contains(&Permission::UsersView) {
        members.to_vec()
    } else {
        members
            .iter()
            .filter(|m| m.id == actor.id)
            .cloned()
            .collect()
    }
}

fn group_resource(state: &AppState, g: &GroupRecord, members: &[GroupMember]) -> Value {
    let meta = Meta {
        created: g.created,
        last_modified: g.last_modified,
        version: g.etag(),
        location: location(state, g.id),
    };
    to_scim_group(
        &g.id.to_string(),
        &g.name,
        g.external_id.as_deref(),
        members,
        &meta,
        &state.base_url,
    )
}

/// Who sees every group: those who see every user, and those who manage configuration.
fn sees_all_groups(actor: &Actor) -> bool {
    actor.permissions.contains(&Permission::UsersView)
        || actor.permissions.contains(&Permission::ConfigManage)
}

/// The group, if the caller may see it: any group with `users.view` or `config.manage`, else only
/// their own.
async fn visible_group(
    state: &AppState,
    actor: &Actor,
    id: uuid::Uuid,
) -> Result<GroupRecord, Refusal> {
    let g = state
        .store
        .get_group(id)
        .await?
        .ok_or_else(Refusal::not_found)?;
    if !sees_all_groups(actor) {
        let own = state.store.get(actor.id).await?;
        let mine = own.is_some_and(
            |r| matches!(&r.profile.group, UserGroup::Custom { id: g_id, .. } if *g_id == id.to_string()),
        );
        if !mine {
            return Err(Refusal::not_found());
        }
    }
    Ok(g)
}

async fn members_of(state: &AppState, id: uuid::Uuid) -> Result<Vec<GroupMember>, Refusal> {
    Ok(state
        .store
        .group_members(&[id])
        .await?
        .remove(&id)
        .unwrap_or_default())
}

/// Who is in a group is about those users: without `users.view`, a request may not ask by members
/// (a filter on them would tell who is in which group).
fn may_ask_by_members(actor: &Actor) -> Result<(), Refusal> {
    if actor.permissions.contains(&Permission::UsersView) {
        Ok(())
    } else {
        Err(denied(userdesk_core::policy::Denied::MissingPermission(
            Permission::UsersView,
        )))
    }
}

/// Whether a PATCH body names `members` in a path or an attribute of a value (read as the PATCH
/// itself reads paths; a path that does not parse is refused by the PATCH anyway).
fn touches_members(ops: &Value) -> bool {
    let is_members = |path: &str| {
        userdesk_core::scim::filter::PatchPath::parse(path)
            .is_ok_and(|p| p.attr.name.eq_ignore_ascii_case("members"))
    };
    let Some(ops) = ops
        .as_object()
        .and_then(|o| o.iter().find(|(k, _)| k.eq_ignore_ascii_case("Operations")))
        .and_then(|(_, v)| v.as_array())
    else {
        return false;
    };
    ops.iter().filter_map(Value::as_object).any(|op| {
        op.iter().any(|(k, v)| {
            (k.eq_ignore_ascii_case("path") && v.as_str().is_some_and(is_members))
                || (k.eq_ignore_ascii_case("value")
                    && v.as_object()
                        .is_some_and(|o| o.keys().any(|k| is_members(k))))
        })
    })
}

async fn list_with(state: &AppState, actor: &Actor, p: ListParams) -> Reply {
    if let Some(f) = p.filter.as_deref()
        && userdesk_core::scim::filter::Filter::parse(f).is_ok_and(|f| f.mentions("members"))
    {
        may_ask_by_members(actor)?;
    }
    let mut q = page_query(&p, Resource::Groups)?;
    if !sees_all_groups(actor) {
        q.compiler
            .binds
            .push(crate::store::sql::Bind::Text(actor.id.to_string()));
        q.where_sql = format!(
            "({}) AND id IN (SELECT group_id FROM users WHERE id = ${})",
            q.where_sql,
            q.compiler.binds.len()
        );
    }
    let (total, groups) = state
        .store
        .list_groups(
            &q.where_sql,
            &q.compiler.binds,
            &q.order,
            q.start - 1,
            q.count,
        )
        .await?;
    // Members are read only when they will be shown.
    let members_wanted = {
        let mut probe = json!({"id": "", "members": []});
        q.projection.apply(&mut probe);
        probe.get("members").is_some()
    };
    let mut members = if members_wanted {
        let ids: Vec<uuid::Uuid> = groups.iter().map(|g| g.id).collect();
        state.store.group_members(&ids).await?
    } else {
        Default::default()
    };
    let resources = groups
        .iter()
        .map(|g| {
            let m = visible_members(actor, &members.remove(&g.id).unwrap_or_default());
            let mut r = group_resource(state, g, &m);
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
    let id = parse_group_id(&id)?;
    let g = visible_group(&state, &actor, id).await?;
    if not_modified(&headers, &g.etag()) {
        return Ok(with_tag(
            StatusCode::NOT_MODIFIED.into_response(),
            &g.etag(),
        ));
    }
    let members = visible_members(&actor, &members_of(&state, id).await?);
    Ok(with_tag(
        scim_json(StatusCode::OK, &group_resource(&state, &g, &members)),
        &g.etag(),
    ))
}

/// A group as it is and the people in it.
struct Current {
    group: GroupRecord,
    members: Vec<UserRecord>,
}

async fn current(state: &AppState, actor: &Actor, id: uuid::Uuid) -> Result<Current, Refusal> {
    let group = visible_group(state, actor, id).await?;
    let members = state.store.group_member_records(id).await?;
    Ok(Current { group, members })
}

fn user_changes(before: &UserRecord, after: &UserRecord) -> Value {
    super::reply::changes(Some(&before.profile), Some(&after.profile))
}

/// Turns the group `before` (none when creating) into `after` (none when deleting): the group's own
/// write, each person who joins, leaves or sees the group's new name, and an audit event for each.
#[allow(clippy::too_many_arguments)]
async fn change(
    state: &AppState,
    actor: &Actor,
    headers: &HeaderMap,
    idem: &Option<IdempotencyKey>,
    before: Option<Current>,
    after: Option<(GroupRecord, Option<Vec<UserId>>)>,
    action: &'static str,
    status: StatusCode,
) -> Reply {
    let now = state.store.now();
    let renamed_or_new = match (&before, &after) {
        (Some(b), Some((a, _))) => b.group.name != a.name || b.group.external_id != a.external_id,
        _ => true,
    };
    if renamed_or_new {
        actor.may_manage_groups().map_err(denied)?;
    }
    let old_members: Vec<UserRecord> = before
        .as_ref()
        .map(|b| b.members.clone())
        .unwrap_or_default();
    let old_ids: HashSet<UserId> = old_members.iter().map(|m| m.profile.id).collect();
    let new_ids: Vec<UserId> = match &after {
        Some((_, Some(ids))) => ids.clone(),
        Some((_, None)) => old_ids.iter().copied().collect(),
        None => Vec::new(),
    };
    let new_set: HashSet<UserId> = new_ids.iter().copied().collect();

    // People who join: they must exist, be visible, and not belong to another group.
    let joining: Vec<UserId> = new_ids
        .iter()
        .copied()
        .filter(|id| !old_ids.contains(id))
        .collect();
    let found = state.store.users_by_ids(&joining).await?;
    let mut edits: Vec<(UserRecord, UserRecord)> = Vec::new();
    let member_group = |g: &GroupRecord, manager: bool| UserGroup::Custom {
        id: g.id.to_string(),
        name: g.name.as_str().to_owned(),
        manager,
    };
    for id in &joining {
        let Some(user) = found.iter().find(|u| u.profile.id == *id) else {
            return Err(unknown_member(id));
        };
        if actor.may(Action::View, &target(&user.profile)).is_err() {
            return Err(unknown_member(id));
        }
        if let UserGroup::Custom { name, .. } = &user.profile.group {
            return Err(Refusal::new(
                StatusCode::CONFLICT,
                Some("uniqueness"),
                Message::new("scim-error-other-group")
                    .with("user", user.profile.display_name())
                    .with("group", name.clone()),
            )
            .at("members"));
        }
        let Some((g, _)) = &after else { continue };
        let mut profile = user.profile.clone();
        profile.group = member_group(g, false);
        actor
            .may_change(&user.profile, &profile, &userdesk_core::Role::built_ins())
            .map_err(denied)?;
        edits.push((user.clone(), next(user, profile, now)));
    }
    // People who leave, or stay and see the new name.
    for user in &old_members {
        let leaving = !new_set.contains(&user.profile.id);
        let mut profile = user.profile.clone();
        match (&after, leaving) {
            (Some((g, _)), false) => {
                let manager = matches!(user.profile.group, UserGroup::Custom { manager: true, .. });
                profile.group = member_group(g, manager);
                if profile == user.profile {
                    continue;
                }
                // Only the group's name changes: that is the group's change, not the person's.
            }
            _ => {
                profile.group = UserGroup::Default;
                actor
                    .may_change(&user.profile, &profile, &userdesk_core::Role::built_ins())
                    .map_err(denied)?;
            }
        }
        edits.push((user.clone(), next(user, profile, now)));
    }

    let mut writes = Vec::with_capacity(edits.len() + 1);
    let group_id;
    let (out, group_diff) = match (&before, &after) {
        (_, Some((g, _))) => {
            group_id = g.id;
            let record = GroupRecord {
                version: before.as_ref().map_or(1, |b| b.group.version + 1),
                last_modified: now,
                ..g.clone()
            };
            writes.push(match &before {
                None => Write::InsertGroup(record.clone()),
                Some(b) => Write::UpdateGroup {
                    record: record.clone(),
                    expected_version: b.group.version,
                },
            });
            let mut members: Vec<GroupMember> = old_members
                .iter()
                .filter(|u| new_set.contains(&u.profile.id))
                .chain(found.iter())
                .map(|u| GroupMember {
                    id: u.profile.id,
                    display: u.profile.display_name(),
                })
                .collect();
            members.sort_by_key(|m| m.display.to_lowercase());
            let body = group_resource(state, &record, &visible_members(actor, &members));
            let diff = group_diff(before.as_ref(), Some(&record), &old_ids, &new_set);
            (
                Out {
                    status,
                    body: Some(body),
                    etag: Some(record.etag()),
                    location: Some(location(state, record.id)),
                },
                diff,
            )
        }
        (Some(b), None) => {
            group_id = b.group.id;
            writes.push(Write::DeleteGroup {
                id: b.group.id,
                expected_version: b.group.version,
            });
            (
                Out {
                    status: StatusCode::NO_CONTENT,
                    body: None,
                    etag: None,
                    location: None,
                },
                group_diff(Some(b), None, &old_ids, &new_set),
            )
        }
        (None, None) => return Err(Refusal::internal()),
    };
    let audit = |action: &'static str, target_id: uuid::Uuid, changes: Value| AuditEvent {
        actor_id: actor.id,
        action,
        target_id,
        changes,
        client_time: client_time(headers),
        server_time: now,
        idempotency_key: idem.as_ref().map(|i| i.key.clone()),
    };
    let mut audits = vec![audit(action, group_id, group_diff)];
    for (before, after) in &edits {
        audits.push(audit(
            "update",
            before.profile.id.0,
            user_changes(before, after),
        ));
        writes.push(Write::Update {
            record: after.clone(),
            before: Box::new(before.clone()),
        });
    }
    commit_all(state, actor, idem, &writes, &audits, out, &[]).await
}

fn unknown_member(id: &UserId) -> Refusal {
    Refusal::bad_request("invalidValue", Message::new("scim-error-unknown-member"))
        .at(format!("members[value eq \"{id}\"]"))
}

/// The user record after `profile` replaces theirs.
fn next(user: &UserRecord, profile: userdesk_core::UserProfile, now: OffsetDateTime) -> UserRecord {
    UserRecord {
        profile,
        external_id: user.external_id.clone(),
        version: user.version + 1,
        created: user.created,
        last_modified: now.max(user.last_modified),
    }
}

/// What changed about the group itself: name, external id, who joined and who left.
fn group_diff(
    before: Option<&Current>,
    after: Option<&GroupRecord>,
    old: &HashSet<UserId>,
    new: &HashSet<UserId>,
) -> Value {
    let mut changes = Vec::new();
    let name = |g: Option<&GroupRecord>| g.map_or(Value::Null, |g| json!(g.name.as_str()));
    let ext = |g: Option<&GroupRecord>| {
        g.and_then(|g| g.external_id.clone())
            .map_or(Value::Null, Value::String)
    };
    let b = before.map(|b| &b.group);
    if name(b) != name(after) {
        changes.push(json!({"field": "displayName", "before": name(b), "after": name(after)}));
    }
    if ext(b) != ext(after) {
        changes.push(json!({"field": "externalId", "before": ext(b), "after": ext(after)}));
    }
    let mut added: Vec<String> = new.difference(old).map(ToString::to_string).collect();
    let mut removed: Vec<String> = old.difference(new).map(ToString::to_string).collect();
    added.sort();
    removed.sort();
    if !added.is_empty() || !removed.is_empty() {
        changes.push(json!({"field": "members", "added": added, "removed": removed}));
    }
    Value::Array(changes)
}

fn input(v: &Value) -> Result<GroupInput, Refusal> {
    group_from_scim(v).map_err(attribute_refusal)
}

pub async fn create(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    create_group(&state, &actor, &headers, &body).await
}

/// `POST /Groups`: what the handler and a Bulk operation both do.
pub(crate) async fn create_group(
    state: &AppState,
    actor: &Actor,
    headers: &HeaderMap,
    body: &Bytes,
) -> Reply {
    let idem = idempotency(headers, "POST /Groups", body);
    if let Some(r) = replay(state, actor, &idem).await? {
        return Ok(r);
    }
    actor.may_manage_groups().map_err(denied)?;
    let g = input(&parse_json(body)?)?;
    let now = state.store.now();
    let record = GroupRecord {
        id: uuid::Uuid::now_v7(),
        name: g.display_name,
        external_id: g.external_id,
        version: 1,
        created: now,
        last_modified: now,
    };
    change(
        state,
        actor,
        headers,
        &idem,
        None,
        Some((record, Some(g.members.unwrap_or_default()))),
        "group-create",
        StatusCode::CREATED,
    )
    .await
}

pub async fn replace(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    replace_group(&state, &actor, &id, &headers, &body).await
}

/// `PUT /Groups/{id}`: what the handler and a Bulk operation both do (retried once on a
/// version that moved meanwhile when the request set no If-Match).
pub(crate) async fn replace_group(
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
    let idem = idempotency(headers, &format!("PUT /Groups/{id}"), body);
    if let Some(r) = replay(state, actor, &idem).await? {
        return Ok(r);
    }
    let id = parse_group_id(id)?;
    let v = parse_json(body)?;
    let now_group = current(state, actor, id).await?;
    check_etag(headers, &now_group.group.etag())?;
    update(state, actor, headers, &idem, now_group, input(&v)?).await
}

/// Replaces the group's name, external id and members (members left out are no longer members).
async fn update(
    state: &AppState,
    actor: &Actor,
    headers: &HeaderMap,
    idem: &Option<IdempotencyKey>,
    now_group: Current,
    g: GroupInput,
) -> Reply {
    let record = GroupRecord {
        name: g.display_name,
        external_id: g.external_id,
        ..now_group.group.clone()
    };
    let members = Some(g.members.unwrap_or_default());
    change(
        state,
        actor,
        headers,
        idem,
        Some(now_group),
        Some((record, members)),
        "group-update",
        StatusCode::OK,
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
    modify_group(&state, &actor, &id, &headers, &body).await
}

/// `PATCH /Groups/{id}`: what the handler and a Bulk operation both do (retried once on a
/// version that moved meanwhile when the request set no If-Match).
pub(crate) async fn modify_group(
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
    let idem = idempotency(headers, &format!("PATCH /Groups/{id}"), body);
    if let Some(r) = replay(state, actor, &idem).await? {
        return Ok(r);
    }
    let id = parse_group_id(id)?;
    let ops = parse_json(body)?;
    if touches_members(&ops) {
        may_ask_by_members(actor)?;
    }
    let now_group = current(state, actor, id).await?;
    check_etag(headers, &now_group.group.etag())?;
    // The operations apply to the whole group (every member, whoever may see them).
    let members: Vec<GroupMember> = now_group
        .members
        .iter()
        .map(|u| GroupMember {
            id: u.profile.id,
            display: u.profile.display_name(),
        })
        .collect();
    let before = group_resource(state, &now_group.group, &members);
    let after = patch::apply(&before, &ops, &eval::default_case_exact)
        .map_err(|e| Refusal::bad_request(e.scim_type, e.message()))?;
    update(state, actor, headers, &idem, now_group, input(&after)?).await
}

/// Deleting a group puts its members back in the default group.
pub async fn delete(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    delete_group(&state, &actor, &id, &headers).await
}

/// `DELETE /Groups/{id}`: what the handler and a Bulk operation both do.
pub(crate) async fn delete_group(
    state: &AppState,
    actor: &Actor,
    id: &str,
    headers: &HeaderMap,
) -> Result<Response, Refusal> {
    unconditional_retry(headers, || delete_once(state, actor, id, headers)).await
}

async fn delete_once(
    state: &AppState,
    actor: &Actor,
    id: &str,
    headers: &HeaderMap,
) -> Result<Response, Refusal> {
    let idem = idempotency(headers, &format!("DELETE /Groups/{id}"), &[]);
    if let Some(r) = replay(state, actor, &idem).await? {
        return Ok(r);
    }
    let id = parse_group_id(id)?;
    let now_group = current(state, actor, id).await?;
    check_etag(headers, &now_group.group.etag())?;
    change(
        state,
        actor,
        headers,
        &idem,
        Some(now_group),
        None,
        "group-delete",
        StatusCode::NO_CONTENT,
    )
    .await
}

//! SCIM PATCH (RFC 7644 §3.5.2) applied to a resource in JSON: `add`, `replace` and `remove`, with
//! or without a path, with value filters (`emails[type eq "work"].value`) and schema-prefixed
//! paths. Operations apply in order to a copy: if one fails, the caller keeps the original, so a
//! PATCH changes all or nothing. The result is then read with the domain's types (`user::from_scim`),
//! which is where values are validated.

use std::collections::HashSet;

use serde_json::{Map, Value};

use super::eval::{self, CaseExact};
use super::filter::{AttrPath, Filter, PatchPath};
use super::{GROUP_SCHEMA, PATCH_OP, USER_SCHEMA};
use crate::message::{Message, Translatable};

/// Attributes a client may never write.
const READ_ONLY: &[&str] = &["id", "meta", "groups"];

/// Most operations in one PATCH request.
pub const MAX_OPERATIONS: usize = 1000;

/// Most units of work one PATCH may cost: a unit is one value added or one element of an array
/// looked at by a filtered path. Each operation costs at most its own values plus the size of the
/// array it filters, so an honest request stays far below, and a hostile one (thousands of filtered
/// operations over a big array) is refused before it keeps a core busy.
pub const WORK_BUDGET: u64 = 4_000_000;

/// The work done so far by one PATCH, against [`WORK_BUDGET`].
#[derive(Debug, Default)]
struct Work {
    spent: u64,
}

impl Work {
    fn charge(&mut self, units: usize, operation: usize) -> Result<(), PatchError> {
        self.spent = self.spent.saturating_add(units as u64);
        if self.spent > WORK_BUDGET {
            return Err(PatchError {
                scim_type: "tooMany",
                operation,
                detail: Message::new("patch-error-too-much-work").with("operation", operation + 1),
            });
        }
        Ok(())
    }
}

/// A value's identity for de-duplication: its JSON with object keys sorted, so that equal values
/// (as `Value`'s `==` sees them) give equal keys whatever their key order.
fn identity(v: &Value) -> String {
    fn write(v: &Value, out: &mut String) {
        match v {
            Value::Object(m) => {
                let mut keys: Vec<&String> = m.keys().collect();
                keys.sort();
                out.push('{');
                for k in keys {
                    out.push_str(&Value::String(k.clone()).to_string());
                    out.push(':');
                    if let Some(x) = m.get(k) {
                        write(x, out);
                    }
                    out.push(',');
                }
                out.push('}');
            }
            Value::Array(a) => {
                out.push('[');
                for x in a {
                    write(x, out);
                    out.push(',');
                }
                out.push(']');
            }
            other => out.push_str(&other.to_string()),
        }
    }
    let mut out = String::new();
    write(v, &mut out);
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Add,
    Replace,
    Remove,
}

/// Why a PATCH was refused; `scim_type` is the RFC's `scimType` for the 400 error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{scim_type}: operation {operation}: {detail:?}")]
pub struct PatchError {
    pub scim_type: &'static str,
    /// 0-based index of the failing operation.
    pub operation: usize,
    pub detail: Message,
}

impl Translatable for PatchError {
    fn message(&self) -> Message {
        self.detail.clone()
    }
}

fn fail(scim_type: &'static str, operation: usize, id: &'static str) -> PatchError {
    PatchError {
        scim_type,
        operation,
        detail: Message::new(id).with("operation", operation + 1),
    }
}

fn key_of<'a>(obj: &'a Map<String, Value>, name: &str) -> Option<&'a String> {
    obj.keys().find(|k| k.eq_ignore_ascii_case(name))
}

fn get_mut<'a>(obj: &'a mut Map<String, Value>, name: &str) -> Option<&'a mut Value> {
    let key = key_of(obj, name)?.clone();
    obj.get_mut(&key)
}

fn remove_key(obj: &mut Map<String, Value>, name: &str) -> Option<Value> {
    let key = key_of(obj, name)?.clone();
    obj.remove(&key)
}

/// Sets `name` in `obj`, keeping the existing key's spelling.
fn set(obj: &mut Map<String, Value>, name: &str, value: Value) {
    let key = key_of(obj, name)
        .cloned()
        .unwrap_or_else(|| name.to_owned());
    obj.insert(key, value);
}

/// `add` semantics for one attribute: arrays gain values they do not hold yet, objects merge,
/// others are replaced. Linear in the sizes of both arrays.
fn add_value(
    obj: &mut Map<String, Value>,
    name: &str,
    value: Value,
    work: &mut Work,
    index: usize,
) -> Result<(), PatchError> {
    match (get_mut(obj, name), value) {
        (Some(Value::Array(existing)), new) => {
            let new = match new {
                Value::Array(new) => new,
                v => vec![v],
            };
            work.charge(existing.len() + new.len(), index)?;
            let mut held: HashSet<String> = existing.iter().map(identity).collect();
            for v in new {
                if held.insert(identity(&v)) {
                    existing.push(v);
                }
            }
        }
        (Some(Value::Object(existing)), Value::Object(new)) => {
            for (k, v) in new {
                set(existing, &k, v);
            }
        }
        (_, v) => set(obj, name, v),
    }
    Ok(())
}

/// The object an attribute path lives in: the resource, or an extension's object (created for
/// add and replace).
fn container<'a>(
    resource: &'a mut Map<String, Value>,
    path: &AttrPath,
    create: bool,
) -> Option<&'a mut Map<String, Value>> {
    match &path.schema {
        Some(s)
            if !s.eq_ignore_ascii_case(USER_SCHEMA) && !s.eq_ignore_ascii_case(GROUP_SCHEMA) =>
        {
            if key_of(resource, s).is_none() {
                if !create {
                    return None;
                }
                resource.insert(s.clone(), Value::Object(Map::new()));
                if let Some(Value::Array(schemas)) = get_mut(resource, "schemas")
                    && !schemas
                        .iter()
                        .any(|v| v.as_str().is_some_and(|x| x.eq_ignore_ascii_case(s)))
                {
                    schemas.push(Value::String(s.clone()));
                }
            }
            get_mut(resource, s)?.as_object_mut()
        }
        _ => Some(resource),
    }
}

fn apply_without_path(
    resource: &mut Map<String, Value>,
    op: Op,
    value: Value,
    index: usize,
    work: &mut Work,
) -> Result<(), PatchError> {
    let Value::Object(attrs) = value else {
        return Err(fail("invalidValue", index, "patch-error-value-not-object"));
    };
    for (name, v) in attrs {
        if READ_ONLY.iter().any(|r| r.eq_ignore_ascii_case(&name)) {
            return Err(fail("mutability", index, "patch-error-read-only"));
        }
        let is_extension = name.len() > 4
            && name
                .get(..4)
                .is_some_and(|n| n.eq_ignore_ascii_case("urn:"));
        if is_extension && let Value::Object(ext_attrs) = v {
            let path = AttrPath {
                schema: Some(name.clone()),
                name: String::new(),
                sub: None,
            };
            let Some(ext) = container(resource, &path, true) else {
                return Err(fail("invalidPath", index, "patch-error-invalid-path"));
            };
            for (k, x) in ext_attrs {
                match op {
                    Op::Add => add_value(ext, &k, x, work, index)?,
                    _ => set(ext, &k, x),
                }
            }
            continue;
        }
        match op {
            Op::Add => add_value(resource, &name, v, work, index)?,
            _ => set(resource, &name, v),
        }
    }
    Ok(())
}

fn apply_with_path(
    resource: &mut Map<String, Value>,
    op: Op,
    path: &PatchPath,
    value: Option<Value>,
    index: usize,
    case_exact: CaseExact<'_>,
    work: &mut Work,
) -> Result<(), PatchError> {
    if READ_ONLY
        .iter()
        .any(|r| r.eq_ignore_ascii_case(&path.attr.name))
        && path.attr.schema.is_none()
    {
        return Err(fail("mutability", index, "patch-error-read-only"));
    }
    let create = op != Op::Remove;
    let Some(obj) = container(resource, &path.attr, create) else {
        // Removing from an extension the resource does not have: nothing to remove.
        return Ok(());
    };
    let need_value = || {
        value
            .clone()
            .ok_or_else(|| fail("invalidValue", index, "patch-error-value-missing"))
    };

    match &path.filter {
        None => match (&path.attr.sub, op) {
            (None, Op::Add) => add_value(obj, &path.attr.name, need_value()?, work, index)?,
            (None, Op::Replace) => set(obj, &path.attr.name, need_value()?),
            (None, Op::Remove) => {
                remove_key(obj, &path.attr.name);
            }
            (Some(sub), _) => {
                let parent = match get_mut(obj, &path.attr.name) {
                    Some(Value::Object(p)) => p,
                    Some(_) => return Err(fail("invalidPath", index, "patch-error-invalid-path")),
                    None if op == Op::Remove => return Ok(()),
                    None => {
                        set(obj, &path.attr.name, Value::Object(Map::new()));
                        match get_mut(obj, &path.attr.name) {
                            Some(Value::Object(p)) => p,
                            _ => {
                                return Err(fail("invalidPath", index, "patch-error-invalid-path"));
                            }
                        }
                    }
                };
                match op {
                    Op::Add => add_value(parent, sub, need_value()?, work, index)?,
                    Op::Replace => set(parent, sub, need_value()?),
                    Op::Remove => {
                        remove_key(parent, sub);
                    }
                }
            }
        },
        Some(filter) => apply_filtered(obj, op, path, filter, value, index, case_exact, work)?,
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn apply_filtered(
    obj: &mut Map<String, Value>,
    op: Op,
    path: &PatchPath,
    filter: &Filter,
    value: Option<Value>,
    index: usize,
    case_exact: CaseExact<'_>,
    work: &mut Work,
) -> Result<(), PatchError> {
    let parent = path.attr.name.to_ascii_lowercase();
    let nested_exact = |key: &str| case_exact(&format!("{parent}.{key}"));
    let Some(Value::Array(items)) = get_mut(obj, &path.attr.name) else {
        return Err(fail("noTarget", index, "patch-error-no-target"));
    };
    work.charge(items.len(), index)?;
    let hits: Vec<usize> = (0..items.len())
        .filter(|i| eval::matches(filter, &items[*i], &nested_exact))
        .collect();
    if hits.is_empty() {
        return Err(fail("noTarget", index, "patch-error-no-target"));
    }
    match (op, &path.sub) {
        (Op::Remove, None) => {
            let mut at = 0;
            items.retain(|_| {
                let keep = hits.binary_search(&at).is_err();
                at += 1;
                keep
            });
        }
        (Op::Remove, Some(sub)) => {
            for i in hits {
                if let Some(item) = items[i].as_object_mut() {
                    remove_key(item, sub);
                }
            }
        }
        (_, sub) => {
            let v =
                value.ok_or_else(|| fail("invalidValue", index, "patch-error-value-missing"))?;
            for i in hits {
                match sub {
                    Some(sub) => {
                        let Some(item) = items[i].as_object_mut() else {
                            return Err(fail("invalidPath", index, "patch-error-invalid-path"));
                        };
                        set(item, sub, v.clone());
                    }
                    None => match (op, &mut items[i], &v) {
                        (Op::Add, Value::Object(item), Value::Object(new)) => {
                            for (k, x) in new {
                                set(item, k, x.clone());
                            }
                        }
                        _ => items[i] = v.clone(),
                    },
                }
            }
        }
    }
    Ok(())
}

/// Applies a PatchOp request body to `resource` and returns the patched copy.
pub fn apply(
    resource: &Value,
    body: &Value,
    case_exact: CaseExact<'_>,
) -> Result<Value, PatchError> {
    apply_counting(resource, body, case_exact).map(|(v, _)| v)
}

/// [`apply`], also giving the units of work it cost (never more than [`WORK_BUDGET`]).
pub fn apply_counting(
    resource: &Value,
    body: &Value,
    case_exact: CaseExact<'_>,
) -> Result<(Value, u64), PatchError> {
    let syntax = |i| fail("invalidSyntax", i, "patch-error-syntax");
    let body = body.as_object().ok_or_else(|| syntax(0))?;
    let schemas_ok = body
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("schemas"))
        .and_then(|(_, v)| v.as_array())
        .is_some_and(|s| s.iter().any(|x| x.as_str() == Some(PATCH_OP)));
    if !schemas_ok {
        return Err(syntax(0));
    }
    let ops = body
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("Operations"))
        .and_then(|(_, v)| v.as_array())
        .filter(|ops| !ops.is_empty())
        .ok_or_else(|| syntax(0))?;
    if ops.len() > MAX_OPERATIONS {
        return Err(PatchError {
            scim_type: "tooMany",
            operation: MAX_OPERATIONS,
            detail: Message::new("patch-error-too-many-operations").with("max", MAX_OPERATIONS),
        });
    }
    let mut work = Work::default();

    let mut out = resource.clone();
    let Some(obj) = out.as_object_mut() else {
        return Err(syntax(0));
    };
    for (i, operation) in ops.iter().enumerate() {
        let operation = operation.as_object().ok_or_else(|| syntax(i))?;
        let field = |name: &str| {
            operation
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v)
        };
        let op = match field("op")
            .and_then(Value::as_str)
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("add") => Op::Add,
            Some("replace") => Op::Replace,
            Some("remove") => Op::Remove,
            _ => return Err(syntax(i)),
        };
        let value = field("value").cloned();
        match field("path") {
            None | Some(Value::Null) => {
                if op == Op::Remove {
                    return Err(fail("noTarget", i, "patch-error-remove-needs-path"));
                }
                let v =
                    value.ok_or_else(|| fail("invalidValue", i, "patch-error-value-missing"))?;
                apply_without_path(obj, op, v, i, &mut work)?;
            }
            Some(Value::String(p)) => {
                let path = PatchPath::parse(p)
                    .map_err(|_| fail("invalidPath", i, "patch-error-invalid-path"))?;
                apply_with_path(obj, op, &path, value, i, case_exact, &mut work)?;
            }
            Some(_) => return Err(fail("invalidPath", i, "patch-error-invalid-path")),
        }
    }
    Ok((out, work.spent))
}

/// Fits a client's operations (in order) to `resource` as the server holds it, before they are
/// sent or merged. RFC 7644 §3.5.2.3 makes a `replace` at a value filter that matches nothing a
/// `noTarget` error, so setting a typed value the user has none of yet
/// (`phoneNumbers[type eq "mobile"].value`) becomes the `add` of one such value; removing a typed
/// value the user does not have is left out. Everything else is kept as it is.
pub fn fit(resource: &Value, ops: &[Value]) -> Vec<Value> {
    let exact = &eval::default_case_exact;
    let mut current = resource.clone();
    let mut fitted = Vec::with_capacity(ops.len());
    for op in ops {
        let kind = op["op"].as_str().map(str::to_ascii_lowercase);
        let path = op["path"].as_str().and_then(|p| PatchPath::parse(p).ok());
        let fitted_op = match (kind.as_deref(), path) {
            (Some(kind @ ("replace" | "add" | "remove")), Some(path))
                if path.filter.is_some()
                    && eval::select(&current, &whole_items(&path), exact).is_null() =>
            {
                match (kind, typed(&path), &path.sub) {
                    ("remove", _, _) => None,
                    (_, Some(type_name), Some(sub)) => Some(serde_json::json!({
                        "op": "add",
                        "path": path.attr.name,
                        "value": [{"type": type_name, sub.as_str(): op["value"]}],
                    })),
                    _ => Some(op.clone()),
                }
            }
            _ => Some(op.clone()),
        };
        if let Some(f) = fitted_op {
            let body = serde_json::json!({"schemas": [PATCH_OP], "Operations": [&f]});
            if let Ok(next) = apply(&current, &body, exact) {
                current = next;
            }
            fitted.push(f);
        }
    }
    fitted
}

/// `path` without its sub-attribute: the items its filter selects.
fn whole_items(path: &PatchPath) -> PatchPath {
    PatchPath {
        attr: path.attr.clone(),
        filter: path.filter.clone(),
        sub: None,
    }
}

/// The type a value filter of the form `type eq "…"` selects.
fn typed(path: &PatchPath) -> Option<&str> {
    use super::filter::{CompValue, CompareOp};
    match &path.filter {
        Some(Filter::Compare {
            path: attr,
            op: CompareOp::Eq,
            value: CompValue::String(value),
        }) if attr.schema.is_none()
            && attr.sub.is_none()
            && attr.name.eq_ignore_ascii_case("type") =>
        {
            Some(value)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;

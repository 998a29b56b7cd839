//! Evaluating a parsed filter against a SCIM resource in JSON: for value filters in PATCH paths,
//! and for clients that filter what they hold.
//!
//! Comparison rules (RFC 7644 §3.4.2.2): strings compare case-insensitively unless the attribute
//! is case-exact; `gt`/`ge`/`lt`/`le` on strings compare lexically (which orders RFC 3339 instants
//! in UTC correctly); booleans and null support only `eq`/`ne`; a multi-valued attribute matches
//! when any of its values does.

use serde_json::Value;

use super::filter::{AttrPath, CompValue, CompareOp, Filter, PatchPath};

/// Whether string comparisons on an attribute are case-exact. Attribute names come lower-cased.
pub type CaseExact<'a> = &'a dyn Fn(&str) -> bool;

/// Case-exact attributes of the User and Group schemas we serve.
pub fn default_case_exact(key: &str) -> bool {
    matches!(
        key,
        "id" | "externalid"
            | "meta.version"
            | "password"
            | "photos.value"
            | "members.value"
            | "groups.value"
    )
}

fn lookup<'a>(obj: &'a Value, name: &str) -> Option<&'a Value> {
    obj.as_object()?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
}

/// Where `path`'s attribute lives: the resource itself, or an extension's object inside it.
fn root<'a>(resource: &'a Value, path: &AttrPath) -> Option<&'a Value> {
    match &path.schema {
        Some(schema)
            if !schema.eq_ignore_ascii_case(super::USER_SCHEMA)
                && !schema.eq_ignore_ascii_case(super::GROUP_SCHEMA) =>
        {
            lookup(resource, schema)
        }
        _ => Some(resource),
    }
}

/// The values `path` reaches in `resource`: several for multi-valued attributes.
fn values<'a>(resource: &'a Value, path: &AttrPath) -> Vec<&'a Value> {
    let Some(top) = root(resource, path).and_then(|r| lookup(r, &path.name)) else {
        return Vec::new();
    };
    let tops: Vec<&Value> = match top {
        Value::Array(items) => items.iter().collect(),
        v => vec![v],
    };
    match &path.sub {
        None => tops
            .into_iter()
            // A multi-valued complex attribute without a sub-attribute compares its "value".
            .map(|v| {
                if v.is_object() {
                    lookup(v, "value").unwrap_or(v)
                } else {
                    v
                }
            })
            .collect(),
        Some(sub) => tops.into_iter().filter_map(|v| lookup(v, sub)).collect(),
    }
}

fn compare(actual: &Value, op: CompareOp, expected: &CompValue, case_exact: bool) -> bool {
    use CompareOp::*;
    match (actual, expected) {
        (Value::String(a), CompValue::String(e)) => {
            let (a, e) = if case_exact {
                (a.clone(), e.clone())
            } else {
                (a.to_lowercase(), e.to_lowercase())
            };
            match op {
                Eq => a == e,
                Ne => a != e,
                Co => a.contains(&e),
                Sw => a.starts_with(&e),
                Ew => a.ends_with(&e),
                Gt => a > e,
                Ge => a >= e,
                Lt => a < e,
                Le => a <= e,
            }
        }
        (Value::Number(a), CompValue::Number(e)) => {
            let (Some(a), Some(e)) = (a.as_f64(), e.as_f64()) else {
                return false;
            };
            match op {
                Eq => a == e,
                Ne => a != e,
                Gt => a > e,
                Ge => a >= e,
                Lt => a < e,
                Le => a <= e,
                Co | Sw | Ew => false,
            }
        }
        (Value::Bool(a), CompValue::Bool(e)) => match op {
            Eq => a == e,
            Ne => a != e,
            _ => false,
        },
        (Value::Null, CompValue::Null) => op == Eq,
        (_, CompValue::Null) => op == Ne,
        _ => op == Ne,
    }
}

/// Whether `resource` (or, inside a value path, one item) matches `filter`.
pub fn matches(filter: &Filter, resource: &Value, case_exact: CaseExact<'_>) -> bool {
    match filter {
        Filter::And(a, b) => matches(a, resource, case_exact) && matches(b, resource, case_exact),
        Filter::Or(a, b) => matches(a, resource, case_exact) || matches(b, resource, case_exact),
        Filter::Not(a) => !matches(a, resource, case_exact),
        Filter::Present(path) => values(resource, path).iter().any(|v| match v {
            Value::Null => false,
            Value::String(s) => !s.is_empty(),
            Value::Array(a) => !a.is_empty(),
            Value::Object(o) => !o.is_empty(),
            _ => true,
        }),
        Filter::Compare { path, op, value } => {
            let found = values(resource, path);
            let exact = case_exact(&path.key());
            if found.is_empty() {
                // An absent attribute equals null and differs from everything else.
                return matches!((op, value), (CompareOp::Eq, CompValue::Null))
                    || (*op == CompareOp::Ne && *value != CompValue::Null);
            }
            if *op == CompareOp::Ne {
                return found
                    .iter()
                    .all(|v| compare(v, CompareOp::Ne, value, exact));
            }
            found.iter().any(|v| compare(v, *op, value, exact))
        }
        Filter::ValuePath { path, filter } => {
            let Some(items) = values_raw(resource, path) else {
                return false;
            };
            let parent = path.name.to_ascii_lowercase();
            let nested_exact = |key: &str| case_exact(&format!("{parent}.{key}"));
            items
                .iter()
                .any(|item| matches(filter, item, &nested_exact))
        }
    }
}

/// What a PATCH path designates in `resource`, as one value: the attribute (or its
/// sub-attribute), or under a value filter the matching items (or their sub-attribute). Absent,
/// empty and null all read as null, so "removed" and "never set" compare equal.
pub fn select(resource: &Value, path: &PatchPath, case_exact: CaseExact<'_>) -> Value {
    let attr = &path.attr;
    let found = match &path.filter {
        None => root(resource, attr)
            .and_then(|r| lookup(r, &attr.name))
            .and_then(|v| match &attr.sub {
                Some(sub) => lookup(v, sub),
                None => Some(v),
            })
            .cloned(),
        Some(filter) => {
            let parent = attr.name.to_ascii_lowercase();
            let nested_exact = |key: &str| case_exact(&format!("{parent}.{key}"));
            let items: Vec<Value> = values_raw(resource, attr)
                .unwrap_or_default()
                .into_iter()
                .filter(|item| matches(filter, item, &nested_exact))
                .filter_map(|item| match &path.sub {
                    Some(sub) => lookup(item, sub).cloned(),
                    None => Some(item.clone()),
                })
                .collect();
            Some(Value::Array(items))
        }
    };
    match found {
        None | Some(Value::Null) => Value::Null,
        Some(Value::String(s)) if s.is_empty() => Value::Null,
        Some(Value::Array(a)) if a.is_empty() => Value::Null,
        Some(Value::Object(o)) if o.is_empty() => Value::Null,
        Some(v) => v,
    }
}

/// The items of a multi-valued attribute, for value paths.
fn values_raw<'a>(resource: &'a Value, path: &AttrPath) -> Option<Vec<&'a Value>> {
    match lookup(root(resource, path)?, &path.name)? {
        Value::Array(items) => Some(items.iter().collect()),
        v @ Value::Object(_) => Some(vec![v]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn user() -> Value {
        json!({
            "id": "2819c223",
            "userName": "BJensen@example.com",
            "name": {"familyName": "Jensen", "givenName": "Barbara"},
            "title": "Tour Guide",
            "active": true,
            "emails": [
                {"value": "bjensen@example.com", "type": "work", "primary": true},
                {"value": "babs@jensen.org", "type": "home"}
            ],
            "meta": {"lastModified": "2026-05-13T04:42:34Z"},
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "701984"}
        })
    }

    fn check(f: &str) -> bool {
        matches(&Filter::parse(f).expect(f), &user(), &default_case_exact)
    }

    #[test]
    fn string_operators_follow_case_rules() {
        assert!(check(r#"userName eq "bjensen@EXAMPLE.com""#));
        assert!(check(r#"name.familyName sw "jen""#));
        assert!(check(r#"title co "our g""#));
        assert!(check(r#"userName ew ".COM""#));
        assert!(!check(r#"id eq "2819C223""#), "id is case-exact");
        assert!(check(r#"id eq "2819c223""#));
    }

    #[test]
    fn dates_compare_as_instants_in_utc_text() {
        assert!(check(r#"meta.lastModified gt "2026-05-13T04:42:33Z""#));
        assert!(!check(r#"meta.lastModified gt "2026-05-13T04:42:34Z""#));
        assert!(check(r#"meta.lastModified ge "2026-05-13T04:42:34Z""#));
    }

    #[test]
    fn multi_valued_attributes_match_when_any_value_does() {
        assert!(check(r#"emails co "jensen.org""#));
        assert!(check(r#"emails.type eq "home""#));
        assert!(check(
            r#"emails[type eq "work" and value co "@example.com"]"#
        ));
        assert!(!check(
            r#"emails[type eq "home" and value co "@example.com"]"#
        ));
    }

    #[test]
    fn presence_booleans_and_extensions() {
        assert!(check("title pr"));
        assert!(!check("nickName pr"));
        assert!(check("active eq true"));
        assert!(!check("active ne true"));
        assert!(check(
            r#"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq "701984""#
        ));
        assert!(check("nickName eq null"));
        assert!(check(
            r#"not (title eq "Boss") and (active eq false or name.givenName sw "B")"#
        ));
    }
}

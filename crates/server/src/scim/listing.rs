//! Lists: paging (`startIndex`, `count`), sorting, filters and attribute projection, for GET and
//! `.search`.

use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use serde_json::{Value, json};
use userdesk_core::Message;
use userdesk_core::message::Translatable;
use userdesk_core::scim::filter::Filter;
use userdesk_core::scim::{LIST_RESPONSE, SEARCH_REQUEST};

use super::discovery::MAX_RESULTS;
use super::error::Refusal;
use super::filter_sql::{Compiler, Resource, sort_column};
use super::reply::{parse_json, scim_json};

/// One attribute named in `attributes` / `excludedAttributes`: the extension's URN (none for the
/// core schema), the attribute and the sub-attribute, lower-cased.
type Place = (Option<String>, String, Option<String>);

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

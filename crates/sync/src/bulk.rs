//! Edits sent many at once in one `/Bulk` request, and the server's reply read back as one answer
//! per edit, the way RFC 7644 §3.7.3 lets a server write it: with a `bulkId` only for what it
//! created (its own example answers PATCH with `location` and `status` alone), and fewer results
//! than operations when it stopped early (`failOnErrors`).

use reqwest::Method;
use serde_json::{Value, json};
use userdesk_cache::OutboxEntry;
use userdesk_core::scim::BULK_REQUEST;

use crate::client::{ScimClient, SyncError, encode};
use crate::push::{Sent, patch_body};

/// Bulk requests carry this Idempotency-Key: our server then does each operation under
/// `<key>/<bulkId>`, and the bulkId is the entry's id, so a retried entry is done once whatever
/// batch it travels in.
const BULK_KEY: &str = "userdesk-outbox";

/// One operation of a request, as its result is matched to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Asked<'a> {
    pub bulk_id: &'a str,
    pub method: &'a str,
    /// The resource's path relative to the base, as sent: `/Users/<id>`.
    pub path: String,
}

/// Sends `batch` in one Bulk request: for each entry its result, or `None` when the reply says
/// nothing of it (the server stopped before it). `Err` when the request as a whole failed (then
/// nothing is known of any entry).
pub(crate) async fn send(
    client: &ScimClient,
    batch: &[(OutboxEntry, String)],
) -> Result<Vec<Option<Sent>>, SyncError> {
    let asked: Vec<Asked> = batch
        .iter()
        .map(|(e, server_id)| Asked {
            bulk_id: &e.id,
            method: "PATCH",
            path: format!("/Users/{}", encode(server_id)),
        })
        .collect();
    let operations: Vec<Value> = batch
        .iter()
        .zip(&asked)
        .map(|((e, _), a)| {
            let mut op = json!({
                "method": a.method,
                "path": a.path,
                "bulkId": a.bulk_id,
                "data": patch_body(e),
            });
            if client.capabilities.etag
                && let Some(v) = &e.base_version
            {
                op["version"] = json!(v);
            }
            if client.capabilities.userdesk {
                op["userdesk:clientTime"] = json!(e.made_at);
            }
            op
        })
        .collect();
    let body = json!({"schemas": [BULK_REQUEST], "Operations": operations});
    let (_, reply) = client
        .request(
            Method::POST,
            "/Bulk",
            Some(&body),
            &[("idempotency-key", BULK_KEY)],
        )
        .await?;
    let results = reply["Operations"]
        .as_array()
        .map_or(&[][..], Vec::as_slice);
    Ok(match_results(&asked, results)
        .into_iter()
        .map(|found| found.map(outcome))
        .collect())
}

/// What one result says: the resource and its version, or the server's refusal.
fn outcome(op: &Value) -> Sent {
    let status = match &op["status"] {
        Value::String(s) => s.trim().parse::<u16>().unwrap_or(0),
        Value::Number(n) => n.as_u64().and_then(|n| u16::try_from(n).ok()).unwrap_or(0),
        _ => 0,
    };
    let response = op.get("response").cloned().unwrap_or(Value::Null);
    if (200..300).contains(&status) {
        let version = op["version"]
            .as_str()
            .map(str::to_owned)
            .or_else(|| response["meta"]["version"].as_str().map(str::to_owned));
        Ok((response, version))
    } else {
        Err(SyncError::Server {
            status,
            scim_type: response["scimType"].as_str().map(str::to_owned),
            detail: response["detail"].as_str().unwrap_or_default().to_owned(),
        })
    }
}

/// Which result answers each asked operation. A result naming a `bulkId` answers that operation.
/// Others answer in order: the result at the operation's own position when its method and
/// location (where given) agree, else the first unused result with that method and location. A
/// result that names another operation's `bulkId`, another method or another resource never
/// answers.
pub(crate) fn match_results<'r>(asked: &[Asked], results: &'r [Value]) -> Vec<Option<&'r Value>> {
    let mut used = vec![false; results.len()];
    let mut found: Vec<Option<&Value>> = vec![None; asked.len()];
    for (i, a) in asked.iter().enumerate() {
        if let Some(j) = (0..results.len())
            .find(|&j| !used[j] && results[j]["bulkId"].as_str() == Some(a.bulk_id))
        {
            used[j] = true;
            found[i] = Some(&results[j]);
        }
    }
    for (i, a) in asked.iter().enumerate() {
        if found[i].is_some() {
            continue;
        }
        let by_position =
            (i < results.len() && !used[i] && answers(a, &results[i], false)).then_some(i);
        let by_location =
            || (0..results.len()).find(|&j| !used[j] && answers(a, &results[j], true));
        if let Some(j) = by_position.or_else(by_location) {
            used[j] = true;
            found[i] = Some(&results[j]);
        }
    }
    found
}

/// Whether `result`, which names no operation of ours, can be the answer to `asked`: the same
/// method when it says one, and the same resource when it says one (required when `located`).
fn answers(asked: &Asked, result: &Value, located: bool) -> bool {
    if result.get("bulkId").is_some_and(|b| !b.is_null()) {
        return false;
    }
    let method_agrees = result["method"]
        .as_str()
        .is_none_or(|m| m.eq_ignore_ascii_case(asked.method));
    let location_agrees = match result["location"].as_str() {
        Some(location) => same_resource(location, &asked.path),
        None => !located,
    };
    method_agrees && location_agrees
}

/// Whether an absolute `location` (`https://host/scim/v2/Users/abc`) names the resource at
/// `path` (`/Users/abc`), ignoring a query, a trailing slash and how the id is percent-encoded.
fn same_resource(location: &str, path: &str) -> bool {
    let location = location.split(['?', '#']).next().unwrap_or_default();
    let location = location.trim_end_matches('/');
    // `path` starts with a slash, so a longer id never matches by its end.
    let decoded = |s: &str| percent_decode(s).unwrap_or_else(|| s.to_owned());
    decoded(location).ends_with(&decoded(path))
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked(bulk_id: &str, id: &str) -> Asked<'static> {
        Asked {
            bulk_id: Box::leak(bulk_id.to_owned().into_boxed_str()),
            method: "PATCH",
            path: format!("/Users/{}", encode(id)),
        }
    }

    fn ids(found: &[Option<&Value>]) -> Vec<Option<String>> {
        found
            .iter()
            .map(|f| f.map(|v| v["location"].as_str().unwrap_or("?").to_owned()))
            .collect()
    }

    #[test]
    fn results_with_bulk_ids_are_matched_by_them_in_any_order() {
        let ops = [asked("e1", "a"), asked("e2", "b")];
        let results = [
            json!({"bulkId": "e2", "location": "x/Users/b", "status": "200"}),
            json!({"bulkId": "e1", "location": "x/Users/a", "status": "200"}),
        ];
        assert_eq!(
            ids(&match_results(&ops, &results)),
            [Some("x/Users/a".into()), Some("x/Users/b".into())]
        );
    }

    /// RFC 7644 §3.7.3's own example reply: PUT, PATCH and DELETE results carry no bulkId.
    #[test]
    fn results_without_bulk_ids_are_matched_by_method_and_location_in_any_order() {
        let ops = [asked("e1", "a"), asked("e2", "b"), asked("e3", "c")];
        let results = [
            json!({"method": "PATCH", "location": "https://h/v2/Users/c", "status": "200"}),
            json!({"method": "patch", "location": "https://h/v2/Users/a/", "status": 200}),
            json!({"method": "PATCH", "location": "https://h/v2/Users/b?x=1", "status": "412"}),
        ];
        assert_eq!(
            ids(&match_results(&ops, &results)),
            [
                Some("https://h/v2/Users/a/".into()),
                Some("https://h/v2/Users/b?x=1".into()),
                Some("https://h/v2/Users/c".into())
            ]
        );
    }

    #[test]
    fn results_without_location_answer_by_position_when_the_method_agrees() {
        let ops = [asked("e1", "a"), asked("e2", "b")];
        let results = [
            json!({"method": "PATCH", "status": "400", "response": {"detail": "no"}}),
            json!({"method": "DELETE", "status": "204"}),
        ];
        let found = match_results(&ops, &results);
        assert!(found[0].is_some());
        assert!(found[1].is_none(), "a DELETE never answers a PATCH");
    }

    /// failOnErrors: the server stopped after the second operation.
    #[test]
    fn operations_the_reply_says_nothing_of_are_left_unanswered() {
        let ops = [asked("e1", "a"), asked("e2", "b"), asked("e3", "c")];
        let results = [
            json!({"method": "PATCH", "location": "h/Users/a", "status": "200"}),
            json!({"method": "PATCH", "location": "h/Users/b", "status": "400"}),
        ];
        let found = ids(&match_results(&ops, &results));
        assert_eq!(found[2], None);
        assert!(found[0].is_some() && found[1].is_some());
    }

    #[test]
    fn a_result_for_another_resource_or_operation_never_answers() {
        let ops = [asked("e1", "a")];
        let results = [
            json!({"method": "PATCH", "location": "h/Users/ab", "status": "200"}),
            json!({"bulkId": "other", "method": "PATCH", "location": "h/Users/a"}),
            json!({"method": "PATCH", "location": "h/Groups/a", "status": "200"}),
        ];
        assert_eq!(match_results(&ops, &results), [None]);
    }

    #[test]
    fn ids_that_are_not_uuids_match_however_they_are_encoded() {
        let ops = [asked("e1", "jane doe/ü")];
        let results = [json!({"location": "https://h/v2/Users/jane%20doe%2F%C3%BC"})];
        assert!(match_results(&ops, &results)[0].is_some());
    }
}

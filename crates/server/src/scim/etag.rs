//! ETags: a user's version as `ETag`, `If-Match` and `If-None-Match`, and retrying a write made
//! without `If-Match`.

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;

use super::error::Refusal;
use super::reply::Reply;
use crate::store::UserRecord;

pub(crate) fn with_etag(response: Response, r: &UserRecord) -> Response {
    with_tag(response, &r.etag())
}

pub(crate) fn with_tag(mut response: Response, etag: &str) -> Response {
    if let Ok(v) = HeaderValue::from_str(etag) {
        response.headers_mut().insert(header::ETAG, v);
    }
    response
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

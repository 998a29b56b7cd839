//! SCIM error responses (RFC 7644 §3.12): a status, a `scimType` where the RFC defines one, and a
//! translated `detail`.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use userdesk_core::Message;
use userdesk_core::scim::ERROR;

/// The media type of every SCIM body.
pub const SCIM_JSON: &str = "application/scim+json";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScimError {
    pub status: StatusCode,
    pub scim_type: Option<&'static str>,
    /// Already translated for the client.
    pub detail: String,
}

/// An error whose detail still needs translating: what handlers return.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub status: StatusCode,
    pub scim_type: Option<&'static str>,
    pub detail: Message,
    /// The attribute at fault, shown before the detail.
    pub attribute: Option<String>,
}

impl Refusal {
    pub fn new(status: StatusCode, scim_type: Option<&'static str>, detail: Message) -> Self {
        Self {
            status,
            scim_type,
            detail,
            attribute: None,
        }
    }

    pub fn at(mut self, attribute: impl Into<String>) -> Self {
        self.attribute = Some(attribute.into());
        self
    }

    pub fn bad_request(scim_type: &'static str, detail: Message) -> Self {
        Self::new(StatusCode::BAD_REQUEST, Some(scim_type), detail)
    }

    pub fn not_found() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            None,
            Message::new("scim-error-not-found"),
        )
    }

    pub fn precondition_failed() -> Self {
        Self::new(
            StatusCode::PRECONDITION_FAILED,
            None,
            Message::new("scim-error-version-mismatch"),
        )
    }

    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            None,
            Message::new("scim-error-internal"),
        )
    }
}

impl From<sqlx::Error> for Refusal {
    fn from(e: sqlx::Error) -> Self {
        tracing::error!(error = %e, "database error");
        Refusal::internal()
    }
}

impl ScimError {
    /// The error body (RFC 7644 §3.12).
    pub fn body(&self) -> serde_json::Value {
        let mut body = json!({
            "schemas": [ERROR],
            "status": self.status.as_u16().to_string(),
            "detail": self.detail,
        });
        if let Some(t) = self.scim_type {
            body["scimType"] = json!(t);
        }
        body
    }
}

impl IntoResponse for ScimError {
    fn into_response(self) -> Response {
        let body = self.body();
        let mut response = (self.status, body.to_string()).into_response();
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(SCIM_JSON));
        response
    }
}

/// A storage failure as the caller hears it: a uniqueness conflict names the attribute; anything
/// else is logged here and answered as an internal error, saying nothing of the database.
impl From<crate::store::StoreError> for Refusal {
    fn from(e: crate::store::StoreError) -> Self {
        match e {
            crate::store::StoreError::Taken(attribute) => Refusal::new(
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
}

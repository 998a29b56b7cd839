//! The one error type that crosses `invoke`: a stable code, the field it concerns, and a message
//! already translated for the person reading it.

use serde::Serialize;
use userdesk_cache::CacheError;
use userdesk_core::message::Translatable;
use userdesk_core::{Field, FieldError, Message};

use crate::state::AppState;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The value typed is not acceptable; `field` says where.
    Invalid,
    /// The value is unique and someone else has it.
    Taken,
    NotFound,
    /// Signing in did not work; `field` says where (server, email, password).
    SignIn,
    Internal,
}

#[derive(Debug, Clone, Serialize)]
pub struct AppError {
    pub code: ErrorCode,
    pub field: Option<&'static str>,
    pub message: String,
    /// A form refused at several fields at once: each field with its message (the first is also
    /// `field` and `message`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldMessage>,
}

/// One field's refusal in a form.
#[derive(Debug, Clone, Serialize)]
pub struct FieldMessage {
    pub field: &'static str,
    pub message: String,
}

impl AppError {
    fn new(state: &AppState, code: ErrorCode, field: Option<Field>, message: Message) -> Self {
        Self {
            code,
            field: field.map(Field::as_str),
            message: state.tr(&message),
            fields: Vec::new(),
        }
    }

    pub fn invalid_field(state: &AppState, err: &FieldError) -> Self {
        Self::new(state, ErrorCode::Invalid, Some(err.field), err.message())
    }

    /// A typed value refused at a field that is not a profile field (the sign-in form).
    pub fn invalid_at(state: &AppState, field: &'static str, err: &dyn Translatable) -> Self {
        Self {
            code: ErrorCode::Invalid,
            field: Some(field),
            message: state.tr(&err.message()),
            fields: Vec::new(),
        }
    }

    /// The message `id` at a field of a dialog.
    pub fn message_at(state: &AppState, field: &'static str, id: &'static str) -> Self {
        Self {
            code: ErrorCode::Invalid,
            field: Some(field),
            message: state.tr(&Message::new(id)),
            fields: Vec::new(),
        }
    }

    /// A message the server already translated (it answers in the app's language), at a field.
    pub fn text_at(field: &'static str, message: String) -> Self {
        Self {
            code: ErrorCode::Invalid,
            field: Some(field),
            message,
            fields: Vec::new(),
        }
    }

    pub fn sign_in(state: &AppState, id: &'static str, field: Option<&'static str>) -> Self {
        Self {
            code: ErrorCode::SignIn,
            field,
            message: state.tr(&Message::new(id)),
            fields: Vec::new(),
        }
    }

    /// A form refused at each of `errors`' fields.
    pub fn invalid_form(state: &AppState, errors: &[userdesk_core::new_user::FormError]) -> Self {
        let fields: Vec<FieldMessage> = errors
            .iter()
            .map(|e| FieldMessage {
                field: e.field,
                message: state.tr(&e.message),
            })
            .collect();
        Self {
            code: ErrorCode::Invalid,
            field: fields.first().map(|f| f.field),
            message: fields
                .first()
                .map(|f| f.message.clone())
                .unwrap_or_default(),
            fields,
        }
    }

    pub fn unknown_field(state: &AppState) -> Self {
        Self::new(
            state,
            ErrorCode::Invalid,
            None,
            Message::new("error-unknown-field"),
        )
    }

    pub fn not_found(state: &AppState) -> Self {
        Self::new(
            state,
            ErrorCode::NotFound,
            None,
            Message::new("error-user-not-found"),
        )
    }

    pub fn from_cache(state: &AppState, err: CacheError) -> Self {
        match err {
            CacheError::Taken(field) => Self::new(
                state,
                ErrorCode::Taken,
                Some(field),
                Message::new(match field {
                    Field::Email => "error-email-taken",
                    _ => "error-badge-taken",
                }),
            ),
            CacheError::EmailTaken => Self::new(
                state,
                ErrorCode::Taken,
                Some(Field::Email),
                Message::new("error-email-taken"),
            ),
            CacheError::UserNotFound(_) => Self::not_found(state),
            CacheError::Refused(e) => Self::invalid_field(state, &e),
            other => {
                tracing::error!(error = %other, "cache error");
                Self::new(
                    state,
                    ErrorCode::Internal,
                    None,
                    Message::new("error-internal"),
                )
            }
        }
    }
}

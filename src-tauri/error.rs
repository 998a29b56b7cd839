//! The one error type that crosses `invoke`: a stable code, the field it concerns, the message as
//! an id with its arguments, and that message translated (once, here) for the person reading it.

use std::collections::BTreeMap;

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
    /// The message's id in the translations (`server-message` for words the server wrote).
    pub id: &'static str,
    /// The message's arguments.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<&'static str, String>,
    /// The message in the app's language.
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
    pub id: &'static str,
    pub message: String,
}

/// The id of a message the server wrote itself (in the app's language), carried as it came.
pub const SERVER_MESSAGE: &str = "server-message";

impl AppError {
    /// The one way an error is made: `message` is translated here, and only here.
    fn at(
        state: &AppState,
        code: ErrorCode,
        field: Option<&'static str>,
        message: &Message,
    ) -> Self {
        Self {
            code,
            field,
            id: message.id,
            args: message.args.iter().cloned().collect(),
            message: state.tr(message),
            fields: Vec::new(),
        }
    }

    fn new(state: &AppState, code: ErrorCode, field: Option<Field>, message: Message) -> Self {
        Self::at(state, code, field.map(Field::as_str), &message)
    }

    pub fn invalid_field(state: &AppState, err: &FieldError) -> Self {
        Self::new(state, ErrorCode::Invalid, Some(err.field), err.message())
    }

    /// A typed value refused at a field that is not a profile field (the sign-in form).
    pub fn invalid_at(state: &AppState, field: &'static str, err: &dyn Translatable) -> Self {
        Self::at(state, ErrorCode::Invalid, Some(field), &err.message())
    }

    /// The message `id` at a field of a dialog.
    pub fn message_at(state: &AppState, field: &'static str, id: &'static str) -> Self {
        Self::at(state, ErrorCode::Invalid, Some(field), &Message::new(id))
    }

    /// A message the server already translated (it answers in the app's language), at a field.
    pub fn text_at(field: &'static str, message: String) -> Self {
        Self {
            code: ErrorCode::Invalid,
            field: Some(field),
            id: SERVER_MESSAGE,
            args: BTreeMap::new(),
            message,
            fields: Vec::new(),
        }
    }

    pub fn sign_in(state: &AppState, id: &'static str, field: Option<&'static str>) -> Self {
        Self::at(state, ErrorCode::SignIn, field, &Message::new(id))
    }

    /// A form refused at each of `errors`' fields.
    pub fn invalid_form(state: &AppState, errors: &[userdesk_core::new_user::FormError]) -> Self {
        let fields: Vec<FieldMessage> = errors
            .iter()
            .map(|e| FieldMessage {
                field: e.field,
                id: e.message.id,
                message: state.tr(&e.message),
            })
            .collect();
        let mut error = match errors.first() {
            Some(first) => Self::at(state, ErrorCode::Invalid, Some(first.field), &first.message),
            None => Self::at(
                state,
                ErrorCode::Invalid,
                None,
                &Message::new("error-internal"),
            ),
        };
        error.fields = fields;
        error
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

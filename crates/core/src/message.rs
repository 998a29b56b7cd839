//! A translatable message: a Fluent message id plus its arguments.
//!
//! Domain errors describe themselves this way, so every edge (desktop UI, server, e-mail) can render
//! them in the reader's language without matching on error strings.

use serde::Serialize;

/// A Fluent message id with named arguments, rendered later in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}

/// Implemented by every domain error that a person may read.
pub trait Translatable {
    fn message(&self) -> Message;
}

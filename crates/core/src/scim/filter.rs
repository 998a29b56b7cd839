//! The SCIM filter language (RFC 7644 §3.4.2.2) and PATCH paths (§3.5.2): a parser for the whole
//! grammar into a small AST. Turning the AST into SQL (always with bound parameters) is the
//! server's job; evaluating it is the client's.
//!
//! ```text
//! FILTER    = attrExp / logExp / valuePath / *1"not" "(" FILTER ")"
//! valuePath = attrPath "[" valFilter "]"
//! attrExp   = (attrPath SP "pr") / (attrPath SP compareOp SP compValue)
//! logExp    = FILTER SP ("and" / "or") SP FILTER          ; not > and > or
//! attrPath  = [URI ":"] ATTRNAME *1subAttr
//! PATH      = attrPath / valuePath [subAttr]               ; PATCH
//! ```
//! Keywords and operators are case-insensitive; values are JSON literals. Hostile input is bounded:
//! at most [`MAX_FILTER_LEN`] bytes and [`MAX_DEPTH`] levels of nesting.

use std::fmt;

use serde_json::Number;

use crate::message::{Message, Translatable};

pub const MAX_FILTER_LEN: usize = 4096;
pub const MAX_DEPTH: usize = 32;

/// `[schema:]name[.sub]`, e.g. `name.familyName` or
/// `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttrPath {
    pub schema: Option<String>,
    pub name: String,
    pub sub: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareOp {
    Eq,
    Ne,
    Co,
    Sw,
    Ew,
    Gt,
    Ge,
    Lt,
    Le,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CompValue {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Filter {
    Compare {
        path: AttrPath,
        op: CompareOp,
        value: CompValue,
    },
    Present(AttrPath),
    And(Box<Filter>, Box<Filter>),
    Or(Box<Filter>, Box<Filter>),
    Not(Box<Filter>),
    /// `emails[type eq "work"]`: the inner filter's paths are sub-attributes of `path`.
    ValuePath {
        path: AttrPath,
        filter: Box<Filter>,
    },
}

/// A PATCH operation's `path`.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchPath {
    pub attr: AttrPath,
    /// `[…]` selecting items of a multi-valued attribute.
    pub filter: Option<Filter>,
    /// `.value` after the brackets.
    pub sub: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid filter at character {position}: {kind:?}")]
pub struct FilterError {
    /// 0-based byte offset where the problem was found.
    pub position: usize,
    pub kind: FilterErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterErrorKind {
    TooLong,
    TooDeep,
    Empty,
    ExpectedAttribute,
    ExpectedOperator,
    ExpectedValue,
    BadString,
    BadNumber,
    Unclosed,
    Trailing,
    NestedValuePath,
}

impl FilterErrorKind {
    pub const ALL: [FilterErrorKind; 11] = [
        FilterErrorKind::TooLong,
        FilterErrorKind::TooDeep,
        FilterErrorKind::Empty,
        FilterErrorKind::ExpectedAttribute,
        FilterErrorKind::ExpectedOperator,
        FilterErrorKind::ExpectedValue,
        FilterErrorKind::BadString,
        FilterErrorKind::BadNumber,
        FilterErrorKind::Unclosed,
        FilterErrorKind::Trailing,
        FilterErrorKind::NestedValuePath,
    ];
}

impl Translatable for FilterError {
    fn message(&self) -> Message {
        let id = match self.kind {
            FilterErrorKind::TooLong => "filter-error-too-long",
            FilterErrorKind::TooDeep => "filter-error-too-deep",
            FilterErrorKind::Empty => "filter-error-empty",
            FilterErrorKind::ExpectedAttribute => "filter-error-expected-attribute",
            FilterErrorKind::ExpectedOperator => "filter-error-expected-operator",
            FilterErrorKind::ExpectedValue => "filter-error-expected-value",
            FilterErrorKind::BadString => "filter-error-bad-string",
            FilterErrorKind::BadNumber => "filter-error-bad-number",
            FilterErrorKind::Unclosed => "filter-error-unclosed",
            FilterErrorKind::Trailing => "filter-error-trailing",
            FilterErrorKind::NestedValuePath => "filter-error-nested-value-path",
        };
        Message::new(id).with("position", self.position + 1)
    }
}

impl CompareOp {
    fn parse(word: &str) -> Option<CompareOp> {
        Some(match word.to_ascii_lowercase().as_str() {
            "eq" => CompareOp::Eq,
            "ne" => CompareOp::Ne,
            "co" => CompareOp::Co,
            "sw" => CompareOp::Sw,
            "ew" => CompareOp::Ew,
            "gt" => CompareOp::Gt,
            "ge" => CompareOp::Ge,
            "lt" => CompareOp::Lt,
            "le" => CompareOp::Le,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            CompareOp::Eq => "eq",
            CompareOp::Ne => "ne",
            CompareOp::Co => "co",
            CompareOp::Sw => "sw",
            CompareOp::Ew => "ew",
            CompareOp::Gt => "gt",
            CompareOp::Ge => "ge",
            CompareOp::Lt => "lt",
            CompareOp::Le => "le",
        }
    }
}

impl AttrPath {
    /// The path without its schema, lower-cased: how attributes are matched (case-insensitively).
    pub fn key(&self) -> String {
        match &self.sub {
            Some(sub) => format!("{}.{}", self.name, sub).to_ascii_lowercase(),
            None => self.name.to_ascii_lowercase(),
        }
    }
}

impl fmt::Display for AttrPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(s) = &self.schema {
            write!(f, "{s}:")?;
        }
        f.write_str(&self.name)?;
        if let Some(sub) = &self.sub {
            write!(f, ".{sub}")?;
        }
        Ok(())
    }
}

impl fmt::Display for CompValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompValue::Null => f.write_str("null"),
            CompValue::Bool(b) => write!(f, "{b}"),
            CompValue::Number(n) => write!(f, "{n}"),
            CompValue::String(s) => write!(f, "{}", serde_json::Value::String(s.clone())),
        }
    }
}

/// Writes the filter back in canonical form; parsing the output gives the same AST.
impl fmt::Display for Filter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Filter::Compare { path, op, value } => write!(f, "{path} {} {value}", op.as_str()),
            Filter::Present(path) => write!(f, "{path} pr"),
            Filter::And(a, b) => write!(f, "({a} and {b})"),
            Filter::Or(a, b) => write!(f, "({a} or {b})"),
            Filter::Not(a) => write!(f, "not ({a})"),
            Filter::ValuePath { path, filter } => write!(f, "{path}[{filter}]"),
        }
    }
}

struct Parser<'a> {
    src: &'a str,
    pos: usize,
    depth: usize,
}

fn is_name_start(c: char) -> bool {
    c.is_ascii_alphabetic()
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '$'
}

impl<'a> Parser<'a> {
    fn new(src: &'a str) -> Result<Self, FilterError> {
        if src.len() > MAX_FILTER_LEN {
            return Err(FilterError {
                position: MAX_FILTER_LEN,
                kind: FilterErrorKind::TooLong,
            });
        }
        Ok(Self {
            src,
            pos: 0,
            depth: 0,
        })
    }

    fn err(&self, kind: FilterErrorKind) -> FilterError {
        FilterError {
            position: self.pos,
            kind,
        }
    }

    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    fn skip_ws(&mut self) {
        let trimmed = self.rest().trim_start();
        self.pos = self.src.len() - trimmed.len();
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }

    /// The next word (letters, digits, `-`, `_`, `:`, `.`, `$`), without consuming it.
    fn peek_word(&self) -> &'a str {
        let rest = self.rest();
        let end = rest
            .find(|c: char| !(is_name_char(c) || c == ':' || c == '.'))
            .unwrap_or(rest.len());
        &rest[..end]
    }

    /// Consumes `keyword` if it is the next word (case-insensitive) and is followed by a boundary.
    fn eat_keyword(&mut self, keyword: &str) -> bool {
        let word = self.peek_word();
        if word.eq_ignore_ascii_case(keyword) {
            self.pos += word.len();
            true
        } else {
            false
        }
    }

    fn enter(&mut self) -> Result<(), FilterError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            Err(self.err(FilterErrorKind::TooDeep))
        } else {
            Ok(())
        }
    }

    fn or_expr(&mut self, in_value_path: bool) -> Result<Filter, FilterError> {
        self.enter()?;
        let mut left = self.and_expr(in_value_path)?;
        loop {
            self.skip_ws();
            let save = self.pos;
            if self.eat_keyword("or") {
                let right = self.and_expr(in_value_path)?;
                left = Filter::Or(Box::new(left), Box::new(right));
            } else {
                self.pos = save;
                break;
            }
        }
        self.depth -= 1;
        Ok(left)
    }

    fn and_expr(&mut self, in_value_path: bool) -> Result<Filter, FilterError> {
        let mut left = self.unary(in_value_path)?;
        loop {
            self.skip_ws();
            let save = self.pos;
            if self.eat_keyword("and") {
                let right = self.unary(in_value_path)?;
                left = Filter::And(Box::new(left), Box::new(right));
            } else {
                self.pos = save;
                break;
            }
        }
        Ok(left)
    }

    fn unary(&mut self, in_value_path: bool) -> Result<Filter, FilterError> {
        self.skip_ws();
        let save = self.pos;
        if self.eat_keyword("not") {
            self.skip_ws();
            if self.peek() == Some('(') {
                let inner = self.group(in_value_path)?;
                return Ok(Filter::Not(Box::new(inner)));
            }
            // An attribute may be called "not…"; only "not (" is the operator.
            self.pos = save;
        }
        if self.peek() == Some('(') {
            return self.group(in_value_path);
        }
        self.attr_expr(in_value_path)
    }

    fn group(&mut self, in_value_path: bool) -> Result<Filter, FilterError> {
        let open = self.pos;
        self.eat('(');
        let inner = self.or_expr(in_value_path)?;
        self.skip_ws();
        if !self.eat(')') {
            return Err(FilterError {
                position: self.pos.max(open),
                kind: FilterErrorKind::Unclosed,
            });
        }
        Ok(inner)
    }

    fn attr_path(&mut self) -> Result<AttrPath, FilterError> {
        self.skip_ws();
        let word = self.peek_word();
        if word.is_empty() || !word.starts_with(is_name_start) {
            return Err(self.err(FilterErrorKind::ExpectedAttribute));
        }
        let (schema, attr) = if word.len() > 4
            && word
                .get(..4)
                .is_some_and(|w| w.eq_ignore_ascii_case("urn:"))
        {
            match word.rfind(':') {
                Some(i) if i + 1 < word.len() => (Some(word[..i].to_owned()), &word[i + 1..]),
                _ => return Err(self.err(FilterErrorKind::ExpectedAttribute)),
            }
        } else {
            (None, word)
        };
        let (name, sub) = match attr.split_once('.') {
            Some((n, s)) => (n, Some(s)),
            None => (attr, None),
        };
        let valid =
            |s: &str| s == "$ref" || (s.starts_with(is_name_start) && s.chars().all(is_name_char));
        if !valid(name) || sub.is_some_and(|s| !valid(s)) || attr.contains(':') {
            return Err(self.err(FilterErrorKind::ExpectedAttribute));
        }
        self.pos += word.len();
        Ok(AttrPath {
            schema,
            name: name.to_owned(),
            sub: sub.map(str::to_owned),
        })
    }

    fn attr_expr(&mut self, in_value_path: bool) -> Result<Filter, FilterError> {
        let path = self.attr_path()?;
        if self.peek() == Some('[') {
            if in_value_path {
                return Err(self.err(FilterErrorKind::NestedValuePath));
            }
            self.eat('[');
            let inner = self.or_expr(true)?;
            self.skip_ws();
            if !self.eat(']') {
                return Err(self.err(FilterErrorKind::Unclosed));
            }
            return Ok(Filter::ValuePath {
                path,
                filter: Box::new(inner),
            });
        }
        self.skip_ws();
        let word = self.peek_word();
        if word.eq_ignore_ascii_case("pr") {
            self.pos += word.len();
            return Ok(Filter::Present(path));
        }
        let op =
            CompareOp::parse(word).ok_or_else(|| self.err(FilterErrorKind::ExpectedOperator))?;
        self.pos += word.len();
        self.skip_ws();
        let value = self.value()?;
        Ok(Filter::Compare { path, op, value })
    }

    fn value(&mut self) -> Result<CompValue, FilterError> {
        let rest = self.rest();
        match self.peek() {
            Some('"') => {
                // Find the closing quote, honouring backslash escapes, then let serde_json decode.
                let bytes = rest.as_bytes();
                let mut i = 1;
                while i < bytes.len() {
                    match bytes[i] {
                        b'\\' => i += 2,
                        b'"' => break,
                        _ => i += 1,
                    }
                }
                if i >= bytes.len() {
                    return Err(self.err(FilterErrorKind::BadString));
                }
                let literal = &rest[..=i];
                let s: String = serde_json::from_str(literal)
                    .map_err(|_| self.err(FilterErrorKind::BadString))?;
                self.pos += literal.len();
                Ok(CompValue::String(s))
            }
            Some(c) if c == '-' || c.is_ascii_digit() => {
                let end = rest
                    .find(|c: char| !(c.is_ascii_digit() || "+-.eE".contains(c)))
                    .unwrap_or(rest.len());
                let n: Number = serde_json::from_str(&rest[..end])
                    .map_err(|_| self.err(FilterErrorKind::BadNumber))?;
                self.pos += end;
                Ok(CompValue::Number(n))
            }
            _ => {
                let word = self.peek_word();
                let v = match word.to_ascii_lowercase().as_str() {
                    "true" => CompValue::Bool(true),
                    "false" => CompValue::Bool(false),
                    "null" => CompValue::Null,
                    _ => return Err(self.err(FilterErrorKind::ExpectedValue)),
                };
                self.pos += word.len();
                Ok(v)
            }
        }
    }

    fn finish(&mut self) -> Result<(), FilterError> {
        self.skip_ws();
        if self.pos < self.src.len() {
            Err(self.err(FilterErrorKind::Trailing))
        } else {
            Ok(())
        }
    }
}

impl Filter {
    /// Whether any comparison of this filter reads the attribute `name` (of any schema, in any
    /// case), or its sub-attributes.
    pub fn mentions(&self, name: &str) -> bool {
        match self {
            Filter::Compare { path, .. } | Filter::Present(path) => {
                path.name.eq_ignore_ascii_case(name)
            }
            Filter::And(a, b) | Filter::Or(a, b) => a.mentions(name) || b.mentions(name),
            Filter::Not(f) => f.mentions(name),
            Filter::ValuePath { path, .. } => path.name.eq_ignore_ascii_case(name),
        }
    }

    pub fn parse(src: &str) -> Result<Filter, FilterError> {
        let mut p = Parser::new(src)?;
        p.skip_ws();
        if p.pos == src.len() {
            return Err(p.err(FilterErrorKind::Empty));
        }
        let f = p.or_expr(false)?;
        p.finish()?;
        Ok(f)
    }
}

impl PatchPath {
    pub fn parse(src: &str) -> Result<PatchPath, FilterError> {
        let mut p = Parser::new(src)?;
        let attr = p.attr_path()?;
        let mut filter = None;
        let mut sub = None;
        if p.eat('[') {
            let inner = p.or_expr(true)?;
            p.skip_ws();
            if !p.eat(']') {
                return Err(p.err(FilterErrorKind::Unclosed));
            }
            filter = Some(inner);
            if p.eat('.') {
                let word = p.peek_word();
                if !word.starts_with(is_name_start) || !word.chars().all(is_name_char) {
                    return Err(p.err(FilterErrorKind::ExpectedAttribute));
                }
                p.pos += word.len();
                sub = Some(word.to_owned());
            }
        }
        p.finish()?;
        Ok(PatchPath { attr, filter, sub })
    }
}

#[cfg(test)]
mod tests;

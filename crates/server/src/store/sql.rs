//! The SQL helpers every table's statements share: how times are stored, and the values bound to
//! placeholders (a filter's, a row's columns).

use time::OffsetDateTime;
use time::format_description::FormatItem;
use time::macros::format_description;

const TIME_FORMAT: &[FormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z");

/// `t` at the precision times are stored with (microseconds): a resource a write returns is then
/// exactly the one a later read returns.
pub(super) fn stored_precision(t: OffsetDateTime) -> OffsetDateTime {
    t.replace_nanosecond(t.nanosecond() / 1_000 * 1_000)
        .unwrap_or(t)
}

/// A time as stored: UTC, fixed width, so that text order is time order in every database.
pub fn fmt_time(t: OffsetDateTime) -> String {
    t.to_offset(time::UtcOffset::UTC)
        .format(TIME_FORMAT)
        .unwrap_or_default()
}

pub(super) fn parse_time(s: &str) -> Option<OffsetDateTime> {
    time::PrimitiveDateTime::parse(s, TIME_FORMAT)
        .ok()
        .map(|t| t.assume_utc())
}

/// A value bound to a `$n` placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bind {
    Text(String),
    Int(i64),
}

pub(super) fn bind_all<'q>(
    mut q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    binds: &'q [Bind],
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
    for b in binds {
        q = match b {
            Bind::Text(s) => q.bind(s.as_str()),
            Bind::Int(i) => q.bind(*i),
        };
    }
    q
}

/// A column value to bind.
#[derive(PartialEq, Eq)]
pub(super) enum Val {
    Text(Option<String>),
    Int(i64),
}

pub(super) fn bind_values<'q>(
    mut q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    values: Vec<Val>,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
    for v in values {
        q = match v {
            Val::Text(t) => q.bind(t),
            Val::Int(i) => q.bind(i),
        };
    }
    q
}

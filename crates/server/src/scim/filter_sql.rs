//! A parsed SCIM filter turned into SQL for the `users` table: every value is a bound parameter
//! (`$1`, `$2`, … which SQLite and PostgreSQL both read), and only attributes that map to a column
//! are accepted; anything else is a 400 `invalidFilter`, never a guess.

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use userdesk_core::Message;
use userdesk_core::scim::filter::{AttrPath, CompValue, CompareOp, Filter};
use userdesk_core::scim::{ENTERPRISE_USER_SCHEMA, USER_SCHEMA, USERDESK_USER_SCHEMA};

use crate::store::sql::{Bind, fmt_time};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FilterSqlError {
    #[error("no filtering on {0}")]
    Unsupported(String),
    #[error("{0} cannot be compared with that value")]
    WrongType(String),
}

impl FilterSqlError {
    pub fn message(&self) -> Message {
        match self {
            FilterSqlError::Unsupported(a) => {
                Message::new("filter-error-unsupported-attribute").with("attribute", a)
            }
            FilterSqlError::WrongType(a) => {
                Message::new("filter-error-wrong-type").with("attribute", a)
            }
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    /// Stored lower-cased: values are lower-cased before comparing.
    TextCaseInsensitive,
    TextExact,
    Bool,
    Time,
}

/// What a path means in the `users` table: one column, or either of two (phone numbers).
#[derive(Debug, Clone, Copy)]
struct Target {
    columns: &'static [&'static str],
    kind: Kind,
}

const fn t(columns: &'static [&'static str], kind: Kind) -> Target {
    Target { columns, kind }
}

/// Inside a value path, `type` and `primary` of our multi-valued attributes are fixed facts.
#[derive(Debug, Clone, Copy)]
struct Item {
    value: Target,
    kind: &'static str,
    primary: bool,
    /// Where `display` is, for the items that have one (group members).
    display: Option<Target>,
}

/// The table a filter is compiled for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Resource {
    #[default]
    Users,
    Groups,
}

/// A group's members, as a value path ranges over them: rows `m` of `users`.
const MEMBER: Item = Item {
    value: t(&["m.id"], Kind::TextExact),
    kind: "User",
    primary: false,
    display: Some(t(&["m.display_name_key"], Kind::TextCaseInsensitive)),
};

/// SQL that is true when some member of the group satisfies `condition`.
fn some_member(condition: &str) -> String {
    format!("EXISTS (SELECT 1 FROM users m WHERE m.group_id = groups.id AND {condition})")
}

fn group_target(path: &AttrPath) -> Option<Target> {
    use Kind::*;
    if !schema_ok(path, &[userdesk_core::scim::GROUP_SCHEMA]) {
        return None;
    }
    Some(match path.key().as_str() {
        "id" => t(&["id"], TextExact),
        "externalid" => t(&["external_id"], TextExact),
        "displayname" => t(&["display_name_key"], TextCaseInsensitive),
        "meta.created" => t(&["created_at"], Time),
        "meta.lastmodified" => t(&["last_modified"], Time),
        _ => return None,
    })
}

/// Whether `path` names a group's members (`members`, `members.value`, `members.display`), and
/// which of the member's attributes.
fn member_attribute(path: &AttrPath) -> Option<&'static str> {
    if !schema_ok(path, &[userdesk_core::scim::GROUP_SCHEMA]) {
        return None;
    }
    match path.key().as_str() {
        "members" | "members.value" => Some("value"),
        "members.display" => Some("display"),
        "members.type" => Some("type"),
        _ => None,
    }
}

fn schema_ok(path: &AttrPath, allowed: &[&str]) -> bool {
    path.schema
        .as_deref()
        .is_none_or(|s| allowed.iter().any(|a| a.eq_ignore_ascii_case(s)))
}

fn target(path: &AttrPath) -> Option<Target> {
    use Kind::*;
    let key = path.key();
    let core = [USER_SCHEMA];
    let found = match key.as_str() {
        "id" => t(&["id"], TextExact),
        "externalid" => t(&["external_id"], TextExact),
        "username" | "emails" | "emails.value" => t(&["user_name_key"], TextCaseInsensitive),
        "name.givenname" => t(&["given_name_key"], TextCaseInsensitive),
        "name.familyname" => t(&["family_name_key"], TextCaseInsensitive),
        "name.formatted" | "displayname" => t(&["display_name_key"], TextCaseInsensitive),
        "title" => t(&["title_key"], TextCaseInsensitive),
        "preferredlanguage" => t(&["language_key"], TextCaseInsensitive),
        "active" => t(&["active"], Bool),
        "meta.created" => t(&["created_at"], Time),
        "meta.lastmodified" => t(&["last_modified"], Time),
        "phonenumbers" | "phonenumbers.value" => t(&["mobile_phone", "office_phone"], TextExact),
        "groups" | "groups.value" => t(&["group_id"], TextExact),
        "employeenumber" if schema_ok(path, &[ENTERPRISE_USER_SCHEMA]) => {
            return Some(t(&["employee_number_key"], TextCaseInsensitive));
        }
        "accounttype" if schema_ok(path, &[USERDESK_USER_SCHEMA]) => {
            return Some(t(&["account_type"], TextCaseInsensitive));
        }
        "status" if schema_ok(path, &[USERDESK_USER_SCHEMA]) => {
            return Some(t(&["status"], TextCaseInsensitive));
        }
        _ => return None,
    };
    schema_ok(path, &core).then_some(found)
}

/// The items a value path ranges over: e-mail (one, the username) or the two phone numbers.
fn items(path: &AttrPath) -> Option<&'static [Item]> {
    const EMAILS: &[Item] = &[Item {
        value: t(&["user_name_key"], Kind::TextCaseInsensitive),
        kind: "work",
        primary: true,
        display: None,
    }];
    const PHONES: &[Item] = &[
        Item {
            value: t(&["mobile_phone"], Kind::TextExact),
            kind: "mobile",
            primary: true,
            display: None,
        },
        Item {
            value: t(&["office_phone"], Kind::TextExact),
            kind: "work",
            primary: false,
            display: None,
        },
    ];
    if !schema_ok(path, &[USER_SCHEMA]) || path.sub.is_some() {
        return None;
    }
    match path.name.to_ascii_lowercase().as_str() {
        "emails" => Some(EMAILS),
        "phonenumbers" => Some(PHONES),
        _ => None,
    }
}

/// Escapes `%`, `_` and the escape character itself for `LIKE … ESCAPE '\'`.
fn like_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The stored form of a time: fixed-width UTC, so text order is time order.
fn normalize_time(s: &str) -> Option<String> {
    OffsetDateTime::parse(s, &Rfc3339).ok().map(fmt_time)
}

fn const_compare(actual: &str, op: CompareOp, value: &CompValue) -> bool {
    let CompValue::String(v) = value else {
        return op == CompareOp::Ne;
    };
    let (a, v) = (actual.to_lowercase(), v.to_lowercase());
    match op {
        CompareOp::Eq => a == v,
        CompareOp::Ne => a != v,
        CompareOp::Co => a.contains(&v),
        CompareOp::Sw => a.starts_with(&v),
        CompareOp::Ew => a.ends_with(&v),
        CompareOp::Gt => a > v,
        CompareOp::Ge => a >= v,
        CompareOp::Lt => a < v,
        CompareOp::Le => a <= v,
    }
}

#[derive(Debug, Default)]
pub struct Compiler {
    pub binds: Vec<Bind>,
    pub resource: Resource,
}

impl Compiler {
    pub fn for_groups() -> Self {
        Self {
            binds: Vec::new(),
            resource: Resource::Groups,
        }
    }

    fn target(&self, path: &AttrPath) -> Result<Target, FilterSqlError> {
        match self.resource {
            Resource::Users => target(path),
            Resource::Groups => group_target(path),
        }
        .ok_or_else(|| FilterSqlError::Unsupported(path.to_string()))
    }

    fn bind(&mut self, b: Bind) -> String {
        self.binds.push(b);
        format!("${}", self.binds.len())
    }

    fn column_compare(
        &mut self,
        column: &str,
        kind: Kind,
        op: CompareOp,
        value: &CompValue,
        name: &str,
    ) -> Result<String, FilterSqlError> {
        let wrong = || FilterSqlError::WrongType(name.to_owned());
        match value {
            CompValue::Null => {
                return match op {
                    CompareOp::Eq => Ok(format!("{column} IS NULL")),
                    CompareOp::Ne => Ok(format!("{column} IS NOT NULL")),
                    _ => Err(wrong()),
                };
            }
            CompValue::Bool(b) => {
                if !matches!(kind, Kind::Bool) {
                    return Err(wrong());
                }
                let p = self.bind(Bind::Int(i64::from(*b)));
                return match op {
                    CompareOp::Eq => Ok(format!("{column} = {p}")),
                    CompareOp::Ne => Ok(format!("{column} <> {p}")),
                    _ => Err(wrong()),
                };
            }
            CompValue::Number(_) => return Err(wrong()),
            CompValue::String(_) if matches!(kind, Kind::Bool) => return Err(wrong()),
            CompValue::String(_) => {}
        }
        let CompValue::String(raw) = value else {
            return Err(wrong());
        };
        let v = match kind {
            Kind::TextCaseInsensitive => raw.to_lowercase(),
            Kind::Time => normalize_time(raw).ok_or_else(wrong)?,
            _ => raw.clone(),
        };
        if matches!(kind, Kind::Time) && matches!(op, CompareOp::Co | CompareOp::Sw | CompareOp::Ew)
        {
            return Err(wrong());
        }
        Ok(match op {
            CompareOp::Eq => format!("{column} = {}", self.bind(Bind::Text(v))),
            CompareOp::Ne => format!(
                "({column} <> {} OR {column} IS NULL)",
                self.bind(Bind::Text(v))
            ),
            CompareOp::Gt => format!("{column} > {}", self.bind(Bind::Text(v))),
            CompareOp::Ge => format!("{column} >= {}", self.bind(Bind::Text(v))),
            CompareOp::Lt => format!("{column} < {}", self.bind(Bind::Text(v))),
            CompareOp::Le => format!("{column} <= {}", self.bind(Bind::Text(v))),
            CompareOp::Co => format!(
                "{column} LIKE {} ESCAPE '\\'",
                self.bind(Bind::Text(format!("%{}%", like_escape(&v))))
            ),
            CompareOp::Sw => format!(
                "{column} LIKE {} ESCAPE '\\'",
                self.bind(Bind::Text(format!("{}%", like_escape(&v))))
            ),
            CompareOp::Ew => format!(
                "{column} LIKE {} ESCAPE '\\'",
                self.bind(Bind::Text(format!("%{}", like_escape(&v))))
            ),
        })
    }

    fn present(column: &str, kind: Kind) -> String {
        match kind {
            Kind::TextCaseInsensitive | Kind::TextExact => {
                format!("({column} IS NOT NULL AND {column} <> '')")
            }
            Kind::Bool | Kind::Time => format!("{column} IS NOT NULL"),
        }
    }

    fn compare_target(
        &mut self,
        target: Target,
        op: CompareOp,
        value: &CompValue,
        name: &str,
    ) -> Result<String, FilterSqlError> {
        let mut parts = Vec::new();
        for c in target.columns {
            parts.push(self.column_compare(c, target.kind, op, value, name)?);
        }
        // A multi-column attribute (phone numbers) matches when any of its values does, and
        // differs ("ne") only when all do.
        let joiner = if op == CompareOp::Ne { " AND " } else { " OR " };
        Ok(format!("({})", parts.join(joiner)))
    }

    /// SQL for `filter`. Inside a value path, `item` says what `value`, `type` and `primary` mean.
    fn compile_in(
        &mut self,
        filter: &Filter,
        item: Option<Item>,
    ) -> Result<String, FilterSqlError> {
        Ok(match filter {
            Filter::And(a, b) => format!(
                "({} AND {})",
                self.compile_in(a, item)?,
                self.compile_in(b, item)?
            ),
            Filter::Or(a, b) => format!(
                "({} OR {})",
                self.compile_in(a, item)?,
                self.compile_in(b, item)?
            ),
            Filter::Not(a) => format!("(NOT {})", self.compile_in(a, item)?),
            Filter::Present(path) => match item {
                Some(it) => match path.key().as_str() {
                    "value" => Self::present(it.value.columns[0], it.value.kind),
                    "display" if it.display.is_some() => "1 = 1".to_owned(),
                    "type" | "primary" => "1 = 1".to_owned(),
                    _ => return Err(FilterSqlError::Unsupported(path.to_string())),
                },
                None if self.resource == Resource::Groups && member_attribute(path).is_some() => {
                    some_member("1 = 1")
                }
                None => {
                    let target = self.target(path)?;
                    let parts: Vec<String> = target
                        .columns
                        .iter()
                        .map(|c| Self::present(c, target.kind))
                        .collect();
                    format!("({})", parts.join(" OR "))
                }
            },
            Filter::Compare { path, op, value } => match item {
                Some(it) => match path.key().as_str() {
                    "value" => self.compare_target(it.value, *op, value, "value")?,
                    "display" => match it.display {
                        Some(d) => self.compare_target(d, *op, value, "display")?,
                        None => return Err(FilterSqlError::Unsupported(path.to_string())),
                    },
                    "type" => if const_compare(it.kind, *op, value) {
                        "1 = 1"
                    } else {
                        "1 = 0"
                    }
                    .to_owned(),
                    "primary" => match (op, value) {
                        (CompareOp::Eq, CompValue::Bool(b)) => {
                            if *b == it.primary { "1 = 1" } else { "1 = 0" }.to_owned()
                        }
                        _ => return Err(FilterSqlError::WrongType("primary".into())),
                    },
                    _ => return Err(FilterSqlError::Unsupported(path.to_string())),
                },
                None if self.resource == Resource::Groups && member_attribute(path).is_some() => {
                    // `members.value ne "x"`: no member is x. Any other operator: some member
                    // matches.
                    let attribute = member_attribute(path).unwrap_or("value");
                    let inner = Filter::Compare {
                        path: AttrPath {
                            schema: None,
                            name: attribute.to_owned(),
                            sub: None,
                        },
                        op: if *op == CompareOp::Ne {
                            CompareOp::Eq
                        } else {
                            *op
                        },
                        value: value.clone(),
                    };
                    let condition = some_member(&self.compile_in(&inner, Some(MEMBER))?);
                    if *op == CompareOp::Ne {
                        format!("(NOT {condition})")
                    } else {
                        condition
                    }
                }
                None => {
                    let target = self.target(path)?;
                    self.compare_target(target, *op, value, &path.to_string())?
                }
            },
            Filter::ValuePath { path, filter } => {
                if item.is_some() {
                    return Err(FilterSqlError::Unsupported(path.to_string()));
                }
                if self.resource == Resource::Groups {
                    if member_attribute(path) != Some("value") || path.sub.is_some() {
                        return Err(FilterSqlError::Unsupported(path.to_string()));
                    }
                    return Ok(some_member(&self.compile_in(filter, Some(MEMBER))?));
                }
                let items =
                    items(path).ok_or_else(|| FilterSqlError::Unsupported(path.to_string()))?;
                let mut parts = Vec::new();
                for it in items {
                    let inner = self.compile_in(filter, Some(*it))?;
                    // The item must exist for its sub-attributes to match.
                    parts.push(format!("({} IS NOT NULL AND {inner})", it.value.columns[0]));
                }
                format!("({})", parts.join(" OR "))
            }
        })
    }

    pub fn compile(&mut self, filter: &Filter) -> Result<String, FilterSqlError> {
        self.compile_in(filter, None)
    }
}

/// The column to sort by for a `sortBy` attribute.
pub fn sort_column(resource: Resource, path: &AttrPath) -> Option<&'static str> {
    let target = match resource {
        Resource::Users => target(path)?,
        Resource::Groups => group_target(path)?,
    };
    (target.columns.len() == 1).then(|| target.columns[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sql(f: &str) -> Result<(String, Vec<Bind>), FilterSqlError> {
        let filter = Filter::parse(f).expect("parses");
        let mut c = Compiler::default();
        let s = c.compile(&filter)?;
        Ok((s, c.binds))
    }

    #[test]
    fn values_are_always_bound_never_spliced() {
        let (s, binds) = sql(r#"userName eq "x' OR 1=1 --""#).expect("ok");
        assert_eq!(s, "(user_name_key = $1)");
        assert_eq!(binds, vec![Bind::Text("x' or 1=1 --".into())]);
    }

    #[test]
    fn like_patterns_escape_wildcards() {
        let (_, binds) = sql(r#"title co "50%_off\\""#).expect("ok");
        assert_eq!(binds, vec![Bind::Text("%50\\%\\_off\\\\%".into())]);
    }

    #[test]
    fn unsupported_attributes_and_wrong_types_are_refused() {
        assert!(matches!(
            sql(r#"nickName eq "x""#),
            Err(FilterSqlError::Unsupported(_))
        ));
        assert!(matches!(
            sql(r#"urn:x:y:employeeNumber eq "x""#),
            Err(FilterSqlError::Unsupported(_))
        ));
        assert!(matches!(
            sql(r#"active eq "yes""#),
            Err(FilterSqlError::WrongType(_))
        ));
        assert!(matches!(
            sql("title gt 3"),
            Err(FilterSqlError::WrongType(_))
        ));
        assert!(matches!(
            sql(r#"meta.lastModified gt "yesterday""#),
            Err(FilterSqlError::WrongType(_))
        ));
    }

    #[test]
    fn times_are_normalized_to_the_stored_form() {
        let (_, binds) = sql(r#"meta.lastModified ge "2026-05-13T06:42:34+02:00""#).expect("ok");
        assert_eq!(
            binds,
            vec![Bind::Text("2026-05-13T04:42:34.000000Z".into())]
        );
    }

    /// Whatever the filter, the values a client typed reach SQL only as bound parameters.
    #[test]
    fn typed_values_never_reach_the_sql_text() {
        let users = userdesk_core::testing::Accepted::at_least(50, "user filters");
        let groups_compiled = userdesk_core::testing::Accepted::at_least(50, "group filters");
        let attribute = proptest::sample::select(vec![
            "userName",
            "name.familyName",
            "title",
            "externalId",
            "id",
            "emails.value",
            "phoneNumbers.value",
            "meta.lastModified",
            "groups.value",
            "preferredLanguage",
        ]);
        let op =
            proptest::sample::select(vec!["eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le"]);
        let join = proptest::sample::select(vec!["and", "or"]);
        proptest::proptest!(|(
            attribute in attribute,
            op in op,
            value in "[a-zA-Z0-9 '%_;()-]{0,20}",
            join in join,
            negate in proptest::bool::ANY,
        )| {
            let marked = format!("zqx{value}");
            let literal = serde_json::to_string(&marked).unwrap_or_default();
            let inner = format!("{attribute} {op} {literal} {join} title pr");
            let text = if negate { format!("not ({inner})") } else { inner };
            if let Ok(filter) = Filter::parse(&text)
                && let Ok(sql) = Compiler::default().compile(&filter)
            {
                users.one();
                proptest::prop_assert!(!sql.to_lowercase().contains("zqx"), "{sql}");
            }
            let groups = format!("members[value {op} {literal}] or displayName {op} {literal}");
            if let Ok(filter) = Filter::parse(&groups)
                && let Ok(sql) = Compiler::for_groups().compile(&filter)
            {
                groups_compiled.one();
                proptest::prop_assert!(!sql.to_lowercase().contains("zqx"), "{sql}");
            }
        });
    }

    #[test]
    fn value_paths_over_phone_numbers_check_both_kinds() {
        let (s, binds) = sql(r#"phoneNumbers[type eq "mobile" and value sw "+49"]"#).expect("ok");
        assert!(
            s.contains("mobile_phone IS NOT NULL AND (1 = 1 AND (mobile_phone LIKE $1"),
            "{s}"
        );
        assert!(s.contains("office_phone IS NOT NULL AND (1 = 0 AND"), "{s}");
        assert_eq!(binds.len(), 2);
    }
}

//! Tests of the SCIM filter parser: the RFC's examples, precedence, and hostile input.

use super::*;
use proptest::prelude::*;

fn path(name: &str) -> AttrPath {
    match name.split_once('.') {
        Some((n, s)) => AttrPath {
            schema: None,
            name: n.into(),
            sub: Some(s.into()),
        },
        None => AttrPath {
            schema: None,
            name: name.into(),
            sub: None,
        },
    }
}

fn eq(name: &str, v: &str) -> Filter {
    Filter::Compare {
        path: path(name),
        op: CompareOp::Eq,
        value: CompValue::String(v.into()),
    }
}

fn pr(name: &str) -> Filter {
    Filter::Present(path(name))
}

/// Every example filter of RFC 7644 §3.4.2.2 parses.
#[test]
fn the_rfc_examples_parse() {
    for f in [
        r#"userName eq "bjensen""#,
        r#"name.familyName co "O'Malley""#,
        r#"userName sw "J""#,
        r#"urn:ietf:params:scim:schemas:core:2.0:User:userName sw "J""#,
        r#"title pr"#,
        r#"meta.lastModified gt "2011-05-13T04:42:34Z""#,
        r#"meta.lastModified ge "2011-05-13T04:42:34Z""#,
        r#"meta.lastModified lt "2011-05-13T04:42:34Z""#,
        r#"meta.lastModified le "2011-05-13T04:42:34Z""#,
        r#"title pr and userType eq "Employee""#,
        r#"title pr or userType eq "Intern""#,
        r#"schemas eq "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User""#,
        r#"userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")"#,
        r#"userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")"#,
        r#"userType eq "Employee" and (emails.type eq "work")"#,
        r#"userType eq "Employee" and emails[type eq "work" and value co "@example.com"]"#,
        r#"emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]"#,
    ] {
        let parsed = Filter::parse(f);
        assert!(parsed.is_ok(), "{f}: {parsed:?}");
    }
}

#[test]
fn not_binds_tighter_than_and_which_binds_tighter_than_or() {
    assert_eq!(
        Filter::parse("a pr or b pr and c pr"),
        Ok(Filter::Or(
            Box::new(pr("a")),
            Box::new(Filter::And(Box::new(pr("b")), Box::new(pr("c"))))
        ))
    );
    assert_eq!(
        Filter::parse("not (a pr) and b pr"),
        Ok(Filter::And(
            Box::new(Filter::Not(Box::new(pr("a")))),
            Box::new(pr("b"))
        ))
    );
    assert_eq!(
        Filter::parse("(a pr or b pr) and c pr"),
        Ok(Filter::And(
            Box::new(Filter::Or(Box::new(pr("a")), Box::new(pr("b")))),
            Box::new(pr("c"))
        ))
    );
}

#[test]
fn keywords_and_operators_are_case_insensitive() {
    assert_eq!(
        Filter::parse(r#"userName EQ "x" AND title PR"#),
        Filter::parse(r#"userName eq "x" and title pr"#)
    );
    assert_eq!(
        Filter::parse("NOT (a Pr)"),
        Ok(Filter::Not(Box::new(pr("a"))))
    );
}

#[test]
fn values_are_json_literals() {
    let value = |f: &str| match Filter::parse(f) {
        Ok(Filter::Compare { value, .. }) => value,
        other => panic!("{f}: {other:?}"),
    };
    assert_eq!(
        value(r#"a eq "tab\tquote\"uni\u00e9""#),
        CompValue::String("tab\tquote\"unié".into())
    );
    assert_eq!(value("a eq true"), CompValue::Bool(true));
    assert_eq!(value("a eq false"), CompValue::Bool(false));
    assert_eq!(value("a eq null"), CompValue::Null);
    assert_eq!(
        value("a gt -12.5e3"),
        CompValue::Number(serde_json::from_str("-12.5e3").expect("number"))
    );
}

#[test]
fn schema_prefixed_paths_split_at_the_last_colon() {
    let f = Filter::parse(
        r#"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq "B-1""#,
    );
    let Ok(Filter::Compare { path, .. }) = f else {
        panic!("{f:?}")
    };
    assert_eq!(
        path.schema.as_deref(),
        Some("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
    );
    assert_eq!(path.name, "employeeNumber");
    assert_eq!(path.key(), "employeenumber");
}

#[test]
fn value_paths_hold_a_filter_on_sub_attributes() {
    assert_eq!(
        Filter::parse(r#"emails[type eq "work"]"#),
        Ok(Filter::ValuePath {
            path: path("emails"),
            filter: Box::new(eq("type", "work"))
        })
    );
}

#[test]
fn patch_paths_parse_with_and_without_value_filters() {
    assert_eq!(
        PatchPath::parse(r#"emails[type eq "work"].value"#),
        Ok(PatchPath {
            attr: path("emails"),
            filter: Some(eq("type", "work")),
            sub: Some("value".into())
        })
    );
    assert_eq!(
        PatchPath::parse(r#"members[value eq "2819c223"]"#),
        Ok(PatchPath {
            attr: path("members"),
            filter: Some(eq("value", "2819c223")),
            sub: None
        })
    );
    assert_eq!(
        PatchPath::parse("name.familyName"),
        Ok(PatchPath {
            attr: path("name.familyName"),
            filter: None,
            sub: None
        })
    );
    assert!(PatchPath::parse("emails[type eq \"work\"").is_err());
    assert!(PatchPath::parse("emails[type eq \"work\"].").is_err());
}

#[test]
fn malformed_filters_say_where_and_what() {
    let kind = |f: &str| Filter::parse(f).expect_err(f).kind;
    assert_eq!(kind(""), FilterErrorKind::Empty);
    assert_eq!(kind("   "), FilterErrorKind::Empty);
    assert_eq!(kind("userName"), FilterErrorKind::ExpectedOperator);
    assert_eq!(kind("userName xx \"a\""), FilterErrorKind::ExpectedOperator);
    assert_eq!(kind("userName eq"), FilterErrorKind::ExpectedValue);
    assert_eq!(kind("userName eq bjensen"), FilterErrorKind::ExpectedValue);
    assert_eq!(kind("userName eq \"open"), FilterErrorKind::BadString);
    assert_eq!(kind("a eq 1.2.3"), FilterErrorKind::BadNumber);
    assert_eq!(kind("(a pr"), FilterErrorKind::Unclosed);
    assert_eq!(kind("a pr)"), FilterErrorKind::Trailing);
    assert_eq!(kind("a pr b pr"), FilterErrorKind::Trailing);
    assert_eq!(kind("eq \"x\""), FilterErrorKind::ExpectedOperator);
    assert_eq!(kind("1a eq \"x\""), FilterErrorKind::ExpectedAttribute);
    assert_eq!(
        kind("emails[type[value pr]]"),
        FilterErrorKind::NestedValuePath
    );
    let e = Filter::parse("userName eq \"x\" and").expect_err("dangling and");
    assert_eq!(e.position, 19);
}

#[test]
fn hostile_sizes_are_bounded() {
    let deep = format!("{}a pr{}", "(".repeat(100), ")".repeat(100));
    assert_eq!(
        Filter::parse(&deep).map_err(|e| e.kind),
        Err(FilterErrorKind::TooDeep)
    );
    let nots = format!("{}a pr{}", "not (".repeat(100), ")".repeat(100));
    assert_eq!(
        Filter::parse(&nots).map_err(|e| e.kind),
        Err(FilterErrorKind::TooDeep)
    );
    let long = format!("a eq \"{}\"", "x".repeat(MAX_FILTER_LEN));
    assert_eq!(
        Filter::parse(&long).map_err(|e| e.kind),
        Err(FilterErrorKind::TooLong)
    );
}

fn arb_path() -> impl Strategy<Value = AttrPath> {
    (
        prop::option::of(Just(
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User".to_owned(),
        )),
        "[a-zA-Z][a-zA-Z0-9_-]{0,8}",
        prop::option::of("[a-zA-Z][a-zA-Z0-9]{0,6}"),
    )
        .prop_filter("keywords are not attribute names here", |(_, n, _)| {
            ![
                "not", "and", "or", "pr", "eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le",
                "true", "false", "null",
            ]
            .contains(&n.to_ascii_lowercase().as_str())
        })
        .prop_map(|(schema, name, sub)| AttrPath { schema, name, sub })
}

fn arb_value() -> impl Strategy<Value = CompValue> {
    prop_oneof![
        Just(CompValue::Null),
        any::<bool>().prop_map(CompValue::Bool),
        any::<i64>().prop_map(|n| CompValue::Number(n.into())),
        "\\PC{0,12}".prop_map(CompValue::String),
    ]
}

fn arb_op() -> impl Strategy<Value = CompareOp> {
    prop::sample::select(vec![
        CompareOp::Eq,
        CompareOp::Ne,
        CompareOp::Co,
        CompareOp::Sw,
        CompareOp::Ew,
        CompareOp::Gt,
        CompareOp::Ge,
        CompareOp::Lt,
        CompareOp::Le,
    ])
}

fn arb_leaf() -> impl Strategy<Value = Filter> {
    prop_oneof![
        (arb_path(), arb_op(), arb_value()).prop_map(|(path, op, value)| Filter::Compare {
            path,
            op,
            value
        }),
        arb_path().prop_map(Filter::Present),
    ]
}

fn arb_filter() -> impl Strategy<Value = Filter> {
    let inner = arb_leaf().prop_recursive(3, 12, 2, |f| {
        prop_oneof![
            (f.clone(), f.clone()).prop_map(|(a, b)| Filter::And(Box::new(a), Box::new(b))),
            (f.clone(), f.clone()).prop_map(|(a, b)| Filter::Or(Box::new(a), Box::new(b))),
            f.prop_map(|a| Filter::Not(Box::new(a))),
        ]
    });
    prop_oneof![
        4 => inner.clone(),
        1 => (arb_path().prop_map(|p| AttrPath { schema: None, sub: None, ..p }), inner)
            .prop_map(|(path, filter)| Filter::ValuePath { path, filter: Box::new(filter) }),
    ]
}

proptest! {
    /// Printing a filter and parsing it again gives the same filter.
    #[test]
    fn display_then_parse_is_identity(f in arb_filter()) {
        let text = f.to_string();
        prop_assert_eq!(Filter::parse(&text), Ok(f), "{}", text);
    }

    /// Whatever arrives, the parser answers without panicking.
    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
        let _ = Filter::parse(&s);
        let _ = PatchPath::parse(&s);
    }

    /// Text made of the grammar's own pieces, in any order, never panics either.
    #[test]
    fn grammar_soup_never_panics(parts in proptest::collection::vec(prop::sample::select(vec![
        "(", ")", "[", "]", " ", "not", "and", "or", "pr", "eq", "\"x\"", "\"\\\"", "1", "-", ".", "name", "urn:a:b", ":", "true",
    ]), 0..40)) {
        let s = parts.concat();
        let _ = Filter::parse(&s);
        let _ = PatchPath::parse(&s);
    }
}

//! Tests of SCIM PATCH: paths, value filters, extensions, limits, and arbitrary bodies.

use super::*;
use crate::scim::eval::default_case_exact;
use proptest::prelude::*;
use serde_json::json;

fn user() -> Value {
    json!({
        "schemas": [USER_SCHEMA],
        "id": "2819c223",
        "userName": "bjensen@example.com",
        "name": {"givenName": "Barbara", "familyName": "Jensen"},
        "emails": [
            {"value": "bjensen@example.com", "type": "work", "primary": true},
            {"value": "babs@jensen.org", "type": "home"}
        ],
        "addresses": [{"type": "work", "streetAddress": "100 Universal City Plaza", "locality": "Hollywood"}]
    })
}

fn patch(ops: Value) -> Result<Value, PatchError> {
    apply(
        &user(),
        &json!({"schemas": [PATCH_OP], "Operations": ops}),
        &default_case_exact,
    )
}

#[test]
fn add_without_path_merges_attributes_and_appends_values() {
    let r = patch(json!([{"op": "add", "value": {"emails": [{"value": "b@x.org", "type": "other"}], "nickName": "Babs"}}])).expect("ok");
    assert_eq!(r["emails"].as_array().map(Vec::len), Some(3));
    assert_eq!(r["nickName"], "Babs");
}

#[test]
fn replace_by_path_and_sub_attribute() {
    let r = patch(json!([
        {"op": "Replace", "path": "name.familyName", "value": "Jensen-Smith"},
        {"op": "replace", "path": "title", "value": "Guide"}
    ]))
    .expect("ok");
    assert_eq!(r["name"]["familyName"], "Jensen-Smith");
    assert_eq!(r["name"]["givenName"], "Barbara", "the sibling stays");
    assert_eq!(r["title"], "Guide", "a missing attribute is added");
}

#[test]
fn value_filters_select_items() {
    let r = patch(json!([{"op": "replace", "path": "emails[type eq \"work\"].value", "value": "barbara@example.com"}])).expect("ok");
    assert_eq!(r["emails"][0]["value"], "barbara@example.com");
    assert_eq!(r["emails"][1]["value"], "babs@jensen.org");

    let r = patch(json!([{"op": "replace", "path": "addresses[type eq \"work\"]", "value": {"type": "work", "locality": "Burbank"}}])).expect("ok");
    assert_eq!(
        r["addresses"][0],
        json!({"type": "work", "locality": "Burbank"})
    );

    let r = patch(json!([{"op": "remove", "path": "emails[type eq \"home\"]"}])).expect("ok");
    assert_eq!(r["emails"].as_array().map(Vec::len), Some(1));

    let r =
        patch(json!([{"op": "remove", "path": "emails[type eq \"work\"].primary"}])).expect("ok");
    assert!(r["emails"][0].get("primary").is_none());
}

#[test]
fn extension_attributes_by_schema_prefixed_path() {
    let ent = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    let r =
        patch(json!([{"op": "replace", "path": format!("{ent}:employeeNumber"), "value": "B-77"}]))
            .expect("ok");
    assert_eq!(r[ent]["employeeNumber"], "B-77");
    assert!(
        r["schemas"]
            .as_array()
            .is_some_and(|s| s.contains(&json!(ent))),
        "the schema is listed"
    );
    let r = patch(json!([{"op": "add", "value": {ent: {"employeeNumber": "B-78"}}}])).expect("ok");
    assert_eq!(r[ent]["employeeNumber"], "B-78");
}

#[test]
fn attribute_names_match_case_insensitively_and_keep_their_spelling() {
    let r = patch(json!([{"op": "replace", "path": "USERNAME", "value": "x@example.com"}]))
        .expect("ok");
    assert_eq!(r["userName"], "x@example.com");
    assert!(r.get("USERNAME").is_none());
}

#[test]
fn the_rfc_error_types() {
    let t = |ops: Value| patch(ops).expect_err("refused").scim_type;
    assert_eq!(t(json!([{"op": "remove"}])), "noTarget");
    assert_eq!(
        t(json!([{"op": "replace", "path": "emails[type eq \"fax\"].value", "value": "x"}])),
        "noTarget"
    );
    assert_eq!(
        t(json!([{"op": "replace", "path": "emails[type eq", "value": "x"}])),
        "invalidPath"
    );
    assert_eq!(
        t(json!([{"op": "replace", "path": 7, "value": "x"}])),
        "invalidPath"
    );
    assert_eq!(
        t(json!([{"op": "replace", "path": "id", "value": "x"}])),
        "mutability"
    );
    assert_eq!(
        t(json!([{"op": "add", "value": {"meta": {}}}])),
        "mutability"
    );
    assert_eq!(
        t(json!([{"op": "replace", "value": "not an object"}])),
        "invalidValue"
    );
    assert_eq!(
        t(json!([{"op": "replace", "path": "title"}])),
        "invalidValue"
    );
    assert_eq!(
        t(json!([{"op": "move", "path": "title", "value": "x"}])),
        "invalidSyntax"
    );
    assert_eq!(t(json!([])), "invalidSyntax");
    let no_schema = apply(
        &user(),
        &json!({"Operations": [{"op": "remove", "path": "title"}]}),
        &default_case_exact,
    );
    assert_eq!(no_schema.expect_err("no schema").scim_type, "invalidSyntax");
}

#[test]
fn a_failing_operation_reports_its_index() {
    let err = patch(json!([
        {"op": "replace", "path": "title", "value": "A"},
        {"op": "remove", "path": "emails[type eq \"fax\"]"}
    ]))
    .expect_err("second fails");
    assert_eq!(err.operation, 1);
}

proptest! {
    /// Whatever operations arrive, apply answers without panicking.
    #[test]
    fn arbitrary_operations_never_panic(
        op in prop::sample::select(vec!["add", "replace", "remove", "ADD", "x"]),
        path in prop::option::of(prop::sample::select(vec![
            "title", "name.familyName", "emails", "emails[type eq \"work\"]", "emails[type eq \"work\"].value",
            "urn:x:y:z", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber", "name[", "", "id", "addresses[locality pr].x",
        ])),
        value in prop_oneof![Just(Value::Null), Just(json!("s")), Just(json!(1)), Just(json!([1, {"a": 2}])), Just(json!({"title": "t", "emails": {"v": 1}}))],
    ) {
        let mut operation = json!({"op": op, "value": value});
        if let Some(p) = path {
            operation["path"] = json!(p);
        }
        let _ = patch(json!([operation]));
    }
}

#[test]
fn any_attribute_name_without_a_path_is_answered_not_panicked_on() {
    for key in [
        "aaaé",
        "é",
        "urné:x",
        "日本語",
        "urn:é",
        "🙂🙂🙂🙂🙂",
        "\u{0301}urn:",
    ] {
        // Not an extension's URN: an attribute like any other, for the domain to judge.
        let r = patch(json!([{"op": "add", "value": {key: 1}}])).expect(key);
        assert_eq!(r[key], 1, "{key}");
        let r = patch(json!([{"op": "replace", "value": {key: {"a": 1}}}]));
        assert!(
            r.is_ok_and(|r| r.get(key).is_some() || key.starts_with("urn:")),
            "{key}"
        );
    }
}

/// Adding n values to an array of m costs m + n units of work, not m · n comparisons: 130,000
/// values in one request is linear work.
#[test]
fn adding_many_values_is_linear_and_still_removes_duplicates() {
    let values: Vec<Value> = (0..130_000).map(|i| json!(i % 65_000)).collect();
    let (r, work) = apply_counting(
        &json!({"schemas": [USER_SCHEMA], "nums": [1, 2, 3]}),
        &json!({"schemas": [PATCH_OP], "Operations": [{"op": "add", "path": "nums", "value": values}]}),
        &default_case_exact,
    )
    .expect("applies");
    assert_eq!(work, 3 + 130_000);
    assert_eq!(r["nums"].as_array().map(Vec::len), Some(65_000));
    // Equal objects whatever their key order are one value.
    let (r, _) = apply_counting(
        &json!({"emails": [{"value": "a@x.org", "type": "work"}]}),
        &json!({"schemas": [PATCH_OP], "Operations": [{"op": "add", "path": "emails", "value": [{"type": "work", "value": "a@x.org"}, {"value": "b@x.org"}]}]}),
        &default_case_exact,
    )
    .expect("applies");
    assert_eq!(r["emails"].as_array().map(Vec::len), Some(2), "{r}");
}

#[test]
fn a_request_of_too_many_or_too_costly_operations_is_refused() {
    let ops: Vec<Value> = (0..=MAX_OPERATIONS)
        .map(|_| json!({"op": "replace", "path": "title", "value": "x"}))
        .collect();
    let err = patch(Value::Array(ops)).expect_err("too many");
    assert_eq!(err.scim_type, "tooMany");

    // Each filtered operation looks at every element: 1,000 of them over 5,000 elements is more
    // work than a request may cost.
    let members: Vec<Value> = (0..5_000)
        .map(|i| json!({"value": format!("m{i}")}))
        .collect();
    let ops: Vec<Value> = (0..MAX_OPERATIONS)
        .map(|i| json!({"op": "replace", "path": format!("members[value eq \"m{i}\"].display"), "value": "x"}))
        .collect();
    let err = apply(
        &json!({"schemas": [GROUP_SCHEMA], "members": members}),
        &json!({"schemas": [PATCH_OP], "Operations": ops}),
        &default_case_exact,
    )
    .expect_err("too costly");
    assert_eq!(err.scim_type, "tooMany");
    assert!(err.operation < MAX_OPERATIONS);
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        "\\PC{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(("\\PC{0,6}", inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Arbitrary bodies, names and paths (any Unicode): an answer, never a panic, and never more
/// work than the budget. Operations are arbitrary or well-formed, so that whole requests of
/// several operations are also applied, not only refused.
#[test]
fn arbitrary_bodies_are_answered_within_the_budget() {
    let accepted = crate::testing::Accepted::at_least(5, "PATCH requests");
    let arbitrary = (
        prop::sample::select(vec!["add", "replace", "remove", "Add", "?"]),
        prop::option::of(prop_oneof![
            "\\PC{0,24}",
            Just("emails[type eq \"work\"].value".to_owned()),
            Just("members[value sw \"a\"]".to_owned()),
            Just(
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value"
                    .to_owned()
            ),
        ]),
        prop::option::of(json_value()),
    );
    let well_formed = (
        prop::sample::select(vec!["add", "replace"]),
        prop::sample::select(vec!["title", "nickName", "emails[type eq \"work\"].value"])
            .prop_map(|p| Some(p.to_owned())),
        json_value().prop_map(Some),
    );
    let ops = prop::collection::vec(prop_oneof![arbitrary, well_formed], 1..8);
    proptest!(|(ops in ops)| {
        let ops: Vec<Value> = ops
            .into_iter()
            .map(|(op, path, value)| {
                let mut o = json!({"op": op});
                if let Some(p) = path { o["path"] = json!(p); }
                if let Some(v) = value { o["value"] = v; }
                o
            })
            .collect();
        if let Ok((_, work)) = apply_counting(
            &user(),
            &json!({"schemas": [PATCH_OP], "Operations": ops}),
            &default_case_exact,
        ) {
            accepted.one();
            prop_assert!(work <= WORK_BUDGET);
        }
    });
}

#[test]
fn a_typed_value_the_resource_lacks_is_added_and_removing_one_it_lacks_is_left_out() {
    let set = json!({"op": "replace", "path": "phoneNumbers[type eq \"mobile\"].value", "value": "+4915123456789"});
    let none = json!({"userName": "a@example.org"});
    let fitted = fit(&none, std::slice::from_ref(&set));
    assert_eq!(
        fitted,
        vec![
            json!({"op": "add", "path": "phoneNumbers", "value": [{"type": "mobile", "value": "+4915123456789"}]})
        ]
    );
    let with =
        json!({"userName": "a@example.org", "phoneNumbers": [{"type": "mobile", "value": "+491"}]});
    assert_eq!(fit(&with, std::slice::from_ref(&set)), vec![set.clone()]);
    let remove = json!({"op": "remove", "path": "phoneNumbers[type eq \"mobile\"]"});
    assert!(fit(&none, std::slice::from_ref(&remove)).is_empty());
    // In order: once added, the next replace finds its target.
    let again = json!({"op": "replace", "path": "phoneNumbers[type eq \"mobile\"].value", "value": "+4915199999999"});
    let fitted = fit(&none, &[set, again.clone(), remove.clone()]);
    assert_eq!(fitted.len(), 3);
    assert_eq!(fitted[1], again);
    assert_eq!(fitted[2], remove);
    let body = json!({"schemas": [PATCH_OP], "Operations": fitted});
    let after = apply(&none, &body, &crate::scim::eval::default_case_exact).expect("applies");
    assert!(
        after["phoneNumbers"]
            .as_array()
            .is_none_or(|a| a.is_empty()),
        "{after}"
    );
}

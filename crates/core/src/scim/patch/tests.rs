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

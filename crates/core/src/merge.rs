//! The three-way merge of an admin's queued edits with what the server holds now.
//!
//! For one attribute: `base` is the resource the edits were made on, `theirs` the resource the
//! server has now, and the queued PATCH operations say what the admin wanted. If the server left
//! the attribute alone, the edits are sent again on the new version; if it already holds what the
//! admin wanted, nothing is left to send; if both changed it to different values, that is a
//! conflict for the admin. Attributes that decide what someone may do (status, account type,
//! roles) are guarded: any change to one of them on the server makes a guarded edit a conflict
//! unless both sides already agree on its value, so access is never merged by a machine.

use serde_json::{Value, json};

use crate::scim::eval::{default_case_exact, select};
use crate::scim::filter::{AttrPath, PatchPath};
use crate::scim::patch::{PatchError, apply, fit};
use crate::scim::{PATCH_OP, USERDESK_USER_SCHEMA};

/// What becomes of the queued edits of one attribute.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The server left the attribute alone: send the edits again, on the server's new version.
    Resend,
    /// The server already holds the value the admin wanted: nothing is left to send.
    Converged,
    /// Both sides changed the attribute, to different values: the admin decides.
    Conflict {
        base: Value,
        mine: Value,
        theirs: Value,
    },
}

/// Attributes whose concurrent change is never merged silently: (extension schema, name).
const GUARDED: &[(Option<&str>, &str)] = &[
    (None, "active"),
    (None, "roles"),
    (Some(USERDESK_USER_SCHEMA), "accountType"),
    (Some(USERDESK_USER_SCHEMA), "status"),
];

fn guarded_paths() -> impl Iterator<Item = PatchPath> {
    GUARDED.iter().map(|(schema, name)| PatchPath {
        attr: AttrPath {
            schema: schema.map(str::to_owned),
            name: (*name).to_owned(),
            sub: None,
        },
        filter: None,
        sub: None,
    })
}

/// Whether `path` reaches a guarded attribute.
pub fn is_guarded(path: &PatchPath) -> bool {
    GUARDED.iter().any(|(schema, name)| {
        path.attr.name.eq_ignore_ascii_case(name)
            && match (schema, &path.attr.schema) {
                (None, None) => true,
                (None, Some(s)) => s.eq_ignore_ascii_case(crate::scim::USER_SCHEMA),
                (Some(want), Some(s)) => s.eq_ignore_ascii_case(want),
                (Some(_), None) => false,
            }
    })
}

fn bad_path(operation: usize) -> PatchError {
    PatchError {
        scim_type: "invalidPath",
        operation,
        detail: crate::Message::new("patch-error-invalid-path").with("operation", operation + 1),
    }
}

/// The path the queued edits of one attribute mean, where the two sides are compared.
///
/// Edits of one field may write it at two depths: clearing a mobile number removes the whole
/// `phoneNumbers[type eq "mobile"]` item, setting one writes only its `.value`. The field is what
/// the narrowest of them names: sub-attributes the admin never wrote (a `primary` or `display` the
/// server keeps on its item) are not part of what they wanted, and a removed item has no value.
fn path_of(ops: &[Value]) -> Result<PatchPath, PatchError> {
    let mut paths = ops.iter().enumerate().map(|(i, op)| {
        op.get("path")
            .and_then(Value::as_str)
            .and_then(|p| PatchPath::parse(p).ok())
            .ok_or_else(|| bad_path(i))
    });
    let mut meant = paths.next().ok_or_else(|| bad_path(0))??;
    for path in paths {
        let path = path?;
        if meant.sub.is_none()
            && path.sub.is_some()
            && path.attr == meant.attr
            && path.filter == meant.filter
        {
            meant = path;
        }
    }
    Ok(meant)
}

/// `base` with `ops` applied, fitted to it as they are when sent (see [`fit`]).
fn apply_fitted(base: &Value, ops: &[Value]) -> Result<Value, PatchError> {
    let fitted = fit(base, ops);
    if fitted.is_empty() {
        return Ok(base.clone());
    }
    apply(
        base,
        &json!({"schemas": [PATCH_OP], "Operations": fitted}),
        &default_case_exact,
    )
}

/// Whether `sent` (the oldest queued operations of one attribute, sent to the server without a
/// reply ever coming back) reached it: `theirs` holds at the attribute exactly what they wrote
/// over `base`. Then they are delivered, and what follows them merges on top of them.
pub fn arrived(base: &Value, theirs: &Value, sent: &[Value]) -> Result<bool, PatchError> {
    let path = path_of(sent)?;
    let exact = &default_case_exact;
    let after = apply_fitted(base, sent)?;
    Ok(select(&after, &path, exact) == select(theirs, &path, exact))
}

/// Merges the queued operations `ops` (oldest first, all on one attribute) made on `base` with
/// the server's `theirs`.
pub fn merge(base: &Value, theirs: &Value, ops: &[Value]) -> Result<Outcome, PatchError> {
    let path = path_of(ops)?;
    let exact = &default_case_exact;
    let mine_resource = apply_fitted(base, ops)?;
    let was = select(base, &path, exact);
    let mine = select(&mine_resource, &path, exact);
    let now = select(theirs, &path, exact);
    if now == mine {
        return Ok(Outcome::Converged);
    }
    let touched = if is_guarded(&path) {
        guarded_paths().any(|g| select(base, &g, exact) != select(theirs, &g, exact))
    } else {
        was != now
    };
    if touched {
        Ok(Outcome::Conflict {
            base: was,
            mine,
            theirs: now,
        })
    } else {
        Ok(Outcome::Resend)
    }
}

/// One queued edit of a user, as [`rebase`] sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Queued {
    /// Its place in the queue: older edits have smaller numbers.
    pub seq: i64,
    /// The field it edits: the edits of one field are merged together.
    pub field: String,
    /// Its PATCH operation.
    pub operation: Value,
    /// It was sent and no answer came back (a dropped connection, the app killed).
    pub sent: bool,
    /// Its field is in an open conflict, waiting for the admin.
    pub in_conflict: bool,
}

/// What becomes of queued edits when the server's resource of their user moves on.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// The edit was sent, its answer lost, and the server holds what it wrote: it arrived and
    /// leaves the queue; the edits after it are merged on top of it.
    Delivered { seq: i64 },
    /// The server already holds what these edits wanted: they leave the queue, and an open
    /// conflict of their field closes.
    Converged { field: String, seqs: Vec<i64> },
    /// The server left the field alone: the edits are sent again, on its new version.
    Resend { seqs: Vec<i64> },
    /// The field's conflict is open and the server left the field alone: the edits wait for the
    /// admin as they are.
    StillInConflict { seqs: Vec<i64> },
    /// Both sides changed the field, to different values: the admin decides.
    Conflict {
        field: String,
        seqs: Vec<i64>,
        base: Value,
        mine: Value,
        theirs: Value,
    },
    /// The edits cannot be merged at all (an operation this client cannot apply).
    Unmergeable { seqs: Vec<i64>, error: PatchError },
}

/// Rebases a user's queued edits (`queued`, any order) made on `base` onto the server's new
/// resource `theirs`: per field, in the order each field was first edited, what becomes of its
/// edits. Every edit is named by exactly one decision.
pub fn rebase(base: &Value, theirs: &Value, queued: &[Queued]) -> Vec<Decision> {
    let mut ordered: Vec<&Queued> = queued.iter().collect();
    ordered.sort_by_key(|q| q.seq);
    // The edits of each field, in the order the fields were first edited.
    let mut fields: Vec<(&str, Vec<&Queued>)> = Vec::new();
    for q in ordered {
        match fields.iter_mut().find(|(f, _)| *f == q.field) {
            Some((_, group)) => group.push(q),
            None => fields.push((q.field.as_str(), vec![q])),
        }
    }
    let mut decisions = Vec::with_capacity(fields.len());
    for (field, mut group) in fields {
        let mut field_base = std::borrow::Cow::Borrowed(base);
        if let Some(first) = group.first()
            && first.sent
            && arrived(base, theirs, std::slice::from_ref(&first.operation)).unwrap_or(false)
        {
            decisions.push(Decision::Delivered { seq: first.seq });
            if let Ok(after) = apply_fitted(base, std::slice::from_ref(&first.operation)) {
                field_base = std::borrow::Cow::Owned(after);
            }
            group.remove(0);
            if group.is_empty() {
                continue;
            }
        }
        let seqs: Vec<i64> = group.iter().map(|q| q.seq).collect();
        let ops: Vec<Value> = group.iter().map(|q| q.operation.clone()).collect();
        let in_conflict = group.iter().any(|q| q.in_conflict);
        decisions.push(match merge(&field_base, theirs, &ops) {
            Ok(Outcome::Converged) => Decision::Converged {
                field: field.to_owned(),
                seqs,
            },
            Ok(Outcome::Resend) if in_conflict => Decision::StillInConflict { seqs },
            Ok(Outcome::Resend) => Decision::Resend { seqs },
            Ok(Outcome::Conflict { base, mine, theirs }) => Decision::Conflict {
                field: field.to_owned(),
                seqs,
                base,
                mine,
                theirs,
            },
            Err(error) => Decision::Unmergeable { seqs, error },
        });
    }
    decisions
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXT: &str = USERDESK_USER_SCHEMA;

    fn base() -> Value {
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", EXT],
            "id": "u1",
            "userName": "ada@example.com",
            "name": {"givenName": "Ada", "familyName": "Lovelace"},
            "title": "Analyst",
            "active": true,
            "roles": [{"value": "r1"}],
            "phoneNumbers": [{"type": "mobile", "value": "+441234567890"}, {"type": "work", "value": "+442000000000"}],
            EXT: {"accountType": "config_admin", "status": "active"},
            "meta": {"version": "W/\"1\""}
        })
    }

    fn with(mut v: Value, f: impl FnOnce(&mut Value)) -> Value {
        f(&mut v);
        v
    }

    fn replace(path: &str, value: Value) -> Value {
        json!({"op": "replace", "path": path, "value": value})
    }

    #[test]
    fn a_change_to_another_attribute_is_resent() {
        let theirs = with(base(), |v| v["title"] = json!("Lead analyst"));
        let ops = [replace("name.familyName", json!("King"))];
        assert_eq!(merge(&base(), &theirs, &ops), Ok(Outcome::Resend));
    }

    #[test]
    fn the_same_new_value_on_both_sides_converges() {
        let theirs = with(base(), |v| v["name"]["familyName"] = json!("King"));
        let ops = [replace("name.familyName", json!("King"))];
        assert_eq!(merge(&base(), &theirs, &ops), Ok(Outcome::Converged));
    }

    #[test]
    fn two_values_for_one_attribute_are_a_conflict_with_all_three() {
        let theirs = with(base(), |v| v["title"] = json!("Lead analyst"));
        let ops = [replace("title", json!("Engineer"))];
        assert_eq!(
            merge(&base(), &theirs, &ops),
            Ok(Outcome::Conflict {
                base: json!("Analyst"),
                mine: json!("Engineer"),
                theirs: json!("Lead analyst"),
            })
        );
    }

    #[test]
    fn the_last_of_several_queued_edits_is_what_the_admin_wanted() {
        let theirs = with(base(), |v| v["title"] = json!("Engineer"));
        let ops = [
            replace("title", json!("Typo")),
            replace("title", json!("Engineer")),
        ];
        assert_eq!(merge(&base(), &theirs, &ops), Ok(Outcome::Converged));
    }

    #[test]
    fn a_removal_meets_a_change() {
        let theirs = with(base(), |v| v["title"] = json!("Lead analyst"));
        let ops = [json!({"op": "remove", "path": "title"})];
        assert!(matches!(
            merge(&base(), &theirs, &ops),
            Ok(Outcome::Conflict {
                mine: Value::Null,
                ..
            })
        ));
        // Removed on both sides: nothing to do, whether absent or blank on the server.
        let theirs = with(base(), |v| v["title"] = json!(""));
        assert_eq!(merge(&base(), &theirs, &ops), Ok(Outcome::Converged));
    }

    #[test]
    fn value_filtered_paths_compare_only_the_items_they_select() {
        let theirs = with(base(), |v| {
            v["phoneNumbers"][1]["value"] = json!("+442999999999")
        });
        let ops = [replace(
            "phoneNumbers[type eq \"mobile\"].value",
            json!("+447700900000"),
        )];
        assert_eq!(merge(&base(), &theirs, &ops), Ok(Outcome::Resend));
        let theirs = with(base(), |v| {
            v["phoneNumbers"][0]["value"] = json!("+447000000001")
        });
        assert!(matches!(
            merge(&base(), &theirs, &ops),
            Ok(Outcome::Conflict { .. })
        ));
    }

    #[test]
    fn a_mobile_number_the_base_lacked_merges_with_an_office_change_and_meets_another_mobile() {
        let base = with(base(), |v| {
            v["phoneNumbers"] = json!([{"type": "work", "value": "+442000000000"}])
        });
        let ops = [replace(
            "phoneNumbers[type eq \"mobile\"].value",
            json!("+447700900000"),
        )];
        let theirs = with(base.clone(), |v| {
            v["phoneNumbers"][0]["value"] = json!("+442999999999")
        });
        assert_eq!(merge(&base, &theirs, &ops), Ok(Outcome::Resend));
        let theirs = with(
            base.clone(),
            |v| v["phoneNumbers"] = json!([{"type": "work", "value": "+442000000000"}, {"type": "mobile", "value": "+447700900001"}]),
        );
        assert!(matches!(
            merge(&base, &theirs, &ops),
            Ok(Outcome::Conflict { .. })
        ));
        let theirs = with(base.clone(), |v| {
            v["phoneNumbers"] = json!([{"type": "mobile", "value": "+447700900000"}])
        });
        assert_eq!(merge(&base, &theirs, &ops), Ok(Outcome::Converged));
    }

    #[test]
    fn a_mobile_cleared_then_set_again_meets_the_same_number_set_on_the_servers_item() {
        let base =
            with(
                base(),
                |v| {
                    v["phoneNumbers"] =
                        json!([{"type": "mobile", "value": "+4915123456789", "primary": true}])
                },
            );
        let ops = [
            json!({"op": "remove", "path": "phoneNumbers[type eq \"mobile\"]"}),
            replace(
                "phoneNumbers[type eq \"mobile\"].value",
                json!("+4915123456780"),
            ),
        ];
        let theirs = with(base.clone(), |v| {
            v["phoneNumbers"][0]["value"] = json!("+4915123456780")
        });
        assert_eq!(merge(&base, &theirs, &ops), Ok(Outcome::Converged));
        assert_eq!(arrived(&base, &theirs, &ops), Ok(true));
        let theirs = with(base.clone(), |v| {
            v["phoneNumbers"][0]["value"] = json!("+4915123456781")
        });
        assert_eq!(
            merge(&base, &theirs, &ops),
            Ok(Outcome::Conflict {
                base: json!(["+4915123456789"]),
                mine: json!(["+4915123456780"]),
                theirs: json!(["+4915123456781"]),
            })
        );
        let theirs = with(base.clone(), |v| v["phoneNumbers"] = json!([]));
        assert!(matches!(
            merge(&base, &theirs, &ops),
            Ok(Outcome::Conflict { .. })
        ));
        let cleared_last = [ops[1].clone(), ops[0].clone()];
        assert_eq!(merge(&base, &theirs, &cleared_last), Ok(Outcome::Converged));
    }

    #[test]
    fn extension_attributes_are_found_under_their_schema() {
        let badge = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber";
        let theirs = with(base(), |v| {
            v["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"] =
                json!({"employeeNumber": "B-2"})
        });
        let ops = [replace(badge, json!("B-1"))];
        assert_eq!(
            merge(&base(), &theirs, &ops),
            Ok(Outcome::Conflict {
                base: Value::Null,
                mine: json!("B-1"),
                theirs: json!("B-2"),
            })
        );
    }

    #[test]
    fn roles_never_merge_with_a_change_of_account_type() {
        // The server made the user Internal (no roles); the admin offline gave them another role.
        let theirs = with(base(), |v| v[EXT]["accountType"] = json!("internal"));
        let ops = [replace("roles", json!([{"value": "r1"}, {"value": "r2"}]))];
        assert!(matches!(
            merge(&base(), &theirs, &ops),
            Ok(Outcome::Conflict { .. })
        ));
        // An unguarded change on the server does not hold a guarded edit back.
        let theirs = with(base(), |v| v["title"] = json!("Lead"));
        assert_eq!(merge(&base(), &theirs, &ops), Ok(Outcome::Resend));
    }

    #[test]
    fn a_deactivation_meets_a_status_edit_as_a_conflict() {
        let path = format!("{EXT}:status");
        let theirs = with(base(), |v| {
            v["active"] = json!(false);
            v[EXT]["status"] = json!("inactive");
        });
        let ops = [replace(&path, json!("invited"))];
        assert!(matches!(
            merge(&base(), &theirs, &ops),
            Ok(Outcome::Conflict { .. })
        ));
        assert!(is_guarded(&PatchPath::parse(&path).expect("path")));
        assert!(is_guarded(
            &PatchPath::parse("urn:ietf:params:scim:schemas:core:2.0:User:active").expect("path")
        ));
        assert!(!is_guarded(&PatchPath::parse("title").expect("path")));
    }

    #[test]
    fn an_edit_whose_reply_was_lost_is_recognised_in_the_servers_value() {
        let sent = [replace("name.familyName", json!("King"))];
        let theirs = with(base(), |v| v["name"]["familyName"] = json!("King"));
        assert_eq!(arrived(&base(), &theirs, &sent), Ok(true));
        assert_eq!(arrived(&base(), &base(), &sent), Ok(false));
        let other = with(base(), |v| v["name"]["familyName"] = json!("Byron"));
        assert_eq!(arrived(&base(), &other, &sent), Ok(false));
    }

    #[test]
    fn an_operation_without_a_path_is_refused() {
        let ops = [json!({"op": "replace", "value": {"title": "x"}})];
        assert!(merge(&base(), &base(), &ops).is_err());
    }

    mod rebasing {
        use super::*;
        use proptest::prelude::*;

        /// The fields the properties edit: (field, path of a set, path of a clear).
        const FIELDS: [(&str, &str, &str); 3] = [
            ("title", "title", "title"),
            ("first_name", "name.givenName", "name.givenName"),
            (
                "mobile_phone",
                "phoneNumbers[type eq \"mobile\"].value",
                "phoneNumbers[type eq \"mobile\"]",
            ),
        ];
        /// The values a field may take; `None` clears it.
        const VALUES: [Option<&str>; 3] = [Some("+4915123456789"), Some("+4915123456780"), None];

        fn operation(field: usize, value: usize) -> Value {
            let (_, set, clear) = FIELDS[field];
            match VALUES[value] {
                Some(v) => json!({"op": "replace", "path": set, "value": v}),
                None => json!({"op": "remove", "path": clear}),
            }
        }

        /// `resource` with `ops` applied as they are sent.
        fn applied(resource: &Value, ops: &[Value]) -> Value {
            apply_fitted(resource, ops).expect("the operations apply")
        }

        fn resource(values: &[usize]) -> Value {
            let ops: Vec<Value> = values
                .iter()
                .enumerate()
                .map(|(f, v)| operation(f, *v))
                .collect();
            applied(
                &json!({"schemas": [crate::scim::USER_SCHEMA], "userName": "a@example.org"}),
                &ops,
            )
        }

        fn seqs(decisions: &[Decision]) -> Vec<i64> {
            let mut all: Vec<i64> = decisions
                .iter()
                .flat_map(|d| match d {
                    Decision::Delivered { seq } => vec![*seq],
                    Decision::Converged { seqs, .. }
                    | Decision::Resend { seqs }
                    | Decision::StillInConflict { seqs }
                    | Decision::Conflict { seqs, .. }
                    | Decision::Unmergeable { seqs, .. } => seqs.clone(),
                })
                .collect();
            all.sort_unstable();
            all
        }

        /// A base resource, the server's resource (some fields changed), and queued edits:
        /// (field, value, sent, in conflict).
        type Case = (
            Vec<usize>,
            Vec<Option<usize>>,
            Vec<(usize, usize, bool, bool)>,
        );

        fn case() -> impl Strategy<Value = Case> {
            (
                prop::collection::vec(0..VALUES.len(), FIELDS.len()),
                prop::collection::vec(prop::option::of(0..VALUES.len()), FIELDS.len()),
                prop::collection::vec(
                    (
                        0..FIELDS.len(),
                        0..VALUES.len(),
                        any::<bool>(),
                        any::<bool>(),
                    ),
                    0..8,
                ),
            )
        }

        fn queued(edits: &[(usize, usize, bool, bool)]) -> Vec<Queued> {
            edits
                .iter()
                .enumerate()
                .map(|(i, &(f, v, sent, in_conflict))| Queued {
                    seq: i64::try_from(i).unwrap_or_default() * 3 + 1,
                    field: FIELDS[f].0.to_owned(),
                    operation: operation(f, v),
                    sent: sent && i == 0,
                    in_conflict,
                })
                .collect()
        }

        proptest! {
            /// Every edit is named by exactly one decision, and a conflict always holds two
            /// different values.
            #[test]
            fn every_edit_gets_one_decision_and_conflicts_differ((base, changed, edits) in case()) {
                let theirs: Vec<usize> = base.iter().zip(&changed).map(|(b, c)| c.unwrap_or(*b)).collect();
                let queued = queued(&edits);
                let decisions = rebase(&resource(&base), &resource(&theirs), &queued);
                let mut expected: Vec<i64> = queued.iter().map(|q| q.seq).collect();
                expected.sort_unstable();
                prop_assert_eq!(seqs(&decisions), expected);
                for d in &decisions {
                    if let Decision::Conflict { mine, theirs, .. } = d {
                        prop_assert_ne!(mine, theirs);
                    }
                    prop_assert!(!matches!(d, Decision::Unmergeable { .. }), "{:?}", d);
                }
            }

            /// A field the server left alone is never a conflict: its edits are sent again (or
            /// wait in their open conflict, or already hold).
            #[test]
            fn a_field_the_server_left_alone_is_never_a_conflict((base, changed, edits) in case()) {
                let theirs: Vec<usize> = base.iter().zip(&changed).map(|(b, c)| c.unwrap_or(*b)).collect();
                let decisions = rebase(&resource(&base), &resource(&theirs), &queued(&edits));
                for d in &decisions {
                    if let Decision::Conflict { field, .. } = d {
                        let f = FIELDS.iter().position(|(name, _, _)| name == field).expect("field");
                        prop_assert_ne!(base[f], theirs[f], "{:?}", d);
                    }
                }
            }

            /// When the server already holds every edit's last value, nothing is a conflict and
            /// nothing is sent again.
            #[test]
            fn a_server_that_holds_what_the_admin_wanted_leaves_nothing_to_send((base, _changed, edits) in case()) {
                let base_resource = resource(&base);
                let queued = queued(&edits);
                let ops: Vec<Value> = queued.iter().map(|q| q.operation.clone()).collect();
                let theirs = applied(&base_resource, &ops);
                for d in rebase(&base_resource, &theirs, &queued) {
                    prop_assert!(
                        matches!(d, Decision::Converged { .. } | Decision::Delivered { .. }),
                        "{:?}", d
                    );
                }
            }
        }

        #[test]
        fn an_edit_sent_whose_answer_was_lost_is_delivered_and_the_next_merges_on_top_of_it() {
            let base = resource(&[0, 0, 0]);
            let sent = operation(0, 1);
            let theirs = applied(&base, std::slice::from_ref(&sent));
            let queued = vec![
                Queued {
                    seq: 1,
                    field: "title".into(),
                    operation: sent,
                    sent: true,
                    in_conflict: false,
                },
                Queued {
                    seq: 2,
                    field: "title".into(),
                    operation: operation(0, 2),
                    sent: false,
                    in_conflict: false,
                },
            ];
            assert_eq!(
                rebase(&base, &theirs, &queued),
                vec![
                    Decision::Delivered { seq: 1 },
                    Decision::Resend { seqs: vec![2] }
                ]
            );
        }
    }
}

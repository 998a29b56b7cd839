//! Hostile input at the command layer: whatever reaches `update_field` (pasted control
//! characters, 10,000-character strings, emoji, right-to-left text, unknown ids) is saved as core
//! reads it or refused with a translated message at that very field, and a refusal leaves the saved
//! profile exactly as it was.

use std::sync::Arc;

use proptest::prelude::*;
use userdesk_core::{Field, UserProfile};
use userdesk_i18n::Localizer;
use userdesk_sync::service::Publisher;

use super::profile::edit_field;
use crate::error::ErrorCode;
use crate::state::AppState;

struct Fixture {
    state: AppState,
    users: Vec<UserProfile>,
    _dir: tempfile::TempDir,
}

fn fixture(runtime: &tokio::runtime::Runtime) -> Fixture {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let i18n = Localizer::load().expect("the translations");
    let locale = i18n.negotiate(&["en-US"]);
    let work = runtime
        .block_on(crate::workspace::nothing_chosen(dir.path(), "en-US"))
        .expect("a workspace");
    let users = userdesk_core::demo::demo_users(4, 5, time::OffsetDateTime::now_utc());
    runtime
        .block_on(work.cache.upsert_users(&users))
        .expect("users in the cache");
    let publisher: Publisher = Arc::new(|_| {});
    let state = AppState::new(
        i18n,
        (locale, vec!["en-US".into()]),
        work,
        publisher,
        dir.path().to_owned(),
        false,
    );
    Fixture {
        state,
        users,
        _dir: dir,
    }
}

fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        "[\u{0}-\u{1f}a-z0-9 +]{0,16}",
        "[\u{590}-\u{6ff} ]{1,20}",
        "[😀-🙏👩‍💻 ]{1,8}",
        Just("x".repeat(10_000)),
        Just("+49 30 901820\u{202e}".to_owned()),
        Just("DE 030 901820".to_owned()),
        Just("true".to_owned()),
        Just(String::new()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_value_of_any_field_is_saved_as_core_reads_it_or_refused_at_that_field(
        edits in prop::collection::vec((0..Field::ALL.len(), 0..4usize, hostile()), 1..6),
    ) {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        let f = fixture(&runtime);
        for (field, user, value) in edits {
            let field = Field::ALL[field];
            let id = f.users[user].id;
            let before = runtime.block_on(f.state.cache().get_user(id)).expect("the user");
            let answer = runtime.block_on(edit_field(&f.state, &id.to_string(), field.as_str(), &value));
            let after = runtime.block_on(f.state.cache().get_user(id)).expect("the user");
            match answer {
                Ok(view) => {
                    // What the command answers is what the cache holds.
                    prop_assert_eq!(&view.profile, &after);
                }
                Err(e) => {
                    prop_assert_eq!(&before, &after, "a refusal changed {:?}", field);
                    prop_assert!(
                        matches!(e.code, ErrorCode::Invalid | ErrorCode::Taken),
                        "{:?} refused as {:?}", field, e.code
                    );
                    prop_assert_eq!(e.field, Some(field.as_str()), "{}", e.message);
                    // Translated, never a message id.
                    prop_assert!(!e.message.is_empty() && !e.message.starts_with("error-"), "{}", e.message);
                }
            }
        }
    }
}

//! A user's history on the profile: who changed what, before → after in words, when it was made
//! (an offline edit says so) and when it reached the server; paged, from the server when it
//! answers and from the cache otherwise. Edits not sent yet come first.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use tauri::State;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use userdesk_cache::HistoryCursor;
use userdesk_core::history::{Shown, action_label, describe};
use userdesk_core::{Field, Message};
use userdesk_sync::SyncError;
use userdesk_sync::service::OnlineError;

use super::parse_id;
use crate::error::AppError;
use crate::state::AppState;

/// Events per page.
const PAGE: u32 = 20;
/// An edit that reached the server this much later than it was made was made offline.
const OFFLINE_AFTER_SECONDS: i64 = 60;

#[derive(Debug, Deserialize)]
pub struct Cursor {
    pub server_time: String,
    pub event_id: String,
}

#[derive(Debug, Serialize)]
pub struct LineView {
    pub label: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct EntryView {
    pub id: String,
    pub who: String,
    pub action: String,
    pub lines: Vec<LineView>,
    /// When the admin made it (on their computer); None when the server was not told.
    pub made_at: Option<String>,
    pub reached_at: String,
    /// Made well before it reached the server: offline, or while the sync waited.
    pub made_offline: bool,
}

/// An edit of this user still waiting in this computer's outbox.
#[derive(Debug, Serialize)]
pub struct WaitingView {
    pub label: String,
    pub value: Option<String>,
    pub made_at: String,
}

#[derive(Debug, Serialize)]
pub struct HistoryView {
    pub waiting: Vec<WaitingView>,
    pub entries: Vec<EntryView>,
    /// Read from the server now; else what this computer kept (offline).
    pub from_server: bool,
    pub more: bool,
    /// Where the next page starts.
    pub next: Option<CursorView>,
}

#[derive(Debug, Serialize)]
pub struct CursorView {
    pub server_time: String,
    pub event_id: String,
}

fn shown(state: &AppState, s: Shown) -> Option<String> {
    match s {
        Shown::Text(t) => Some(t),
        Shown::Word(id) => Some(state.tr(&Message::new(id))),
        Shown::Nothing => None,
    }
}

fn parse_time(at: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(at, &Rfc3339).ok()
}

#[tauri::command]
pub async fn user_history(
    state: State<'_, AppState>,
    id: String,
    before: Option<Cursor>,
) -> Result<HistoryView, AppError> {
    let user = parse_id(&state, &id)?;
    let cache = state.cache();
    let fail = |e| AppError::from_cache(&state, e);
    let before = before.map(|c| HistoryCursor {
        server_time: c.server_time,
        event_id: c.event_id,
    });
    let at = |key: &'static str| AppError::message_at(&state, "history", key);
    let page = state
        .sync()
        .history(user, before.as_ref(), PAGE)
        .await
        .map_err(|e| match e {
            OnlineError::NotOffered | OnlineError::NotOnServer => at("history-not-offered"),
            OnlineError::Failed(SyncError::Server { status: 403, .. }) => at("history-denied"),
            OnlineError::Failed(e) => {
                tracing::warn!(error = %e, "the history could not be read");
                at("error-internal")
            }
        })?;
    let catalog = cache.roles().await.map_err(fail)?;
    let me = state.sync().account_email();
    let mut names: HashMap<String, String> = HashMap::new();
    let mut entries = Vec::with_capacity(page.events.len());
    for e in &page.events {
        let actor = e["actor"].as_str().unwrap_or_default().to_owned();
        let who = match names.get(&actor) {
            Some(n) => n.clone(),
            None => {
                let person = match cache.user_of_server_id(&actor, None).await.map_err(fail)? {
                    Some(local) => cache.get_user(local).await.ok(),
                    None => None,
                };
                let name = match person {
                    Some(p)
                        if me
                            .as_deref()
                            .is_some_and(|m| m.eq_ignore_ascii_case(p.email.as_str())) =>
                    {
                        state.tr(&Message::new("history-you"))
                    }
                    Some(p) => p.display_name(),
                    None => state.tr(&Message::new("history-someone")),
                };
                names.insert(actor.clone(), name.clone());
                name
            }
        };
        let action = e["action"].as_str().unwrap_or_default();
        let reached_at = e["serverTime"].as_str().unwrap_or_default().to_owned();
        let made_at = e["clientTime"].as_str().map(str::to_owned);
        let made_offline = match (
            made_at.as_deref().and_then(parse_time),
            parse_time(&reached_at),
        ) {
            (Some(made), Some(reached)) => (reached - made).whole_seconds() > OFFLINE_AFTER_SECONDS,
            _ => false,
        };
        entries.push(EntryView {
            id: e["id"].as_str().unwrap_or_default().to_owned(),
            who,
            action: match action_label(action) {
                Some(label) => state.tr(&Message::new(label)),
                None => action.to_owned(),
            },
            lines: describe(&e["changes"], &catalog)
                .into_iter()
                .map(|l| LineView {
                    label: state.tr(&Message::new(l.label)),
                    before: shown(&state, l.before),
                    after: shown(&state, l.after),
                })
                .collect(),
            made_at,
            reached_at,
            made_offline,
        });
    }
    // What waits is shown with the first page only.
    let waiting = if before.is_none() {
        cache
            .outbox(userdesk_cache::OutboxState::Pending)
            .await
            .map_err(fail)?
            .into_iter()
            .chain(
                cache
                    .outbox(userdesk_cache::OutboxState::Conflict)
                    .await
                    .map_err(fail)?,
            )
            .filter(|e| e.user_id == user)
            .map(|e| WaitingView {
                label: match (
                    Field::parse(&e.field),
                    action_label(e.field.strip_prefix("action:").unwrap_or(&e.field)),
                ) {
                    (Some(f), _) => state.tr(&Message::new(f.label())),
                    (None, Some(action)) => state.tr(&Message::new(action)),
                    (None, None) => e.field.clone(),
                },
                value: if e.kind == userdesk_cache::OutboxKind::Edit {
                    super::sync::shown_value(&state, &e.field, &e.operation["value"])
                } else {
                    None
                },
                made_at: e.made_at,
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(HistoryView {
        waiting,
        next: page
            .events
            .last()
            .and_then(HistoryCursor::after)
            .map(|c| CursorView {
                server_time: c.server_time,
                event_id: c.event_id,
            }),
        entries,
        from_server: page.from_server,
        more: page.more,
    })
}

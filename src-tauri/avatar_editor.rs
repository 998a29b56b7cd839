//! The avatar editor's session: the picture open in it (decoded once, kept while the editor is
//! open), and the files last dropped on the window.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use userdesk_avatar::Source;

/// The picture open in the editor, and the files last dropped on the window.
#[derive(Default)]
pub struct Editor {
    inner: Mutex<EditorState>,
}

#[derive(Default)]
struct EditorState {
    next: u64,
    open: Option<(u64, Arc<Source>)>,
    dropped: Vec<PathBuf>,
}

impl Editor {
    fn lock(&self) -> std::sync::MutexGuard<'_, EditorState> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Files dropped on the window (the window's drag-and-drop event): the UI decides whether the
    /// drop was on an avatar and then opens the first.
    pub fn dropped(&self, paths: Vec<PathBuf>) {
        self.lock().dropped = paths;
    }

    pub fn open(&self, source: Source) -> u64 {
        let mut s = self.lock();
        s.next += 1;
        let session = s.next;
        s.open = Some((session, Arc::new(source)));
        session
    }

    pub fn close(&self, session: u64) {
        let mut s = self.lock();
        if s.open.as_ref().is_some_and(|(open, _)| *open == session) {
            s.open = None;
        }
    }

    pub fn source(&self, session: u64) -> Option<Arc<Source>> {
        match &self.lock().open {
            Some((s, source)) if *s == session => Some(source.clone()),
            _ => None,
        }
    }

    /// The first of the files last dropped on the window.
    pub fn first_dropped(&self) -> Option<PathBuf> {
        self.lock().dropped.first().cloned()
    }
}

//! What the app holds while it runs: the translations and the chosen language, and what it works
//! on now (a workspace: the cache of one account server and the sync with it), which signing in to
//! another server or choosing the demo account replaces.

use std::sync::{Arc, RwLock};

use userdesk_cache::Cache;
use userdesk_core::Message;
use userdesk_i18n::Locale as LanguageIdentifier;
use userdesk_i18n::Localizer;

use userdesk_sync::SyncService;
use userdesk_sync::service::Publisher;

/// The cache of one account (a server, or the demo account) and the sync with it.
pub struct Workspace {
    pub cache: Cache,
    pub sync: SyncService,
    /// The demo account: our account server inside the app, with demo users.
    pub demo: bool,
}

pub struct AppState {
    pub i18n: Localizer,
    locale: RwLock<LanguageIdentifier>,
    /// The system's languages, most wanted first (what "System default" means).
    pub system_locales: Vec<String>,
    work: RwLock<Arc<Workspace>>,
    /// One sign-in or switch of workspace at a time.
    pub switching: tokio::sync::Mutex<()>,
    /// Told every change of the sync's status, whichever workspace it is of.
    pub publisher: Publisher,
    /// The data folder (the caches, account.json, the demo server).
    pub data_dir: std::path::PathBuf,
    /// Set when started for the start-up benchmark: exit once the first list row is drawn.
    pub exit_after_first_row: bool,
    /// The signed-in admin's powers as last seen (the window hears when a sync changes them).
    pub permissions: crate::powers::Watch,
    /// The picture open in the avatar editor, and the files last dropped on the window.
    pub avatars: crate::avatar_editor::Editor,
}

/// The app's language: the one chosen in My Account, else the nearest to the system's.
pub fn negotiate(i18n: &Localizer, chosen: Option<&str>, system: &[String]) -> LanguageIdentifier {
    match chosen {
        Some(tag) => i18n.negotiate(&[tag]),
        None => i18n.negotiate(&system.iter().map(String::as_str).collect::<Vec<_>>()),
    }
}

fn read<T>(l: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    l.read().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn write<T>(l: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    l.write().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl AppState {
    pub fn new(
        i18n: Localizer,
        (locale, system_locales): (LanguageIdentifier, Vec<String>),
        work: Workspace,
        publisher: Publisher,
        data_dir: std::path::PathBuf,
        exit_after_first_row: bool,
    ) -> Self {
        work.sync.on_status(publisher.clone());
        Self {
            i18n,
            locale: RwLock::new(locale),
            system_locales,
            work: RwLock::new(Arc::new(work)),
            switching: tokio::sync::Mutex::new(()),
            publisher,
            data_dir,
            exit_after_first_row,
            permissions: crate::powers::Watch::default(),
            avatars: crate::avatar_editor::Editor::default(),
        }
    }

    pub fn work(&self) -> Arc<Workspace> {
        read(&self.work).clone()
    }

    pub fn cache(&self) -> Cache {
        self.work().cache.clone()
    }

    pub fn sync(&self) -> SyncService {
        self.work().sync.clone()
    }

    pub fn demo(&self) -> bool {
        self.work().demo
    }

    /// From now on the app works on `work`; the previous workspace's sync stops (its cache stays
    /// on disk with whatever waits in it).
    pub fn replace(&self, work: Workspace) {
        work.sync.on_status(self.publisher.clone());
        work.sync.start();
        let old = std::mem::replace(&mut *write(&self.work), Arc::new(work));
        old.sync.stop();
        self.permissions.forget();
    }

    pub fn locale(&self) -> LanguageIdentifier {
        read(&self.locale).clone()
    }

    pub fn set_locale(&self, locale: LanguageIdentifier) {
        *write(&self.locale) = locale;
    }

    pub fn tr(&self, message: &Message) -> String {
        self.i18n.message(&self.locale(), message)
    }
}

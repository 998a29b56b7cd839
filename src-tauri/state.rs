//! What the app holds while it runs: the cache, the translations and the chosen language.

use userdesk_cache::Cache;
use userdesk_core::Message;
use userdesk_i18n::Locale as LanguageIdentifier;
use userdesk_i18n::Localizer;

pub struct AppState {
    pub cache: Cache,
    pub i18n: Localizer,
    pub locale: LanguageIdentifier,
    /// No account server is configured: the cache holds the demo account.
    pub demo: bool,
    pub sync: crate::sync::SyncService,
    /// The data folder (the cache, account.json, the demo server).
    pub data_dir: std::path::PathBuf,
    /// Set when started for the start-up benchmark: exit once the first list row is drawn.
    pub exit_after_first_row: bool,
}

impl AppState {
    pub fn tr(&self, message: &Message) -> String {
        self.i18n.message(&self.locale, message)
    }
}

//! What the app holds while it runs: the cache, the translations and the chosen language.

use userdesk_cache::Cache;
use userdesk_core::Message;
use userdesk_i18n::Locale as LanguageIdentifier;
use userdesk_i18n::Localizer;

pub struct AppState {
    pub cache: Cache,
    pub i18n: Localizer,
    pub locale: LanguageIdentifier,
    /// No account server is configured: the cache holds demo data.
    pub demo: bool,
    /// Set when started for the start-up benchmark: exit once the first list row is drawn.
    pub exit_after_first_row: bool,
}

impl AppState {
    pub fn tr(&self, message: &Message) -> String {
        self.i18n.message(&self.locale, message)
    }
}

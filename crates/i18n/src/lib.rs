//! Userdesk's translations. Every visible string, in the app and in the server's e-mails, is a
//! Fluent message from `locales/<lang>/*.ftl`, embedded at build time.

use std::collections::{BTreeMap, HashMap};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;
use userdesk_core::Message;

pub use unic_langid::LanguageIdentifier as Locale;

include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));

/// The language every message exists in; others fall back to it message by message.
pub const FALLBACK: &str = "en-US";

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("locale folder {0:?} is not a valid language tag")]
    BadTag(String),
    #[error("{locale}/{file} has syntax errors: {errors}")]
    Syntax {
        locale: String,
        file: String,
        errors: String,
    },
    #[error("{locale}/{file} defines a message twice: {errors}")]
    Duplicate {
        locale: String,
        file: String,
        errors: String,
    },
    #[error("the fallback locale {FALLBACK} is missing")]
    NoFallback,
}

pub struct Localizer {
    bundles: HashMap<LanguageIdentifier, FluentBundle<FluentResource>>,
    available: Vec<LanguageIdentifier>,
    fallback: LanguageIdentifier,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("available", &self.available)
            .finish()
    }
}

impl Localizer {
    /// Loads every embedded locale. Fails on any syntax error, so a broken file never ships.
    pub fn load() -> Result<Self, I18nError> {
        let mut bundles = HashMap::new();
        let mut available = Vec::new();
        for (tag, files) in EMBEDDED {
            let lang: LanguageIdentifier = tag
                .parse()
                .map_err(|_| I18nError::BadTag((*tag).to_owned()))?;
            let mut bundle = FluentBundle::new_concurrent(vec![lang.clone()]);
            // Arguments are names and dates from our own data; isolation marks would show up as
            // stray characters in inputs and window titles.
            bundle.set_use_isolating(false);
            for (file, source) in *files {
                let resource =
                    FluentResource::try_new((*source).to_owned()).map_err(|(_, errors)| {
                        I18nError::Syntax {
                            locale: (*tag).to_owned(),
                            file: (*file).to_owned(),
                            errors: format!("{errors:?}"),
                        }
                    })?;
                bundle
                    .add_resource(resource)
                    .map_err(|errors| I18nError::Duplicate {
                        locale: (*tag).to_owned(),
                        file: (*file).to_owned(),
                        errors: format!("{errors:?}"),
                    })?;
            }
            available.push(lang.clone());
            bundles.insert(lang, bundle);
        }
        let fallback: LanguageIdentifier = FALLBACK.parse().map_err(|_| I18nError::NoFallback)?;
        if !bundles.contains_key(&fallback) {
            return Err(I18nError::NoFallback);
        }
        Ok(Self {
            bundles,
            available,
            fallback,
        })
    }

    pub fn available(&self) -> &[LanguageIdentifier] {
        &self.available
    }

    /// The best available locale for what the person asked for (most preferred first).
    pub fn negotiate(&self, requested: &[&str]) -> LanguageIdentifier {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|r| {
                r.replace('_', "-")
                    .split('.')
                    .next()
                    .and_then(|s| s.parse().ok())
            })
            .collect();
        negotiate_languages(
            &requested,
            &self.available,
            Some(&self.fallback),
            NegotiationStrategy::Lookup,
        )
        .first()
        .map(|l| (*l).clone())
        .unwrap_or_else(|| self.fallback.clone())
    }

    /// Right-to-left scripts: Arabic and Hebrew.
    pub fn is_rtl(locale: &LanguageIdentifier) -> bool {
        matches!(locale.language.as_str(), "ar" | "he" | "fa" | "ur")
    }

    fn bundle_for(
        &self,
        locale: &LanguageIdentifier,
        id: &str,
    ) -> Option<&FluentBundle<FluentResource>> {
        [locale, &self.fallback]
            .into_iter()
            .filter_map(|l| self.bundles.get(l))
            .find(|b| b.has_message(id))
    }

    /// Formats message `id` in `locale` (falling back to en-US). Arguments that look like numbers
    /// are passed as numbers, so plural rules apply.
    pub fn format(&self, locale: &LanguageIdentifier, id: &str, args: &[(&str, String)]) -> String {
        self.format_inner(locale, id, args, true)
    }

    /// Like [`Localizer::format`], but every argument stays text: for codes such as `012345` and
    /// links, which must come out exactly as given.
    pub fn format_text(
        &self,
        locale: &LanguageIdentifier,
        id: &str,
        args: &[(&str, String)],
    ) -> String {
        self.format_inner(locale, id, args, false)
    }

    fn format_inner(
        &self,
        locale: &LanguageIdentifier,
        id: &str,
        args: &[(&str, String)],
        numbers: bool,
    ) -> String {
        let Some(bundle) = self.bundle_for(locale, id) else {
            tracing::warn!(id, "missing message");
            return id.to_owned();
        };
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value.parse::<f64>() {
                Ok(n) if numbers => fargs.set(*name, FluentValue::from(n)),
                _ => fargs.set(*name, FluentValue::from(value.as_str())),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(id, ?errors, "message formatted with errors");
        }
        text.into_owned()
    }

    pub fn message(&self, locale: &LanguageIdentifier, message: &Message) -> String {
        self.format(locale, message.id, &message.args)
    }

    /// The ids of every message in a locale's own files.
    pub fn message_ids(&self, locale: &LanguageIdentifier) -> Vec<String> {
        EMBEDDED
            .iter()
            .filter(|(tag, _)| tag.parse::<LanguageIdentifier>().ok().as_ref() == Some(locale))
            .flat_map(|(_, files)| files.iter())
            .filter_map(|(_, src)| FluentResource::try_new((*src).to_owned()).ok())
            .flat_map(|res| {
                res.entries()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// Every message of the locale (en-US filling the gaps) that needs no arguments: what the UI
    /// needs to draw its static text. Messages with arguments are formatted on request.
    pub fn all(&self, locale: &LanguageIdentifier) -> BTreeMap<String, String> {
        self.message_ids(&self.fallback)
            .into_iter()
            .filter_map(|id| {
                let bundle = self.bundle_for(locale, &id)?;
                let pattern = bundle.get_message(&id)?.value()?;
                let mut errors = Vec::new();
                let text = bundle
                    .format_pattern(pattern, None, &mut errors)
                    .into_owned();
                errors.is_empty().then_some((id, text))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod completeness;

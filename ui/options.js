// What the profile's pickers offer, the same for every profile and loaded once per language:
// how each field is drawn (core's label, limit and required, by field name), countries (named in
// the UI's language), languages (each in its own name), one's own settings.

import { api } from "./api.js";
import { currentLocale } from "./i18n.js";

let options = null;
/// The language changed: names of countries are read again.
export function forgetOptions() {
  options = null;
}

export async function profileOptions() {
  if (!options) {
    const raw = await api.profileOptions();
    const locale = currentLocale();
    const collator = new Intl.Collator(locale);
    let regions = null;
    try {
      regions = new Intl.DisplayNames([locale], { type: "region" });
    } catch {
      // Without display names, countries show by code.
    }
    const countries = raw.countries
      .map((c) => ({ code: c.code, calling: c.calling_code, name: regions?.of(c.code) ?? c.code }))
      .sort((a, b) => collator.compare(a.name, b.name));
    options = { fields: raw.fields, countries, languages: raw.languages, notifications: raw.notification_frequencies, presences: raw.presences };
  }
  return options;
}

// The country a new number starts with: the one of the admin's language, else the first.
export function homeCountry(countries) {
  let region = null;
  try {
    region = new Intl.Locale(currentLocale()).maximize().region;
  } catch {
    // No region known.
  }
  return countries.some((c) => c.code === region) ? region : countries[0]?.code ?? "US";
}


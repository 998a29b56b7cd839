// Text comes from the backend's Fluent bundles: static messages once at start, messages with
// arguments formatted on request (and remembered).

import { api } from "./api.js";

let messages = {};
let locale = "en-US";
const formatted = new Map();

export async function loadText() {
  const text = await api.uiText();
  formatted.clear();
  messages = text.messages;
  locale = text.locale;
  document.documentElement.lang = text.locale;
  document.documentElement.dir = text.dir;
  return text;
}

export function t(id) {
  return messages[id] ?? id;
}

export async function tf(id, args) {
  const key = id + "\u0000" + JSON.stringify(args);
  if (!formatted.has(key)) {
    const stringArgs = Object.fromEntries(Object.entries(args).map(([k, v]) => [k, String(v)]));
    formatted.set(key, await api.format(id, stringArgs));
  }
  return formatted.get(key);
}

export function currentLocale() {
  return locale;
}

export function translateStatic(root = document) {
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll("[data-i18n-aria]")) el.setAttribute("aria-label", t(el.dataset.i18nAria));
}

// Building an Intl formatter costs far more than using one (a list draws dozens of dates per
// frame): each is made once per language and style.
const formatters = new Map();
function formatter(kind, options) {
  const key = `${locale}\u0000${kind}\u0000${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl[kind](locale, options);
    formatters.set(key, f);
  }
  return f;
}

export function formatDate(iso, style = "medium") {
  if (!iso) return "";
  return formatter("DateTimeFormat", { dateStyle: style }).format(new Date(iso));
}

export function formatDateTime(iso) {
  if (!iso) return "";
  return formatter("DateTimeFormat", { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

export function formatRelative(iso) {
  const seconds = (new Date(iso).getTime() - Date.now()) / 1000;
  const rtf = formatter("RelativeTimeFormat", { numeric: "auto" });
  const units = [["year", 31536000], ["month", 2592000], ["week", 604800], ["day", 86400], ["hour", 3600], ["minute", 60]];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(0, "minute");
}

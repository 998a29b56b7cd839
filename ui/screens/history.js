// The user's history on the profile: edits not sent yet first, then what the server recorded,
// newest first, a page at a time ("Show older"). Offline, what this computer read last.

import { api } from "../api.js";
import { h } from "../dom.js";
import { t, tf, formatDateTime } from "../i18n.js";

function value(v, cls) {
  return v === null || v === undefined
    ? h("span", { class: `${cls} muted` }, t("history-not-set"))
    : h("bdi", { class: cls }, v);
}

async function entry(e) {
  const when = e.made_offline && e.made_at
    ? `${await tf("history-made-offline", { when: formatDateTime(e.made_at) })} · ${await tf("history-reached", { when: formatDateTime(e.reached_at) })}`
    : formatDateTime(e.reached_at);
  return h("li", { class: "history-entry", dataset: { event: e.id, offline: String(e.made_offline) } },
    h("div", { class: "history-head" }, h("strong", { dir: "auto" }, e.who), " ", e.action),
    e.lines.length ? h("ul", { class: "history-lines" }, ...e.lines.map((l) =>
      h("li", {}, h("span", { class: "history-label" }, l.label), " ",
        value(l.before, "history-before"), h("span", { class: "history-arrow", "aria-hidden": "true" }, " → "), value(l.after, "history-after")))) : null,
    h("div", { class: "history-when" }, when));
}

function waiting(w) {
  return h("li", { class: "history-entry waiting" },
    h("div", { class: "history-head" }, h("span", { class: "sync-pill sync-pending" }, t("history-waiting")), " ", w.label,
      w.value ? h("span", {}, " → ", h("bdi", { class: "history-after" }, w.value)) : null),
    h("div", { class: "history-when" }, `${formatDateTime(w.made_at)} · ${t("history-waiting-hint")}`));
}

// The first page last shown per user: a card drawn again (after a save or a sync) shows it at
// once, and the fresh page replaces it when it comes, so the history never flashes empty.
const shown = new Map();

/// The history card of `user`; it fills itself.
export function historyCard(user) {
  const list = h("ol", { class: "history", id: "history-list" });
  const note = h("div", { class: "field-hint", id: "history-note", role: "status" }, t("history-loading"));
  const older = h("button", { type: "button", class: "button secondary small", id: "history-older", hidden: true }, t("history-older"));
  const card = h("section", { class: "card", id: "profile-history" },
    h("h2", {}, t("profile-section-history")), note, list, h("div", { class: "button-row" }, older));
  let next = null;
  const draw = async (page, before) => {
    const items = [...(before ? [] : page.waiting.map(waiting))];
    for (const e of page.entries) items.push(await entry(e));
    if (before) list.append(...items);
    else list.replaceChildren(...items);
    next = page.next;
    older.hidden = !page.more;
    note.textContent = page.from_server ? "" : t("history-offline");
    if (!list.children.length) note.textContent = page.from_server ? t("history-empty") : t("history-offline");
  };
  const load = async (before) => {
    older.disabled = true;
    try {
      const page = await api.userHistory(user.id, before);
      if (!before) shown.set(user.id, page);
      await draw(page, before);
    } catch (err) {
      note.textContent = err.message ?? String(err);
    } finally {
      older.disabled = false;
    }
  };
  older.addEventListener("click", () => load(next));
  const known = shown.get(user.id);
  if (known) draw(known, null);
  load(null);
  return card;
}

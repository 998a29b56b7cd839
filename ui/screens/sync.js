// The Sync screen: where the sync stands, the conflicts side by side (keep mine, take theirs, per
// field or for the whole user), the edits the server refused with its reason (fix or discard), and
// the edits waiting to be sent.

import { api } from "../api.js";
import { h } from "../dom.js";
import { t, tf, formatDateTime, formatRelative } from "../i18n.js";
import { onSynced } from "../sync.js";
import { invalidateUsers } from "./users.js";

const FIELD_LABELS = {
  first_name: "field-first-name",
  last_name: "field-last-name",
  title: "field-title",
  badge_id: "field-badge",
  email: "field-email",
  active: "field-status",
};

function fieldLabel(field) {
  return t(FIELD_LABELS[field] ?? field);
}

function value(v) {
  return v === null || v === undefined || v === ""
    ? h("span", { class: "muted" }, t("value-cleared"))
    : h("bdi", {}, v);
}

/// Draws the Sync screen into `main`; answers the function that takes it down.
export function mountSync(main) {
  const stop = showSync(main);
  return stop;
}

function showSync(main) {
  const page = h("div", { class: "sync-page" });
  main.replaceChildren(
    h("header", { class: "page-head" }, h("div", { class: "title-block" }, h("h1", {}, t("sync-title")))),
    page);
  const refresh = () => render(page).catch((e) => page.replaceChildren(h("div", { class: "empty" }, e.message ?? String(e))));
  // Another sync may change the lists while the screen is open.
  const stop = onSynced(() => refresh());
  refresh().then(() => main.focus({ preventScroll: true }));
  return stop;
}

async function render(page) {
  const [changes, status] = await Promise.all([api.syncChanges(), api.syncStatus()]);
  page.replaceChildren(
    await statusCard(status),
    await conflictsCard(changes.conflicts, page),
    await rejectedCard(changes.rejected, page),
    await pendingCard(changes.pending, status),
  );
}

async function statusCard(s) {
  const state = s.online === false ? "offline" : s.online ? "online" : "connecting";
  return h("section", { class: "card sync-status", id: "sync-status" },
    h("div", { class: "sync-status-line" },
      h("span", { class: `dot dot-${state}`, "aria-hidden": "true" }),
      h("strong", { id: "sync-status-state" }, t(`sync-${state}`)),
      h("span", { class: "muted" }, s.last_sync ? await tf("sync-last", { when: formatRelative(s.last_sync) }) : t("sync-never")),
      h("button", { type: "button", class: "button", id: "sync-now-page", onclick: async (e) => {
        e.currentTarget.disabled = true;
        await api.syncNow();
      } }, t("sync-now"))),
    h("div", { class: "muted" }, `${t("sync-server")}: `, s.demo ? t("sync-demo-server") : h("span", { dir: "ltr" }, s.server ?? "")),
    s.problem ? h("div", { class: "sync-problem", role: "status" }, t(s.problem)) : null);
}

function userLink(id, name) {
  return name
    ? h("a", { href: `#/users/${id}`, class: "user-link", dir: "auto" }, name)
    : h("span", { class: "muted" }, t("sync-deleted-user"));
}

async function conflictsCard(conflicts, page) {
  const card = h("section", { class: "card", id: "sync-conflicts" },
    h("div", { class: "card-head" }, h("h2", {}, t("sync-conflicts-title"), countPill(conflicts.length, "alert"))));
  if (!conflicts.length) {
    card.append(h("p", { class: "muted" }, t("sync-conflicts-empty")));
    return card;
  }
  card.append(h("p", { class: "hint" }, t("sync-conflicts-hint")));
  const decide = async (id, field, choice) => {
    await api.resolveConflict(id, field, choice);
    invalidateUsers();
    await render(page);
  };
  // One block per user, one row per field.
  const byUser = new Map();
  for (const c of conflicts) {
    if (!byUser.has(c.user_id)) byUser.set(c.user_id, []);
    byUser.get(c.user_id).push(c);
  }
  for (const [id, list] of byUser) {
    const rows = [];
    for (const c of list) {
      const who = c.theirs_by
        ? await tf("sync-theirs-by", { who: c.theirs_by, when: formatDateTime(c.theirs_at) })
        : c.theirs_at ? await tf("sync-theirs-when", { when: formatDateTime(c.theirs_at) }) : "";
      rows.push(h("div", { class: "conflict-row", dataset: { user: id, field: c.field } },
        h("div", { class: "conflict-field" }, fieldLabel(c.field)),
        h("div", { class: "conflict-side mine" },
          h("div", { class: "side-label" }, t("sync-mine")),
          h("div", { class: "side-value" }, value(c.mine)),
          h("button", { type: "button", class: "button", dataset: { choice: "keep_mine" }, onclick: () => decide(id, c.field, "keep_mine") }, t("sync-keep-mine"))),
        h("div", { class: "conflict-side theirs" },
          h("div", { class: "side-label" }, t("sync-theirs")),
          h("div", { class: "side-value" }, value(c.theirs)),
          who ? h("div", { class: "side-who" }, who) : null,
          h("button", { type: "button", class: "button secondary", dataset: { choice: "take_theirs" }, onclick: () => decide(id, c.field, "take_theirs") }, t("sync-take-theirs")))));
    }
    const all = async (choice) => {
      for (const c of list) await api.resolveConflict(id, c.field, choice);
      invalidateUsers();
      await render(page);
    };
    card.append(h("div", { class: "conflict-user", dataset: { user: id } },
      h("div", { class: "conflict-user-head" },
        userLink(id, list[0].user_name),
        list.length > 1 ? h("span", { class: "conflict-all" },
          h("button", { type: "button", class: "link-button", onclick: () => all("keep_mine") }, t("sync-keep-all-mine")),
          h("button", { type: "button", class: "link-button", onclick: () => all("take_theirs") }, t("sync-take-all-theirs"))) : null),
      ...rows));
  }
  return card;
}

async function rejectedCard(rejected, page) {
  const card = h("section", { class: "card", id: "sync-rejected" },
    h("div", { class: "card-head" }, h("h2", {}, t("sync-rejected-title"), countPill(rejected.length, "alert"))));
  if (!rejected.length) {
    card.append(h("p", { class: "muted" }, t("sync-rejected-empty")));
    return card;
  }
  for (const r of rejected) {
    card.append(h("div", { class: "change-row rejected", dataset: { seq: r.seq } },
      h("div", { class: "change-main" },
        userLink(r.user_id, r.user_name), " · ", fieldLabel(r.field), ": ", value(r.value)),
      h("div", { class: "change-reason", role: "note" }, r.error ?? ""),
      h("div", { class: "change-actions" },
        r.user_name ? h("a", { class: "button", href: `#/users/${r.user_id}?field=${r.field}` }, t("sync-fix")) : null,
        h("button", { type: "button", class: "button secondary", dataset: { discard: r.seq }, onclick: async () => {
          await api.discardRejected(r.seq);
          invalidateUsers();
          await render(page);
        } }, t("sync-discard")))));
  }
  return card;
}

async function pendingCard(pending, status) {
  const card = h("section", { class: "card", id: "sync-pending" },
    h("div", { class: "card-head" }, h("h2", {}, t("sync-pending-title"), countPill(pending.length)),
      status.online === false && pending.length ? h("span", { class: "pill pill-invited" }, t("sync-pending-offline")) : null));
  if (!pending.length) {
    card.append(h("p", { class: "muted" }, t("sync-pending-empty")));
    return card;
  }
  for (const p of pending) {
    card.append(h("div", { class: "change-row", dataset: { seq: p.seq } },
      h("div", { class: "change-main" }, userLink(p.user_id, p.user_name), " · ", fieldLabel(p.field), ": ", value(p.value)),
      h("div", { class: "muted" }, await tf("sync-made", { when: formatDateTime(p.made_at) }))));
  }
  return card;
}

function countPill(n, kind = "") {
  return n ? h("span", { class: `pill inline pill-count ${kind}` }, String(n)) : null;
}

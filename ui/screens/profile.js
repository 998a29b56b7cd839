// The User profile page: every field of the profile; first name, last name, title, badge ID and
// e-mail address are edited in place and saved when the field is left.

import { api } from "../api.js";
import { h, avatar } from "../dom.js";
import { t, tf, formatDate, formatDateTime, formatRelative } from "../i18n.js";
import { invalidateUsers } from "./users.js";
import { openDialog } from "../components/dialog.js";
import { onSynced } from "../sync.js";

let unsubscribe = null;

const EDITABLE = [
  { field: "first_name", label: "field-first-name", required: true, max: 100, autocomplete: "off" },
  { field: "last_name", label: "field-last-name", required: true, max: 100, autocomplete: "off" },
  { field: "title", label: "field-title", required: false, max: 120, autocomplete: "off" },
  { field: "badge_id", label: "field-badge", required: false, max: 32, autocomplete: "off", mono: true },
];

// The e-mail address is the username: the next sign-in needs the new one.
const EMAIL = { field: "email", label: "field-email", required: true, max: 254, autocomplete: "off", type: "email", dir: "ltr", hint: "profile-email-hint" };

export async function showProfile(main, id, focusField) {
  if (unsubscribe) unsubscribe();
  main.replaceChildren(h("div", { class: "loading" }, t("users-loading")));
  let user;
  try {
    user = await api.getUser(id);
  } catch (e) {
    main.replaceChildren(backLink(), h("div", { class: "empty" }, h("div", { class: "empty-title" }, e.message ?? String(e))));
    return;
  }
  const page = h("div", { class: "profile" });
  main.replaceChildren(backLink(), page);
  await render(page, user);
  main.focus({ preventScroll: true });
  if (focusField) document.getElementById(`field-${focusField}`)?.focus();
  // A sync brought a change of this user (or sent the edits): show it, unless the admin is typing.
  unsubscribe = onSynced(async () => {
    if (!document.body.contains(page) || page.contains(document.activeElement)) return;
    try {
      await render(page, await api.getUser(id));
    } catch {
      // Gone from the server: the list says so.
    }
  });
}

function syncBanner(u) {
  if (!u.sync_state || u.sync_state === "synced") return null;
  return h("div", { class: `sync-banner sync-${u.sync_state}`, id: "profile-sync", role: "status", dataset: { sync: u.sync_state } },
    h("span", {}, t(`profile-sync-${u.sync_state}`)),
    h("a", { href: "#/sync", class: "link-button" }, t("profile-sync-open")));
}

function backLink() {
  return h("a", { class: "back", href: "#/users", id: "back-to-users" },
    h("span", { class: "back-arrow", "aria-hidden": "true" }, "←"), t("profile-back"));
}

async function render(page, user) {
  const header = h("section", { class: "card profile-head" });
  const fillHeader = async (u) => {
    header.replaceChildren(
      avatar(u.id, u.first_name, u.last_name, "lg"),
      h("div", { class: "who" },
        h("h1", { id: "profile-name", dir: "auto" }, `${u.first_name} ${u.last_name}`),
        h("div", { class: "sub", dir: "ltr" }, u.email),
        h("div", { class: "tags" },
          h("span", { class: `pill pill-${u.status}`, id: "profile-status" }, t(`status-${u.status}`)),
          h("span", { class: "pill pill-neutral" }, t(`type-${u.account_type}`)),
          u.single_sign_on ? h("span", { class: "pill pill-neutral" }, t("sso-yes")) : null)),
      h("div", { class: "head-meta" }, await statusLine(u)),
    );
  };
  await fillHeader(user);

  const saved = async (updated) => {
    user = updated;
    invalidateUsers();
    await fillHeader(updated);
    const banner = page.querySelector("#profile-sync");
    const fresh = syncBanner(updated);
    if (banner && fresh) banner.replaceWith(fresh);
    else if (banner) banner.remove();
    else if (fresh) header.after(fresh);
  };
  const personal = h("section", { class: "card" },
    h("div", { class: "card-head" },
      h("h2", {}, t("profile-section-personal")),
      h("span", { class: "hint" }, t("profile-edit-hint"))),
    h("div", { class: "form-grid" },
      ...EDITABLE.map((spec) => editableField(spec, user, saved))));

  const contact = h("section", { class: "card" },
    h("h2", {}, t("profile-section-contact")),
    h("div", { class: "form-grid single" }, editableField(EMAIL, user, saved)),
    h("dl", { class: "facts" },
      fact(t("field-mobile"), user.mobile_phone
        ? h("span", { class: "phone" },
          h("span", { dir: "ltr" }, user.mobile_display),
          h("span", { class: `pill ${user.mobile_phone.verified ? "pill-active" : "pill-neutral"}` },
            t(user.mobile_phone.verified ? "phone-verified" : "phone-unverified")))
        : notSet(), "mobile"),
      fact(t("field-office"), user.office_phone
        ? h("span", { dir: "ltr" }, user.office_display,
          user.office_phone.extension ? ` · ${t("field-extension")} ${user.office_phone.extension}` : "")
        : notSet(), "office"),
    ));

  const group = user.group.kind === "custom"
    ? h("span", {}, user.group.name, user.group.manager ? h("span", { class: "pill pill-neutral inline" }, t("group-manager")) : null)
    : t("group-default");
  const roles = user.account_type !== "config_admin"
    ? h("span", { class: "muted" }, t("roles-config-admin-only"))
    : user.role_names.length
      ? h("span", { class: "chips" }, ...user.role_names.map((r) => h("span", { class: "chip" }, r)))
      : h("span", { class: "muted" }, t("roles-none"));

  const account = h("section", { class: "card" },
    h("h2", {}, t("profile-section-account")),
    h("dl", { class: "facts" },
      fact(t("field-account-type"), t(`type-${user.account_type}`), "account-type"),
      fact(t("field-roles"), roles, "roles"),
      fact(t("field-group"), group, "group"),
      fact(t("field-status"), h("div", {},
        h("span", {}, h("span", { class: `pill pill-${user.status}` }, t(`status-${user.status}`)), " ", await statusLine(user)),
        emailActions(user, saved),
        statusActions(user, async (updated) => {
          invalidateUsers();
          await render(page, updated);
        })), "status"),
      fact(t("field-sso"), t(user.single_sign_on ? "sso-yes" : "sso-no"), "sso"),
      fact(t("field-since"), formatDate(user.created_at, "long"), "since"),
    ));

  const prefs = h("section", { class: "card" },
    h("h2", {}, t("profile-section-preferences")),
    h("dl", { class: "facts" },
      fact(t("field-language"), user.language_name ?? t("language-system"), "language"),
      fact(t("field-notifications"), t(`notif-${user.notification_frequency}`), "notifications"),
      fact(t("field-presence"), h("span", { class: `presence presence-${user.presence}` }, t(`presence-${user.presence}`)), "presence"),
    ));

  page.replaceChildren(header, syncBanner(user) ?? "", h("div", { class: "cards" }, personal, contact, account, prefs));
}

async function statusLine(u) {
  switch (u.status) {
    case "created": return tf("status-created-detail", { when: formatDateTime(u.created_at) });
    case "invited": return tf("status-invited-detail", { when: formatDateTime(u.invited_at) });
    case "inactive": return t("status-inactive-detail");
    default: {
      const parts = [await tf("status-active-detail", { when: formatDate(u.activated_at) })];
      if (u.last_active_at) {
        const minutes = (Date.now() - new Date(u.last_active_at).getTime()) / 60000;
        parts.push(minutes < 5 ? t("active-now") : await tf("last-active", { when: formatRelative(u.last_active_at) }));
      }
      return parts.join(" · ");
    }
  }
}

// The e-mails core says this user can be sent; each is queued like an edit and sent by the server
// once, after the next sync.
// What was last queued per user, so the note survives the page redrawing itself after a sync.
const queued = new Map();

function emailActions(user, onQueued) {
  if (!user.emails?.length) return null;
  const waiting = user.sync_state && user.sync_state !== "synced";
  const note = h("div", { class: "queued-note", id: "email-queued", role: "status" },
    queued.has(user.id) ? t(waiting ? "email-queued" : "email-handed-over") : "");
  const buttons = user.emails.map((kind) => {
    const label = kind === "activation" && user.status === "invited" ? "send-activation-again" : `send-${kind}`;
    const button = h("button", { type: "button", class: "button secondary small", id: `send-${kind}` }, t(label));
    button.addEventListener("click", async () => {
      button.disabled = true;
      note.classList.remove("error-text");
      try {
        const updated = await api.sendEmail(user.id, kind);
        queued.set(user.id, kind);
        note.textContent = t("email-queued");
        await onQueued(updated);
      } catch (err) {
        note.textContent = err.message ?? String(err);
        note.classList.add("error-text");
      } finally {
        button.disabled = false;
      }
    });
    return button;
  });
  return h("div", { class: "email-actions" }, h("div", { class: "button-row" }, ...buttons), note);
}

// Deactivate (after saying what it does) or reactivate: an edit of `active`, queued like any other.
function statusActions(user, onChanged) {
  const error = h("div", { class: "queued-note", id: "status-message", role: "status" });
  const change = async (active) => {
    try {
      await onChanged(await api.updateField(user.id, "active", String(active)));
    } catch (err) {
      error.textContent = err.message ?? String(err);
      error.classList.add("error-text");
    }
  };
  if (user.status === "inactive") {
    return h("div", { class: "email-actions" },
      h("button", { type: "button", class: "button secondary small", id: "reactivate", onclick: () => change(true) }, t("reactivate")),
      error);
  }
  const ask = async () => {
    const name = `${user.first_name} ${user.last_name}`;
    const confirm = h("button", { type: "button", class: "button danger", id: "deactivate-confirm" }, t("deactivate"));
    const cancel = h("button", { type: "button", class: "button secondary", id: "deactivate-cancel" }, t("add-user-cancel"));
    const body = h("form", { method: "dialog" },
      h("p", {}, await tf("deactivate-text", { name })),
      h("div", { class: "dialog-actions" }, cancel, confirm));
    const { close } = openDialog({ id: "deactivate-dialog", title: t("deactivate-title"), body });
    cancel.addEventListener("click", () => close());
    confirm.addEventListener("click", async () => {
      confirm.disabled = true;
      close();
      await change(false);
    });
    cancel.focus();
  };
  return h("div", { class: "email-actions" },
    h("button", { type: "button", class: "button secondary small danger-text", id: "deactivate", onclick: ask }, t("deactivate")),
    error);
}

function notSet() {
  return h("span", { class: "muted" }, t("value-not-set"));
}

function fact(label, value, key) {
  return h("div", { class: "fact", dataset: { fact: key } }, h("dt", {}, label), h("dd", {}, value));
}

function editableField(spec, user, onSaved) {
  const id = `field-${spec.field}`;
  let saved = user[spec.field] ?? "";
  const input = h("input", {
    id,
    name: spec.field,
    type: spec.type ?? "text",
    class: "input" + (spec.mono ? " mono" : ""),
    dir: spec.dir ?? "auto",
    autocomplete: spec.autocomplete,
    spellcheck: "false",
    maxlength: spec.max * 4,
    "aria-describedby": spec.hint ? `${id}-message ${id}-hint` : `${id}-message`,
    "aria-required": spec.required ? "true" : null,
  });
  input.value = saved;
  const status = h("span", { class: "save-state", id: `${id}-state`, "aria-live": "polite" });
  const marker = h("span", { class: "field-sync", id: `${id}-sync` });
  const mark = (u) => {
    const s = u.field_states?.[spec.field];
    marker.className = s ? `field-sync sync-pill sync-${s}` : "field-sync";
    marker.textContent = s ? t(`sync-state-${s}`) : "";
    marker.dataset.sync = s ?? "synced";
  };
  mark(user);
  const message = h("div", { class: "field-message", id: `${id}-message` });

  const clearError = () => {
    input.removeAttribute("aria-invalid");
    message.replaceChildren();
    message.classList.remove("error");
  };
  const restore = () => {
    input.value = saved;
    clearError();
  };

  const save = async () => {
    if (input.value === saved) {
      clearError();
      return;
    }
    status.textContent = t("saving");
    status.className = "save-state busy";
    try {
      const updated = await api.updateField(user.id, spec.field, input.value);
      saved = updated[spec.field] ?? "";
      input.value = saved;
      clearError();
      status.textContent = t("saved");
      status.className = "save-state ok";
      setTimeout(() => { if (status.classList.contains("ok")) status.textContent = ""; }, 2500);
      mark(updated);
      await onSaved(updated);
    } catch (e) {
      status.textContent = "";
      status.className = "save-state";
      input.setAttribute("aria-invalid", "true");
      message.classList.add("error");
      const lastSaved = saved === "" ? t("value-not-set") : saved;
      message.replaceChildren(
        h("span", { class: "error-text", role: "alert" }, e.message ?? String(e)),
        h("span", { class: "last-saved" },
          `${t("last-saved")}: `, h("bdi", {}, lastSaved), " · ",
          h("button", { type: "button", class: "link-button", onclick: () => { restore(); input.focus(); } }, t("restore-saved"))),
      );
    }
  };

  input.addEventListener("blur", save);
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      input.blur();
    } else if (e.key === "Escape") {
      restore();
    }
  });

  return h("div", { class: "field" + (spec.required ? " required" : "") },
    h("div", { class: "label-row" },
      h("label", { for: id }, t(spec.label), spec.required ? h("span", { class: "req", title: t("field-required") }, " *") : null),
      marker,
      status),
    input,
    spec.hint ? h("div", { class: "field-hint", id: `${id}-hint` }, t(spec.hint)) : null,
    message);
}

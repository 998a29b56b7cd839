// The User profile page: every field of the profile. Names, title, badge ID, e-mail address,
// phones, extension and language are edited in place (<ud-field>) and saved when the field is left.

import { api } from "../api.js";
import { h } from "../dom.js";
import { avatarBlock } from "../components/avatar-picker.js";
import { t, tf, currentLocale, formatDate, formatDateTime, formatRelative } from "../i18n.js";
import { invalidateUsers } from "./users.js";
import { openDialog } from "../components/dialog.js";
import { EditableField } from "../components/field.js";
import { statusBadge } from "../components/status-badge.js";
import { openPhoneVerification } from "./verify-phone.js";
import { openRolesEditor } from "./edit-roles.js";
import { confirmDeactivation } from "./user-actions.js";
import { lastStatus, onPermissions, onSynced } from "../sync.js";
import { historyCard } from "./history.js";
import { profileOptions, homeCountry } from "../options.js";

// A field's label, limit and whether it is required come from core (profileOptions().fields);
// what is written here is only how the page draws it.
const text = (field, extra = {}) => ({ field, read: (u) => u[field] ?? "", ...extra });

const PERSONAL = [
  text("first_name"),
  text("last_name"),
  text("title"),
  text("badge_id", { mono: true }),
];

// The e-mail address is the username: the next sign-in needs the new one. The demo account signs
// itself in with its owner's, which therefore stays.
const EMAIL = text("email", {
  type: "email", dir: "ltr", hint: "profile-email-hint",
  disabled: (u) => (u.is_self && lastStatus()?.demo ? t("account-username-demo") : null),
});

function phoneSpec(field, value, display, countries) {
  const home = homeCountry(countries);
  return {
    field, kind: "phone", countries,
    read: (u) => u[value] ?? "",
    describe: (u) => u[display] ?? "",
    home,
  };
}

function languageSpec(languages) {
  return {
    field: "language", kind: "select",
    read: (u) => u.language ?? "system",
    describe: (u) => u.language_name ?? t("language-system"),
    options: (u) => {
      const list = [
        { value: "system", label: t("language-system") },
        ...languages.map((l) => ({ value: l.tag, label: l.name, lang: l.tag })),
      ];
      // A language the server keeps without a translation here (an identity provider's `nl-NL`)
      // stays shown as it is; the app reads and mails it in the nearest supported locale.
      if (u.language && !languages.some((l) => l.tag === u.language)) {
        list.push({ value: u.language, label: u.language_name ?? u.language, lang: u.language });
      }
      return list;
    },
  };
}

// The user's group: the default group or one of the account's custom groups (a group the catalog
// does not list yet stays shown); and whether they manage it.
function groupSpec(groups) {
  return {
    field: "group", kind: "select",
    read: (u) => (u.group.kind === "custom" ? u.group.id : ""),
    describe: (u) => (u.group.kind === "custom" ? u.group.name : t("group-default")),
    options: (u) => {
      const list = [{ value: "", label: t("group-default") }, ...groups.map((g) => ({ value: g.id, label: g.name }))];
      if (u.group.kind === "custom" && !groups.some((g) => g.id === u.group.id)) list.push({ value: u.group.id, label: u.group.name });
      return list;
    },
  };
}

const MANAGER = {
  field: "group_manager", kind: "select",
  read: (u) => String(u.group.kind === "custom" && u.group.manager),
  describe: (u) => t(u.group.kind === "custom" && u.group.manager ? "answer-yes" : "answer-no"),
  options: () => [{ value: "false", label: t("answer-no") }, { value: "true", label: t("answer-yes") }],
  disabled: (u) => (u.group.kind === "custom" ? null : t("group-manager-default-hint")),
};

// The account type: the types this account may not become are shown disabled with the reason;
// one's own type is not editable. One-time completion that becomes a full account asks whether
// to send the activation e-mail now.
function accountTypeSpec() {
  return {
    field: "account_type", kind: "select", permission: "account_type",
    read: (u) => u.account_type,
    describe: (u) => t(`type-${u.account_type}`),
    disabled: (u) => (u.is_self ? t("account-type-own-hint") : null),
    options: (u) => u.account_types.map((o) => ({
      value: o.value, label: t(`type-${o.value}`), disabled: !o.allowed, reason: o.allowed ? null : t("error-account-type-one-time"),
    })),
    afterSave: async (before, after) => {
      if (before.account_type === "one_time_completion" && after.account_type !== before.account_type) {
        await askForActivation(after);
      }
    },
  };
}

async function askForActivation(user) {
  const send = h("button", { type: "button", class: "button", id: "ask-activation-send" }, t("ask-activation-send"));
  const later = h("button", { type: "button", class: "button secondary", id: "ask-activation-later" }, t("ask-activation-later"));
  const note = h("div", { class: "field-message error", role: "alert" });
  const body = h("form", { method: "dialog" },
    h("p", {}, await tf("ask-activation-text", { name: user.display_name })),
    note,
    h("div", { class: "dialog-actions" }, later, send));
  const { close } = openDialog({ id: "ask-activation", title: t("ask-activation-title"), body });
  later.addEventListener("click", () => close());
  send.addEventListener("click", async () => {
    send.disabled = true;
    try {
      const updated = await api.sendEmail(user.id, "activation");
      queued.set(user.id, "activation");
      close();
      announce(updated);
    } catch (err) {
      send.disabled = false;
      note.replaceChildren(h("span", { class: "error-text" }, err.message ?? String(err)));
    }
  });
  send.focus();
}

/// Draws the profile of `id` into `main` (focusing `field` when given); answers the function that
/// takes it down (it stops listening for syncs).
export function mountProfile(main, { id, field }) {
  const life = { down: false, stop: null };
  showProfile(main, id, field, life);
  return () => {
    life.down = true;
    life.stop?.();
  };
}

async function showProfile(main, id, focusField, life) {
  main.replaceChildren(h("div", { class: "loading" }, t("users-loading")));
  let user;
  let choices;
  try {
    let groups;
    [user, choices, groups] = await Promise.all([api.getUser(id), profileOptions(), api.groupCatalog()]);
    choices = { ...choices, groups };
  } catch (e) {
    main.replaceChildren(backLink(), h("div", { class: "empty" }, h("div", { class: "empty-title" }, e.message ?? String(e))));
    return;
  }
  const page = h("div", { class: "profile" });
  // The fields live as long as the page: a redraw hands them the newest user.
  const fields = new Map();
  const field = (spec, u) => {
    let el = fields.get(spec.field);
    if (el) el.update(u);
    else {
      // What the signed-in admin may not do (core's policy) restricts the field, with the reason.
      const own = spec.disabled;
      const restricted = { ...choices.fields[spec.field], ...spec, restricted: (x) => x.denied?.[spec.permission ?? "edit"] ?? null, disabled: (x) => own?.(x) ?? null };
      el = EditableField.create(restricted, u, (value) => api.updateField(id, spec.field, value));
      fields.set(spec.field, el);
    }
    return el;
  };
  const ctx = { field, choices };
  const draw = (u) => render(page, u, ctx);
  ctx.redraw = async (u) => {
    invalidateUsers();
    await draw(u);
  };
  // Everything but the fields (which keep their own state) follows `u` at once.
  const refreshAround = (u, except) => {
    refreshHead(page, u);
    for (const f of fields.values()) if (f !== except) f.update(u);
    page.querySelector("#mobile-slot")?.replaceChildren(mobileState(u, ctx) ?? "");
    page.querySelector("#profile-roles dd")?.replaceChildren(rolesOf(u));
    accountCard(u, ctx.redraw).then((card) => page.querySelector("#profile-account")?.replaceWith(card));
    // What now waits to be sent shows in the history at once.
    page.querySelector("#profile-history")?.replaceWith(historyCard(u));
  };
  page.addEventListener("ud-saved", (e) => {
    invalidateUsers();
    refreshAround(e.detail, e.target);
  });
  main.replaceChildren(backLink(), page);
  await draw(user);
  main.focus({ preventScroll: true });
  if (focusField) document.getElementById(`field-${focusField}`)?.focus();
  if (life.down) return;
  const refresh = async () => {
    try {
      const fresh = await api.getUser(id);
      // While the admin is typing only the fields learn what changed (a permission taken away
      // restricts them at once); what is typed stays.
      if (page.contains(document.activeElement)) refreshAround(fresh, null);
      else await draw(fresh);
    } catch {
      // Gone from the server: the list says so.
    }
  };
  // A sync brought a change of this user (or sent the edits), or changed what the signed-in
  // admin may do.
  const stops = [onSynced(refresh), onPermissions(refresh)];
  life.stop = () => stops.forEach((stop) => stop());
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

async function head(user) {
  // A new avatar is a saved edit like any field's: the page redraws around it.
  const saved = (u) => document.getElementById("profile-head")
    ?.dispatchEvent(new CustomEvent("ud-saved", { bubbles: true, detail: u }));
  return h("section", { class: "card profile-head", id: "profile-head" },
    avatarBlock(user, saved),
    h("div", { class: "who" },
      h("h1", { id: "profile-name", dir: "auto" }, user.display_name),
      h("div", { class: "sub", dir: "ltr" }, user.email),
      h("div", { class: "tags" },
        statusBadge(user.status, { id: "profile-status" }),
        h("span", { class: "pill pill-neutral" }, t(`type-${user.account_type}`)),
        user.single_sign_on ? h("span", { class: "pill pill-neutral" }, t("sso-yes")) : null)),
    h("div", { class: "head-meta" }, await statusLine(user)));
}

// After a field was saved: the header and the sync banner follow; the fields stay as they are, so
// the focus moves on undisturbed.
async function refreshHead(page, user) {
  const fresh = await head(user);
  page.querySelector("#profile-head")?.replaceWith(fresh);
  const banner = page.querySelector("#profile-sync");
  const next = syncBanner(user);
  if (banner && next) banner.replaceWith(next);
  else if (banner) banner.remove();
  else if (next) fresh.after(next);
}

async function render(page, user, ctx) {
  const { field, choices, redraw } = ctx;
  const header = await head(user);
  const personal = h("section", { class: "card" },
    h("div", { class: "card-head" },
      h("h2", {}, t("profile-section-personal")),
      h("span", { class: "hint" }, t("profile-edit-hint"))),
    h("div", { class: "form-grid" }, ...PERSONAL.map((spec) => field(spec, user))));

  const mobile = field(phoneSpec("mobile_phone", "mobile_value", "mobile_display", choices.countries), user);
  const office = field(phoneSpec("office_phone", "office_value", "office_display", choices.countries), user);
  const extension = field(text("office_extension", {
    read: (u) => u.office_phone?.extension ?? "",
    inputmode: "numeric", dir: "ltr",
    disabled: (u) => (u.office_phone ? null : t("extension-needs-phone")),
  }), user);
  const contact = h("section", { class: "card" },
    h("h2", {}, t("profile-section-contact")),
    h("div", { class: "form-grid single" }, field(EMAIL, user)),
    h("div", { class: "form-grid single" }, mobile, h("div", { id: "mobile-slot" }, mobileState(user, ctx))),
    h("div", { class: "form-grid phone-row" }, office, extension));

  const account = await accountCard(user, redraw);
  const more = h("section", { class: "card more-options" },
    h("details", { id: "more-options", open: true },
      h("summary", {}, h("h2", {}, t("profile-more-options"))),
      h("div", { class: "form-grid" }, field(groupSpec(choices.groups), user), field(MANAGER, user)),
      h("div", { class: "form-grid single" }, field(accountTypeSpec(), user)),
      h("dl", { class: "facts", id: "profile-roles" }, fact(t("field-roles"), rolesOf(user), "roles"))));

  const prefs = h("section", { class: "card" },
    h("h2", {}, t("profile-section-preferences")),
    h("div", { class: "form-grid single" }, field(languageSpec(choices.languages), user)),
    h("dl", { class: "facts" },
      fact(t("field-notifications"), t(`notif-${user.notification_frequency}`), "notifications"),
      fact(t("field-presence"), h("span", { class: `presence presence-${user.presence}` }, t(`presence-${user.presence}`)), "presence"),
    ));

  page.replaceChildren(header, syncBanner(user) ?? "", h("div", { class: "cards" }, personal, contact, account, prefs, more, historyCard(user)));
}

// The roles of a Config admin, and the editor for them (not for one's own roles).
function rolesOf(user) {
  if (user.account_type !== "config_admin") return h("span", { class: "muted" }, t("roles-config-admin-only"));
  const held = user.role_names.length
    ? h("span", { class: "chips", id: "profile-role-chips" }, ...user.role_names.map((r) => h("span", { class: "chip" }, r)))
    : h("span", { class: "muted", id: "profile-role-chips" }, t("roles-none"));
  const edit = user.is_self
    ? h("div", { class: "field-hint" }, t("roles-own-hint"))
    : user.denied?.roles
      ? h("div", { class: "field-hint", id: "roles-denied" }, user.denied.roles)
      : h("button", { type: "button", class: "button secondary small", id: "edit-roles", onclick: () => openRolesEditor(user, announce) }, t("roles-edit"));
  return h("div", { class: "roles-fact" }, held, edit);
}

// Tells the open profile that `user` was saved by a dialog, as a field would.
function announce(user) {
  document.querySelector(".profile")?.dispatchEvent(new CustomEvent("ud-saved", { detail: user }));
}

// The account's group, status panel (with its e-mail and status actions), sign-in and "Since".
async function accountCard(user, redraw) {
  return h("section", { class: "card", id: "profile-account" },
    h("h2", {}, t("profile-section-account")),
    h("dl", { class: "facts" },
      fact(t("field-status"), h("div", {},
        h("span", {}, statusBadge(user.status), " ", await statusLine(user)),
        user.denied?.email ? null : emailActions(user, redraw),
        user.is_self ? null : user.denied?.status
          ? h("div", { class: "field-hint", id: "status-denied" }, user.denied.status)
          : statusActions(user, redraw)), "status"),
      fact(t("field-sso"), t(user.single_sign_on ? "sso-yes" : "sso-no"), "sso"),
      fact(t("field-since"), formatDate(user.created_at, "long"), "since"),
    ));
}

// Beside the mobile number: whether it is verified, and the way to verify it.
function mobileState(user, { redraw, choices }) {
  if (!user.mobile_phone) return null;
  const verified = user.mobile_phone.verified;
  return h("div", { class: "phone-state", id: "mobile-state" },
    h("span", { class: `pill ${verified ? "pill-active" : "pill-neutral"}`, id: "mobile-verified", dataset: { verified: String(verified) } },
      t(verified ? "phone-verified" : "phone-unverified")),
    verified ? null : h("button", {
      type: "button", class: "button secondary small", id: "verify-phone",
      onclick: () => openPhoneVerification(user, choices.countries, redraw),
    }, t("verify-phone")));
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
    if (await confirmDeactivation(user)) await change(false);
  };
  return h("div", { class: "email-actions" },
    h("button", { type: "button", class: "button secondary small danger-text", id: "deactivate", onclick: ask }, t("deactivate")),
    error);
}

function fact(label, value, key) {
  return h("div", { class: "fact", dataset: { fact: key } }, h("dt", {}, label), h("dd", {}, value));
}

// My Account: the signed-in person's own names and username (edited in place like any profile
// field), their password (the current one required, checked by the server), their notification
// and presence settings, the language of this app (switches at once, remembered on this computer),
// and sign-out.

import { api } from "../api.js";
import { h } from "../dom.js";
import { avatarBlock } from "../components/avatar-picker.js";
import { t } from "../i18n.js";
import { EditableField } from "../components/field.js";
import { profileOptions } from "../options.js";
import { invalidateUsers } from "./users.js";
import { startAfresh } from "../sync.js";

// Labels, limits and required come from core (profileOptions().fields).
const text = (field, extra = {}) => ({ field, read: (u) => u[field] ?? "", ...extra });

const NAMES = [text("first_name"), text("last_name")];
const USERNAME = text("email", { type: "email", dir: "ltr", hint: "account-username-hint" });

function choice(field, values, prefix) {
  return {
    field, kind: "select",
    read: (u) => u[field],
    describe: (u) => t(`${prefix}-${u[field]}`),
    options: () => values.map((v) => ({ value: v, label: t(`${prefix}-${v}`) })),
  };
}

/// Draws My Account into `root`; answers the function that takes it down (nothing to stop: its
/// fields save by themselves).
export function mountAccount(root) {
  showAccount(root);
  return () => {};
}

async function showAccount(root) {
  root.replaceChildren(h("div", { class: "loading" }, t("users-loading")));
  let me;
  let choices;
  try {
    [me, choices] = await Promise.all([api.myAccount(), profileOptions()]);
  } catch (e) {
    root.replaceChildren(h("div", { class: "empty" }, h("div", { class: "empty-title" }, e.message ?? String(e))));
    return;
  }
  const page = h("div", { class: "profile account-page", id: "my-account" });
  const cards = [];
  const user = me.profile;
  if (user) {
    const save = (field) => (value) => api.updateField(user.id, field, value);
    const field = (spec) => EditableField.create({ ...choices.fields[spec.field], ...spec }, user, save(spec.field));
    const saved = (u) => page.dispatchEvent(new CustomEvent("ud-saved", { detail: u }));
    const head = h("section", { class: "card profile-head", id: "account-head" },
      avatarBlock(user, saved),
      h("div", { class: "who" },
        h("h1", { id: "account-name", dir: "auto" }, user.display_name),
        h("div", { class: "sub", dir: "ltr" }, user.email),
        h("div", { class: "tags" },
          h("span", { class: "pill pill-neutral" }, t(`type-${user.account_type}`)),
          me.demo ? h("span", { class: "pill pill-demo" }, t("demo-badge")) : null)),
      h("div", { class: "head-meta", dir: "ltr" }, me.server ?? ""));
    page.addEventListener("ud-saved", (e) => {
      invalidateUsers();
      const u = e.detail;
      page.querySelector("#account-name").textContent = u.display_name;
      page.querySelector("#account-head .sub").textContent = u.email;
      page.querySelector("#avatar-block")?.replaceWith(avatarBlock(u, saved));
    });
    cards.push(
      h("section", { class: "card" },
        h("div", { class: "card-head" }, h("h2", {}, t("account-section-profile")), h("span", { class: "hint" }, t("profile-edit-hint"))),
        h("div", { class: "form-grid" }, ...NAMES.map(field)),
        // The demo account signs itself in with its username: that one stays.
        h("div", { class: "form-grid single" }, field(me.demo ? { ...USERNAME, disabled: () => t("account-username-demo") } : USERNAME))),
      passwordCard(me),
      preferencesCard(me, [
        field(choice("notification_frequency", choices.notifications, "notif")),
        field(choice("presence", choices.presences, "presence")),
      ]));
    page.append(head);
  } else {
    page.append(h("section", { class: "card profile-head", id: "account-head" },
      h("div", { class: "who" },
        h("h1", {}, t("account-title")),
        h("div", { class: "sub" }, t(me.token ? "account-token-note" : "account-no-profile")),
        h("div", { class: "sub", dir: "ltr" }, me.server ?? ""))));
    cards.push(preferencesCard(me, []));
  }
  cards.push(signOutCard(me));
  page.append(h("div", { class: "cards" }, ...cards));
  root.replaceChildren(page);
}

function passwordCard(me) {
  const input = (name, autocomplete) => {
    const id = `password-${name}`;
    const el = h("input", { id, name, type: "password", class: "input", dir: "ltr", autocomplete, "aria-describedby": `${id}-message`, maxlength: 1024 });
    const message = h("div", { class: "field-message", id: `${id}-message` });
    return { el, message, box: h("div", { class: "field", id: `${id}-field` }, h("label", { for: id }, t(`account-password-${name}`)), el, message) };
  };
  const fields = { current: input("current", "current-password"), new: input("new", "new-password"), repeat: input("repeat", "new-password") };
  const submit = h("button", { type: "submit", class: "button", id: "password-submit" }, t("account-password-submit"));
  const done = h("div", { class: "queued-note", id: "password-done", role: "status" });
  const unavailable = me.password_unavailable;
  for (const f of Object.values(fields)) f.el.disabled = Boolean(unavailable);
  submit.disabled = Boolean(unavailable);
  const clear = () => {
    done.textContent = "";
    for (const f of Object.values(fields)) {
      f.el.removeAttribute("aria-invalid");
      f.message.replaceChildren();
      f.message.classList.remove("error");
    }
  };
  const form = h("form", { class: "password-form", id: "password-form", novalidate: true },
    h("div", { class: "form-grid single" }, fields.current.box),
    h("div", { class: "form-grid" }, fields.new.box, fields.repeat.box),
    h("div", { class: "button-row" }, submit),
    done);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    clear();
    submit.disabled = true;
    submit.textContent = t("account-password-busy");
    try {
      await api.changePassword(fields.current.el.value, fields.new.el.value, fields.repeat.el.value);
      for (const f of Object.values(fields)) f.el.value = "";
      done.textContent = t("account-password-changed");
    } catch (err) {
      const at = fields[err.field] ?? fields.current;
      at.el.setAttribute("aria-invalid", "true");
      at.message.classList.add("error");
      at.message.replaceChildren(h("span", { class: "error-text", role: "alert" }, err.message ?? String(err)));
      at.el.focus();
    } finally {
      submit.disabled = false;
      submit.textContent = t("account-password-submit");
    }
  });
  return h("section", { class: "card", id: "account-password" },
    h("h2", {}, t("account-section-password")),
    unavailable
      ? h("p", { class: "field-hint", id: "password-unavailable" }, unavailable)
      : [h("p", { class: "field-hint" }, t("account-password-hint")), form]);
}

// The app's own language on this computer (the whole window is drawn again in it at once) and
// the person's own settings.
function preferencesCard(me, settings) {
  const select = h("select", { id: "app-language", class: "input" },
    h("option", { value: "system" }, t("language-system")),
    ...me.app_languages.map((l) => h("option", { value: l.tag, lang: l.tag, dir: "auto" }, l.name)));
  select.value = me.app_language ?? "system";
  const message = h("div", { class: "field-message", id: "app-language-message" });
  select.addEventListener("change", async () => {
    message.replaceChildren();
    try {
      await api.setAppLanguage(select.value === "system" ? null : select.value);
      window.dispatchEvent(new CustomEvent("ud-language"));
    } catch (err) {
      message.replaceChildren(h("span", { class: "error-text", role: "alert" }, err.message ?? String(err)));
    }
  });
  return h("section", { class: "card", id: "account-preferences" },
    h("h2", {}, t("account-section-preferences")),
    h("div", { class: "form-grid single" },
      h("div", { class: "field" },
        h("label", { for: "app-language" }, t("account-app-language")),
        select,
        h("div", { class: "field-hint" }, t("account-app-language-hint")),
        message)),
    settings.length ? h("div", { class: "form-grid single" }, ...settings) : null);
}

function signOutCard(me) {
  const button = h("button", { type: "button", class: "button secondary danger-text", id: "account-sign-out" },
    t(me.demo ? "account-leave-demo" : "sign-out"));
  button.addEventListener("click", async () => {
    button.disabled = true;
    const done = await api.signOut().catch(() => null);
    if (done && done.switched) startAfresh();
    else location.hash = "#/users";
  });
  return h("section", { class: "card wide", id: "account-sign-out-card" },
    h("h2", {}, t("account-section-sign-out")),
    h("p", { class: "field-hint" }, t(me.demo ? "account-leave-demo-hint" : "account-sign-out-hint")),
    h("div", { class: "button-row" }, button));
}

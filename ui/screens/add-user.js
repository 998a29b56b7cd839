// "Add new user": the form, each field checked by core's rules (through the backend) with the
// message at the field; saved in the cache at once (offline too) and queued for the server.

import { api } from "../api.js";
import { h } from "../dom.js";
import { t } from "../i18n.js";
import { openDialog } from "../components/dialog.js";
import { CONTROLS } from "../components/field.js";
import { profileOptions, homeCountry } from "../options.js";

// How each is drawn; its label, limit and whether it is required come from core
// (profileOptions().fields).
const FIELDS = [
  { name: "first_name" },
  { name: "last_name" },
  { name: "email", type: "email", dir: "ltr" },
  { name: "title" },
  { name: "badge_id", mono: true },
];

// The types a user can be created with (a Super admin is made by promotion).
const TYPES = ["internal", "external", "one_time_completion", "config_admin"];

// Opens the form; `onCreated(user)` gets the new user once saved.
export async function openAddUser(onCreated) {
  const [choices, groups] = await Promise.all([profileOptions(), api.groupCatalog().catch(() => [])]);
  const inputs = {};
  const messages = {};
  // How each field's value is read (a phone is its country and number).
  const readers = {};
  const field = (drawn, control) => {
    const spec = { ...choices.fields[drawn.name], ...drawn };
    const id = `new-${spec.name}`;
    // An element, or a control of <ud-field>'s kinds ({ root, focus, get }).
    const plain = control instanceof Node;
    const focus = plain ? control : control.focus;
    const root = plain ? control : control.root;
    focus.id = id;
    focus.name = spec.name;
    focus.setAttribute("aria-describedby", `${id}-message`);
    inputs[spec.name] = focus;
    readers[spec.name] = plain ? () => focus.value : control.get;
    messages[spec.name] = h("div", { class: "field-message", id: `${id}-message` });
    return h("div", { class: "field" + (spec.required ? " required" : "") },
      h("label", { for: id }, t(spec.label), spec.required ? h("span", { class: "req", title: t("field-required") }, " *") : null),
      root,
      messages[spec.name]);
  };
  const phone = (name) => {
    const control = CONTROLS.phone({ ...choices.fields[name], field: name, countries: choices.countries, home: homeCountry(choices.countries) }, `new-${name}`);
    control.set("");
    return field({ name }, control);
  };
  const group = h("select", { class: "input" },
    h("option", { value: "" }, t("group-default")),
    ...groups.map((g) => h("option", { value: g.id }, g.name)));
  const manager = h("input", { type: "checkbox", class: "checkbox", disabled: true });
  group.addEventListener("change", () => {
    manager.disabled = group.value === "";
    if (manager.disabled) manager.checked = false;
  });
  manager.id = "new-group_manager";
  inputs.group_manager = manager;
  messages.group_manager = h("div", { class: "field-message", id: "new-group_manager-message" });
  manager.setAttribute("aria-describedby", "new-group_manager-message");
  const managerField = h("div", { class: "field checkbox-field" },
    h("label", { class: "checkbox-label", for: "new-group_manager" }, manager, " ", t("group-manager")),
    messages.group_manager);
  // A text input as the profile's fields draw it (core's limit, required), for field `name`.
  const text = (name, extra = {}) => CONTROLS.text({ ...choices.fields[name], ...extra, field: name }, `new-${name}`);
  const type = h("select", { class: "input" },
    ...TYPES.map((v) => h("option", { value: v }, t(`type-${v}`))));
  const submit = h("button", { type: "submit", class: "button", id: "new-submit" }, t("add-user-submit"));
  const cancel = h("button", { type: "button", class: "button secondary", id: "new-cancel" }, t("add-user-cancel"));
  const form = h("form", { class: "add-user", id: "add-user-form", novalidate: true },
    h("p", { class: "muted" }, t("add-user-hint")),
    h("div", { class: "form-grid" },
      ...FIELDS.map((spec) => field(spec, text(spec.name, spec))),
      field({ name: "account_type" }, type)),
    h("div", { class: "form-grid single" }, phone("mobile_phone")),
    h("div", { class: "form-grid phone-row" },
      phone("office_phone"),
      field({ name: "office_extension" }, text("office_extension", { dir: "ltr" }))),
    h("div", { class: "form-grid" },
      field({ name: "group" }, group),
      managerField),
    h("div", { class: "dialog-actions" }, cancel, submit));

  const clear = () => {
    for (const name of Object.keys(inputs)) {
      inputs[name].removeAttribute("aria-invalid");
      messages[name].replaceChildren();
      messages[name].classList.remove("error");
    }
  };
  const show = (name, message) => {
    const at = inputs[name] ? name : "first_name";
    inputs[at].setAttribute("aria-invalid", "true");
    messages[at].classList.add("error");
    messages[at].append(h("span", { class: "error-text", role: "alert" }, message));
  };

  const { close } = openDialog({ id: "add-user", title: t("add-user-title"), body: form });
  cancel.addEventListener("click", () => close());
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    clear();
    submit.disabled = true;
    const values = Object.fromEntries(Object.entries(readers).map(([k, read]) => [k, read()]));
    values.group_manager = manager.checked;
    try {
      const user = await api.createUser(values);
      close();
      onCreated(user);
    } catch (err) {
      const refusals = err.fields?.length ? err.fields : [{ field: err.field, message: err.message ?? String(err) }];
      for (const r of refusals) show(r.field, r.message);
      inputs[refusals[0].field]?.focus();
    } finally {
      submit.disabled = false;
    }
  });
  inputs.first_name.focus();
}

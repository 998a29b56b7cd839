// <ud-field>: one editable field of a profile — its label, control, sync marker, save state and
// message. Leaving the field (or choosing in a list) saves it through `save(value)`; a refusal
// stays at the field with the last saved value named and the admin's text kept.
//
// The page redraws when a sync ends. It hands each field the newest saved user through
// `update(user)` instead of building a new one, so what the admin is typing, a save in flight and a
// refusal on screen all survive the redraw.

import { h } from "../dom.js";
import { t } from "../i18n.js";

// The kinds of control a field can hold. Each builds its elements and reads/writes one string
// (forms use them too).
export const CONTROLS = {
  text(spec, id) {
    const input = h("input", {
      id,
      name: spec.field,
      type: spec.type ?? "text",
      class: "input" + (spec.mono ? " mono" : ""),
      dir: spec.dir ?? "auto",
      autocomplete: "off",
      spellcheck: "false",
      inputmode: spec.inputmode,
      maxlength: spec.max ? spec.max * 4 : null,
      "aria-required": spec.required ? "true" : null,
    });
    return { root: input, focus: input, get: () => input.value, set: (v) => { input.value = v; }, commitsOn: "blur" };
  },

  select(spec, id) {
    const select = h("select", { id, name: spec.field, class: "input" });
    const fill = (options) => {
      const keep = select.value;
      select.replaceChildren(...options.map((o) =>
        h("option", { value: o.value, disabled: o.disabled, title: o.reason, lang: o.lang, dir: o.lang ? "auto" : null }, o.label)));
      if (keep) select.value = keep;
    };
    return { root: select, focus: select, get: () => select.value, set: (v) => { select.value = v; }, fill, commitsOn: "change" };
  },

  // A country (with flag and calling code) and the number as typed; the value is
  // "<country> <number>", or "" when the number is cleared.
  phone(spec, id) {
    const country = h("select", { id: `${id}-country`, class: "input country", "aria-label": t("phone-country") });
    country.append(countryOptions(spec.countries ?? []));
    const number = h("input", {
      id, name: spec.field, type: "tel", class: "input", dir: "ltr", autocomplete: "off", inputmode: "tel", maxlength: spec.max,
    });
    const root = h("div", { class: "phone-input" }, country, number);
    return {
      root,
      focus: number,
      get: () => (number.value.trim() === "" ? "" : `${country.value} ${number.value.trim()}`),
      set: (v) => {
        const [code, ...rest] = v.split(" ");
        country.value = v && code ? code : spec.home ?? country.value;
        number.value = v ? rest.join(" ") : "";
      },
      commitsOn: "focusout",
    };
  },
};

// The ~245 options of a country picker, built once per list of countries (a list per language)
// and copied for each picker: a profile has two, and building them was a good part of its draw.
const optionsOf = new WeakMap();
function countryOptions(countries) {
  let template = optionsOf.get(countries);
  if (!template) {
    template = document.createElement("template");
    template.content.append(...countries.map((c) => h("option", { value: c.code }, `${flag(c.code)} ${c.name} (+${c.calling})`)));
    optionsOf.set(countries, template);
  }
  return template.content.cloneNode(true);
}

// The flag of an ISO 3166-1 country, from its regional indicator letters.
export function flag(code) {
  return [...code.toUpperCase()].map((c) => String.fromCodePoint(0x1f1a5 + c.charCodeAt(0))).join("");
}

export class EditableField extends HTMLElement {
  // `spec`: { field, label, required, kind, hint, read(user) → string, options(user) → [...] }.
  // `save(value)` resolves to the saved user or throws the backend's error.
  static create(spec, user, save) {
    const el = document.createElement("ud-field");
    el.setup(spec, user, save);
    return el;
  }

  setup(spec, user, save) {
    this.spec = spec;
    this.saveValue = save;
    this.busy = false;
    this.refused = false;
    const id = `field-${spec.field}`;
    this.dataset.field = spec.field;
    this.className = "field" + (spec.required ? " required" : "");
    this.control = CONTROLS[spec.kind ?? "text"](spec, id);
    const focusable = this.control.focus;
    focusable.setAttribute("aria-describedby", spec.hint ? `${id}-message ${id}-hint` : `${id}-message`);
    this.status = h("span", { class: "save-state", id: `${id}-state`, "aria-live": "polite" });
    this.marker = h("span", { class: "field-sync", id: `${id}-sync` });
    this.message = h("div", { class: "field-message", id: `${id}-message` });
    this.restrictedNote = h("div", { class: "field-hint restricted-note", id: `${id}-restricted` });
    this.replaceChildren(
      h("div", { class: "label-row" },
        h("label", { for: id }, t(spec.label), spec.required ? h("span", { class: "req", title: t("field-required") }, " *") : null),
        this.marker,
        this.status),
      this.control.root,
      ...(spec.hint ? [h("div", { class: "field-hint", id: `${id}-hint` }, t(spec.hint))] : []),
      this.restrictedNote,
      this.message);

    const commit = () => this.commit();
    if (this.control.commitsOn === "focusout") {
      this.control.root.addEventListener("focusout", (e) => {
        if (!this.control.root.contains(e.relatedTarget)) commit();
      });
    } else {
      this.control.root.addEventListener(this.control.commitsOn, commit);
    }
    this.control.root.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && e.target.tagName === "INPUT") {
        e.preventDefault();
        e.target.blur();
      } else if (e.key === "Escape") {
        this.restore();
      }
    });
    this.update(user);
  }

  // The newest saved user: shown unless the admin is working in this field.
  update(user) {
    this.user = user;
    const keep = this.working && this.saved !== undefined;
    if (this.control.fill) this.control.fill(this.spec.options(user));
    const fresh = this.spec.read(user);
    if (!keep) this.show(fresh);
    this.saved = fresh;
    // Restricted: the signed-in admin may not change this (now); what is typed stays on screen.
    this.restriction = this.spec.restricted ? this.spec.restricted(user) : null;
    const reason = this.restriction ?? (this.spec.disabled ? this.spec.disabled(user) : null);
    for (const el of this.control.root.querySelectorAll("input, select")) el.disabled = Boolean(reason);
    if (this.control.root.matches("input, select")) this.control.root.disabled = Boolean(reason);
    this.title = reason ?? "";
    this.classList.toggle("restricted", Boolean(this.restriction));
    this.dataset.restricted = this.restriction ? "true" : "false";
    this.restrictedNote.replaceChildren(...(this.restriction
      ? [h("span", { class: "pill pill-restricted" }, t("field-restricted")), " ", this.restriction]
      : []));
    const s = user.field_states?.[this.spec.field];
    this.marker.className = s ? `field-sync sync-pill sync-${s}` : "field-sync";
    this.marker.textContent = s ? t(`sync-state-${s}`) : "";
    this.marker.dataset.sync = s ?? "synced";
  }

  // Puts `value` in the control, remembering it as what the field shows unedited.
  show(value) {
    this.control.set(value);
    this.shown = this.control.get();
  }

  // Whether the field holds something a redraw must not throw away: a save on its way, a
  // refusal, the focus, or text typed since the field last showed a value (the focus may be gone:
  // a field restricted while typed in is disabled, which takes the focus away).
  get working() {
    return this.busy || this.again || this.refused || this.contains(document.activeElement)
      || (this.shown !== undefined && this.control.get() !== this.shown);
  }

  clearError() {
    this.refused = false;
    this.control.focus.removeAttribute("aria-invalid");
    this.message.replaceChildren();
    this.message.classList.remove("error");
  }

  restore() {
    this.show(this.saved);
    this.clearError();
  }

  async commit() {
    // One save at a time: leaving the field again meanwhile saves what it holds then, afterwards.
    if (this.busy) {
      this.again = true;
      return;
    }
    const value = this.control.get();
    // Not saved while restricted; kept on screen for when the permission comes back.
    if (this.restriction) return;
    if (value === this.saved) {
      this.clearError();
      return;
    }
    const before = this.user;
    this.busy = true;
    this.status.textContent = t("saving");
    this.status.className = "save-state busy";
    try {
      const updated = await this.saveValue(value);
      this.busy = false;
      this.clearError();
      // Shown as saved (trimmed, formatted), unless the admin has typed on meanwhile.
      if (this.control.get() === value) this.show(this.spec.read(updated));
      this.update(updated);
      this.status.textContent = t("saved");
      this.status.className = "save-state ok";
      setTimeout(() => { if (this.status.classList.contains("ok")) this.status.textContent = ""; }, 2500);
      this.dispatchEvent(new CustomEvent("ud-saved", { bubbles: true, detail: updated }));
      if (this.spec.afterSave) await this.spec.afterSave(before, updated);
    } catch (e) {
      this.busy = false;
      this.refused = true;
      this.status.textContent = "";
      this.status.className = "save-state";
      this.control.focus.setAttribute("aria-invalid", "true");
      this.message.classList.add("error");
      const shown = this.spec.describe ? this.spec.describe(this.user) : this.saved;
      const lastSaved = shown === "" ? t("value-not-set") : shown;
      this.message.replaceChildren(
        h("span", { class: "error-text", role: "alert" }, e.message ?? String(e)),
        h("span", { class: "last-saved" },
          `${t("last-saved")}: `, h("bdi", {}, lastSaved), " · ",
          h("button", { type: "button", class: "link-button", onclick: () => { this.restore(); this.control.focus.focus(); } }, t("restore-saved"))),
      );
    }
    if (this.again) {
      this.again = false;
      if (!this.contains(document.activeElement)) await this.commit();
    }
  }
}

customElements.define("ud-field", EditableField);

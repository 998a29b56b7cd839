// <ud-country-picker>: a country list (flag, name, calling code) narrowed by what is typed above
// it (a name, an ISO code or a calling code); ArrowDown moves from the search into the list. Its
// `value` is the chosen ISO 3166-1 code. Light DOM, so the theme and right-to-left rules apply.

import { h } from "../dom.js";
import { t } from "../i18n.js";
import { flag } from "./field.js";

export class CountryPicker extends HTMLElement {
  // `countries`: [{ code, name, calling }]; `chosen`: the code shown first; the search box is
  // `<id>-search` and the list `<id>`.
  setup(countries, chosen, id) {
    this.countries = countries;
    this.search = h("input", {
      type: "search", class: "input", id: `${id}-search`, autocomplete: "off", spellcheck: "false",
      placeholder: t("verify-country-search"), "aria-controls": id,
    });
    this.list = h("select", { class: "input country-list", id, size: 6, "aria-label": t("phone-country") });
    this.search.addEventListener("input", () => this.fill(this.list.value || chosen));
    this.search.addEventListener("keydown", (e) => {
      if (e.key === "ArrowDown") {
        e.preventDefault();
        this.list.focus();
      }
    });
    this.replaceChildren(this.search, this.list);
    this.fill(chosen);
    this.list.value = chosen;
  }

  get value() {
    return this.list.value;
  }

  fill(keep) {
    const q = this.search.value.trim().toLocaleLowerCase().replace(/^\+/, "");
    const shown = this.countries.filter((c) => !q || c.name.toLocaleLowerCase().includes(q)
      || c.code.toLowerCase() === q || String(c.calling).startsWith(q));
    this.list.replaceChildren(...shown.map((c) => h("option", { value: c.code }, `${flag(c.code)}  ${c.name}  +${c.calling}`)));
    if (shown.some((c) => c.code === keep)) this.list.value = keep;
    else if (shown.length) this.list.value = shown[0].code;
  }
}

customElements.define("ud-country-picker", CountryPicker);

export function countryPicker(countries, chosen, id) {
  const el = document.createElement("ud-country-picker");
  el.setup(countries, chosen, id);
  return el;
}

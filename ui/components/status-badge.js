// <ud-status status="active">: an account's status as a coloured pill, in the UI's language. The
// list rows, the profile's head and its status panel all draw it. Light DOM, so the theme applies.

import { t } from "../i18n.js";

export class StatusBadge extends HTMLElement {
  static observedAttributes = ["status"];

  attributeChangedCallback() {
    const status = this.getAttribute("status") ?? "";
    this.className = `pill pill-${status}`;
    this.dataset.status = status;
    this.textContent = t(`status-${status}`);
  }
}

customElements.define("ud-status", StatusBadge);

// A badge for `status`, with extra attributes (an id).
export function statusBadge(status, attrs = {}) {
  const el = document.createElement("ud-status");
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute("status", status);
  return el;
}

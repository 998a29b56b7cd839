// Sign-in to the organization's account server: the address the app is set up for, e-mail and
// password. The password goes to the server once; the session is kept in the OS keychain.

import { api } from "../api.js";
import { h } from "../dom.js";
import { t } from "../i18n.js";

export async function showSignIn(main, status) {
  const field = (name, type, label, value, attrs = {}) => {
    const input = h("input", { id: `sign-in-${name}`, name, type, class: "input", value: value ?? "", dir: "ltr", autocomplete: attrs.autocomplete ?? "off", "aria-describedby": `sign-in-${name}-message`, ...attrs });
    input.value = value ?? "";
    return {
      input,
      message: h("div", { class: "field-message", id: `sign-in-${name}-message` }),
      el: null,
      label,
    };
  };
  const server = field("server", "text", "sign-in-server", status.server, { readonly: true });
  const email = field("email", "email", "sign-in-email", status.account, { autocomplete: "username" });
  const password = field("password", "password", "sign-in-password", "", { autocomplete: "current-password" });
  const submit = h("button", { type: "submit", class: "button", id: "sign-in-submit" }, t("sign-in-submit"));
  const form = h("form", { class: "card sign-in", id: "sign-in-form", novalidate: true },
    h("h1", {}, t("sign-in-title")),
    h("p", { class: "muted" }, t("sign-in-hint")),
    ...[server, email, password].map((f) => h("div", { class: "field" },
      h("label", { for: f.input.id }, t(f.label)), f.input, f.message)),
    submit);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    for (const f of [server, email, password]) {
      f.input.removeAttribute("aria-invalid");
      f.message.replaceChildren();
      f.message.classList.remove("error");
    }
    submit.disabled = true;
    submit.textContent = t("sign-in-busy");
    try {
      await api.signIn(email.input.value, password.input.value);
      password.input.value = "";
      location.hash = "#/users";
    } catch (err) {
      const at = { server, email, password }[err.field] ?? password;
      at.input.setAttribute("aria-invalid", "true");
      at.message.classList.add("error");
      at.message.replaceChildren(h("span", { class: "error-text", role: "alert" }, err.message ?? String(err)));
      at.input.focus();
    } finally {
      submit.disabled = false;
      submit.textContent = t("sign-in-submit");
    }
  });
  main.replaceChildren(h("div", { class: "sign-in-page" }, form));
  (status.account ? password : email).input.focus();
}

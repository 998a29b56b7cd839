// Sign-in to the organization's account server: its address (typed here; the last one used is
// filled in), and either e-mail and password (our account server) or an API token (a SCIM server
// used with a bearer token). The password goes to the server once; the session, or the token, is
// kept in the OS keychain. "Use the demo account" is the other choice.

import { api } from "../api.js";
import { h } from "../dom.js";
import { t } from "../i18n.js";
import { startAfresh } from "../sync.js";

/// Draws the sign-in screen into `main`; answers the function that takes it down (nothing to
/// stop: it listens to nothing outside itself).
export function mountSignIn(main, { status }) {
  showSignIn(main, status);
  return () => {};
}

function showSignIn(main, status) {
  const field = (name, type, label, value, attrs = {}) => {
    const input = h("input", { id: `sign-in-${name}`, name, type, class: "input", value: value ?? "", dir: "ltr", autocomplete: attrs.autocomplete ?? "off", "aria-describedby": `sign-in-${name}-message`, ...attrs });
    input.value = value ?? "";
    const message = h("div", { class: "field-message", id: `sign-in-${name}-message` });
    const el = h("div", { class: "field", id: `sign-in-${name}-field` },
      h("label", { for: input.id }, t(label)), input, message);
    return { input, message, el };
  };
  const server = field("server", "url", "sign-in-server", status.server, {
    autocomplete: "url", spellcheck: "false", placeholder: "accounts.example.com", inputmode: "url",
  });
  const insecure = h("p", { class: "warning-text", id: "sign-in-insecure", role: "note", hidden: !status.insecure }, t("sign-in-insecure"));
  server.message.before(insecure);
  // The warning follows what is typed: the backend says what the address will be.
  let checked = 0;
  server.input.addEventListener("input", async () => {
    const mine = ++checked;
    const answer = await api.checkServerAddress(server.input.value).catch(() => null);
    if (mine === checked) insecure.hidden = !(answer && answer.insecure);
  });
  const email = field("email", "email", "sign-in-email", status.account, { autocomplete: "username" });
  const password = field("password", "password", "sign-in-password", "", { autocomplete: "current-password" });
  const token = field("token", "password", "sign-in-token", "", { autocomplete: "off", spellcheck: "false" });
  const fields = { server, email, password, token };
  let withToken = Boolean(status.token);
  const submit = h("button", { type: "submit", class: "button", id: "sign-in-submit" }, t("sign-in-submit"));
  const toggle = h("button", { type: "button", class: "link-button", id: "sign-in-mode" });
  const hint = h("p", { class: "muted" });
  const showMode = () => {
    email.el.hidden = withToken;
    password.el.hidden = withToken;
    token.el.hidden = !withToken;
    toggle.textContent = t(withToken ? "sign-in-use-password" : "sign-in-use-token");
    hint.textContent = t(withToken ? "sign-in-token-hint" : "sign-in-hint");
  };
  const clearMessages = () => {
    for (const f of Object.values(fields)) {
      f.input.removeAttribute("aria-invalid");
      f.message.replaceChildren();
      f.message.classList.remove("error");
    }
  };
  toggle.addEventListener("click", () => {
    withToken = !withToken;
    clearMessages();
    showMode();
    (withToken ? token : status.account ? password : email).input.focus();
  });
  const demo = h("button", { type: "button", class: "button secondary", id: "sign-in-demo" }, t("sign-in-demo-choice"));
  const demoMessage = h("div", { class: "field-message", id: "sign-in-demo-message" });
  demo.addEventListener("click", async () => {
    demo.disabled = true;
    submit.disabled = true;
    demo.textContent = t("sign-in-demo-busy");
    try {
      const done = await api.useDemo();
      if (done.switched) startAfresh();
      else location.hash = "#/users";
    } catch (err) {
      demoMessage.classList.add("error");
      demoMessage.replaceChildren(h("span", { class: "error-text", role: "alert" }, err.message ?? String(err)));
      demo.disabled = false;
      submit.disabled = false;
      demo.textContent = t("sign-in-demo-choice");
    }
  });
  const form = h("form", { class: "card sign-in", id: "sign-in-form", novalidate: true },
    h("h1", {}, t("sign-in-title")),
    hint,
    server.el, email.el, password.el, token.el,
    h("div", { class: "sign-in-actions" }, submit, toggle),
    h("div", { class: "sign-in-demo" },
      h("p", { class: "muted" }, t("sign-in-demo-hint")),
      demo, demoMessage));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    clearMessages();
    submit.disabled = true;
    submit.textContent = t("sign-in-busy");
    try {
      let done;
      if (withToken) {
        done = await api.signInToken(server.input.value, token.input.value);
        token.input.value = "";
      } else {
        done = await api.signIn(server.input.value, email.input.value, password.input.value);
        password.input.value = "";
      }
      if (done.switched) startAfresh();
      else location.hash = "#/users";
    } catch (err) {
      const at = fields[err.field] ?? (withToken ? token : password);
      at.input.setAttribute("aria-invalid", "true");
      at.message.classList.add("error");
      at.message.replaceChildren(h("span", { class: "error-text", role: "alert" }, err.message ?? String(err)));
      at.input.focus();
    } finally {
      submit.disabled = false;
      submit.textContent = t("sign-in-submit");
    }
  });
  showMode();
  main.replaceChildren(h("div", { class: "sign-in-page" }, form));
  const first = !status.server ? server : withToken ? token : status.account ? password : email;
  first.input.focus();
}

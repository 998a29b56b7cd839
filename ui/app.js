// Start-up and routing: #/users and #/users/<id>.

import { loadText, translateStatic } from "./i18n.js";
import { showUsers } from "./screens/users.js";
import { showProfile } from "./screens/profile.js";

const main = document.getElementById("main");

function route() {
  const hash = location.hash || "#/users";
  const match = hash.match(/^#\/users\/([0-9a-f-]{36})$/i);
  for (const a of document.querySelectorAll("[data-nav]")) {
    a.toggleAttribute("aria-current", a.dataset.nav === "users");
  }
  if (match) showProfile(main, match[1]);
  else showUsers(main);
}

async function start() {
  const text = await loadText();
  translateStatic();
  document.title = text.messages["app-name"] || "Userdesk";
  document.getElementById("account-note").hidden = !text.demo;
  window.addEventListener("hashchange", route);
  route();
}

start().catch((e) => {
  main.textContent = (e && e.message) || String(e);
});

// Start-up and routing: #/users, #/users/<id>, #/sync and #/account.

import { loadText, translateStatic } from "./i18n.js";
import { mountUsers, invalidateUsers } from "./screens/users.js";
import { mountProfile } from "./screens/profile.js";
import { forgetOptions } from "./options.js";
import { mountSync } from "./screens/sync.js";
import { mountSignIn } from "./screens/signin.js";
import { mountAccount } from "./screens/account.js";
import { lastStatus, onSynced, redrawSync, startSyncStatus } from "./sync.js";

const main = document.getElementById("main");
// Every screen is `mount(root, params) → unmount`: the one on show takes itself down (stops
// listening for syncs) before the next one is drawn.
let unmount = null;

function route() {
  if (unmount) unmount();
  unmount = null;
  // A notice of changed permissions was about the screen left.
  document.getElementById("permissions-notice").hidden = true;
  const hash = location.hash || "#/users";
  const match = hash.match(/^#\/users\/([0-9a-f-]{36})(?:\?field=([a-z_]+))?$/i);
  const screen = hash === "#/sync" ? "sync" : hash === "#/account" ? "account" : "users";
  for (const a of document.querySelectorAll("[data-nav]")) {
    a.toggleAttribute("aria-current", a.dataset.nav === screen);
  }
  const status = lastStatus();
  if (status && status.needs_sign_in && !status.demo) unmount = mountSignIn(main, { status });
  else if (screen === "sync") unmount = mountSync(main);
  else if (screen === "account") unmount = mountAccount(main);
  else if (match) unmount = mountProfile(main, { id: match[1], field: match[2] });
  else unmount = mountUsers(main);
}

// Everything the window says, in the language now chosen: static text, the sync box, the screen.
async function relocalize() {
  await loadText();
  translateStatic();
  forgetOptions();
  invalidateUsers();
  redrawSync();
  route();
}

async function start() {
  const text = await loadText();
  translateStatic();
  document.title = text.messages["app-name"] || "Userdesk";
  document.getElementById("account-note").hidden = !text.demo;
  window.addEventListener("hashchange", route);
  window.addEventListener("ud-language", relocalize);
  // The first status decides between the sign-in and the screens; a lost session brings the
  // sign-in back.
  let signedIn = null;
  onSynced((s) => {
    const now = !(s.needs_sign_in && !s.demo);
    if (now !== signedIn) {
      signedIn = now;
      route();
    }
  });
  await startSyncStatus();
  if (signedIn === null) route();
}

start().catch((e) => {
  main.textContent = (e && e.message) || String(e);
});

// The sync as the whole window shows it: online or not, the last sync, "Sync now", and what waits
// (the count beside "Sync"). The backend pushes its status as a `sync-status` event whenever it may
// have changed; when a sync changed what the cache shows, the open screen is told to read it again.
// A `permissions-changed` event says a sync changed what the signed-in admin may do.

import { api } from "./api.js";
import { t, tf, formatRelative } from "./i18n.js";

// "Last sync 3 minutes ago" is drawn again this often, from the status already known.
const RELATIVE_MS = 30000;
let last = null;
const listeners = new Set();

/// `fn(status)` runs whenever a sync changed the cache (and once with the first status).
export function onSynced(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

const permissionListeners = new Set();
/// `fn(powers)` runs when a sync changed what the signed-in admin may do (their account type or
/// the permissions of their roles); `powers` is null when the app no longer knows who they are.
export function onPermissions(fn) {
  permissionListeners.add(fn);
  return () => permissionListeners.delete(fn);
}

// The notice that says so, until it is dismissed or the next screen is opened.
function permissionsChanged(powers) {
  const notice = document.getElementById("permissions-notice");
  notice.hidden = false;
  for (const fn of permissionListeners) fn(powers);
}

/// The app now works on another account: every screen, text and count starts afresh.
export function startAfresh() {
  location.hash = "#/users";
  location.reload();
}

/// The sync box drawn again from what is known (after the language changed).
export function redrawSync() {
  if (last) draw(last);
}

export function lastStatus() {
  return last;
}

async function draw(s) {
  const dot = document.getElementById("sync-dot");
  const online = document.getElementById("sync-online");
  const when = document.getElementById("sync-last");
  const button = document.getElementById("sync-now");
  const count = document.getElementById("sync-count");
  const state = s.syncing ? "syncing" : s.online === false ? "offline" : s.online ? "online" : "connecting";
  dot.className = `dot dot-${state}`;
  document.getElementById("sync-box").dataset.state = state;
  online.textContent = t(`sync-${state}`);
  when.textContent = s.last_sync ? await tf("sync-last", { when: formatRelative(s.last_sync) }) : t("sync-never");
  button.disabled = s.syncing;
  const signedIn = !s.demo && !s.needs_sign_in;
  document.getElementById("sync-account").hidden = !signedIn;
  document.getElementById("sync-account-email").textContent = !signedIn ? "" : s.token ? t("sync-account-token") : s.account ?? "";
  const waiting = s.pending + s.conflicts + s.rejected;
  count.hidden = waiting === 0;
  count.textContent = String(waiting);
  count.classList.toggle("alert", s.conflicts + s.rejected > 0);
}

async function take(s) {
  const changed = !last || s.generation !== last.generation || s.needs_sign_in !== last.needs_sign_in;
  last = s;
  await draw(s);
  if (changed) for (const fn of listeners) fn(s);
}

// Statuses are taken one after the other, in the order they came: an older one never lands last.
let chain = Promise.resolve();
function enqueue(s) {
  chain = chain.then(() => take(s)).catch(() => {});
  return chain;
}

async function poll() {
  try {
    await enqueue(await api.syncStatus());
  } catch {
    // The next event brings it.
  }
}

export async function startSyncStatus() {
  document.getElementById("sync-now").addEventListener("click", async () => {
    document.getElementById("sync-now").disabled = true;
    await api.syncNow().catch(() => {});
    poll();
  });
  document.getElementById("sign-out").addEventListener("click", async () => {
    const done = await api.signOut().catch(() => null);
    if (done && done.switched) startAfresh();
    else poll();
  });
  document.getElementById("permissions-notice-close").addEventListener("click", () => {
    document.getElementById("permissions-notice").hidden = true;
  });
  const events = window.__TAURI__ && window.__TAURI__.event;
  if (events) {
    await events.listen("sync-status", (e) => enqueue(e.payload));
    await events.listen("permissions-changed", (e) => permissionsChanged(e.payload));
  }
  await poll();
  setInterval(() => { if (last) draw(last); }, RELATIVE_MS);
}

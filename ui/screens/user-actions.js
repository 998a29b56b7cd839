// What can be done to a user from the list's row menu and the profile alike: each action is queued
// like an edit (offline too) and done by the server once, at the next sync. Which e-mails a user
// can be sent comes from core's lifecycle rules (the profile's `emails`).

import { api } from "../api.js";
import { h } from "../dom.js";
import { t, tf } from "../i18n.js";
import { openDialog } from "../components/dialog.js";

// Asks before deactivating, saying what it does; resolves to whether the admin confirmed.
export async function confirmDeactivation(user) {
  const name = user.display_name;
  const confirm = h("button", { type: "button", class: "button danger", id: "deactivate-confirm" }, t("deactivate"));
  const cancel = h("button", { type: "button", class: "button secondary", id: "deactivate-cancel" }, t("add-user-cancel"));
  const body = h("form", { method: "dialog" },
    h("p", {}, await tf("deactivate-text", { name })),
    h("div", { class: "dialog-actions" }, cancel, confirm));
  return new Promise((resolve) => {
    let answer = false;
    const { close } = openDialog({ id: "deactivate-dialog", title: t("deactivate-title"), body, onClose: () => resolve(answer) });
    cancel.addEventListener("click", () => close());
    confirm.addEventListener("click", () => {
      answer = true;
      close();
    });
    cancel.focus();
  });
}

// The actions `user` (a profile from `api.getUser`) offers, for a menu: [{ id, label, run }].
// `done(updated)` runs after each.
export function actionsFor(user, { open, done }) {
  const items = [{ id: "action-open", label: t("action-open"), run: open }];
  for (const kind of user.denied?.email ? [] : user.emails ?? []) {
    if (kind !== "activation") continue;
    items.push({
      id: "action-activation",
      label: t(user.status === "invited" ? "send-activation-again" : "send-activation"),
      run: async () => done(await api.sendEmail(user.id, kind)),
    });
  }
  // Nobody deactivates their own account; the rest as core's policy allows.
  if (user.is_self || user.denied?.status) return items;
  if (user.status === "inactive") {
    items.push({ id: "action-reactivate", label: t("reactivate"), run: async () => done(await api.updateField(user.id, "active", "true")) });
  } else {
    items.push({
      id: "action-deactivate", label: t("deactivate"), danger: true,
      run: async () => {
        if (await confirmDeactivation(user)) done(await api.updateField(user.id, "active", "false"));
      },
    });
  }
  return items;
}

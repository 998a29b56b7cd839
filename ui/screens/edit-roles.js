// The roles editor of a Config admin: every role of the account's catalog with the permissions it
// gives, toggled on or off; the permissions the chosen roles add up to; the per-user limit
// explained where it bites. Saved as one edit, queued like any other.

import { api } from "../api.js";
import { h } from "../dom.js";
import { t, tf } from "../i18n.js";
import { openDialog } from "../components/dialog.js";

const permissionLabel = (p) => t(`permission-${p.replace(".", "-")}`);

// Opens the editor for `user`; `onSaved(user)` gets the profile once the roles are saved.
export async function openRolesEditor(user, onSaved) {
  const catalog = await api.roleCatalog();
  const chosen = new Set(user.roles ?? []);
  const boxes = new Map();
  const count = h("div", { class: "roles-count", id: "roles-count", "aria-live": "polite" });
  const limit = h("div", { class: "field-hint", id: "roles-limit" });
  const effective = h("div", { class: "chips", id: "roles-effective" });
  const message = h("div", { class: "field-message", id: "roles-message" });

  let drawn = 0;
  const refresh = async () => {
    const turn = ++drawn;
    const full = chosen.size >= catalog.max_per_user;
    for (const box of boxes.values()) {
      box.disabled = full && !box.checked;
      box.closest(".role-option").classList.toggle("at-limit", box.disabled);
    }
    const [counted, limited] = await Promise.all([
      tf("roles-count", { count: chosen.size, max: catalog.max_per_user }),
      full ? tf("roles-limit-reached", { max: catalog.max_per_user }) : "",
    ]);
    // A later toggle has drawn already: its text stands.
    if (turn !== drawn) return;
    count.textContent = counted;
    limit.textContent = limited;
    const perms = new Set(catalog.roles.filter((r) => chosen.has(r.id)).flatMap((r) => r.permissions));
    effective.replaceChildren(...(perms.size
      ? [...perms].sort().map((p) => h("span", { class: "chip" }, permissionLabel(p)))
      : [h("span", { class: "muted" }, t("roles-none"))]));
  };

  const options = catalog.roles.map((role) => {
    const box = h("input", { type: "checkbox", id: `role-${role.id}`, value: role.id });
    box.checked = chosen.has(role.id);
    box.addEventListener("change", () => {
      if (box.checked) chosen.add(role.id);
      else chosen.delete(role.id);
      refresh();
    });
    boxes.set(role.id, box);
    return h("label", { class: "role-option", for: box.id },
      box,
      h("span", { class: "role-text" },
        h("span", { class: "role-name" }, role.name, role.built_in ? h("span", { class: "pill pill-neutral inline" }, t("role-built-in")) : null),
        h("span", { class: "role-permissions" }, role.permissions.map(permissionLabel).join(" · "))));
  });
  // Roles the user holds that the catalog does not know (yet) are kept, never dropped silently.
  const unknown = [...chosen].filter((id) => !boxes.has(id));

  const save = h("button", { type: "submit", class: "button", id: "roles-save" }, t("roles-save"));
  const cancel = h("button", { type: "button", class: "button secondary", id: "roles-cancel" }, t("add-user-cancel"));
  const form = h("form", { class: "roles-editor", id: "roles-form" },
    h("p", { class: "muted" }, t("roles-intro")),
    h("div", { class: "role-list", role: "group", "aria-labelledby": "roles-editor-title" }, ...options),
    unknown.length ? h("p", { class: "field-hint" }, t("roles-unknown-kept"), " ", unknown.join(", ")) : null,
    count, limit,
    h("div", { class: "effective" }, h("span", { class: "label" }, t("roles-effective")), effective),
    message,
    h("div", { class: "dialog-actions" }, cancel, save));
  const { close } = openDialog({ id: "roles-editor", title: t("roles-edit-title"), body: form });
  cancel.addEventListener("click", () => close());
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    save.disabled = true;
    message.replaceChildren();
    message.classList.remove("error");
    try {
      const updated = await api.updateField(user.id, "roles", [...chosen].join(","));
      close();
      await onSaved(updated);
    } catch (err) {
      message.classList.add("error");
      message.append(h("span", { class: "error-text", role: "alert" }, err.message ?? String(err)));
    } finally {
      save.disabled = false;
    }
  });
  await refresh();
  (boxes.values().next().value ?? save).focus();
}

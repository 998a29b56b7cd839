// The avatar on a profile (and in My Account) with "Add image" / "Change image" and "Remove":
// the OS's file dialog, or a PNG or JPEG dropped on it, opens the editor. The file itself never
// reaches the page: the backend reads it and hands over a preview.

import { api } from "../api.js";
import { h, avatar } from "../dom.js";
import { t } from "../i18n.js";
import { openAvatarEditor } from "./avatar-editor.js";

// The block on screen now: a drop on the window is meant for it when it lands on it.
let current = null;
let listening = false;

function listenForDrops() {
  if (listening) return;
  listening = true;
  api.listen("avatar-drop", (e) => current?.dropped(e.payload)).catch(() => { listening = false; });
}

// `user`: the profile view. `changed(view)` is told the saved user after a set or a removal.
export function avatarBlock(user, changed) {
  const message = h("div", { class: "field-message", id: "field-avatar-message" });
  const unavailable = user.avatar_unavailable ?? user.denied?.edit ?? null;
  const state = user.field_states?.avatar;
  const marker = h("span", {
    class: state ? `field-sync sync-pill sync-${state}` : "field-sync",
    id: "field-avatar-sync",
    dataset: { sync: state ?? "synced" },
  }, state ? t(`sync-state-${state}`) : "");
  const shown = avatar(user.id, user.initials, "lg",
    user.avatar ? [[user.avatar.photo, "photo"], [user.avatar.thumbnail, "thumbnail"]] : []);
  shown.id = "profile-avatar";
  const add = h("button", {
    type: "button",
    class: "link-button",
    id: "avatar-add",
    disabled: Boolean(unavailable),
    title: unavailable ?? "",
  }, t(user.avatar ? "avatar-change" : "avatar-add"));
  const remove = user.avatar ? h("button", {
    type: "button",
    class: "link-button",
    id: "avatar-remove",
    disabled: Boolean(user.denied?.edit),
    title: user.denied?.edit ?? "",
  }, t("avatar-remove")) : null;
  const block = h("div", { class: "avatar-block", id: "avatar-block" },
    shown,
    h("div", { class: "avatar-actions" },
      h("div", { class: "avatar-buttons" }, add, remove, marker),
      h("div", { class: "field-hint", id: "avatar-hint" }, unavailable ?? t("avatar-drop-hint")),
      message));

  const refuse = (e) => {
    message.classList.add("error");
    message.replaceChildren(h("span", { class: "error-text", role: "alert" }, e.message ?? String(e)));
  };
  const edit = async (opening) => {
    message.replaceChildren();
    message.classList.remove("error");
    let opened;
    try {
      opened = await opening();
    } catch (e) {
      refuse(e);
      return;
    }
    if (!opened) return;
    let saved = null;
    try {
      await openAvatarEditor(opened, async (chosen) => {
        saved = await api.avatarSet(user.id, chosen);
      });
    } finally {
      if (!saved) api.avatarClose(opened.session).catch(() => {});
    }
    if (saved) changed(saved);
  };
  add.addEventListener("click", () => edit(() => api.avatarChoose()));
  remove?.addEventListener("click", async () => {
    try {
      changed(await api.avatarRemove(user.id));
    } catch (e) {
      refuse(e);
    }
  });

  const me = {
    dropped({ x, y, pictures }) {
      if (!block.isConnected) {
        if (current === me) current = null;
        return;
      }
      const r = block.getBoundingClientRect();
      if (x < r.left || x > r.right || y < r.top || y > r.bottom) return;
      if (unavailable) return refuse({ message: unavailable });
      if (!pictures) return refuse({ message: t("avatar-drop-not-a-picture") });
      edit(() => api.avatarOpenDropped());
    },
  };
  current = me;
  listenForDrops();
  return block;
}

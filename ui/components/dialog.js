// A modal dialog on the native <dialog> element: focus stays inside, Escape cancels, the page
// behind is inert. Light DOM, so the theme variables and right-to-left rules apply inside.

import { h } from "../dom.js";
import { t } from "../i18n.js";

// Opens a dialog titled `title` holding `body`; `onClose` runs once it is gone. Returns
// { dialog, close }.
export function openDialog({ id, title, body, onClose }) {
  const heading = h("h2", { class: "dialog-title", id: `${id}-title` }, title);
  const closeButton = h("button", { type: "button", class: "dialog-close", "aria-label": t("dialog-close"), onclick: () => close() }, "×");
  const dialog = h("dialog", { class: "dialog", id, "aria-labelledby": heading.id },
    h("div", { class: "dialog-head" }, heading, closeButton),
    body);
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    if (dialog.open) dialog.close();
    dialog.remove();
    if (onClose) onClose();
  };
  dialog.addEventListener("cancel", (e) => {
    e.preventDefault();
    close();
  });
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, close };
}

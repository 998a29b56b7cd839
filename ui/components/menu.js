// A pop-up menu of actions (role="menu"): opened at an element or at the pointer; arrow keys,
// Home/End and the first letters move between items, Enter or a click runs one, Escape, Tab or a
// click elsewhere closes it and gives the focus back.

import { h } from "../dom.js";

let open = null;

export function closeMenu() {
  if (open) open();
}

// `items`: [{ id, label, run, danger, disabled }]. `at`: the element it belongs to; `point`: the
// pointer's place for a right-click.
export function openMenu({ id, label, items, at, point }) {
  closeMenu();
  const back = document.activeElement;
  const buttons = items.map((item) => h("button", {
    type: "button", role: "menuitem", id: item.id, class: "menu-item" + (item.danger ? " danger-text" : ""),
    disabled: item.disabled, tabindex: "-1",
  }, item.label));
  const menu = h("div", { class: "menu", id, role: "menu", "aria-label": label }, ...buttons);
  document.body.append(menu);
  const box = at.getBoundingClientRect();
  const x = point ? point.x : box.right - menu.offsetWidth;
  const y = point ? point.y : box.bottom + 4;
  const left = Math.max(8, Math.min(x, window.innerWidth - menu.offsetWidth - 8));
  const top = y + menu.offsetHeight > window.innerHeight - 8 ? Math.max(8, (point ? point.y : box.top) - menu.offsetHeight - 4) : y;
  menu.style.setProperty("left", `${left}px`);
  menu.style.setProperty("top", `${top}px`);

  const enabled = () => buttons.filter((b) => !b.disabled);
  const move = (to) => {
    const list = enabled();
    if (!list.length) return;
    list[(to + list.length) % list.length].focus();
  };
  const close = (refocus = true) => {
    if (open !== close) return;
    open = null;
    menu.remove();
    document.removeEventListener("pointerdown", outside, true);
    if (refocus && back && document.body.contains(back)) back.focus({ preventScroll: true });
  };
  const outside = (e) => {
    if (!menu.contains(e.target)) close(false);
  };
  open = close;
  document.addEventListener("pointerdown", outside, true);
  menu.addEventListener("keydown", (e) => {
    const list = enabled();
    const at = list.indexOf(document.activeElement);
    if (e.key === "ArrowDown") move(at + 1);
    else if (e.key === "ArrowUp") move(at - 1);
    else if (e.key === "Home") move(0);
    else if (e.key === "End") move(list.length - 1);
    else if (e.key === "Escape" || e.key === "Tab") close();
    else if (e.key.length === 1) {
      const hit = list.find((b, i) => i > at && b.textContent.toLowerCase().startsWith(e.key.toLowerCase()))
        ?? list.find((b) => b.textContent.toLowerCase().startsWith(e.key.toLowerCase()));
      hit?.focus();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  });
  items.forEach((item, i) => buttons[i].addEventListener("click", () => {
    close();
    item.run();
  }));
  move(0);
  return close;
}

// The Users list: search as you type, filters, sort by any column, and a virtual list that stays
// smooth with 100,000 users (only the visible rows exist in the DOM; pages load as you scroll).

import { api } from "../api.js";
import { h, avatar, icon } from "../dom.js";
import { t, tf, formatDate } from "../i18n.js";
import { onSynced } from "../sync.js";
import { openAddUser } from "./add-user.js";
import { actionsFor } from "./user-actions.js";
import { openMenu } from "../components/menu.js";
import { statusBadge } from "../components/status-badge.js";

const ROW_HEIGHT = 52;
const PAGE = 100;
const OVERSCAN = 8;

const COLUMNS = [
  { key: "name", label: "col-name", sort: "name" },
  { key: "email", label: "col-email", sort: "email" },
  { key: "badge", label: "col-badge", sort: "badge_id" },
  { key: "title", label: "col-title", sort: "title" },
  { key: "type", label: "col-type", sort: "account_type" },
  { key: "status", label: "col-status", sort: "status" },
  { key: "since", label: "col-since", sort: "created" },
];

// Kept across visits, so coming back from a profile restores the list as it was.
const state = {
  query: { search: "", status: null, account_type: null, role: null, group: null, sort: "name", order: "ascending" },
  scrollTop: 0,
  total: 0,
  all: 0,
  pages: new Map(),
  generation: 0,
  firstRowReported: false,
};

let view = null;

async function refreshPages() {
  const generation = state.generation;
  const pages = [...state.pages.keys()];
  const [total, ...fresh] = await Promise.all([api.countUsers(pageQuery(0)), ...pages.map((p) => api.listUsers(pageQuery(p)))]);
  if (generation !== state.generation) return;
  pages.forEach((p, i) => state.pages.set(p, fresh[i]));
  state.total = total;
  state.all = 0;
  scheduleRender();
  await updateCount();
}

/// Draws the Users list into `main` (where it was left: search, filters, scroll); answers the
/// function that takes it down.
export function mountUsers(main) {
  const life = { stop: null };
  showUsers(main, life);
  return () => {
    life.stop?.();
    life.stop = null;
  };
}

async function showUsers(main, life) {
  main.replaceChildren();
  const search = h("input", {
    type: "search",
    id: "user-search",
    class: "search-input",
    placeholder: t("users-search-placeholder"),
    "aria-label": t("users-search-label"),
    autocomplete: "off",
    spellcheck: "false",
    value: state.query.search,
  });
  search.value = state.query.search;
  const count = h("span", { class: "count", id: "user-count", "aria-live": "polite" });
  const filters = h("div", { class: "filters", role: "group", "aria-label": t("users-filters") });
  const header = h("div", { class: "grid-row grid-head", role: "row" });
  const spacer = h("div", { class: "spacer" });
  const viewport = h("div", { class: "viewport", id: "user-list", role: "rowgroup", tabindex: "-1" }, spacer);
  const empty = h("div", { class: "empty", hidden: true },
    h("div", { class: "empty-title" }, t("users-empty")),
    h("div", { class: "empty-hint" }, t("users-empty-hint")));
  const grid = h("div", { class: "grid", role: "grid", "aria-label": t("users-title") }, header, viewport, empty);

  main.append(
    h("header", { class: "page-head" },
      h("div", { class: "title-block" }, h("h1", {}, t("users-title")), count),
      h("button", {
        type: "button",
        class: "button",
        id: "add-user",
        onclick: () => openAddUser((user) => {
          invalidateUsers();
          location.hash = `#/users/${user.id}`;
        }),
      }, t("add-user"))),
    h("div", { class: "toolbar" },
      h("div", { class: "search" },
        icon("search-icon", "M10 3a7 7 0 1 0 4.2 12.6l5.1 5.1 1.4-1.4-5.1-5.1A7 7 0 0 0 10 3Zm0 2a5 5 0 1 1 0 10 5 5 0 0 1 0-10Z"),
        search),
      filters),
    grid,
  );

  view = { main, search, count, filters, header, viewport, spacer, empty };
  // A sync that changed the cache: read the loaded pages again, in place (no flash, same scroll).
  life.stop = onSynced(() => refreshPages());
  renderHeader();
  // The filter menus need a query of their own; the first rows must not wait for it.
  const filtersReady = renderFilters();

  // Each keystroke searches at once; keystrokes that come while a search is on its way are
  // taken together by the next one, so the newest text always wins and nothing queues up.
  let searching = false;
  let again = false;
  search.addEventListener("input", async () => {
    state.query.search = search.value;
    if (searching) {
      again = true;
      return;
    }
    searching = true;
    try {
      do {
        again = false;
        await reload();
      } while (again);
    } finally {
      searching = false;
    }
  });
  search.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      focusRow(0);
    }
  });
  viewport.addEventListener("scroll", () => {
    state.scrollTop = viewport.scrollTop;
    scheduleRender();
  });
  viewport.addEventListener("keydown", onRowKey);
  new ResizeObserver(scheduleRender).observe(viewport);

  if (state.pages.size === 0) await reload();
  else {
    viewport.scrollTop = state.scrollTop;
    scheduleRender();
    await updateCount();
  }
  search.focus();
  await filtersReady;
}

function renderHeader() {
  view.header.replaceChildren(
    ...COLUMNS.map((c) => {
      const active = state.query.sort === c.sort;
      const arrow = active ? (state.query.order === "ascending" ? "▲" : "▼") : "";
      return h("div", {
        class: `cell cell-${c.key}`,
        role: "columnheader",
        "aria-sort": active ? state.query.order : "none",
      },
      h("button", {
        class: "sort" + (active ? " active" : ""),
        type: "button",
        dataset: { sort: c.sort },
        onclick: () => {
          if (state.query.sort === c.sort) {
            state.query.order = state.query.order === "ascending" ? "descending" : "ascending";
          } else {
            state.query.sort = c.sort;
            state.query.order = "ascending";
          }
          renderHeader();
          reload();
        },
      }, t(c.label), h("span", { class: "sort-arrow", "aria-hidden": "true" }, arrow)));
    }),
  );
}

async function renderFilters() {
  const facets = await api.facets().catch(() => ({ roles: [], groups: [] }));
  const select = (key, label, allLabel, options) => {
    const el = h("select", { class: "filter", "aria-label": t(label), dataset: { filter: key } },
      h("option", { value: "" }, t(allLabel)),
      ...options.map(([value, text]) => h("option", { value }, text)));
    el.value = state.query[key] ?? "";
    el.classList.toggle("set", !!el.value);
    el.addEventListener("change", () => {
      state.query[key] = el.value || null;
      el.classList.toggle("set", !!el.value);
      clear.hidden = !anyFilter();
      reload();
    });
    return el;
  };
  const clear = h("button", { type: "button", class: "link-button", hidden: !anyFilter(), onclick: () => {
    for (const k of ["status", "account_type", "role", "group"]) state.query[k] = null;
    for (const el of view.filters.querySelectorAll("select")) {
      el.value = "";
      el.classList.remove("set");
    }
    clear.hidden = true;
    reload();
  } }, t("filter-clear"));
  view.filters.replaceChildren(
    select("status", "filter-status", "filter-status-all",
      ["created", "invited", "active", "inactive"].map((s) => [s, t(`status-${s}`)])),
    select("account_type", "filter-type", "filter-type-all",
      ["super_admin", "config_admin", "internal", "external", "one_time_completion"].map((s) => [s, t(`type-${s}`)])),
    select("role", "filter-role", "filter-role-all", facets.roles),
    select("group", "filter-group", "filter-group-all", [["default", t("group-default")], ...facets.groups]),
    clear,
  );
}

function anyFilter() {
  const q = state.query;
  return !!(q.status || q.account_type || q.role || q.group);
}

function pageQuery(page) {
  return { ...state.query, offset: page * PAGE, limit: PAGE };
}

async function reload() {
  const generation = ++state.generation;
  state.pages = new Map();
  const counting = api.countUsers(pageQuery(0));
  await loadPage(0, generation);
  if (generation !== state.generation) return;
  // Draw the first page at once; the exact total (for the scroll height) follows.
  const firstPage = state.pages.get(0) || [];
  state.total = firstPage.length;
  for (const el of onScreen.values()) el.remove();
  onScreen = new Map();
  view.viewport.scrollTop = 0;
  state.scrollTop = 0;
  render();
  // The rows of this search are drawn (what the in-page benchmark waits for).
  view.viewport.dataset.drawn = state.query.search ?? "";
  // The exact total follows without holding up the next search.
  counting.then(async (total) => {
    if (generation !== state.generation) return;
    state.total = total;
    render();
    await updateCount();
  }).catch(() => {});
}

async function updateCount() {
  if (!state.all) state.all = await api.countUsers({});
  view.count.textContent = state.total === state.all
    ? await tf("users-count", { count: state.total })
    : await tf("users-count-filtered", { count: state.total, total: state.all });
}

const loading = new Set();

async function loadPage(page, generation = state.generation) {
  if (state.pages.has(page) || loading.has(`${generation}:${page}`)) return;
  loading.add(`${generation}:${page}`);
  try {
    const rows = await api.listUsers(pageQuery(page));
    if (generation === state.generation) state.pages.set(page, rows);
  } finally {
    loading.delete(`${generation}:${page}`);
  }
}

let frame = 0;
function scheduleRender() {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    render();
  });
}

function rowAt(index) {
  const page = state.pages.get(Math.floor(index / PAGE));
  const row = page ? page[index % PAGE] : undefined;
  if (row && row.version === undefined) row.version = JSON.stringify(row);
  return row;
}

// Rows on screen, by index. A row is rebuilt only when it scrolls in or its data arrives, so a row
// under the pointer is never replaced between mouse-down and click.
let onScreen = new Map();

function render() {
  if (!view) return;
  const { viewport, spacer, empty } = view;
  spacer.style.setProperty("height", `${state.total * ROW_HEIGHT}px`);
  empty.hidden = state.total !== 0;
  const first = Math.max(0, Math.floor(viewport.scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(state.total, Math.ceil((viewport.scrollTop + viewport.clientHeight) / ROW_HEIGHT) + OVERSCAN);

  const missing = new Set();
  const next = new Map();
  for (let i = first; i < last; i++) {
    const row = rowAt(i);
    const existing = onScreen.get(i);
    if (!row) {
      missing.add(Math.floor(i / PAGE));
      next.set(i, existing && existing.classList.contains("placeholder") ? existing : placeholderRow(i));
    } else if (existing && existing.dataset.id === row.id && existing.dataset.version === row.version) {
      next.set(i, existing);
    } else {
      next.set(i, renderRow(row, i));
    }
  }
  for (const [i, el] of onScreen) {
    if (next.get(i) !== el) {
      el.remove();
      el.menuButton?.remove();
    }
  }
  for (const el of next.values()) {
    if (el.parentNode !== spacer) {
      spacer.append(el);
      // The row's menu button sits right after it (a button cannot live inside a link).
      if (el.menuButton) el.after(el.menuButton);
    }
  }
  onScreen = next;

  const generation = state.generation;
  for (const page of missing) loadPage(page, generation).then(scheduleRender);

  if (!state.firstRowReported && next.size && !missing.size) {
    state.firstRowReported = true;
    requestAnimationFrame(() => api.firstRowRendered().catch(() => {}));
  }
}

function placeholderRow(i) {
  return h("div", { class: "grid-row placeholder", style: { transform: `translateY(${i * ROW_HEIGHT}px)` }, "aria-hidden": "true" },
    h("span", { class: "shimmer" }));
}

function renderRow(u, index) {
  const name = u.display_name;
  const row = h("a", {
    class: "grid-row",
    role: "row",
    href: `#/users/${u.id}`,
    "aria-keyshortcuts": "Shift+F10",
    oncontextmenu: (e) => {
      e.preventDefault();
      openRowMenu(row, u, { x: e.clientX, y: e.clientY });
    },
    style: { transform: `translateY(${index * ROW_HEIGHT}px)` },
    "aria-rowindex": index + 2,
    dataset: { index, id: u.id, version: u.version, sync: u.sync_state },
  },
  h("span", { class: "cell cell-name", role: "gridcell" },
    avatar(u.id, u.initials, "sm", [[u.avatar, "thumbnail"]]),
    h("span", { class: "name", dir: "auto" }, name),
    u.sync_state && u.sync_state !== "synced"
      ? h("span", { class: `sync-pill sync-${u.sync_state}`, title: t(`sync-state-${u.sync_state}`), dataset: { sync: u.sync_state } }, t(`sync-state-${u.sync_state}`))
      : null),
  h("span", { class: "cell cell-email", role: "gridcell", dir: "ltr" }, u.email),
  h("span", { class: "cell cell-badge mono", role: "gridcell" }, u.badge_id ?? ""),
  h("span", { class: "cell cell-title", role: "gridcell" }, u.title ?? ""),
  h("span", { class: "cell cell-type", role: "gridcell" }, t(`type-${u.account_type}`)),
  h("span", { class: "cell cell-status", role: "gridcell" },
    statusBadge(u.status)),
  h("span", { class: "cell cell-since", role: "gridcell" }, formatDate(u.created_at)));
  row.menuButton = h("button", {
    type: "button", class: "row-menu", tabindex: "-1", "aria-haspopup": "menu", "aria-expanded": "false",
    "aria-label": `${t("row-actions-title")}: ${name}`, title: t("row-actions-title"),
    style: { transform: `translateY(${index * ROW_HEIGHT}px)` },
    dataset: { menuFor: u.id },
    onclick: () => openRowMenu(row, u),
  }, "⋯");
  return row;
}

// The row's actions, by core's rules for this user as the cache holds them now.
async function openRowMenu(row, u, point) {
  let user;
  try {
    user = await api.getUser(u.id);
  } catch {
    return;
  }
  const button = row.menuButton;
  button.setAttribute("aria-expanded", "true");
  const done = () => {
    invalidateUsers();
    scheduleRender();
  };
  const items = actionsFor(user, { open: () => { location.hash = `#/users/${u.id}`; }, done });
  const run = (item) => async () => {
    try {
      await item.run();
    } catch (err) {
      showListNotice(err.message ?? String(err));
    }
  };
  openMenu({
    id: "row-menu", label: t("row-actions-title"), at: button, point,
    items: items.map((item) => ({ ...item, run: run(item) })),
  });
  const observer = new MutationObserver(() => {
    if (!document.getElementById("row-menu")) {
      button.setAttribute("aria-expanded", "false");
      observer.disconnect();
    }
  });
  observer.observe(document.body, { childList: true });
}

function showListNotice(message) {
  view?.count.replaceChildren(h("span", { class: "error-text", role: "alert" }, message));
}

function focusRow(index) {
  if (index < 0 || index >= state.total) return;
  const { viewport } = view;
  const top = index * ROW_HEIGHT;
  if (top < viewport.scrollTop) viewport.scrollTop = top;
  else if (top + ROW_HEIGHT > viewport.scrollTop + viewport.clientHeight) viewport.scrollTop = top + ROW_HEIGHT - viewport.clientHeight;
  render();
  view.spacer.querySelector(`[data-index="${index}"]`)?.focus({ preventScroll: true });
}

function onRowKey(e) {
  const index = Number(document.activeElement?.dataset?.index);
  if (Number.isNaN(index)) return;
  if ((e.key === "F10" && e.shiftKey) || e.key === "ContextMenu") {
    e.preventDefault();
    const row = document.activeElement;
    const u = rowAt(index);
    if (u) openRowMenu(row, u);
    return;
  }
  const perPage = Math.max(1, Math.floor(view.viewport.clientHeight / ROW_HEIGHT) - 1);
  const moves = { ArrowDown: 1, ArrowUp: -1, PageDown: perPage, PageUp: -perPage };
  if (e.key in moves) {
    e.preventDefault();
    if (e.key === "ArrowUp" && index === 0) view.search.focus();
    else focusRow(Math.min(state.total - 1, Math.max(0, index + moves[e.key])));
  } else if (e.key === "Home" && e.ctrlKey) {
    e.preventDefault();
    focusRow(0);
  } else if (e.key === "End" && e.ctrlKey) {
    e.preventDefault();
    focusRow(state.total - 1);
  }
}

/// A profile edit changes what the list shows: forget the loaded pages so they are fetched again.
export function invalidateUsers() {
  state.pages = new Map();
  state.generation++;
}

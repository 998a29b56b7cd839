// The avatar editor: the chosen picture with a square the admin drags (or moves with the arrow
// keys), zooms (slider, wheel, pinch on a touchpad, + and −) and turns by quarter turns; round
// previews at the two sizes avatars are shown at; "Set as avatar" or "Cancel".
//
// The square is kept in the full-size pixels of the turned picture, as the backend cuts it; the
// preview (at most 720 px) is only for drawing.

import { h } from "../dom.js";
import { t } from "../i18n.js";
import { openDialog } from "./dialog.js";

const STAGE_W = 520;
const STAGE_H = 380;
// The sizes the avatar is shown at: the profile's and the list's.
const PREVIEWS = [72, 32];

function loadImage(src) {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = reject;
    img.src = src;
  });
}

// The preview turned by `q` clockwise quarter turns, on a canvas of its own.
function turned(img, q) {
  const c = document.createElement("canvas");
  const odd = q % 2 === 1;
  c.width = odd ? img.naturalHeight : img.naturalWidth;
  c.height = odd ? img.naturalWidth : img.naturalHeight;
  const g = c.getContext("2d");
  g.translate(c.width / 2, c.height / 2);
  g.rotate((q * Math.PI) / 2);
  g.drawImage(img, -img.naturalWidth / 2, -img.naturalHeight / 2);
  return c;
}

// Opens the editor on `opened` ({session, width, height, preview}); `save(chosen)` sets the avatar
// and resolves, or throws the backend's refusal (shown in the editor). Resolves when closed.
export async function openAvatarEditor(opened, save) {
  const img = await loadImage(opened.preview);
  const s = { q: 0, W: opened.width, H: opened.height, x: 0, y: 0, size: 0, busy: false };
  let picture = turned(img, 0);

  const stage = h("canvas", {
    class: "avatar-stage",
    id: "avatar-stage",
    tabindex: "0",
    role: "img",
    "aria-label": t("avatar-editor-stage"),
    "aria-describedby": "avatar-editor-keys",
  });
  const zoom = h("input", { type: "range", id: "avatar-zoom", min: "0", max: "1000", value: "0", "aria-label": t("avatar-zoom") });
  const previews = PREVIEWS.map((px) => h("canvas", { class: "avatar-preview-round", width: String(px * 2), height: String(px * 2), style: { width: `${px}px`, height: `${px}px` } }));
  const message = h("div", { class: "field-message", id: "avatar-editor-message", role: "alert" });
  const rotate = h("button", { type: "button", class: "button secondary", id: "avatar-rotate" }, t("avatar-rotate"));
  const cancel = h("button", { type: "button", class: "button secondary", id: "avatar-cancel" }, t("avatar-cancel"));
  const set = h("button", { type: "button", class: "button", id: "avatar-set" }, t("avatar-set"));

  const body = h("div", { class: "avatar-editor" },
    h("div", { class: "avatar-editor-main" },
      stage,
      h("div", { class: "avatar-zoom-row" }, h("label", { for: "avatar-zoom" }, t("avatar-zoom")), zoom, rotate),
      h("div", { class: "field-hint", id: "avatar-editor-keys" }, t("avatar-editor-keys"))),
    h("div", { class: "avatar-editor-side" },
      h("div", { class: "avatar-preview-label" }, t("avatar-preview")),
      h("div", { class: "avatar-previews" }, ...previews)),
    message,
    h("div", { class: "dialog-actions" }, cancel, set));

  let done;
  const closed = new Promise((resolve) => { done = resolve; });
  const { dialog, close } = openDialog({
    id: "avatar-editor",
    title: t("avatar-editor-title"),
    body,
    onClose: () => done(),
  });

  // Geometry: the stage shows the turned picture fitted; `k` is stage pixels per picture pixel.
  let k = 1;
  const minSize = () => Math.max(1, Math.min(s.W, s.H, Math.max(32, Math.round(Math.min(s.W, s.H) / 10))));
  const maxSize = () => Math.min(s.W, s.H);
  const clamp = () => {
    s.size = Math.round(Math.min(maxSize(), Math.max(minSize(), s.size)));
    s.x = Math.round(Math.min(s.W - s.size, Math.max(0, s.x)));
    s.y = Math.round(Math.min(s.H - s.size, Math.max(0, s.y)));
  };
  const centre = () => {
    s.size = maxSize();
    s.x = (s.W - s.size) / 2;
    s.y = (s.H - s.size) / 2;
    clamp();
  };
  const zoomTo = (size, ax = s.x + s.size / 2, ay = s.y + s.size / 2) => {
    // Zooming keeps the point under the pointer (or the centre) where it is in the square.
    const fx = (ax - s.x) / s.size;
    const fy = (ay - s.y) / s.size;
    const next = Math.min(maxSize(), Math.max(minSize(), size));
    s.x = ax - fx * next;
    s.y = ay - fy * next;
    s.size = next;
    clamp();
    draw();
  };

  function draw() {
    const ratio = window.devicePixelRatio || 1;
    k = Math.min(STAGE_W / s.W, STAGE_H / s.H);
    const w = Math.round(s.W * k);
    const hgt = Math.round(s.H * k);
    stage.width = Math.round(w * ratio);
    stage.height = Math.round(hgt * ratio);
    stage.style.width = `${w}px`;
    stage.style.height = `${hgt}px`;
    const g = stage.getContext("2d");
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.drawImage(picture, 0, 0, w, hgt);
    // Outside the square dimmed; the square and its circle outlined.
    g.fillStyle = "rgba(15, 20, 30, 0.55)";
    g.beginPath();
    g.rect(0, 0, w, hgt);
    g.rect(s.x * k + s.size * k, s.y * k, -s.size * k, s.size * k);
    g.fill("evenodd");
    g.strokeStyle = "rgba(255, 255, 255, 0.95)";
    g.lineWidth = 2;
    g.strokeRect(s.x * k + 1, s.y * k + 1, s.size * k - 2, s.size * k - 2);
    g.setLineDash([4, 4]);
    g.beginPath();
    g.arc((s.x + s.size / 2) * k, (s.y + s.size / 2) * k, (s.size * k) / 2 - 1, 0, 2 * Math.PI);
    g.stroke();
    g.setLineDash([]);
    // The previews, from the preview picture's pixels of the square.
    const p = picture.width / s.W;
    for (const c of previews) {
      const pg = c.getContext("2d");
      pg.imageSmoothingQuality = "high";
      pg.clearRect(0, 0, c.width, c.height);
      pg.drawImage(picture, s.x * p, s.y * p, s.size * p, s.size * p, 0, 0, c.width, c.height);
    }
    const range = maxSize() - minSize();
    zoom.value = String(range > 0 ? Math.round(((maxSize() - s.size) / range) * 1000) : 0);
    stage.dataset.crop = `${s.x},${s.y},${s.size}`;
    stage.dataset.turns = String(s.q);
  }

  // Dragging the square (or the picture under it) moves it.
  let drag = null;
  stage.addEventListener("pointerdown", (e) => {
    stage.setPointerCapture(e.pointerId);
    drag = { px: e.clientX, py: e.clientY, x: s.x, y: s.y };
    stage.focus();
  });
  stage.addEventListener("pointermove", (e) => {
    if (!drag) return;
    s.x = drag.x + (e.clientX - drag.px) / k;
    s.y = drag.y + (e.clientY - drag.py) / k;
    clamp();
    draw();
  });
  const endDrag = () => { drag = null; };
  stage.addEventListener("pointerup", endDrag);
  stage.addEventListener("pointercancel", endDrag);
  // The wheel zooms about the pointer; a touchpad's pinch arrives as a wheel with Ctrl held.
  stage.addEventListener("wheel", (e) => {
    e.preventDefault();
    const r = stage.getBoundingClientRect();
    const ax = (e.clientX - r.left) / k;
    const ay = (e.clientY - r.top) / k;
    const factor = Math.exp(e.deltaY * (e.ctrlKey ? 0.01 : 0.0015));
    zoomTo(s.size * factor, ax, ay);
  }, { passive: false });
  // WebKit's own pinch gesture on macOS.
  let gestureStart = 0;
  stage.addEventListener("gesturestart", (e) => { e.preventDefault(); gestureStart = s.size; });
  stage.addEventListener("gesturechange", (e) => { e.preventDefault(); if (e.scale) zoomTo(gestureStart / e.scale); });
  zoom.addEventListener("input", () => {
    const f = Number(zoom.value) / 1000;
    zoomTo(maxSize() - f * (maxSize() - minSize()));
  });
  const turn = () => {
    s.q = (s.q + 1) % 4;
    [s.W, s.H] = [s.H, s.W];
    picture = turned(img, s.q);
    // The square's centre turns with the picture.
    const cx = s.x + s.size / 2;
    const cy = s.y + s.size / 2;
    s.x = s.W - cy - s.size / 2;
    s.y = cx - s.size / 2;
    clamp();
    draw();
  };
  rotate.addEventListener("click", turn);
  stage.addEventListener("keydown", (e) => {
    const step = Math.max(1, Math.round(s.size * (e.shiftKey ? 0.25 : 0.04)));
    const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (moves[e.key]) {
      // Left and right follow the reading direction's mirror-free picture: the picture is never
      // mirrored, so the keys move the square as they point.
      s.x += moves[e.key][0];
      s.y += moves[e.key][1];
      clamp();
      draw();
    } else if (e.key === "+" || e.key === "=") {
      zoomTo(s.size / 1.1);
    } else if (e.key === "-" || e.key === "−") {
      zoomTo(s.size * 1.1);
    } else if (e.key === "r" || e.key === "R" || e.code === "KeyR") {
      // By the key's place too: on an Arabic or Hebrew layout the R key types ق or ר.
      turn();
    } else if (e.key === "Enter") {
      commit();
    } else {
      return;
    }
    e.preventDefault();
  });

  async function commit() {
    if (s.busy) return;
    s.busy = true;
    set.disabled = true;
    rotate.disabled = true;
    set.textContent = t("avatar-saving");
    message.replaceChildren();
    message.classList.remove("error");
    try {
      await save({ session: opened.session, quarter_turns: s.q, x: s.x, y: s.y, size: s.size });
      close();
    } catch (e) {
      message.classList.add("error");
      message.replaceChildren(h("span", { class: "error-text" }, e.message ?? String(e)));
      set.textContent = t("avatar-set");
      set.disabled = false;
      rotate.disabled = false;
      s.busy = false;
    }
  }
  set.addEventListener("click", commit);
  cancel.addEventListener("click", () => close());

  centre();
  draw();
  stage.focus();
  dialog.dataset.ready = "true";
  return closed;
}

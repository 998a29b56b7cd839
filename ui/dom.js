// Tiny helpers to build DOM nodes without innerHTML, so no user data is ever parsed as markup.

import { api } from "./api.js";

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    // The CSP forbids style attributes; the CSSOM is allowed.
    else if (key === "style") for (const [prop, v] of Object.entries(value)) el.style.setProperty(prop, String(v));
    else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (value === true) el.setAttribute(key, "");
    else el.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

// A stable, pleasant hue per person, so avatars are told apart at a glance.
export function hue(id) {
  let n = 0;
  for (const c of id) n = (n * 31 + c.charCodeAt(0)) % 360;
  return n;
}

// A person's avatar: their picture (`pictures`: the URIs to try, largest first, as
// [uri, "photo" | "thumbnail"]), else their initials (as core orders them) on a colour of their
// own. A picture that cannot be shown gives way to the next, and the last to the initials.
export function avatar(id, initials, size = "sm", pictures = []) {
  const el = h("span", { class: `avatar avatar-${size}`, style: { "--hue": hue(id) }, "aria-hidden": "true" }, initials);
  const tries = pictures.filter(([uri]) => uri);
  if (tries.length) {
    const img = h("img", { class: "avatar-picture", alt: "", decoding: "async", draggable: "false" });
    let next = 0;
    const load = () => {
      const [uri, kind] = tries[next++];
      img.src = api.pictureUrl(`${kind}/${uri}`);
    };
    img.addEventListener("error", () => (next < tries.length ? load() : img.remove()));
    load();
    el.append(img);
    el.dataset.picture = tries[0][0];
  }
  return el;
}


const SVG_NS = "http://www.w3.org/2000/svg";

// An inline icon from one path.
export function icon(className, pathData) {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("class", className);
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS(SVG_NS, "path");
  path.setAttribute("d", pathData);
  svg.append(path);
  return svg;
}

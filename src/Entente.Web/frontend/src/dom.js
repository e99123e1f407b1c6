// Builds DOM from data without ever parsing it as HTML: text goes through textContent only,
// so article text, names and sentences stay inert whatever they contain.

const SAFE_ATTRS = new Set(["class", "id", "title", "type", "name", "value", "placeholder", "for", "min", "max", "step",
  "rows", "cols", "colspan", "role", "aria-label", "aria-live", "download", "checked", "selected", "disabled", "required",
  "maxlength", "lang", "tabindex"]);

/** h("a", {href: "#/x", class: "c", onclick: fn}, "text", child) */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else if (key === "href") {
      el.setAttribute("href", safeHref(value));
    } else if (key.startsWith("data-") || SAFE_ATTRS.has(key)) {
      el.setAttribute(key, value === true ? "" : String(value));
    } else {
      throw new Error("attribute not allowed: " + key);
    }
  }
  append(el, children);
  return el;
}

/** SVG elements (chart); attributes are numbers and fixed names from our code. */
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// Only in-app routes and our own API: a "javascript:" or remote address from data never becomes a link.
export function safeHref(value) {
  const s = String(value);
  return /^(#|\/(?!\/))/.test(s) ? s : "#";
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export const QUADS = {
  1: { name: "Verbal cooperation", color: "#2f855a" },
  2: { name: "Material cooperation", color: "#3182ce" },
  3: { name: "Verbal conflict", color: "#dd6b20" },
  4: { name: "Material conflict", color: "#c53030" },
};

export function quadBadge(q) {
  const quad = QUADS[q] || { name: "?", color: "#718096" };
  return h("span", { class: `badge q${q}`, title: quad.name }, `Q${q}`);
}

export function actorLink(id, name, code) {
  if (!id) return h("span", { class: "muted" }, name || "—");
  return h("a", { href: `#/actor/${Number(id)}`, class: "actor-link" }, name || "?", code ? h("span", { class: "code" }, ` ${code}`) : null);
}

export function errorBox(message) {
  return h("div", { class: "error", role: "alert" }, message);
}

export function loading() {
  return h("div", { class: "loading" }, "Loading…");
}

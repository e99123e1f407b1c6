import { h } from "../dom.js";

// The event filters of `entente events` as a form; submit navigates to the same view with the values in the hash.
export const FILTERS = [
  { name: "actor", label: "Actor", placeholder: "name or code" },
  { name: "country", label: "Country", placeholder: "ISO3, e.g. ARM", size: 6 },
  { name: "source", label: "Source", placeholder: "ISO3", size: 6 },
  { name: "target", label: "Target", placeholder: "ISO3", size: 6 },
  { name: "pair", label: "Pair", placeholder: "ARM-AZE", size: 8 },
  { name: "cameo", label: "CAMEO", placeholder: "04 or 042", size: 5 },
  { name: "plover", label: "PLOVER", placeholder: "CONSULT", size: 8 },
  { name: "quad", label: "Quad", options: ["", "1", "2", "3", "4"] },
  { name: "from", label: "From", type: "date" },
  { name: "to", label: "To", type: "date" },
  { name: "text", label: "Text", placeholder: "words in the sentence" },
  { name: "sanctioned", label: "Sanctioned only", type: "checkbox" },
  { name: "all", label: "Include negated/intended", type: "checkbox" },
];

export function filterValues(params, names = FILTERS.map(f => f.name)) {
  const out = {};
  for (const n of names) if (params.get(n)) out[n] = params.get(n);
  return out;
}

export function filterForm(route, params, names, extra = []) {
  const fields = FILTERS.filter(f => names.includes(f.name));
  const form = h("form", { class: "filters", "aria-label": "filters" },
    fields.map(f => h("label", { class: f.type === "checkbox" ? "check" : "" }, h("span", {}, f.label), input(f, params.get(f.name)))),
    extra,
    h("button", { type: "submit", class: "primary" }, "Apply"),
    h("button", { type: "button", onclick: () => { location.hash = `#/${route}`; } }, "Reset"));
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    const next = new URLSearchParams();
    for (const el of form.elements) {
      if (!el.name) continue;
      if (el.type === "checkbox") { if (el.checked) next.set(el.name, "true"); }
      else if (el.value.trim()) next.set(el.name, el.value.trim());
    }
    location.hash = `#/${route}?${next.toString()}`;
  });
  return form;
}

function input(f, value) {
  if (f.options) {
    return h("select", { name: f.name }, f.options.map(o => h("option", { value: o, selected: o === (value || "") }, o || "any")));
  }
  if (f.type === "checkbox") return h("input", { type: "checkbox", name: f.name, checked: value === "true" });
  const el = h("input", { type: f.type || "text", name: f.name, placeholder: f.placeholder, value: value || "" });
  if (f.size) el.size = f.size;
  return el;
}

import { h } from "../dom.js";

// Sanctions hits with the list entry and the reasons for the verdict.
export function hitList(hits) {
  if (!hits || hits.length === 0) return h("p", { class: "muted" }, "No sanctions hits.");
  return h("ul", { class: "hits" }, hits.map(hit => h("li", { class: `hit ${hit.status}` },
    h("div", {}, h("span", { class: `badge ${hit.status === "match" ? "sanctioned" : "possible"}` }, hit.status), " ",
      h("strong", {}, hit.entity_name || hit.entity || ""), " ≈ ", hit.entry_name || (hit.entry && hit.entry.name) || "",
      h("span", { class: "muted" }, ` (${hit.list || (hit.entry && hit.entry.list) || ""} ${hit.entry_id || (hit.entry && hit.entry.id) || ""}, score ${Number(hit.score).toFixed(2)})`)),
    hit.programs ? h("div", { class: "small muted" }, "Programmes: " + (Array.isArray(hit.programs) ? hit.programs.join(", ") : hit.programs)) : null,
    h("ul", { class: "reasons" }, reasons(hit).map(r => h("li", {}, r))))));
}

function reasons(hit) {
  const r = hit.reasons;
  if (Array.isArray(r)) return r;
  return String(r || "").split(/\s*[;\n]\s*/).filter(Boolean);
}

import cytoscape from "cytoscape";
import { h, clear, QUADS, actorLink, quadBadge, errorBox } from "../dom.js";
import { getJson } from "../api.js";
import { filterForm, filterValues } from "./filters.js";
import { evidence } from "./evidence.js";

const NAMES = ["country", "cameo", "plover", "quad", "from", "to", "sanctioned", "all"];

// States and actors as a graph: edges coloured by quad class and as thick as their count; sanctioned parties outlined in red.
export async function networkView(root, { params }) {
  const filters = filterValues(params, NAMES);
  const limitInput = h("input", { type: "number", name: "limit", min: 1, max: 5000, value: params.get("limit") || "300" });
  const states = params.get("nodes") === "states";
  const nodesSelect = h("select", { name: "nodes" }, h("option", { value: "actors" }, "actors"), h("option", { value: "states", selected: states }, "states"));
  root.append(h("h1", {}, "Network"), filterForm("network", params, NAMES,
    [h("label", {}, h("span", {}, "Nodes"), nodesSelect), h("label", {}, h("span", {}, "Edges"), limitInput)]));
  const raw = await getJson("/api/network", { ...filters, limit: params.get("limit") || 300 });
  const data = states ? byState(raw) : raw;
  const graph = h("div", { id: "graph", class: "graph", role: "img", "aria-label": "actor network" });
  const side = h("aside", { class: "edge-panel", id: "edge-panel" }, h("p", { class: "muted" }, "Click an edge to see its events and evidence, a node to open the actor."));
  root.append(legend(), h("div", { class: "graph-layout" }, graph, side));
  if (data.nodes.length === 0) {
    graph.append(h("p", { class: "empty" }, "No events between two actors match these filters."));
    return;
  }
  const max = Math.max(...data.edges.map(e => e.count));
  const cy = cytoscape({
    container: graph,
    elements: [
      ...data.nodes.map(n => ({ data: { id: "n" + n.id, actorId: n.id, label: n.name, code: n.code || "", type: n.type, sanctioned: n.sanctioned ? 1 : 0, size: 18 + Math.min(40, n.events * 2) } })),
      ...data.edges.map(e => ({ data: { id: `e${e.source_id}-${e.target_id}`, source: "n" + e.source_id, target: "n" + e.target_id, edge: e,
        color: (QUADS[e.quad_class] || { color: "#718096" }).color, width: 1.5 + 8 * (e.count / max), label: String(e.count), sanctioned: e.sanctioned ? 1 : 0 } })),
    ],
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#4a5568", color: "#1a202c", "font-size": 11,
        "text-valign": "bottom", "text-margin-y": 4, "text-outline-color": "#fff", "text-outline-width": 2 } },
      { selector: "node[type = 'LOC'], node[type = 'GPE']", style: { shape: "round-rectangle", "background-color": "#2b6cb0" } },
      { selector: "node[type = 'PERSON']", style: { "background-color": "#805ad5" } },
      { selector: "node[type = 'ORG']", style: { shape: "diamond", "background-color": "#2c7a7b" } },
      { selector: "node[sanctioned = 1]", style: { "border-width": 4, "border-color": "#e53e3e", "border-style": "double" } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)", "target-arrow-shape": "triangle",
        "curve-style": "bezier", opacity: 0.85, label: "data(label)", "font-size": 9, color: "#4a5568", "text-background-color": "#fff", "text-background-opacity": 0.8 } },
      { selector: "edge[sanctioned = 1]", style: { "line-style": "dashed" } },
      { selector: ":selected", style: { "overlay-color": "#ecc94b", "overlay-opacity": 0.35 } },
    ],
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 20 },
  });
  cy.on("tap", "edge", ev => showEdge(side, ev.target.data("edge"), filters));
  cy.on("tap", "node", ev => {
    location.hash = states ? `#/events?country=${encodeURIComponent(ev.target.data("code"))}` : `#/actor/${ev.target.data("actorId")}`;
  });
  // For tests and keyboard users: every edge is also listed as a button.
  root.append(h("details", { class: "edge-list" }, h("summary", {}, `All ${data.edges.length} edges`),
    h("ul", {}, data.edges.map(e => h("li", {}, h("button", { type: "button", class: "link", "data-edge": `${e.source_id}-${e.target_id}`,
      onclick: () => showEdge(side, e, filters) }, `${e.source_name} → ${e.target_name} (${e.count})`))))));
  window.__entente = { cy };
}

async function showEdge(panel, edge, filters) {
  clear(panel).append(h("h2", {}, edge.source_name, " → ", edge.target_name),
    h("p", {}, quadBadge(edge.quad_class), ` ${edge.count} event${edge.count === 1 ? "" : "s"} · mean Goldstein ${edge.mean_goldstein.toFixed(1)}`,
      edge.sanctioned ? h("span", { class: "badge sanctioned" }, "sanctioned party") : null));
  try {
    const events = edge.state
      ? (await getJson("/api/events", { ...filters, source: edge.source_country, target: edge.target_country, limit: 200 })).items
      : await getJson("/api/network/edge", { ...filters, source_id: edge.source_id, target_id: edge.target_id });
    panel.append(h("ul", { class: "edge-events" }, events.map(e => h("li", {},
      h("div", {}, h("a", { href: `#/event/${e.id}` }, `${e.cameo} ${e.cameo_name}`), h("span", { class: "muted" }, ` ${e.date || "undated"}`)),
      evidence(e.sentence),
      h("div", { class: "small" }, h("a", { href: `#/article/${e.first_article_id}` }, "open article"))))));
  } catch (e) {
    panel.append(errorBox(e.message));
  }
}

// Folds actors into their countries: one node per state, edges summed (mean Goldstein weighted by count).
function byState(data) {
  const edges = new Map();
  for (const e of data.edges) {
    if (!e.source_country || !e.target_country || e.source_country === e.target_country) continue;
    const key = `${e.source_country}>${e.target_country}`;
    const agg = edges.get(key) || { source_country: e.source_country, target_country: e.target_country, count: 0, sum: 0, quads: {}, sanctioned: false };
    agg.count += e.count;
    agg.sum += e.mean_goldstein * e.count;
    agg.quads[e.quad_class] = (agg.quads[e.quad_class] || 0) + e.count;
    agg.sanctioned = agg.sanctioned || e.sanctioned;
    edges.set(key, agg);
  }
  const codes = [...new Set([...edges.values()].flatMap(e => [e.source_country, e.target_country]))];
  const index = new Map(codes.map((c, i) => [c, i + 1]));
  const nameOf = code => (data.nodes.find(n => n.country === code && (n.type === "LOC" || n.type === "GPE") && n.code === code) || { name: code }).name;
  return {
    nodes: codes.map(c => ({ id: index.get(c), name: nameOf(c), type: "LOC", country: c, code: c, events: 0, sanctioned: false })),
    edges: [...edges.values()].map(e => ({
      state: true, source_id: index.get(e.source_country), target_id: index.get(e.target_country), source_name: nameOf(e.source_country), target_name: nameOf(e.target_country),
      source_country: e.source_country, target_country: e.target_country, count: e.count, mean_goldstein: e.sum / e.count,
      quad_class: Number(Object.entries(e.quads).sort((a, b) => b[1] - a[1])[0][0]), sanctioned: e.sanctioned,
    })),
  };
}

function legend() {
  return h("div", { class: "legend" }, Object.entries(QUADS).map(([q, v]) => h("span", { class: "legend-item" }, h("span", { class: `swatch q${q}` }), v.name)),
    h("span", { class: "legend-item" }, h("span", { class: "swatch sanctioned-swatch" }), "sanctioned (red ring, dashed edge)"),
    h("span", { class: "legend-item muted" }, "square: state or place · circle: person · diamond: organisation"));
}

import { h, svg } from "../dom.js";
import { getJson } from "../api.js";
import { hitList } from "./hits.js";
import { eventItem } from "./article.js";

// An actor's page: the store row, offices over time for a known person, its events, its sanctions hits with reasons.
export async function actorView(root, { id }) {
  const p = await getJson(`/api/actors/${encodeURIComponent(id)}`);
  const a = p.actor;
  root.append(
    h("h1", {}, a.name, a.sanctioned ? h("span", { class: "badge sanctioned" }, "sanctioned") : null),
    h("dl", { class: "facts" },
      fact("Type", a.type), fact("Country", a.country), fact("Sector", a.sector), fact("Code", a.code),
      fact("Events", String(a.events)), fact("Articles", String(a.articles)), fact("Key", a.actor_key)));
  if (p.person) {
    const person = p.person;
    root.append(h("h2", {}, "Offices over time"),
      h("p", { class: "muted" }, `Born ${person.born || "?"}${person.died ? `, died ${person.died}` : ""}`,
        person.aliases.length ? ` · also ${person.aliases.join(", ")}` : ""),
      person.offices.length ? officeChart(person.offices) : h("p", { class: "muted" }, "No offices recorded."),
      h("table", { class: "offices" }, h("thead", {}, h("tr", {}, ["Office", "Country", "Sector", "From", "To"].map(t => h("th", {}, t)))),
        h("tbody", {}, person.offices.map(o => h("tr", {}, h("td", {}, o.role), h("td", {}, o.country || "intl"), h("td", {}, o.sector),
          h("td", { class: "nowrap" }, o.start), h("td", { class: "nowrap" }, o.end || "now"))))));
  }
  root.append(
    h("h2", {}, `Sanctions hits (${p.hits.length})`), hitList(p.hits),
    h("h2", {}, `Events (${p.events.length})`),
    p.events.length ? h("ol", { class: "article-events wide" }, p.events.map(eventItem)) : h("p", { class: "muted" }, "No events."),
    h("p", {}, h("a", { href: `#/events?actor=${encodeURIComponent(a.code && a.type !== "PERSON" ? a.code : a.name)}&all=true` }, "Open these in the events table")));
}

function fact(label, value) {
  return value ? [h("dt", {}, label), h("dd", {}, value)] : [];
}

// Tenures as bars on a time axis.
function officeChart(offices) {
  const year = d => Number(d.slice(0, 4)) + (Number(d.slice(5, 7)) - 1) / 12;
  const now = new Date().getFullYear() + new Date().getMonth() / 12;
  const start = Math.floor(Math.min(...offices.map(o => year(o.start))));
  const end = Math.ceil(Math.max(...offices.map(o => (o.end ? year(o.end) : now))));
  const width = 760, rowH = 26, left = 260, top = 20;
  const x = v => left + ((v - start) / Math.max(1, end - start)) * (width - left - 20);
  const height = top + offices.length * rowH + 10;
  const step = Math.max(1, Math.ceil((end - start) / 10));
  const ticks = [];
  for (let t = start; t <= end; t += step) ticks.push(t);
  return h("div", { class: "chart-wrap" }, svg("svg", { class: "chart offices-chart", width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "offices over time" },
    ticks.map(t => svg("g", {}, svg("line", { x1: x(t), x2: x(t), y1: top - 4, y2: height, stroke: "#e2e8f0" }),
      svg("text", { x: x(t), y: 12, "font-size": 10, "text-anchor": "middle", fill: "#4a5568" }, String(t)))),
    offices.map((o, i) => svg("g", {},
      svg("text", { x: left - 8, y: top + i * rowH + 16, "font-size": 11, "text-anchor": "end", fill: "#1a202c" }, truncate(`${o.role} (${o.country || "intl"})`, 40)),
      svg("rect", { x: x(year(o.start)), y: top + i * rowH + 5, width: Math.max(3, x(o.end ? year(o.end) : now) - x(year(o.start))), height: rowH - 10, rx: 3,
        fill: o.end ? "#805ad5" : "#38a169" }, svg("title", {}, `${o.role}: ${o.start} – ${o.end || "now"}`))))));
}

const truncate = (s, n) => (s.length > n ? s.slice(0, n - 1) + "…" : s);

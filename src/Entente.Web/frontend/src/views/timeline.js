import { h, svg, QUADS } from "../dom.js";
import { getJson } from "../api.js";
import { filterForm, filterValues } from "./filters.js";

const NAMES = ["actor", "country", "pair", "cameo", "plover", "from", "to", "sanctioned", "all"];

// Events per day, week or month, stacked by quad class, drawn as SVG.
export async function timelineView(root, { params }) {
  const by = ["day", "week", "month"].includes(params.get("by")) ? params.get("by") : "month";
  const filters = filterValues(params, NAMES);
  const unit = h("select", { name: "by" }, ["day", "week", "month"].map(u => h("option", { value: u, selected: u === by }, u)));
  root.append(h("h1", {}, "Timeline"), filterForm("timeline", params, NAMES, [h("label", {}, h("span", {}, "Per"), unit)]));
  const data = await getJson("/api/counts", { ...filters, by });
  const periods = [...new Set(data.buckets.map(b => b.key))];
  if (periods.length === 0) {
    root.append(h("p", { class: "empty" }, "No dated events match these filters."));
    return;
  }
  const table = new Map(periods.map(p => [p, { 1: 0, 2: 0, 3: 0, 4: 0 }]));
  for (const b of data.buckets) table.get(b.key)[b.quad_class] = b.count;
  root.append(legend(), chart(periods, table, by), summary(periods, table));
}

function chart(periods, table, by) {
  const width = Math.max(640, periods.length * 22 + 80);
  const height = 320;
  const pad = { left: 44, right: 12, top: 12, bottom: 70 };
  const max = Math.max(1, ...periods.map(p => total(table.get(p))));
  const plotH = height - pad.top - pad.bottom;
  const slot = (width - pad.left - pad.right) / periods.length;
  const barW = Math.max(3, Math.min(28, slot * 0.75));
  const y = v => pad.top + plotH - (v / max) * plotH;
  const ticks = niceTicks(max);
  const chartEl = svg("svg", { class: "chart", width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": `events per ${by}` },
    ticks.map(t => svg("g", {},
      svg("line", { x1: pad.left, x2: width - pad.right, y1: y(t), y2: y(t), stroke: "#e2e8f0" }),
      svg("text", { x: pad.left - 6, y: y(t) + 4, "text-anchor": "end", "font-size": 11, fill: "#4a5568" }, String(t)))),
    periods.map((p, i) => {
      const x = pad.left + i * slot + (slot - barW) / 2;
      let base = 0;
      const counts = table.get(p);
      const bars = [1, 2, 3, 4].filter(q => counts[q] > 0).map(q => {
        const rect = svg("rect", { x, y: y(base + counts[q]), width: barW, height: y(base) - y(base + counts[q]), fill: QUADS[q].color, class: `bar q${q}` },
          svg("title", {}, `${p}: ${counts[q]} ${QUADS[q].name.toLowerCase()}`));
        base += counts[q];
        return rect;
      });
      const showLabel = periods.length <= 40 || i % Math.ceil(periods.length / 40) === 0;
      return svg("g", { class: "period", "data-key": p },
        bars,
        showLabel ? svg("text", { x: x + barW / 2, y: height - pad.bottom + 12, "font-size": 10, fill: "#4a5568", "text-anchor": "end",
          transform: `rotate(-50 ${x + barW / 2} ${height - pad.bottom + 12})` }, p) : null);
    }),
    svg("line", { x1: pad.left, x2: width - pad.right, y1: y(0), y2: y(0), stroke: "#4a5568" }));
  return h("div", { class: "chart-wrap" }, chartEl);
}

function summary(periods, table) {
  const sums = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const p of periods) for (const q of [1, 2, 3, 4]) sums[q] += table.get(p)[q];
  return h("p", { class: "muted" }, `${periods.length} periods, ${total(sums)} events: `,
    [1, 2, 3, 4].map(q => `${QUADS[q].name.toLowerCase()} ${sums[q]}`).join(", "));
}

function legend() {
  return h("div", { class: "legend" }, Object.entries(QUADS).map(([q, v]) => h("span", { class: "legend-item" }, h("span", { class: `swatch q${q}` }), v.name)));
}

const total = c => c[1] + c[2] + c[3] + c[4];

function niceTicks(max) {
  const step = Math.max(1, Math.pow(10, Math.floor(Math.log10(max))) * (max / Math.pow(10, Math.floor(Math.log10(max))) > 5 ? 2 : 1));
  const out = [];
  for (let t = 0; t <= max; t += step) out.push(t);
  return out;
}

import { h, actorLink, quadBadge } from "../dom.js";
import { getJson } from "../api.js";
import { FILTERS, filterForm, filterValues } from "./filters.js";

const NAMES = FILTERS.map(f => f.name);
const SORTS = { date: "Date (newest)", oldest: "Date (oldest)", mentions: "Reports", goldstein: "Goldstein (most conflictual)" };
const PAGE = 50;

// The events table: the filters of `entente events`, server-side sorting and paging, CSV export of all matches.
export async function eventsView(root, { params }) {
  const filters = filterValues(params, NAMES);
  const sort = SORTS[params.get("sort")] ? params.get("sort") : "date";
  const offset = Math.max(0, Number.parseInt(params.get("offset") || "0", 10) || 0);
  const sortSelect = h("select", { name: "sort" }, Object.entries(SORTS).map(([k, v]) => h("option", { value: k, selected: k === sort }, v)));
  root.append(h("h1", {}, "Events"), filterForm("events", params, NAMES, [h("label", {}, h("span", {}, "Sort"), sortSelect)]));
  const page = await getJson("/api/events", { ...filters, sort, limit: PAGE, offset });
  const exportButton = h("button", { type: "button", id: "export-csv", onclick: () => exportCsv(filters, sort, exportButton) }, "Export CSV");
  root.append(h("div", { class: "toolbar" },
    h("span", { id: "event-total" }, `${page.total} event${page.total === 1 ? "" : "s"}`),
    page.total > PAGE ? h("span", { class: "muted" }, ` · ${offset + 1}–${Math.min(offset + PAGE, page.total)}`) : null,
    exportButton));
  if (page.items.length === 0) {
    root.append(h("p", { class: "empty" }, "No events match these filters."));
    return;
  }
  const header = (label, key) => key
    ? h("th", {}, h("a", { href: link(params, { sort: key, offset: 0 }), class: key === sort ? "sorted" : "" }, label, key === sort ? " ▾" : ""))
    : h("th", {}, label);
  root.append(h("table", { class: "events", id: "events-table" },
    h("thead", {}, h("tr", {}, header("Date", sort === "date" ? "oldest" : "date"), header("Source"), header("Event"), header("Target"), header("Quad"),
      header("Goldstein", "goldstein"), header("Reports", "mentions"), header("Evidence"))),
    h("tbody", {}, page.items.map(e => h("tr", { "data-id": e.id },
      h("td", { class: "nowrap" }, e.date || "—"),
      h("td", {}, actorLink(e.source_actor_id, e.source_name, e.source_code)),
      h("td", {}, h("a", { href: `#/event/${e.id}` }, `${e.cameo} ${e.cameo_name}`), e.negated ? h("span", { class: "badge" }, "negated") : null,
        e.modality !== "asserted" ? h("span", { class: "muted small" }, ` ${e.modality}`) : null),
      h("td", {}, actorLink(e.target_actor_id, e.target_name, e.target_code)),
      h("td", {}, quadBadge(e.quad_class), e.sanctioned ? h("span", { class: "badge sanctioned" }, "sanctioned") : null),
      h("td", { class: "num" }, String(e.goldstein)),
      h("td", { class: "num" }, String(e.num_mentions)),
      h("td", { class: "sentence" }, h("a", { href: `#/article/${e.first_article_id}`, class: "quiet" }, e.sentence || "")))))));
  root.append(h("div", { class: "pager" },
    offset > 0 ? h("a", { href: link(params, { offset: Math.max(0, offset - PAGE) }) }, "← Previous") : null,
    offset + PAGE < page.total ? h("a", { href: link(params, { offset: offset + PAGE }) }, "Next →") : null));
}

function link(params, changes) {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) next.set(k, String(v));
  return "#/events?" + next.toString();
}

const COLUMNS = ["id", "date", "source_name", "source_code", "source_country", "cameo", "cameo_name", "target_name", "target_code", "target_country",
  "quad_class", "goldstein", "plover", "modality", "negated", "sanctioned", "num_mentions", "source_url", "sentence"];

// Every matching event, fetched page by page, written as CSV in the browser.
async function exportCsv(filters, sort, button) {
  button.disabled = true;
  try {
    const rows = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await getJson("/api/events", { ...filters, sort, limit: 1000, offset });
      rows.push(...page.items);
      if (rows.length >= page.total || page.items.length === 0) break;
    }
    const csv = [COLUMNS.join(","), ...rows.map(r => COLUMNS.map(c => csvCell(r[c])).join(","))].join("\r\n") + "\r\n";
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "entente-events.csv";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } finally {
    button.disabled = false;
  }
}

// Quotes every field that needs it, and defuses spreadsheet formulas (=, +, -, @ at the start).
export function csvCell(value) {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === "string") s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

import { h } from "../dom.js";
import { getJson } from "../api.js";

const PAGE = 50;

export async function articlesView(root, { params }) {
  const search = params.get("search") || "";
  const offset = Math.max(0, Number.parseInt(params.get("offset") || "0", 10) || 0);
  const box = h("input", { type: "search", name: "search", placeholder: "title, outlet or id", value: search });
  const form = h("form", { class: "filters" }, h("label", {}, h("span", {}, "Search"), box), h("button", { type: "submit", class: "primary" }, "Search"));
  form.addEventListener("submit", ev => { ev.preventDefault(); location.hash = "#/articles?" + new URLSearchParams({ search: box.value.trim() }); });
  root.append(h("h1", {}, "Articles"), form);
  const page = await getJson("/api/articles", { search, limit: PAGE, offset });
  if (page.items.length === 0) {
    root.append(h("p", { class: "empty" }, "No stored articles match. Ingest some with `entente ingest`, or code one on the “Code an article” page."));
    return;
  }
  root.append(h("table", { class: "articles" },
    h("thead", {}, h("tr", {}, ["Published", "Title", "Outlet", "Events"].map(t => h("th", {}, t)))),
    h("tbody", {}, page.items.map(a => h("tr", {},
      h("td", { class: "nowrap" }, a.published || "—"),
      h("td", {}, h("a", { href: `#/article/${a.id}` }, a.title || a.external_id)),
      h("td", {}, a.outlet),
      h("td", { class: "num" }, String(a.event_count)))))));
  const next = new URLSearchParams(params);
  root.append(h("div", { class: "pager" },
    offset > 0 ? h("a", { href: (next.set("offset", String(Math.max(0, offset - PAGE))), "#/articles?" + next) }, "← Previous") : null,
    page.has_more ? h("a", { href: (next.set("offset", String(offset + PAGE)), "#/articles?" + next) }, "Next →") : null));
}

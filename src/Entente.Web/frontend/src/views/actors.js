import { h } from "../dom.js";
import { getJson } from "../api.js";

const PAGE = 50;

export async function actorsView(root, { params }) {
  const search = params.get("search") || "";
  const country = params.get("country") || "";
  const offset = Math.max(0, Number.parseInt(params.get("offset") || "0", 10) || 0);
  const box = h("input", { type: "search", name: "search", placeholder: "name or code", value: search });
  const countryBox = h("input", { type: "text", name: "country", placeholder: "ISO3", value: country });
  countryBox.size = 6;
  const form = h("form", { class: "filters" }, h("label", {}, h("span", {}, "Search"), box), h("label", {}, h("span", {}, "Country"), countryBox),
    h("button", { type: "submit", class: "primary" }, "Search"));
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    location.hash = "#/actors?" + new URLSearchParams({ search: box.value.trim(), country: countryBox.value.trim() });
  });
  root.append(h("h1", {}, "Actors"), form);
  const page = await getJson("/api/actors", { search, country, limit: PAGE, offset });
  if (page.items.length === 0) {
    root.append(h("p", { class: "empty" }, "No actors match."));
    return;
  }
  root.append(h("table", { class: "actors" },
    h("thead", {}, h("tr", {}, ["Name", "Type", "Country", "Code", "Events", "Articles"].map(t => h("th", {}, t)))),
    h("tbody", {}, page.items.map(a => h("tr", {},
      h("td", {}, h("a", { href: `#/actor/${a.id}` }, a.name), a.sanctioned ? h("span", { class: "badge sanctioned" }, "sanctioned") : null),
      h("td", {}, a.type), h("td", {}, a.country || ""), h("td", { class: "code" }, a.code || ""),
      h("td", { class: "num" }, String(a.events)), h("td", { class: "num" }, String(a.articles)))))));
  const next = new URLSearchParams(params);
  root.append(h("div", { class: "pager" },
    offset > 0 ? h("a", { href: (next.set("offset", String(Math.max(0, offset - PAGE))), "#/actors?" + next) }, "← Previous") : null,
    page.has_more ? h("a", { href: (next.set("offset", String(offset + PAGE)), "#/actors?" + next) }, "Next →") : null));
}

import { h, actorLink, quadBadge } from "../dom.js";
import { getJson } from "../api.js";
import { evidence } from "./evidence.js";

// One event and every report of it.
export async function eventView(root, { id }) {
  const { event: e, mentions } = await getJson(`/api/events/${encodeURIComponent(id)}`);
  root.append(
    h("h1", {}, `${e.cameo} ${e.cameo_name}`),
    h("p", { class: "lead" }, actorLink(e.source_actor_id, e.source_name, e.source_code), " → ",
      actorLink(e.target_actor_id, e.target_name, e.target_code), " ", quadBadge(e.quad_class),
      h("span", { class: "muted" }, ` ${e.date || "undated"} · Goldstein ${e.goldstein} · ${e.modality}${e.negated ? " (negated)" : ""}`)),
    h("h2", {}, `Reports (${mentions.length})`),
    h("ul", { class: "evidence-list" }, mentions.map(m => h("li", {},
      evidence(m.sentence, m.trigger_start - m.sentence_start, m.trigger_end - m.sentence_start),
      h("div", { class: "muted small" }, h("a", { href: `#/article/${m.article_id}` }, m.article_title || m.article_source), ` · ${m.outlet} · ${m.published || ""}`)))));
}

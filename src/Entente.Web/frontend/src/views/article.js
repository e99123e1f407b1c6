import { h, actorLink, quadBadge } from "../dom.js";
import { getJson } from "../api.js";
import { annotatedText } from "./annotated.js";
import { hitList } from "./hits.js";

// One stored article: its text with event sentences, actors and triggers highlighted and linked, then its events and hits.
export async function articleView(root, { id }) {
  const detail = await getJson(`/api/articles/${encodeURIComponent(id)}`);
  const a = detail.article;
  const annotations = [];
  for (const ev of detail.events) {
    for (const m of ev.mentions) {
      const title = `${ev.event.cameo} ${ev.event.cameo_name}`;
      annotations.push({ start: m.sentence_start, end: m.sentence_end, kind: "sentence", title, key: String(ev.event.id) });
      annotations.push({ start: m.trigger_start, end: m.trigger_end, kind: "trigger", title, href: `#/event/${ev.event.id}`, key: String(ev.event.id) });
    }
  }
  for (const m of detail.entities) {
    annotations.push({ start: m.start_offset, end: m.end_offset, kind: "actor", title: `${m.name} (${m.type}${m.country ? ", " + m.country : ""})`,
      href: `#/actor/${m.actor_id}`, key: String(m.actor_id) });
  }
  root.append(
    h("h1", {}, a.title || a.external_id),
    h("p", { class: "muted" }, [a.published, a.outlet, a.format].filter(Boolean).join(" · "), a.url ? h("span", { class: "url" }, " · " + a.url) : null),
    h("div", { class: "legend" }, h("span", { class: "legend-item" }, h("span", { class: "an-sentence sample" }, "event sentence")),
      h("span", { class: "legend-item" }, h("span", { class: "an-actor sample" }, "actor")),
      h("span", { class: "legend-item" }, h("span", { class: "an-trigger sample" }, "trigger"))),
    h("div", { class: "article-layout" },
      annotatedText(a.text || "", annotations),
      h("aside", {},
        h("h2", {}, `Events (${detail.events.length})`),
        detail.events.length === 0 ? h("p", { class: "muted" }, "No events coded.") : h("ol", { class: "article-events" }, detail.events.map(ev => eventItem(ev.event))),
        h("h2", {}, `Sanctions hits (${detail.hits.length})`),
        hitList(detail.hits))));
}

export function eventItem(e) {
  return h("li", { "data-event": e.id },
    h("div", {}, quadBadge(e.quad_class), " ", h("a", { href: `#/event/${e.id}` }, `${e.cameo} ${e.cameo_name}`)),
    h("div", { class: "small" }, actorLink(e.source_actor_id, e.source_name, e.source_code), " → ", actorLink(e.target_actor_id, e.target_name, e.target_code)),
    h("div", { class: "muted small" }, `${e.date || "undated"} · ${e.modality}${e.negated ? " · negated" : ""}`));
}

import { h, clear, quadBadge, errorBox } from "../dom.js";
import { postJson, getJson } from "../api.js";
import { annotatedText } from "./annotated.js";
import { hitList } from "./hits.js";
import { evidence } from "./evidence.js";

// Paste an article (text or HTML), code it live, and show the result the way the article view does.
export async function pasteView(root) {
  const text = h("textarea", { name: "text", rows: 14, placeholder: "Paste the article text (or a saved news page's HTML) here…", required: true });
  const format = h("select", { name: "format" }, h("option", { value: "text" }, "plain text"), h("option", { value: "html" }, "HTML page"));
  const title = h("input", { type: "text", name: "title", placeholder: "optional" });
  const date = h("input", { type: "date", name: "date" });
  const store = h("input", { type: "checkbox", name: "store" });
  const result = h("div", { id: "paste-result" });
  const button = h("button", { type: "submit", class: "primary" }, "Code it");
  const form = h("form", { class: "paste" },
    text,
    h("div", { class: "filters" },
      h("label", {}, h("span", {}, "Format"), format),
      h("label", {}, h("span", {}, "Title"), title),
      h("label", {}, h("span", {}, "Published"), date),
      h("label", { class: "check" }, h("span", {}, "Store it"), store),
      button));
  form.addEventListener("submit", async ev => {
    ev.preventDefault();
    button.disabled = true;
    clear(result).append(h("div", { class: "loading" }, "Coding…"));
    try {
      const body = { [format.value]: text.value, title: title.value || undefined, date: date.value || undefined, store: store.checked };
      const { data, location } = await postJson("/api/articles", body);
      clear(result).append(...await renderCoded(data, format.value === "text" ? text.value : null, location));
    } catch (e) {
      clear(result).append(errorBox(e.message));
    } finally {
      button.disabled = false;
    }
  });
  root.append(h("h1", {}, "Code an article"), h("p", { class: "muted" }, "The text is coded on the server with the same pipeline as `entente code`; nothing leaves this machine."), form, result);
}

// `code --format json` output: offsets point into the text for plain text; HTML is shown sentence by sentence.
async function renderCoded(doc, sourceText, location) {
  const out = [];
  const stored = location ? location.match(/\/api\/articles\/(\d+)$/) : null;
  out.push(h("h2", {}, doc.article.title || "Untitled", " ", h("span", { class: "muted small" }, doc.article.published || "")));
  if (stored) out.push(h("p", {}, "Stored: ", h("a", { href: `#/article/${stored[1]}`, id: "stored-link" }, "open it in the article view")));
  const entityById = new Map(doc.entities.map(e => [e.id, e]));
  if (sourceText !== null) {
    const annotations = [];
    for (const e of doc.entities) for (const m of e.mentions) annotations.push({ start: m.start, end: m.end, kind: "actor", title: `${e.name} (${e.type}${e.country ? ", " + e.country : ""})` });
    for (const ev of doc.events) {
      annotations.push({ start: ev.sentence.start, end: ev.sentence.end, kind: "sentence", title: `${ev.cameo} ${ev.cameo_name}` });
      annotations.push({ start: ev.trigger.start, end: ev.trigger.end, kind: "trigger", title: `${ev.cameo} ${ev.cameo_name}` });
    }
    out.push(annotatedText(sourceText, annotations));
  }
  out.push(h("h2", {}, `Events (${doc.events.length})`));
  out.push(doc.events.length === 0 ? h("p", { class: "muted" }, "No events coded.") : h("ol", { class: "coded-events" }, doc.events.map(ev => h("li", { class: "coded-event" },
    h("div", {}, quadBadge(ev.quad_class), " ", h("strong", {}, `${ev.cameo} ${ev.cameo_name}`), h("span", { class: "muted" }, ` · ${ev.date || "undated"} · ${ev.modality}${ev.negated ? " · negated" : ""}`)),
    h("div", { class: "small" }, names(ev.source, entityById), " → ", names(ev.target, entityById),
      ev.plover && ev.plover.event ? h("span", { class: "muted" }, ` · PLOVER ${ev.plover.event}`) : null),
    evidence(ev.sentence.text, ev.trigger.start - ev.sentence.start, ev.trigger.end - ev.sentence.start)))));
  out.push(h("h2", {}, `Actors (${doc.entities.length})`),
    h("ul", { class: "entities" }, doc.entities.map(e => h("li", {}, h("strong", {}, e.name), h("span", { class: "muted" }, ` ${e.type}${e.code ? " · " + e.code : ""}${e.role ? " · " + e.role : ""}`)))));
  out.push(h("h2", {}, `Sanctions hits (${doc.sanctions.length})`), hitList(doc.sanctions.map(s => ({ ...s, entity_name: s.entity_name || s.name }))));
  if (stored) {
    // The stored row confirms what was saved (events merge with earlier reports of the same event).
    try {
      const detail = await getJson(`/api/articles/${stored[1]}`);
      out.push(h("p", { class: "muted" }, `Saved with ${detail.events.length} event${detail.events.length === 1 ? "" : "s"}.`));
    } catch { /* shown above already */ }
  }
  return out;
}

function names(actors, entityById) {
  if (!actors || actors.length === 0) return h("span", { class: "muted" }, "—");
  return actors.map(a => `${a.text || (entityById.get(a.entity) || {}).name || "?"}${a.code ? " " + a.code : ""}`).join(", ");
}

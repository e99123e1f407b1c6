import { h } from "../dom.js";

// Renders a text with overlapping annotations (event sentences, actor mentions, triggers) as flat segments:
// each piece of text gets the classes of every annotation covering it, and links to the innermost one that has a target.
// annotations: [{start, end, kind: "sentence"|"actor"|"trigger", href?, title?, key?}]
export function annotatedText(text, annotations) {
  const cuts = new Set([0, text.length]);
  const spans = annotations.filter(a => Number.isInteger(a.start) && Number.isInteger(a.end) && a.start < a.end && a.start >= 0 && a.end <= text.length);
  for (const a of spans) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out = h("div", { class: "article-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    const covering = spans.filter(a => a.start <= from && a.end >= to);
    if (covering.length === 0) {
      out.append(piece);
      continue;
    }
    const classes = [...new Set(covering.map(a => a.kind))];
    const link = covering.find(a => a.kind === "actor" && a.href) || covering.find(a => a.href);
    const title = covering.map(a => a.title).filter(Boolean).join(" · ");
    const attrs = { class: classes.map(c => "an-" + c).join(" "), title: title || undefined };
    for (const a of covering) if (a.key) attrs["data-" + a.kind] = a.key;
    out.append(link ? h("a", { ...attrs, href: link.href }, piece) : h("span", attrs, piece));
  }
  return out;
}

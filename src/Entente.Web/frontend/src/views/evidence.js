import { h } from "../dom.js";

// A sentence with its trigger marked; offsets are relative to the sentence start.
export function evidence(sentence, triggerStart, triggerEnd) {
  const text = String(sentence || "");
  const ok = Number.isInteger(triggerStart) && Number.isInteger(triggerEnd) && triggerStart >= 0 && triggerEnd <= text.length && triggerStart < triggerEnd;
  if (!ok) return h("blockquote", { class: "evidence" }, text);
  return h("blockquote", { class: "evidence" }, text.slice(0, triggerStart),
    h("mark", { class: "trigger" }, text.slice(triggerStart, triggerEnd)), text.slice(triggerEnd));
}

import { clear, errorBox, loading } from "./dom.js";
import { networkView } from "./views/network.js";
import { timelineView } from "./views/timeline.js";
import { eventsView } from "./views/events.js";
import { articlesView } from "./views/articles.js";
import { articleView } from "./views/article.js";
import { actorsView } from "./views/actors.js";
import { actorView } from "./views/actor.js";
import { pasteView } from "./views/paste.js";
import { eventView } from "./views/event.js";

// Hash routes: #/name/ID?query. Each view gets (container, {id, params}) and fills the container.
const routes = {
  network: networkView,
  timeline: timelineView,
  events: eventsView,
  event: eventView,
  articles: articlesView,
  article: articleView,
  actors: actorsView,
  actor: actorView,
  paste: pasteView,
};

export function parseHash(hash) {
  const [path, query] = (hash.replace(/^#\/?/, "") || "network").split("?");
  const [name, id] = path.split("/");
  return { name: routes[name] ? name : "network", id: id ? decodeURIComponent(id) : null, params: new URLSearchParams(query || "") };
}

async function render() {
  const view = document.getElementById("view");
  const route = parseHash(location.hash);
  for (const a of document.querySelectorAll("#nav a")) {
    const active = a.dataset.route === route.name || (a.dataset.route + "s") === route.name || a.dataset.route === route.name + "s";
    a.classList.toggle("active", active);
  }
  // The container is in the page before the view fills it: the graph needs a laid-out container to draw into.
  const container = document.createElement("section");
  container.className = "view view-" + route.name;
  const spinner = loading();
  clear(view).append(container, spinner);
  delete document.body.dataset.ready;
  try {
    await routes[route.name](container, route);
  } catch (e) {
    container.appendChild(errorBox(e.message));
  } finally {
    spinner.remove();
  }
  document.body.dataset.ready = route.name;
  // How long the first view took to show, for measuring (the browser tests read it).
  if (performance.getEntriesByName("entente-ready").length === 0) performance.mark("entente-ready");
}

window.addEventListener("hashchange", render);
window.addEventListener("DOMContentLoaded", render);

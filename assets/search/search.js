// The search page (layouts/pages/search.njk), bundled with MiniSearch and the build's own term
// rules by src/eleventy/searchScript.ts. The form is a plain GET to this page, so `?q=` is a
// search's URL and the box works before this script loads; here the query in the URL (and each
// keystroke after it) runs through this language's index (src/views/search/index.ts), loaded as
// the page opens, and the results replace the "needs JavaScript" note. Every word shown comes
// from the page's data-* attributes (src/core/strings.ts); results are built with textContent,
// never as HTML, and an issue page fetched for its excerpt is parsed inert, never run.

import MiniSearch from "minisearch";
import { engineOptions } from "../../src/views/search/engine.ts";
import { visibleText } from "../../src/views/search/text.ts";

// Each result shown fetches its issue's page for the excerpt: ten keep the first answer quick.
const PAGE = 10;
const EXCERPT = 60;

/** Where the first word of the query (or, for an inflected English word, its longest prefix) shows in the text. */
function firstHit(text, words) {
  const lower = text.toLowerCase();
  for (const word of words) {
    for (let length = word.length; length >= Math.min(word.length, 4); length--) {
      const at = lower.indexOf(word.slice(0, length));
      if (at >= 0) return { at, length };
    }
  }
  return undefined;
}

/** An element with these properties set and these children appended. */
function element(tag, properties, ...children) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

/** A window of the issue's own text around the first hit, the hit in `<mark>`. */
function excerpt(text, query) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hit = firstHit(text, words);
  if (!hit) return element("p", { className: "summary", textContent: text.slice(0, EXCERPT * 2) + (text.length > EXCERPT * 2 ? "…" : "") });
  const start = Math.max(0, hit.at - EXCERPT);
  const end = Math.min(text.length, hit.at + hit.length + EXCERPT);
  const mark = element("mark", { textContent: text.slice(hit.at, hit.at + hit.length) });
  return element("p", { className: "summary" }, (start > 0 ? "…" : "") + text.slice(start, hit.at), mark, text.slice(hit.at + hit.length, end) + (end < text.length ? "…" : ""));
}

/** The text of an issue's body as the index read it, from its page (fetched once, then the browser's cache). */
async function issueText(url) {
  const response = await fetch(url);
  if (!response.ok) return "";
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  return visibleText(page.querySelector(".issue-body")?.innerHTML ?? "");
}

function resultItem(data, text, query) {
  const link = element("a", { href: data.url, textContent: data.title });
  const time = element("time", { dateTime: data.datetime, textContent: data.date });
  const item = element("li", { className: "card" }, element("h2", { className: "card-title" }, link), element("p", { className: "meta" }, time), excerpt(text, query));
  if (data.tags.length > 0) {
    const tags = data.tags.map((tag) => element("li", { className: "tag" }, element("a", { href: tag.href, rel: "tag", textContent: tag.label })));
    item.append(element("ul", { className: "tags" }, ...tags));
  }
  return item;
}

function start() {
  const results = document.getElementById("search-results");
  const status = document.getElementById("search-status");
  const form = document.querySelector(".search-form");
  const elsewhere = document.getElementById("search-elsewhere");
  const strings = results.dataset;
  const input = form.elements.q;
  const tag = form.elements.tag;
  elsewhere.querySelector(".search-needs-script").hidden = true;
  elsewhere.hidden = true;
  elsewhere.querySelector(".search-suggest").hidden = false;
  let latest = 0;
  let more;

  // Loaded as the page opens, while the reader gets to the box, so the first query does not
  // wait for it; a failure shows when a search needs it.
  const loaded = fetch(results.dataset.index)
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status} ${response.url}`))))
    .then((json) => MiniSearch.loadJSON(json, engineOptions));
  loaded.catch(() => undefined);

  async function showMore(found, from, query, run) {
    const shown = found.slice(from, from + PAGE);
    const texts = await Promise.all(shown.map((result) => issueText(result.url).catch(() => "")));
    if (run !== latest) return;
    more?.remove();
    results.append(...shown.map((result, i) => resultItem(result, texts[i], query)));
    if (found.length > from + PAGE) {
      more = element("button", { type: "button", className: "search-more", textContent: strings.more });
      more.addEventListener("click", () => {
        const next = results.children.length;
        showMore(found, from + PAGE, query, run).then(() => results.children[next]?.querySelector("a")?.focus());
      });
      results.after(more);
    }
  }

  async function search() {
    const run = ++latest;
    const query = input.value.trim();
    // The URL follows the box, so a search can be shared and Back returns to it.
    const url = new URL(location.href);
    url.searchParams.set("q", query);
    if (tag.value) url.searchParams.set("tag", tag.value);
    else url.searchParams.delete("tag");
    history.replaceState(null, "", url);
    more?.remove();
    if (!query) {
      results.replaceChildren();
      status.textContent = "";
      elsewhere.hidden = true;
      results.ariaBusy = "false";
      return;
    }
    status.textContent = strings.searching;
    results.ariaBusy = "true";
    try {
      const engine = await loaded;
      const chosen = tag.value;
      const found = engine.search(query, chosen ? { filter: (result) => result.tags.some((t) => t.label === chosen) } : {});
      if (run !== latest) return;
      results.replaceChildren();
      await showMore(found, 0, query, run);
      if (run !== latest) return;
      status.textContent = found.length > 0 ? strings.count.replace("{count}", found.length) : strings.none.replace("{query}", query);
      elsewhere.hidden = found.length > 0;
      results.ariaBusy = "false";
    } catch (error) {
      status.textContent = strings.failed;
      results.ariaBusy = "false";
      throw error;
    }
  }

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  tag.value = params.get("tag") ?? "";
  input.addEventListener("input", search);
  tag.addEventListener("change", search);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    search();
  });
  if (input.value) search();
}

start();

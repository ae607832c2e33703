// The search page (layouts/pages/search.njk). The form is a plain GET to this page, so `?q=`
// is a search's URL and the box works before this script loads; here the query in the URL (and
// each keystroke after it) runs through Pagefind's index of this language (src/eleventy/searchIndex.ts),
// and the results replace the "needs JavaScript" note. Every word shown comes from the page's
// data-* attributes (src/core/strings.ts); results are built with textContent, never as HTML.

// Kept in step with src/views/search/bigrams.ts, which indexes each issue's CJK runs as these
// terms (test/views/search/bigrams.test.ts).
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]+/gu;
const code = (char) => char.codePointAt(0).toString(36).padStart(4, "0");
const bigramTerm = (a, b) => `b${code(a)}${code(b)}`;
const characterTerm = (char) => `u${code(char)}`;
// Each result shown fetches its own fragment: ten keep the first answer quick.
const PAGE = 10;
const EXCERPT = 60;

/**
 * The query as the index holds text: each CJK run of two or more characters as the phrase of the
 * ASCII terms of its overlapping bigrams, which no segmenter cuts; a single character as its own
 * term. Pagefind matches a page only when it has every term, so a page whose text contains the
 * query always has them all.
 */
export function queryTerms(query) {
  return query
    .replace(CJK_RUN, (run) => {
      const chars = [...run];
      if (chars.length === 1) return ` ${characterTerm(run)} `;
      return ` "${chars.slice(1).map((char, i) => bigramTerm(chars[i], char)).join(" ")}" `;
    })
    .replace(/\s+/g, " ")
    .trim();
}

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

/** A window of the issue's own text around the first hit, the hit in `<mark>`. */
function excerpt(text, query) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hit = firstHit(text, words);
  const paragraph = document.createElement("p");
  paragraph.className = "summary";
  if (!hit) {
    paragraph.textContent = text.slice(0, EXCERPT * 2) + (text.length > EXCERPT * 2 ? "…" : "");
    return paragraph;
  }
  const start = Math.max(0, hit.at - EXCERPT);
  const end = Math.min(text.length, hit.at + hit.length + EXCERPT);
  const mark = document.createElement("mark");
  mark.textContent = text.slice(hit.at, hit.at + hit.length);
  paragraph.append((start > 0 ? "…" : "") + text.slice(start, hit.at), mark, text.slice(hit.at + hit.length, end) + (end < text.length ? "…" : ""));
  return paragraph;
}

function resultItem(data, query) {
  const item = document.createElement("li");
  item.className = "card";
  const heading = document.createElement("h2");
  heading.className = "card-title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title;
  heading.append(link);
  const date = document.createElement("p");
  date.className = "meta";
  const time = document.createElement("time");
  time.dateTime = data.meta.datetime;
  time.textContent = data.meta.date;
  date.append(time);
  item.append(heading, date, excerpt(data.meta.body, query));
  const tags = JSON.parse(data.meta.tags);
  if (tags.length > 0) {
    const list = document.createElement("ul");
    list.className = "tags";
    for (const tag of tags) {
      const entry = document.createElement("li");
      entry.className = "tag";
      const tagLink = document.createElement("a");
      tagLink.href = tag.href;
      tagLink.rel = "tag";
      tagLink.textContent = tag.label;
      entry.append(tagLink);
      list.append(entry);
    }
    item.append(list);
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
  let loaded;
  let latest = 0;
  let more;

  // Record URLs carry the site's path prefix already; Pagefind would add its folder's parent.
  const pagefind = () =>
    (loaded ??= import(`${strings.bundle}pagefind.js`).then(async (engine) => {
      await engine.options({ baseUrl: "/" });
      await engine.init();
      return engine;
    }));
  // Loaded while the reader gets to the box, so the first query does not wait for the engine;
  // a failure shows when a search needs it.
  pagefind().catch(() => undefined);

  async function showMore(found, from, query, run) {
    const page = await Promise.all(found.slice(from, from + PAGE).map((result) => result.data()));
    if (run !== latest) return;
    more?.remove();
    results.append(...page.map((data) => resultItem(data, query)));
    if (found.length > from + PAGE) {
      more = document.createElement("button");
      more.type = "button";
      more.className = "search-more";
      more.textContent = strings.more;
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
      const engine = await pagefind();
      const found = await engine.search(queryTerms(query), tag.value ? { filters: { tag: tag.value } } : {});
      if (run !== latest) return;
      results.replaceChildren();
      await showMore(found.results, 0, query, run);
      if (run !== latest) return;
      status.textContent = found.results.length > 0 ? strings.count.replace("{count}", found.results.length) : strings.none.replace("{query}", query);
      elsewhere.hidden = found.results.length > 0;
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

if (typeof document !== "undefined") start();

/**
 * The search page: loads Pagefind's index lazily (only here, only when there is something to search) and
 * lists matching pages, each with its best-matching sections. Pagefind is told the site root this page was
 * served from, so result links are right at any path (/, /teaching/na/, a BASE_PATH build) without a rebuild.
 */
import { resultLink } from "./search-links.ts";

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

const form = document.querySelector<HTMLFormElement>("[data-search-page]");
const list = document.querySelector<HTMLOListElement>("[data-search-results]");
const status = document.querySelector<HTMLElement>("[data-search-status]");
const input = form?.querySelector<HTMLInputElement>("input[name=q]");

/** Sections listed under a page's title: the best few, not the page's own top (that is the title link). */
const MAX_SECTIONS = 3;

if (form && list && status && input) {
  const root = new URL(list.dataset.root ?? "./", location.href);
  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ new URL("pagefind/pagefind.js", root).href) as Promise<Pagefind>).then(
      async (pf) => {
        // Pagefind's result URLs start with this base; set it to where the site is served right now.
        await pf.options({ baseUrl: root.pathname, excerptLength: 24 });
        return pf;
      },
    ));

  /** Pagefind's excerpt is our own indexed text with <mark> around the matches. */
  const excerpt = (html: string) => {
    const p = document.createElement("p");
    p.innerHTML = html;
    return p;
  };

  const show = async (term: string) => {
    list.replaceChildren();
    if (!term.trim()) {
      status.textContent = "Type a word or a formula, such as “NZSP” or “contact angle”.";
      return;
    }
    status.textContent = "Searching…";
    try {
      const search = await (await load()).search(term);
      const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
      for (const r of results) {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = resultLink(r.url, term, location.href);
        a.textContent = r.meta.title ?? r.url;
        const sections = (r.sub_results ?? []).filter((s) => s.url.includes("#")).slice(0, MAX_SECTIONS);
        li.append(a, excerpt(sections[0]?.excerpt ?? r.excerpt));
        if (sections.length > 0) {
          const ul = document.createElement("ul");
          ul.className = "search-sections";
          for (const s of sections) {
            const item = document.createElement("li");
            const link = document.createElement("a");
            link.href = resultLink(s.url, term, location.href);
            link.textContent = s.title;
            item.append(link);
            ul.append(item);
          }
          li.append(ul);
        }
        list.append(li);
      }
      const n = search.results.length;
      status.textContent = n === 0 ? `Nothing found for “${term}”.` : `${n} page${n === 1 ? "" : "s"} found for “${term}”.`;
    } catch {
      status.textContent =
        location.protocol === "file:"
          ? "Search needs the site to be served by a web server; opened from disk, browse the chapters instead."
          : "The search index could not be loaded.";
    }
  };

  const term = new URLSearchParams(location.search).get("q") ?? "";
  input.value = term;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    history.replaceState(null, "", `?q=${encodeURIComponent(input.value)}`);
    void show(input.value);
  });
  void show(term);
}
export {};

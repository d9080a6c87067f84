/**
 * The search page: loads Pagefind's index lazily (only here, only when there is something to search) and
 * lists matching pages. Result URLs are resolved against the site root this page was served from, so search
 * works at any path.
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(term: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

const form = document.querySelector<HTMLFormElement>("[data-search-page]");
const list = document.querySelector<HTMLOListElement>("[data-search-results]");
const status = document.querySelector<HTMLElement>("[data-search-status]");
const input = form?.querySelector<HTMLInputElement>("input[name=q]");

if (form && list && status && input) {
  const root = new URL(list.dataset.root ?? "./", location.href);
  let pagefind: Promise<Pagefind> | undefined;
  const load = () => (pagefind ??= import(/* @vite-ignore */ new URL("pagefind/pagefind.js", root).href) as Promise<Pagefind>);

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
        a.href = new URL(r.url.replace(/^\//, ""), root).href;
        a.textContent = r.meta.title ?? r.url;
        const p = document.createElement("p");
        // Pagefind's excerpt is our own indexed text with <mark> around the matches.
        p.innerHTML = r.excerpt;
        li.append(a, p);
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

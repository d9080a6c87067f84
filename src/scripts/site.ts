/**
 * The little JavaScript every page ships: the theme toggle, dismissing citation previews with Escape,
 * The little JavaScript every page ships: the theme toggle, dismissing citation previews with Escape,
 * citation previews and abbreviations on touch, copy buttons, highlighting the current section in a chapter's
 * contents, making links work when the site is opened from disk (file://), where a folder URL does not open its
 * index.html, and marking the words a search result was found for.
 */
import { HIGHLIGHT_PARAM, highlightPattern, highlightWords } from "./highlight.ts";

function setupThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>("[data-theme-toggle]");
  if (!button) return;
  const root = document.documentElement;
  const systemDark = window.matchMedia("(prefers-color-scheme: dark)");
  const isDark = () => root.dataset.theme === "dark" || (!root.dataset.theme && systemDark.matches);
  const sync = () => button.setAttribute("aria-pressed", String(isDark()));
  button.hidden = false;
  sync();
  systemDark.addEventListener("change", sync);
  button.addEventListener("click", () => {
    const next = isDark() ? "light" : "dark";
    root.dataset.theme = next;
    try {
      localStorage.setItem("theme", next);
    } catch {
      // Storage may be disabled; the choice then lasts for this page only.
    }
    sync();
  });
}

function setupCitePreviews(): void {
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    document.querySelectorAll(".cite-ref:hover, .cite-ref:focus-within").forEach((el) => el.classList.add("dismissed"));
  });
  const undismiss = (event: Event) => (event.currentTarget as Element).classList.remove("dismissed");
  document.querySelectorAll(".cite-ref").forEach((el) => {
    el.addEventListener("mouseleave", undismiss);
    el.addEventListener("focusout", undismiss);
  });
}

/**
 * On touch there is no hover: the first tap on a citation opens its preview (`.open`), a second tap on the
 * same number follows the link, and a tap anywhere else closes it. Mouse and keyboard keep hover and focus.
 */
function setupTouchPreviews(): void {
  let openAtDown: Element | null = null;
  let touch = false;
  const close = (except?: Element) =>
    document.querySelectorAll(".cite-ref.open").forEach((el) => el !== except && el.classList.remove("open"));
  document.addEventListener("pointerdown", (event) => {
    touch = event.pointerType === "touch";
    openAtDown = (event.target as Element).closest?.(".cite-ref.open") ?? null;
  }, { capture: true, passive: true });
  document.addEventListener("click", (event) => {
    const ref = (event.target as Element).closest?.(".cite-ref");
    if (!touch || !ref) return close();
    close(ref);
    if (openAtDown === ref) return;
    event.preventDefault();
    ref.classList.remove("dismissed");
    ref.classList.add("open");
  });
}

/**
 * Abbreviations explained by `title` become focusable, so a tap or Tab shows the expansion beside them
 * (global.css draws it from the title); screen readers already read the title.
 */
function setupAbbreviations(): void {
  document.querySelectorAll<HTMLElement>("abbr[title]").forEach((abbr) => {
    abbr.tabIndex = 0;
    abbr.dataset.tip = "";
  });
}

/**
 * Tables wider than their box scroll sideways; their frame's `data-more` names the sides ("left right")
 * where columns are out of view, so the stylesheet can shade them and a phone reader knows to swipe.
 */
function setupScrollCues(): void {
  document.querySelectorAll<HTMLElement>(".table-scroll").forEach((box) => {
    const frame = box.parentElement;
    if (!frame) return;
    const update = () => {
      const left = box.scrollLeft > 1;
      const right = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
      frame.dataset.more = [left ? "left" : "", right ? "right" : ""].join(" ").trim();
    };
    box.addEventListener("scroll", update, { passive: true });
    if ("ResizeObserver" in window) new ResizeObserver(update).observe(box);
    update();
  });
}

function setupCopyButtons(): void {
  document.querySelectorAll<HTMLButtonElement>("[data-copy]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", async () => {
      const source = document.getElementById(button.dataset.copy ?? "");
      const status = button.parentElement?.querySelector<HTMLElement>(".copy-status");
      try {
        await navigator.clipboard.writeText(source?.textContent ?? "");
        if (status) status.textContent = "Copied.";
      } catch {
        if (status) status.textContent = "Copying was refused by the browser: select the text instead.";
      }
    });
  });
}

function setupTocHighlight(): void {
  // The contents start folded on phones (one line above the chapter) and open beside the text on wide screens.
  const details = document.querySelector<HTMLDetailsElement>("[data-toc-details]");
  if (details && window.matchMedia("(min-width: 64rem)").matches) details.open = true;
  // On phones the contents float over the text: choosing a section, Escape or a tap elsewhere folds them.
  const floating = () => !!details && !window.matchMedia("(min-width: 64rem)").matches;
  details?.addEventListener("click", (event) => {
    if (floating() && (event.target as Element).closest("a")) details.open = false;
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && floating() && details!.open) {
      details!.open = false;
      details!.querySelector("summary")?.focus();
    }
  });
  document.addEventListener("click", (event) => {
    if (floating() && details!.open && !details!.contains(event.target as Node)) details!.open = false;
  });
  const links = new Map<string, HTMLAnchorElement>();
  document.querySelectorAll<HTMLAnchorElement>("[data-toc-link]").forEach((a) => links.set(a.dataset.tocLink!, a));
  if (links.size === 0 || !("IntersectionObserver" in window)) return;
  const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => !!h);
  const mark = () => {
    // The current section is the last heading above the reading line.
    let current = headings[0]?.id;
    for (const h of headings) if (h.getBoundingClientRect().top < window.innerHeight * 0.3) current = h.id;
    links.forEach((a, id) => a.setAttribute("aria-current", String(id === current)));
  };
  const observer = new IntersectionObserver(mark);
  headings.forEach((h) => observer.observe(h));
  window.addEventListener("scroll", mark, { passive: true });
  mark();
}

function fixLinksOnDisk(): void {
  if (location.protocol !== "file:") return;
  const onDisk = (url: string) => url.replace(/\/(?=$|[?#])/, "/index.html");
  document.querySelectorAll<HTMLAnchorElement>("a[href]").forEach((a) => {
    const href = a.getAttribute("href")!;
    if (/^[a-z]+:|^\/\//i.test(href) || href.startsWith("#")) return;
    a.setAttribute("href", onDisk(href));
  });
  // The header's search form too: a folder would open as a file listing.
  document.querySelectorAll<HTMLFormElement>("form[action]").forEach((f) => f.setAttribute("action", onDisk(f.getAttribute("action")!)));
}

/** Parts of a page whose text is not marked: islands (Preact owns their DOM), formulas, drawings, previews. */
const UNMARKED = "astro-island, svg, .katex, script, style, .cite-preview, .toc, pre";

function highlightSearchWords(): void {
  const pattern = highlightPattern(highlightWords(new URLSearchParams(location.search).get(HIGHLIGHT_PARAM)));
  const body = document.querySelector("main");
  if (!pattern || !body) return;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(UNMARKED) || !node.nodeValue?.trim() ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const value = text.nodeValue!;
    const matches = [...value.matchAll(pattern)];
    if (matches.length === 0) continue;
    const parts = document.createDocumentFragment();
    let at = 0;
    for (const m of matches) {
      parts.append(value.slice(at, m.index));
      const mark = document.createElement("mark");
      mark.className = "search-hit";
      mark.textContent = m[0];
      parts.append(mark);
      marks.push(mark);
      at = m.index + m[0].length;
    }
    parts.append(value.slice(at));
    text.replaceWith(parts);
  }
  // A section result opens at its heading (the browser follows the #); a page result at its first match.
  if (!location.hash) marks[0]?.scrollIntoView({ block: "center" });
}

function setupFigureZoom(): void {
  // An enlarged figure (Figure.astro) closes with Escape, back to the figure in the text.
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && location.hash.endsWith("-enlarged")) location.replace(location.hash.slice(0, -"-enlarged".length));
  });
}

setupThemeToggle();
setupFigureZoom();
setupCitePreviews();
setupTouchPreviews();
setupAbbreviations();
setupScrollCues();
setupCopyButtons();
setupTocHighlight();
fixLinksOnDisk();
highlightSearchWords();
export {};

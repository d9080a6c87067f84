/**
 * The little JavaScript every page ships: the theme toggle, dismissing citation previews with Escape,
 * copy buttons, highlighting the current section in a chapter's contents, and making links work when the
 * site is opened from disk (file://), where a folder URL does not open its index.html.
 */

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
  document.querySelectorAll<HTMLAnchorElement>("a[href]").forEach((a) => {
    const href = a.getAttribute("href")!;
    if (/^[a-z]+:|^\/\//i.test(href) || href.startsWith("#")) return;
    a.setAttribute("href", href.replace(/\/(?=$|[?#])/, "/index.html"));
  });
}

setupThemeToggle();
setupCitePreviews();
setupCopyButtons();
setupTocHighlight();
fixLinksOnDisk();
export {};

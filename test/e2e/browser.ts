import AxeBuilder from "@axe-core/playwright";
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";
import { CHROME_ARGS } from "../../scripts/chrome.mjs";

/** Origin of the static server started by global-setup.ts, e.g. http://127.0.0.1:40123. */
export const origin = (): string => inject("origin");

/** Starts Chromium (the one global-setup.ts found). */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject("chromePath"), args: CHROME_ARGS, headless: true });
}

/** Every page of a build as a URL path ("/", "/review/molten/"), from its HTML files. */
export function builtPages(dir = "dist"): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith(".html") ? [join(d, e.name)] : [],
    );
  return walk(dir)
    .map((f) => relative(dir, f).split(sep).join("/"))
    .filter((f) => f !== "404.html")
    .map((f) => `/${f.replace(/index\.html$/, "")}`)
    .sort();
}

/** What went wrong while a page loaded: console errors, failed requests, requests to other origins. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** Content-Security-Policy violations the page reported (recorded by `watchedPage`). */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/** Opens a new page that records its problems (see PageProblems). */
export async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = log;
    document.addEventListener("securitypolicyviolation", (e) => log.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  const home = new URL(origin()).origin;
  page.on("console", (m) => m.type() === "error" && problems.consoleErrors.push(m.text()));
  page.on("pageerror", (e) => problems.consoleErrors.push(String(e)));
  page.on("requestfailed", (r) => problems.failedRequests.push(`${r.url()} (${r.failure()?.errorText})`));
  page.on("response", (r) => r.status() >= 400 && problems.failedRequests.push(`${r.url()} (${r.status()})`));
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith("http") && u.origin !== home) problems.foreignRequests.push(r.url());
  });
  return { page, problems };
}

/** axe violations (WCAG 2.x A and AA, including 2.2) on the page as it is now, as short strings. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`,
  );
}

/**
 * Reaches for the page's calculators as a reader would: they hydrate on the first pointer, touch or focus
 * inside them (client:interaction), so a test that wants them live sends them a focus event until each
 * has hydrated (until the directive's script has run, the event finds no listener).
 */
export async function reachIslands(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const waiting = [...document.querySelectorAll("astro-island[client=interaction][ssr]")];
    waiting.forEach((island) => island.dispatchEvent(new Event("focusin")));
    return waiting.length === 0;
  });
}

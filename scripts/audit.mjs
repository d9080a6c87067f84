// `npm run audit`: Lighthouse (mobile preset, simulated throttling) over every built page, served locally by
// scripts/serve.mjs and run in the same Chromium as the browser tests. A benchmark, not a test: it prints
// the four category scores and LCP, TBT and CLS per page. Run `npm run build` first.
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROME_ARGS, findChrome } from "./chrome.mjs";
import { htmlFiles } from "./page-bytes.mjs";
import { serve } from "./serve.mjs";

if (!existsSync("dist/index.html")) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
// Pages named on the command line (`npm run audit -- /calculators/ccd/`) narrow the run; by default every page.
const only = process.argv.slice(2);
const pages = htmlFiles("dist")
  .filter((f) => f !== "404.html")
  .map((f) => `/${f.replace(/index\.html$/, "")}`)
  .filter((page) => only.length === 0 || only.includes(page));
const { server, port } = await serve(0);
const chrome = await chromeLauncher.launch({ chromePath: findChrome(), chromeFlags: ["--headless=new", ...CHROME_ARGS] });

const rows = [];
for (const page of pages) {
  const result = await lighthouse(`http://127.0.0.1:${port}${page}`, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
  });
  const { categories, audits } = result.lhr;
  const score = (c) => String(Math.round((categories[c]?.score ?? 0) * 100));
  rows.push([
    page,
    score("performance"),
    score("accessibility"),
    score("best-practices"),
    score("seo"),
    `${Math.round(audits["largest-contentful-paint"].numericValue)} ms`,
    `${Math.round(audits["total-blocking-time"].numericValue)} ms`,
    audits["cumulative-layout-shift"].numericValue.toFixed(3),
  ]);
  console.error(`audited ${page}`);
}
await chrome.kill();
server.close();

const header = ["page", "perf", "a11y", "best", "seo", "LCP", "TBT", "CLS"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log("Lighthouse, mobile preset (simulated slow 4G, 4× CPU slowdown):");
console.log(line(header));
rows.forEach((r) => console.log(line(r)));

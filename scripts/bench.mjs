// `npm run bench`: a benchmark, not a test. Times a full production build, then prints the bytes every
// page ships (HTML, CSS, JS; raw and gzip), then the timing benchmarks of the heavy pure modules.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { htmlFiles, pageBytes } from "./page-bytes.mjs";

const kb = (n) => (n / 1024).toFixed(1);

const t0 = performance.now();
execFileSync("npx", ["astro", "build"], { stdio: "ignore" });
const buildSeconds = (performance.now() - t0) / 1000;

const rows = htmlFiles("dist").map((p) => pageBytes("dist", p));
const header = ["page", "HTML raw", "HTML gz", "CSS raw", "CSS gz", "JS raw", "JS gz"];
const table = rows.map((r) => [r.page, kb(r.html.raw), kb(r.html.gzip), kb(r.css.raw), kb(r.css.gzip), kb(r.js.raw), kb(r.js.gzip)]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log(`Build: ${buildSeconds.toFixed(1)} s (npx astro build, ${rows.length} HTML pages)\n`);
console.log("Bytes per page, in KB (gzip at level 9):");
console.log(line(header));
table.forEach((row) => console.log(line(row)));

// Each bench/*.bench.mjs exports `run()` returning lines to print; they time pure modules on large inputs.
if (existsSync("bench")) {
  for (const f of readdirSync("bench").filter((f) => f.endsWith(".bench.mjs")).sort()) {
    const { run } = await import(`../bench/${f}`);
    console.log(`\n${f}:`);
    for (const l of await run()) console.log(`  ${l}`);
  }
}

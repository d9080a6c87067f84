// Times the scatter chart on 10 000 synthetic test conditions (the review's Table 2 has 71): the pure
// layout, then the server render of the whole ScatterChart island to an SVG string with
// preact-render-to-string. The .tsx island is bundled with esbuild (Astro's own dependency) into a
// temporary module first, since Node runs .ts but not JSX.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { layoutScatter } from "../src/charts/scatter.ts";

const CONDITIONS = 10_000;
const RUNS = 7;

/** Deterministic pseudo-random numbers (mulberry32), so every run lays out the same chart. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Table 2-like chart configuration with `n` conditions, log-uniform values, a few missing capacities. */
function syntheticConfig(n) {
  const rand = random(42);
  const logUniform = (lo, hi) => lo * (hi / lo) ** rand();
  const series = ["carbon", "alloy", "metal-mxene"];
  const points = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    ref: 51 + (i % 34),
    strategy: `Synthetic strategy ${i % 34}`,
    series: series[i % 3],
    values: {
      // Rounded like printed values, so many conditions coincide and get spread.
      currentDensity_mA_cm2: Math.round(logUniform(0.1, 50) * 10) / 10,
      arealCapacity_mAh_cm2: i % 50 === 0 ? null : Math.round(logUniform(0.1, 10) * 10) / 10,
      cycleLife_h: Math.round(logUniform(50, 3000)),
    },
  }));
  return {
    x: { key: "currentDensity_mA_cm2", name: "Current density", unit: "mA cm⁻²", scale: "log" },
    y: { key: "arealCapacity_mAh_cm2", name: "Areal capacity", unit: "mAh cm⁻²", scale: "log", missing: ["No capacity", "reported"] },
    size: { key: "cycleLife_h", name: "Cycle life", unit: "h" },
    region: { x: 3, y: 3, label: ["Benchmark", "≥ 3, ≥ 3"] },
    dataset: {
      columns: [
        { key: "currentDensity_mA_cm2", label: "Current density", unit: "mA cm⁻²" },
        { key: "arealCapacity_mAh_cm2", label: "Areal capacity", unit: "mAh cm⁻²" },
        { key: "cycleLife_h", label: "Cycle life", unit: "h" },
      ],
      series: series.map((key) => ({ key, label: key })),
      points,
    },
  };
}

/**
 * Median wall-clock and CPU time of `runs` calls of `f`, in ms, after one warm-up call. CPU time (this
 * process, all threads) is the steadier figure on a busy machine, where wall time counts waiting too.
 */
function time(f, runs = RUNS) {
  f();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)].toFixed(1);
  return `${median(wall)} ms wall, ${median(cpu)} ms CPU (medians of ${runs})`;
}

/** The ScatterChart island and renderToString, bundled into one module so they share one Preact. */
async function loadRenderer() {
  const dir = await mkdtemp(join(tmpdir(), "charts-bench-"));
  const file = join(dir, "render.mjs");
  await build({
    stdin: {
      contents: `import { h } from "preact";
        import { renderToString } from "preact-render-to-string";
        import ScatterChart from "./src/components/charts/ScatterChart.tsx";
        export const render = (props) => renderToString(h(ScatterChart, props));`,
      resolveDir: process.cwd(),
      loader: "js",
    },
    bundle: true,
    format: "esm",
    platform: "node",
    jsx: "automatic",
    jsxImportSource: "preact",
    outfile: file,
    logLevel: "error",
  });
  const { render } = await import(pathToFileURL(file).href);
  return { render, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function run() {
  const config = syntheticConfig(CONDITIONS);
  let layout;
  const layoutTime = time(() => (layout = layoutScatter(config)));
  const lines = [`scatter layout, ${CONDITIONS} conditions, ${layout.marks.length} marks: ${layoutTime} (aim < 100 ms)`];
  const { render, cleanup } = await loadRenderer();
  try {
    const props = { id: "bench", title: "Synthetic chart", description: "Bench.", table: 2, config, root: "/" };
    let html = "";
    const renderTime = time(() => (html = render(props)), 3);
    const marks = (html.match(/class="mark /g) ?? []).length;
    lines.push(`ScatterChart server render to an SVG string (layout included), ${marks} marks, ${(html.length / 1024).toFixed(0)} KB: ${renderTime}`);
  } finally {
    await cleanup();
  }
  return lines;
}

// Times the CCD analyser on a 1 000 000-row trace, the size the issue asks the page to handle: CSV parsing
// in 1 MiB chunks (as a Web Worker reads a file), step detection and short-circuit analysis, and the chart's
// min/max decimation. The trace is the synthetic example model sampled densely. Goal: under 1 s in all.
// `npm run bench` calls run(); `node bench/ccd-analyser.bench.mjs` prints the same lines.
import { performance } from "node:perf_hooks";
import { analyseTrace, thresholdDefaults } from "../src/calculators/ccd-analyser.ts";
import { exampleModel, syntheticTrace, traceToCsv } from "../src/calculators/synthetic-trace.ts";
import { TraceCsvParser } from "../src/calculators/trace-csv.ts";
import { layoutTrace } from "../src/charts/trace.ts";

const ROWS = 1_000_000;
const RUNS = 5;
const CHUNK = 1 << 20;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run() {
  const last = exampleModel.plan.at(-1);
  const total_s = (last.start_h + 2 * last.cycles * last.halfCycle_h) * 3600;
  const model = { ...exampleModel, samplePeriod_s: total_s / ROWS };
  const csv = traceToCsv(syntheticTrace(model), model);

  const times = { parse: [], analyse: [], chart: [] };
  let outcome,
    rows = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const parser = new TraceCsvParser();
    for (let i = 0; i < csv.length; i += CHUNK) parser.push(csv.slice(i, i + CHUNK));
    const parsed = parser.finish();
    if (!parsed.ok) throw new Error(parsed.error);
    const t1 = performance.now();
    outcome = analyseTrace(parsed.trace, undefined, thresholdDefaults);
    const t2 = performance.now();
    layoutTrace({
      ...parsed.trace,
      steps: outcome.steps,
      failure: { time_s: outcome.analysis.failure.time_s, label: "short" },
    });
    const t3 = performance.now();
    times.parse.push(t1 - t0);
    times.analyse.push(t2 - t1);
    times.chart.push(t3 - t2);
    rows = parsed.trace.time_s.length;
  }
  const ms = (x) => `${x.toFixed(0)} ms`;
  const line = (label, xs) =>
    `${label.padEnd(26)} first ${ms(xs[0]).padStart(7)}   median of ${RUNS} ${ms(median(xs)).padStart(7)}`;
  const totals = times.parse.map((p, i) => p + times.analyse[i] + times.chart[i]);
  return [
    `${rows.toLocaleString("en")} rows, ${(csv.length / 1e6).toFixed(1)} M characters; CCD found ${outcome.outputs.ccd_mA_cm2} mA cm⁻²`,
    line("parse CSV (1 MiB chunks)", times.parse),
    line("find steps and short", times.analyse),
    line("chart layout (decimation)", times.chart),
    line("total", totals),
  ];
}

if (import.meta.main) for (const l of await run()) console.log(l);

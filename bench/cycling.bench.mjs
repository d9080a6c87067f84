// Times the analyser on 1 000 hours of constant-current cycling sampled every second (3.6 million rows),
// the longest trace the cycling analysis is meant for: segmentation, symmetric-cell check, short detection
// and the cycling metrics, on a realistic trace (ohmic + relaxing charge-transfer polarization, 1.5 %
// current noise, 0.5 mV voltage noise) that shorts at 870 h. Goal: under 2 s.
// `npm run bench` calls run(); `node bench/cycling.bench.mjs` prints the same lines.
import { performance } from "node:perf_hooks";
import { analyseTrace, thresholdDefaults } from "../src/calculators/ccd-analyser.ts";
import { cycling, generate, realisticCell } from "../test/helpers/symmetric-cell-generator.ts";

const RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run() {
  const cell = { ...realisticCell, resistance_ohm_cm2: 30, samplePeriod_s: 1 };
  const trace = generate(cycling(1, 1, 1000, 0), cell, { kind: "hard", at_s: 870 * 3600 });
  const times = [],
    cpu = [];
  let outcome;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    outcome = analyseTrace(trace, undefined, thresholdDefaults);
    const c1 = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    // CPU time too: on a shared machine the wall clock also counts other processes' turns.
    cpu.push((c1.user + c1.system) / 1000);
  }
  const o = outcome.outputs;
  return [
    `${trace.time_s.length.toLocaleString("en")} rows (1 000 h at 1 s); read as ${outcome.testType}: overpotential ` +
      `${o.overpotential_mV.toFixed(2)} mV, cycle life ${o.cycleLife_h.toFixed(2)} h, ${o.cycles} cycles`,
    `analyse, wall clock         first ${times[0].toFixed(0).padStart(5)} ms   median of ${RUNS} ${median(times).toFixed(0).padStart(5)} ms`,
    `analyse, CPU time           first ${cpu[0].toFixed(0).padStart(5)} ms   median of ${RUNS} ${median(cpu).toFixed(0).padStart(5)} ms`,
  ];
}

if (import.meta.main) for (const l of await run()) console.log(l);

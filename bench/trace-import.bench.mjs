// Times the import of a generated 2 000 000-row BioLogic EC-Lab .mpt (a preamble, 14 tab-separated columns
// of which mode, time/s, Ewe/V and I/mA are read), streamed from disk in 1 MiB chunks through a decoder as
// the analyser's worker reads a file. Goal (issue 12): under 3 s. Peak memory is reported: the JS heap
// sampled after every chunk, and the process's peak resident set.
// `npm run bench` calls run(); `node bench/trace-import.bench.mjs` prints the same lines.
import { closeSync, createReadStream, existsSync, openSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { TraceImporter } from "../src/calculators/trace/import/importer.ts";

const ROWS = 2_000_000;
const FILE = join(tmpdir(), `sodiophilic-bench-${ROWS}.mpt`);

function generate() {
  const names = ["mode", "ox/red", "error", "control changes", "Ns changes", "counter inc.", "Ns", "time/s",
    "control/V/mA", "Ewe/V", "I/mA", "dQ/C", "(Q-Qo)/mA.h", "cycle number"];
  const preamble = ["EC-Lab ASCII FILE", "Nb header lines : 5", "", "Galvanostatic Cycling with Potential Limitation"];
  const fd = openSync(FILE, "w");
  writeSync(fd, [...preamble, names.join("\t") + "\t"].join("\r\n") + "\r\n");
  let lines = [];
  for (let i = 0; i < ROWS; i++) {
    const step = Math.floor(i / 3600);
    const j = step % 2 === 0 ? 0.5 : -0.5;
    const t = 7200 + i * 1.0;
    const v = Math.sign(j) * (0.02 + 1e-6 * (i % 3600)) + 1e-4 * Math.sin(i / 50);
    lines.push(`1\t${j > 0 ? 1 : 0}\t0\t0\t0\t0\t${step}\t${t.toExponential(9)}\t${j.toFixed(7)}\t${v.toFixed(7)}\t${j.toFixed(7)}\t${(j * 3.6).toExponential(6)}\t${(j * (i % 3600) / 3600).toFixed(7)}\t${Math.floor(step / 2)}`);
    if (lines.length === 50_000) {
      writeSync(fd, lines.join("\r\n") + "\r\n");
      lines = [];
    }
  }
  if (lines.length) writeSync(fd, lines.join("\r\n") + "\r\n");
  closeSync(fd);
}

async function importOnce() {
  const importer = new TraceImporter({ name: "bench.mpt", area_cm2: 1 });
  const decoder = new TextDecoder("utf-8");
  let peakHeap = 0;
  const t0 = performance.now();
  for await (const chunk of createReadStream(FILE, { highWaterMark: 1 << 20 })) {
    importer.push(decoder.decode(chunk, { stream: true }));
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const result = importer.finish();
  const ms = performance.now() - t0;
  if (!result.ok) throw new Error(result.error);
  return { ms, rows: result.rows, peakHeap, result };
}

export async function run() {
  if (!existsSync(FILE) || statSync(FILE).size < 1e6) generate();
  const size = statSync(FILE).size;
  const runs = [];
  for (let r = 0; r < 3; r++) runs.push(await importOnce());
  const best = [...runs].sort((a, b) => a.ms - b.ms)[0];
  const mb = (n) => `${(n / 2 ** 20).toFixed(0)} MiB`;
  const { trace } = runs[0].result;
  return [
    `${runs[0].rows.toLocaleString("en")} rows, ${mb(size)} on disk; last time ${(trace.time_s[runs[0].rows - 1] / 3600).toFixed(1)} h`,
    `import (1 MiB chunks, decode + parse): ${runs.map((r) => `${(r.ms / 1000).toFixed(2)} s`).join(", ")} (best ${(best.ms / 1000).toFixed(2)} s; goal < 3 s)`,
    `peak JS heap while importing: ${mb(Math.max(...runs.map((r) => r.peakHeap)))}; peak resident set of the process: ${mb(process.resourceUsage().maxRSS * 1024)}`,
  ];
}

if (import.meta.main) for (const l of await run()) console.log(l);

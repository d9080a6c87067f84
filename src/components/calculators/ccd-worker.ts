/**
 * The CCD analyser's Web Worker: recognises a cycler's export and streams it through the import layer
 * (src/calculators/trace/import/) without freezing the page,
 * reports progress, keeps the trace for re-analysis when the reader changes a threshold, and lays out the
 * chart (decimating millions of samples) for each zoom. Samples go back to the page as transferred arrays.
 */
import { analyseTrace, traceMarks, type AnalyserOutcome } from "../../calculators/ccd-analyser.ts";
import { TraceImporter } from "../../calculators/trace/import/importer.ts";
import { describePlan, type ImportPlan } from "../../calculators/trace/import/plan.ts";
import { sniff, SNIFF_BYTES } from "../../calculators/trace/import/sniff.ts";
import type { Trace } from "../../calculators/trace/trace.ts";
import { layoutOverpotential } from "../../charts/overpotential.ts";
import { layoutTrace } from "../../charts/trace.ts";
import { CYCLING_SIZES, type AnalysisSettings, type ChartSize, type TraceRequest, type TraceResponse } from "./CcdTraceMessages.ts";

/** The parts of the worker's global scope used here (the DOM typings describe a window, not a worker). */
const scope = self as unknown as {
  postMessage(message: TraceResponse, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<TraceRequest>) => void) | null;
};
const PROGRESS_INTERVAL_ms = 60;

let trace: Trace | undefined;
let outcome: AnalyserOutcome | undefined;

const post = (message: TraceResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

function analyse(settings: AnalysisSettings, size: ChartSize, domain_h?: [number, number]) {
  outcome = analyseTrace(trace!, settings.plan, settings.thresholds, settings.options);
  const c = outcome.cycling;
  const summary = c && { overpotential_mV: c.overpotential_mV, failure_h: c.atLeast ? undefined : c.cycleLife_h };
  const cyclingLayouts = c && {
    wide: layoutOverpotential(c.series, summary!, CYCLING_SIZES.wide.width, CYCLING_SIZES.wide.height),
    narrow: layoutOverpotential(c.series, summary!, CYCLING_SIZES.narrow.width, CYCLING_SIZES.narrow.height),
  };
  return { outcome, layout: layout(size, domain_h), ...(cyclingLayouts ? { cyclingLayouts } : {}) };
}

function layout(size: ChartSize, domain_h?: [number, number]) {
  return layoutTrace({ ...trace!, ...traceMarks(outcome ?? {}), ...(domain_h ? { domain_h } : {}) }, size.width, size.height);
}

async function read(request: Extract<TraceRequest, { type: "read" }>): Promise<void> {
  const { id, file, name } = request;
  const fail = (message: string, plan?: ImportPlan) => {
    trace = outcome = undefined;
    post({ type: "error", id, message, ...(plan ? { plan } : {}) });
  };
  const sniffed = sniff(name, new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
  if (sniffed.kind === "refused") return fail(sniffed.message);
  const importer = new TraceImporter({ name, ...request.import });
  if (sniffed.kind === "xlsx") {
    // The unzip code is fetched only when a workbook is chosen.
    const { xlsxToText } = await import("../../calculators/trace/import/xlsx.ts");
    const sheet = xlsxToText(new Uint8Array(await file.arrayBuffer()));
    if (!sheet.ok) return fail(sheet.error);
    importer.push(sheet.text);
  } else {
    let bytes = 0;
    let lastReport = 0;
    const counter = new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const reader = file.stream().pipeThrough(counter).pipeThrough(new TextDecoderStream(sniffed.encoding)).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!importer.push(value)) {
        await reader.cancel();
        break;
      }
      const now = performance.now();
      if (now - lastReport > PROGRESS_INTERVAL_ms) {
        lastReport = now;
        post({ type: "progress", id, fraction: file.size > 0 ? bytes / file.size : 1, rows: importer.rows });
      }
    }
  }
  const parsed = importer.finish();
  if (!parsed.ok) return fail(parsed.error, parsed.plan);
  trace = parsed.trace;
  const analysed = analyse(request, request.size);
  // Copies for the page (the worker keeps its own for re-analysis), handed over without a second copy.
  const time_s = trace.time_s.slice();
  const voltage_V = trace.voltage_V.slice();
  post(
    {
      type: "read",
      id,
      ...analysed,
      time_s,
      voltage_V,
      rows: time_s.length,
      hasCurrent: trace.current_mA_cm2 !== null,
      plan: parsed.plan,
      sentence: describePlan(parsed.plan),
      needsArea: parsed.needsArea,
    },
    [time_s.buffer, voltage_V.buffer],
  );
}

scope.onmessage = async (event: MessageEvent<TraceRequest>) => {
  const request = event.data;
  try {
    if (request.type === "read") await read(request);
    else if (!trace) post({ type: "error", id: request.id, message: "No trace has been read yet." });
    else if (request.type === "analyse") post({ type: "analysed", id: request.id, ...analyse(request, request.size, request.domain_h) });
    else post({ type: "layout", id: request.id, layout: layout(request.size, request.domain_h) });
  } catch (error) {
    // Reading can fail below the parser (a file removed or unreadable while being read).
    post({ type: "error", id: request.id, message: `The file could not be read (${error instanceof Error ? error.message : String(error)}).` });
  }
};

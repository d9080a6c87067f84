/**
 * Reads a voltage trace from delimited text, chunk by chunk: the generic path of the import layer
 * (src/calculators/trace/import/), which recognises this site's own `time_s`/`time_h`, `voltage_V`,
 * `current_mA_cm2` CSV as well as cycler exports. Every error names its line.
 */
import { TraceImporter, type ImportOptions } from "./trace/import/importer.ts";
import type { ImportPlan } from "./trace/import/plan.ts";
import type { Trace } from "./trace/trace.ts";

export type { Trace };
export { MAX_ROWS } from "./trace/import/importer.ts";

export type TraceParseResult = { ok: true; trace: Trace; plan: ImportPlan } | { ok: false; error: string };

/** Incremental parser: `push` chunks of text in order, then `finish`. */
export class TraceCsvParser {
  private readonly importer: TraceImporter;
  constructor(options: ImportOptions = {}) {
    this.importer = new TraceImporter(options);
  }
  /** Lines read so far. */
  get line(): number {
    return this.importer.line;
  }
  /** Data rows read so far. */
  get rows(): number {
    return this.importer.rows;
  }
  /** Adds the next piece of text; returns false once the file is known to be bad (stop feeding it). */
  push(chunk: string): boolean {
    return this.importer.push(chunk);
  }
  /** Reads what remains and returns the trace, or the first problem found. */
  finish(): TraceParseResult {
    const r = this.importer.finish();
    return r.ok ? { ok: true, trace: r.trace, plan: r.plan } : { ok: false, error: r.error };
  }
}

/** Parses a whole text at once (small files, tests). */
export function parseTraceCsv(text: string, options: ImportOptions = {}): TraceParseResult {
  const parser = new TraceCsvParser(options);
  parser.push(text);
  return parser.finish();
}

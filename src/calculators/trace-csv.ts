/**
 * Reads a voltage trace from CSV text, chunk by chunk, so a Web Worker or an island can feed a large file
 * in slices and report progress. The header names the columns: `time_s` or `time_h`, `voltage_V`, and
 * optionally `current_mA_cm2`; other columns are ignored. Lines starting with "#" are comments. Every
 * error names its line.
 */
import { parseDecimal } from "./decimal.ts";
import type { Trace } from "./trace/trace.ts";

export type { Trace };

export type TraceParseResult =
  { ok: true; trace: Trace; timeColumn: "time_s" | "time_h" } | { ok: false; error: string };

/** Most data rows read; beyond this a browser tab runs short of memory. */
export const MAX_ROWS = 5_000_000;

const COLUMNS_HINT = "time_s (or time_h), voltage_V and optionally current_mA_cm2";
const BOM = 0xfeff,
  CR = 13,
  SPACE = 32,
  QUOTE = 34,
  HASH = 35;

/** Incremental parser: `push` chunks of text in order, then `finish`. */
export class TraceCsvParser {
  /** Lines read so far (the line number of the last complete line). */
  line = 0;
  /** Data rows read so far. */
  rows = 0;
  private carry = "";
  private error: string | undefined;
  private headerLine = 0;
  private delimiter = ",";
  private columnCount = 0;
  private names: string[] = [];
  private timeIndex = -1;
  private voltageIndex = -1;
  private currentIndex = -1;
  private timeScale = 1;
  private previousTime = -Infinity;
  private time = new Float64Array(1 << 16);
  private voltage = new Float64Array(1 << 16);
  private current: Float64Array | null = null;

  /** Adds the next piece of text; returns false once the file is known to be bad (stop feeding it). */
  push(chunk: string): boolean {
    if (this.error !== undefined) return false;
    const text = this.carry + chunk;
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      this.readLine(text, start, end);
      start = end + 1;
      if (this.error !== undefined) return false;
    }
    this.carry = text.slice(start);
    return true;
  }

  /** Reads what remains and returns the trace, or the first problem found. */
  finish(): TraceParseResult {
    if (this.error === undefined && this.carry.length > 0) {
      this.readLine(this.carry, 0, this.carry.length);
      this.carry = "";
    }
    if (this.error !== undefined) return { ok: false, error: this.error };
    if (this.headerLine === 0)
      return { ok: false, error: "The file is empty: it needs a header row and at least one row of data." };
    if (this.rows === 0)
      return { ok: false, error: `The file has a header (line ${this.headerLine}) but no data rows.` };
    const n = this.rows;
    return {
      ok: true,
      timeColumn: this.timeScale === 1 ? "time_s" : "time_h",
      trace: {
        time_s: this.time.subarray(0, n),
        voltage_V: this.voltage.subarray(0, n),
        current_mA_cm2: this.current?.subarray(0, n) ?? null,
      },
    };
  }

  private readLine(text: string, start: number, end: number): void {
    this.line++;
    if (end > start && text.charCodeAt(end - 1) === CR) end--;
    if (this.line === 1 && text.charCodeAt(start) === BOM) start++;
    while (start < end && text.charCodeAt(start) === SPACE) start++;
    if (start === end || text.charCodeAt(start) === HASH) return;
    if (this.headerLine === 0) this.readHeader(text.slice(start, end));
    else this.readRow(text, start, end);
  }

  private readHeader(line: string): void {
    this.headerLine = this.line;
    this.delimiter = line.includes("\t") ? "\t" : line.includes(";") && !line.includes(",") ? ";" : ",";
    this.names = line.split(this.delimiter).map((c) => c.trim().replace(/^"(.*)"$/, "$1"));
    this.columnCount = this.names.length;
    const where = `Line ${this.line}`;
    if (this.names.every((c) => c === "" || Number.isFinite(Number(c)))) {
      this.error = `${where} holds numbers, not column names: start the file with a header row naming ${COLUMNS_HINT}.`;
      return;
    }
    const lower = this.names.map((c) => c.toLowerCase());
    const repeated = lower.findIndex((c, i) => c !== "" && lower.indexOf(c) !== i);
    if (repeated !== -1) {
      this.error = `${where}: the column ${this.names[repeated]} appears twice.`;
      return;
    }
    const found = `found: ${this.names.join(", ")}`;
    const seconds = lower.indexOf("time_s"),
      hours = lower.indexOf("time_h");
    if (seconds !== -1 && hours !== -1) this.error = `${where}: both time_s and time_h are present; keep one.`;
    else if (seconds === -1 && hours === -1)
      this.error = `${where}: no time column; name it time_s (seconds) or time_h (hours) (${found}).`;
    else if (!lower.includes("voltage_v")) this.error = `${where}: no voltage_V column, in volts (${found}).`;
    if (this.error !== undefined) return;
    this.timeIndex = seconds !== -1 ? seconds : hours;
    this.timeScale = seconds !== -1 ? 1 : 3600;
    this.voltageIndex = lower.indexOf("voltage_v");
    this.currentIndex = lower.indexOf("current_ma_cm2");
    if (this.currentIndex !== -1) this.current = new Float64Array(this.time.length);
  }

  private readRow(text: string, start: number, end: number): void {
    const delimiter = this.delimiter.charCodeAt(0);
    let t = NaN,
      v = NaN,
      j = 0;
    let from = start;
    for (let k = 0; k < this.columnCount; k++) {
      let to = from;
      while (to < end && text.charCodeAt(to) !== delimiter) to++;
      if (to === end && k < this.columnCount - 1) return this.countError(k + 1);
      if (k === this.timeIndex) t = this.number(text, from, to, k);
      else if (k === this.voltageIndex) v = this.number(text, from, to, k);
      else if (k === this.currentIndex) j = this.number(text, from, to, k);
      if (this.error !== undefined) return;
      from = to + 1;
    }
    if (from <= end)
      return this.countError(this.columnCount + text.slice(from - 1, end).split(this.delimiter).length - 1);
    if (t < this.previousTime) {
      this.error = `Line ${this.line}: time goes back from ${this.previousTime} to ${t} (${this.names[this.timeIndex]}); rows must be in time order.`;
      return;
    }
    if (this.rows >= MAX_ROWS) {
      this.error = `Line ${this.line}: the file has more than ${MAX_ROWS.toLocaleString("en")} data rows; thin it out first.`;
      return;
    }
    this.previousTime = t;
    if (this.rows === this.time.length) this.grow();
    this.time[this.rows] = t * this.timeScale;
    this.voltage[this.rows] = v;
    if (this.current !== null) this.current[this.rows] = j;
    this.rows++;
  }

  private countError(found: number): void {
    const separator = this.delimiter === "\t" ? "tabs" : `"${this.delimiter}"`;
    this.error = `Line ${this.line}: expected ${this.columnCount} values separated by ${separator}, found ${found}.`;
  }

  /** Parses one cell as a finite decimal number, or records why it is not one (and returns NaN). */
  private number(text: string, start: number, end: number, column: number): number {
    while (start < end && (text.charCodeAt(start) === SPACE || text.charCodeAt(start) === QUOTE)) start++;
    while (end > start && (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === QUOTE)) end--;
    const value = parseDecimal(text, start, end);
    if (Number.isFinite(value)) return value;
    const shown = text.slice(start, Math.min(end, start + 24));
    this.error =
      start === end
        ? `Line ${this.line}: the ${this.names[column]} value is empty.`
        : `Line ${this.line}: "${shown}" in column ${this.names[column]} is not a number.`;
    return NaN;
  }

  private grow(): void {
    const size = Math.min(this.time.length * 2, MAX_ROWS);
    const widen = (a: Float64Array) => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    this.time = widen(this.time);
    this.voltage = widen(this.voltage);
    if (this.current !== null) this.current = widen(this.current);
  }
}

/** Parses a whole CSV text at once (small files, tests). */
export function parseTraceCsv(text: string): TraceParseResult {
  const parser = new TraceCsvParser();
  parser.push(text);
  return parser.finish();
}

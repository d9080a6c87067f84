/**
 * Streams a cycler export's text into a Trace: feed it chunks in order, then finish(). The first 64 KiB
 * are held back to make the plan (format, header, mapping); then each line is read in place, only the
 * mapped cells parsed. Times start at 0 from the first row; voltages in V; current in mA, signed by a state
 * column when the file has one, and divided by the electrode area into mA cm⁻².
 */
import type { Trace } from "../trace.ts";
import { readClock, readDateTime, readNumber, trimCell } from "./cells.ts";

const isBlank = (text: string, start: number, end: number) => {
  const [s, e] = trimCell(text, start, end);
  return s === e;
};
import { restCode, textState, type ColumnMapping, type StateReader } from "./columns.ts";
import { formatById } from "./formats/index.ts";
import { planImport, type ImportChoice, type ImportPlan } from "./plan.ts";
import { MILLIAMPS_PER, SECONDS_PER, VOLTS_PER } from "./units.ts";

/** Most data rows read; beyond this a browser tab runs short of memory. */
export const MAX_ROWS = 5_000_000;
/** Characters held back to plan the import from. */
const PLAN_CHARS = 1 << 16;

export interface ImportOptions {
  /** The file's name, for formats known by extension and for messages. */
  name?: string;
  /** The reader's column and unit choices, over the guess (and a format to force). */
  choice?: ImportChoice;
  /** Electrode area, in cm², to turn a current into a current density. */
  area_cm2?: number;
}

export type ImportResult =
  | {
      ok: true;
      trace: Trace;
      plan: ImportPlan;
      /** Rows with both a time and a voltage (the trace's length). */
      rows: number;
      /** The current column is in A, mA or µA and no electrode area was given: the trace has no current. */
      needsArea: boolean;
    }
  | { ok: false; error: string; plan?: ImportPlan };

const CR = 13,
  QUOTE = 34,
  BOM = 0xfeff,
  HASH = 35;

export class TraceImporter {
  /** Lines read so far. */
  line = 0;
  /** Data rows read so far. */
  rows = 0;
  private readonly options: ImportOptions;
  private pending: string | undefined = "";
  private carry = "";
  private error: string | undefined;
  private plan: ImportPlan | undefined;
  private m!: ColumnMapping;
  private state: StateReader = textState;
  private delimiter = 44;
  private comma = false;
  private need = 0;
  private timeScale = 1;
  private voltageScale = 1;
  private currentScale = 1;
  private previousTime = -Infinity;
  private readonly bounds = new Int32Array(8);
  private time = new Float64Array(1 << 16);
  private voltage = new Float64Array(1 << 16);
  private current: Float64Array | null = null;
  private rest: Uint8Array | null = null;

  constructor(options: ImportOptions = {}) {
    this.options = options;
  }

  /** Adds the next piece of text; returns false once the file is known to be bad (stop feeding it). */
  push(chunk: string): boolean {
    if (this.error !== undefined) return false;
    if (this.pending !== undefined) {
      this.pending += chunk;
      if (this.pending.length < PLAN_CHARS) return true;
      return this.start(false);
    }
    return this.feed(chunk);
  }

  finish(): ImportResult {
    if (this.pending !== undefined && this.error === undefined) this.start(true);
    if (this.error === undefined && this.carry.length > 0) {
      this.readLine(this.carry, 0, this.carry.length);
      this.carry = "";
    }
    const plan = this.plan;
    if (this.error !== undefined) return { ok: false, error: this.error, ...(plan ? { plan } : {}) };
    if (!plan) return { ok: false, error: "The file is empty: it needs a header row and at least one row of data." };
    if (this.rows === 0)
      return {
        ok: false,
        plan,
        error:
          `The header is on line ${plan.headerIndex + 1}, but no row below it has both a time and a voltage in the ` +
          `columns chosen (${plan.names[this.m.time] ?? "none"}, ${plan.names[this.m.voltage] ?? "none"}): check the columns and the separator.`,
      };
    const n = this.rows;
    const time_s = this.time.subarray(0, n);
    const t0 = time_s[0]!;
    for (let i = 0; i < n; i++) time_s[i]! -= t0;
    const needsArea = this.m.current !== -1 && this.m.currentUnit !== "mA_cm2" && !(this.options.area_cm2! > 0);
    return {
      ok: true,
      plan,
      rows: n,
      needsArea,
      trace: {
        time_s,
        voltage_V: this.voltage.subarray(0, n),
        current_mA_cm2: needsArea ? null : (this.current?.subarray(0, n) ?? null),
        rest: this.rest?.subarray(0, n) ?? null,
      },
    };
  }

  /** Plans from the text held back, then reads it. */
  private start(all: boolean): boolean {
    let text = this.pending!;
    this.pending = undefined;
    if (text.charCodeAt(0) === BOM) text = text.slice(1);
    const lastBreak = text.lastIndexOf("\n");
    const complete = all ? text : text.slice(0, lastBreak + 1);
    const lines = complete.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
    if (!all || lines.at(-1) === "") lines.pop();
    const planned = planImport({ name: this.options.name ?? "", lines }, this.options.choice);
    if (!planned.ok) {
      this.error = planned.error;
      return false;
    }
    this.prepare(planned.plan);
    if (this.error !== undefined) return false;
    return this.feed(text);
  }

  private prepare(plan: ImportPlan): void {
    this.plan = plan;
    const m = (this.m = plan.mapping);
    const where = `Line ${plan.headerIndex + 1}`;
    const found = `columns: ${plan.names.filter(Boolean).join(", ")}`;
    if (m.time === -1) this.error = `${where}: no time column found (${found}). Choose the time column and its unit below.`;
    else if (m.voltage === -1) this.error = `${where}: no voltage column found (${found}). Choose the voltage column below.`;
    if (this.error) return;
    const format = formatById(plan.format.id);
    this.state = format?.state ?? textState;
    if (m.state !== -1 && plan.names[m.state]?.toLowerCase() === "mode") this.state = restCode(3);
    this.delimiter = plan.delimiter.charCodeAt(0);
    this.comma = plan.decimalComma;
    this.need = Math.max(m.time, m.voltage, m.current, m.state);
    this.timeScale = m.timeUnit === "hms" || m.timeUnit === "datetime" ? 1 : SECONDS_PER[m.timeUnit];
    this.voltageScale = VOLTS_PER[m.voltageUnit];
    const area = this.options.area_cm2;
    this.currentScale = m.currentUnit === "mA_cm2" ? 1 : MILLIAMPS_PER[m.currentUnit] / (area! > 0 ? area! : 1);
    if (m.current !== -1) this.current = new Float64Array(this.time.length);
    if (m.state !== -1) this.rest = new Uint8Array(this.time.length);
  }

  private feed(chunk: string): boolean {
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

  private readLine(text: string, start: number, end: number): void {
    this.line++;
    if (this.line <= this.plan!.headerIndex + 1) return;
    if (end > start && text.charCodeAt(end - 1) === CR) end--;
    if (start === end || text.charCodeAt(start) === HASH) return;
    // A whole line wrapped in one pair of quotes (Novonix) is unwrapped; quoted cells are read below.
    if (text.charCodeAt(start) === QUOTE && text.charCodeAt(end - 1) === QUOTE && text.indexOf('"', start + 1) === end - 1) {
      start++;
      end--;
    }
    const m = this.m;
    const b = this.bounds;
    b.fill(-1);
    const d = this.delimiter;
    const lead = this.plan!.leadingEmpty;
    let from = start;
    for (let k = 0; k <= this.need; k++) {
      let to = from;
      if (text.charCodeAt(from) === QUOTE) {
        const close = text.indexOf('"', from + 1);
        if (close !== -1 && close < end) to = close;
      }
      while (to < end && text.charCodeAt(to) !== d) to++;
      if (k < lead) {
        if (to > from && !isBlank(text, from, to)) return;
      } else if (k === lead && lead > 0 && to === from) return;
      const slot = k === m.time ? 0 : k === m.voltage ? 2 : k === m.current ? 4 : k === m.state ? 6 : -1;
      if (slot !== -1) {
        // The cell without surrounding spaces, tabs and quotes, written straight into the bounds.
        let s = from,
          e = to,
          c: number;
        while (s < e && ((c = text.charCodeAt(s)) === 32 || c === QUOTE || c === 9)) s++;
        while (e > s && ((c = text.charCodeAt(e - 1)) === 32 || c === QUOTE || c === 9)) e--;
        b[slot] = s;
        b[slot + 1] = e;
      }
      if (to >= end) break;
      from = to + 1;
    }
    // A row without a time or a voltage (short, or empty cells) is not data: skipped, not counted.
    if (b[0]! < 0 || b[0] === b[1] || b[2]! < 0 || b[2] === b[3]) return;
    const t = this.readTime(text, b[0]!, b[1]!);
    if (this.error !== undefined) return;
    const v = this.readValue(text, b[2]!, b[3]!, m.voltage) * this.voltageScale;
    if (this.error !== undefined) return;
    let j = 0;
    if (m.current !== -1 && b[4]! >= 0 && b[4]! < b[5]!) {
      j = this.readValue(text, b[4]!, b[5]!, m.current) * this.currentScale;
      if (this.error !== undefined) return;
    }
    let resting = 0;
    if (m.state !== -1 && b[6]! >= 0) {
      const s = this.state(text.slice(b[6]!, b[7]!));
      if (s === 0) resting = 1;
      else if (s === 1 || s === -1) j = s * Math.abs(j);
    }
    if (t < this.previousTime) {
      const name = this.plan!.names[m.time];
      this.error =
        `Line ${this.line}: time goes back (column ${name}, from ${this.previousTime} to ${t} s from its origin). ` +
        `Choose a time column that runs through the whole test (total or test time, not a step time), or sort the rows by time.`;
      return;
    }
    if (this.rows >= MAX_ROWS) {
      this.error = `Line ${this.line}: the file has more than ${MAX_ROWS.toLocaleString("en")} data rows; thin it out first.`;
      return;
    }
    this.previousTime = t;
    if (this.rows === this.time.length) this.grow();
    const i = this.rows++;
    this.time[i] = t;
    this.voltage[i] = v;
    if (this.current !== null) this.current[i] = j;
    if (this.rest !== null) this.rest[i] = resting;
  }

  private readTime(text: string, start: number, end: number): number {
    const unit = this.m.timeUnit;
    if (unit !== "hms" && unit !== "datetime") return this.readValue(text, start, end, this.m.time) * this.timeScale;
    const cell = text.slice(start, end);
    const t = unit === "hms" ? readClock(cell) : readDateTime(cell);
    if (!Number.isFinite(t)) {
      const name = this.plan!.names[this.m.time];
      this.error =
        `Line ${this.line}: "${cell.slice(0, 32)}" in column ${name} is not a ${unit === "hms" ? "duration hh:mm:ss" : "date and time"}. ` +
        `Choose the unit of the time column below.`;
    }
    return t;
  }

  private readValue(text: string, start: number, end: number, column: number): number {
    const value = readNumber(text, start, end, this.comma);
    if (Number.isFinite(value)) return value;
    const shown = text.slice(start, Math.min(end, start + 24));
    const name = this.plan!.names[column];
    const hint =
      !this.comma && /^-?\d+,\d+$/.test(shown)
        ? " It has a decimal comma: export with a decimal point, or use a tab or semicolon between columns."
        : " Choose another column below, or remove the row.";
    this.error = `Line ${this.line}: "${shown}" in column ${name} is not a number.${hint}`;
    return NaN;
  }

  private grow(): void {
    const size = Math.min(this.time.length * 2, MAX_ROWS);
    const widen = <T extends Float64Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.time = widen(this.time);
    this.voltage = widen(this.voltage);
    if (this.current !== null) this.current = widen(this.current);
    if (this.rest !== null) this.rest = widen(this.rest);
  }
}

/** Reads a whole text at once (small files, tests). */
export function importTraceText(text: string, options: ImportOptions = {}): ImportResult {
  const importer = new TraceImporter(options);
  importer.push(text);
  return importer.finish();
}

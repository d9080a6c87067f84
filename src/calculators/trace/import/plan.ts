/**
 * From the first lines of a text file to an import plan: which format, where the header is, the delimiter
 * and decimal mark, the column mapping (guessed, or the reader's choice) and a preview of the first rows.
 */
import { guessMapping, type ColumnMapping } from "./columns.ts";
import { formatById, formats, type CyclerFormat, type Head } from "./formats/index.ts";
import { isCurrentUnit, isTimeUnit, isVoltageUnit, unitLabels } from "./units.ts";

export type Delimiter = "\t" | ";" | ",";

export interface ImportPlan {
  format: { id: string; label: string };
  delimiter: Delimiter;
  decimalComma: boolean;
  /** Index (from 0) of the header line; data start on the next line. */
  headerIndex: number;
  names: string[];
  mapping: ColumnMapping;
  /** Up to five data rows as text, for the preview. */
  preview: string[][];
  leadingEmpty: number;
  /** The area the file's preamble states, in cm², if any (shown, never used unasked). */
  headerArea_cm2?: number;
}

/** The reader's choices: columns and units over the guess, and a format to force. */
export type ImportChoice = Partial<ColumnMapping> & { format?: string };

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; error: string };

const PREVIEW_ROWS = 5;
const NONE: ColumnMapping = { time: -1, timeUnit: "s", voltage: -1, voltageUnit: "V", current: -1, currentUnit: "mA", state: -1 };

const delimiterOf = (line: string): Delimiter => (line.includes("\t") ? "\t" : line.includes(";") ? ";" : ",");
/** Cells of a line: a line wrapped whole in quotes is unwrapped; a quoted cell may hold the delimiter. */
function split(line: string, d: Delimiter): string[] {
  const t = line.trim();
  const whole = t.startsWith('"') && t.endsWith('"') && t.indexOf('"', 1) === t.length - 1;
  const body = whole ? t.slice(1, -1) : line;
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    while (body[i] === " ") i++;
    let cell: string;
    if (body[i] === '"') {
      let j = i + 1;
      while (j < body.length && !(body[j] === '"' && body[j + 1] !== '"')) j += body[j] === '"' ? 2 : 1;
      cell = body.slice(i + 1, j).replace(/""/g, '"');
      i = body.indexOf(d, j);
    } else {
      const next = body.indexOf(d, i);
      cell = body.slice(i, next === -1 ? body.length : next);
      i = next;
    }
    cells.push(cell.trim());
    if (i === -1) break;
    i++;
  }
  return cells;
}
const isBlank = (line: string) => line.trim() === "" || line.startsWith("#");
const numeric = (cell: string) => /^[-+]?(\d+[.,]?\d*|[.,]\d+)([eE][-+]?\d+)?$/.test(cell);

/** Data rows after the header as cells, skipping blank lines and (nested layouts) rows of other levels. */
function dataRows(head: Head, index: number, d: Delimiter, leadingEmpty: number, count: number): string[][] {
  const rows: string[][] = [];
  for (let i = index + 1; i < head.lines.length && rows.length < count; i++) {
    const line = head.lines[i]!;
    if (isBlank(line)) continue;
    const cells = split(line, d);
    if (leadingEmpty > 0 && !(cells.slice(0, leadingEmpty).every((c) => c === "") && cells[leadingEmpty] !== "")) continue;
    rows.push(cells);
  }
  return rows;
}

/** The first line whose names include a time and a voltage column; else one followed by a numeric row. */
function findHeader(head: Head, format: CyclerFormat): number | undefined {
  const lines = head.lines;
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(lines[i]!)) continue;
    const d = delimiterOf(lines[i]!);
    const names = split(lines[i]!, d);
    if (names.length < 2) continue;
    const first = dataRows(head, i, d, 0, 1)[0];
    if (guessMapping(names, (k) => first?.[k], format.units)) return i;
  }
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(lines[i]!)) continue;
    const d = delimiterOf(lines[i]!);
    const names = split(lines[i]!, d);
    const next = dataRows(head, i, d, 0, 1)[0];
    if (names.length >= 2 && !names.every(numeric) && next && next.length >= names.length - 1 && next.filter(numeric).length >= 2)
      return i;
  }
  return undefined;
}

/** Applies the reader's choices (from the menus or remembered) over the guess, ignoring what does not fit. */
function withChoices(guess: ColumnMapping, choice: Partial<ColumnMapping> | undefined, columns: number): ColumnMapping {
  if (!choice) return guess;
  const index = (k: number | undefined, fallback: number) =>
    typeof k === "number" && Number.isInteger(k) && k >= -1 && k < columns ? k : fallback;
  return {
    time: index(choice.time, guess.time),
    timeUnit: isTimeUnit(choice.timeUnit) ? choice.timeUnit : guess.timeUnit,
    voltage: index(choice.voltage, guess.voltage),
    voltageUnit: isVoltageUnit(choice.voltageUnit) ? choice.voltageUnit : guess.voltageUnit,
    current: index(choice.current, guess.current),
    currentUnit: isCurrentUnit(choice.currentUnit) ? choice.currentUnit : guess.currentUnit,
    state: index(choice.state, guess.state),
  };
}

/** Lines a plan is made from: the file's first SNIFF_BYTES, as text. */
export function planImport(head: Head, choice?: ImportChoice): PlanResult {
  const format = (choice?.format && formatById(choice.format)) || formats.find((f) => f.detect(head))!;
  const index = format.headerIndex?.(head) ?? findHeader(head, format);
  const first = head.lines.findIndex((l) => !isBlank(l));
  if (first === -1) return { ok: false, error: "The file is empty: it needs a header row and at least one row of data." };
  if (index === undefined || index >= head.lines.length) {
    const line = head.lines[first]!;
    const d = delimiterOf(line);
    if (split(line, d).every((c) => c === "" || numeric(c)))
      return {
        ok: false,
        error: `Line ${first + 1} holds numbers, not column names: start the file with a header row naming the columns (for example time_s, voltage_V, current_mA_cm2).`,
      };
    return {
      ok: false,
      error:
        "No header row found: no line names a time and a voltage column above rows of numbers. Export the data " +
        "with column names, or add a header row such as time_s,voltage_V,current_mA_cm2.",
    };
  }
  const headerLine = head.lines[index]!;
  const delimiter = delimiterOf(headerLine);
  const names = split(headerLine, delimiter);
  const leadingEmpty = format.leadingEmpty ?? 0;
  const preview = dataRows(head, index, delimiter, leadingEmpty, PREVIEW_ROWS);
  const guess = guessMapping(names, (k) => preview[0]?.[k], format.units) ?? NONE;
  const mapping = withChoices(guess, choice, names.length);
  const column = (k: number) => preview.map((r) => r[k] ?? "");
  const decimalComma =
    delimiter !== "," &&
    [mapping.voltage, mapping.time, mapping.current].some((k) => k !== -1 && column(k).some((c) => /^[-+]?\d*,\d+([eE][-+]?\d+)?$/.test(c)));
  const area = format.headerArea_cm2?.(head);
  return {
    ok: true,
    plan: {
      format: { id: format.id, label: format.label },
      delimiter,
      decimalComma,
      headerIndex: index,
      names,
      mapping,
      preview,
      leadingEmpty,
      ...(area !== undefined ? { headerArea_cm2: area } : {}),
    },
  };
}

/** The mapping in a sentence: "BioLogic EC-Lab text export, decimal comma: time from time/s (s), …". */
export function describePlan(plan: ImportPlan): string {
  const { names, mapping: m } = plan;
  const col = (k: number, unit: keyof typeof unitLabels) => `${names[k] || `column ${k + 1}`} (${unitLabels[unit]})`;
  const parts = [
    m.time === -1 ? "no time column" : `time from ${col(m.time, m.timeUnit)}`,
    m.voltage === -1 ? "no voltage column" : `voltage from ${col(m.voltage, m.voltageUnit)}`,
    m.current === -1 ? "no current" : `current from ${col(m.current, m.currentUnit)}`,
  ];
  if (m.state !== -1) parts.push(`sign and rests from ${names[m.state]}`);
  const marks = [plan.delimiter === ";" ? "semicolons" : "", plan.decimalComma ? "decimal comma" : ""].filter(Boolean);
  return `${plan.format.label}${marks.length ? `, ${marks.join(", ")}` : ""}: ${parts.join(", ")}.`;
}

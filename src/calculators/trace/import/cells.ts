/**
 * Reading one cell of a cycler export, straight from a slice of the text (no substring on the fast path):
 * decimal numbers with either decimal mark, clock durations and dates with times.
 */
import { parseDecimal } from "../../decimal.ts";

const SPACE = 32,
  QUOTE = 34,
  TAB = 9;

/** [start, end) of a cell without surrounding spaces and quotes. */
export function trimCell(text: string, start: number, end: number): [number, number] {
  let c: number;
  while (start < end && ((c = text.charCodeAt(start)) === SPACE || c === QUOTE || c === TAB)) start++;
  while (end > start && ((c = text.charCodeAt(end - 1)) === SPACE || c === QUOTE || c === TAB)) end--;
  return [start, end];
}

/** A decimal number ("0,25" when `comma`), or NaN. */
export function readNumber(text: string, start: number, end: number, comma: boolean): number {
  return parseDecimal(text, start, end, comma ? 44 : 46);
}

const CLOCK = /^(?:(\d+)\s*d\s*)?(\d+):(\d{1,2}):(\d{1,2}(?:[.,]\d*)?)$/;

/** A duration written "[Nd ]h:mm:ss[.s]" (hours may pass 24), in s; NaN otherwise. */
export function readClock(cell: string): number {
  const m = CLOCK.exec(cell);
  if (!m) return NaN;
  return Number(m[1] ?? 0) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]!.replace(",", "."));
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}(?:[.,]\d*)?))?\s*(AM|PM)?$/i;
const SLASHED = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}(?:[.,]\d*)?))?\s*(AM|PM)?$/i;

/**
 * A date and time, in s since 1970 (as if UTC: only differences matter). Years first (2022-04-11) or last,
 * month first as instruments write it (05/21/2021), day first when the first number cannot be a month.
 * NaN when the cell is neither.
 */
export function readDateTime(cell: string): number {
  let y: number, mo: number, d: number, h: number, mi: number, s: number, half: string | undefined;
  let m = ISO.exec(cell);
  if (m) {
    [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
    s = Number((m[6] ?? "0").replace(",", "."));
    half = m[7];
  } else if ((m = SLASHED.exec(cell))) {
    const a = Number(m[1]),
      b = Number(m[2]);
    [mo, d] = a > 12 ? [b, a] : [a, b];
    [y, h, mi] = [m[3], m[4], m[5]].map(Number) as [number, number, number];
    s = Number((m[6] ?? "0").replace(",", "."));
    half = m[7];
  } else return NaN;
  if (half) h = (h % 12) + (half.toUpperCase() === "PM" ? 12 : 0);
  return Date.UTC(y, mo - 1, d, h, mi) / 1000 + s;
}

/** Which way a numeric-looking time cell is written, judged from one sample cell. */
export function timeKind(cell: string): "number" | "hms" | "datetime" | "unknown" {
  if (Number.isFinite(readDateTime(cell))) return "datetime";
  if (Number.isFinite(readClock(cell))) return "hms";
  if (/^[-+]?(\d+[.,]?\d*|[.,]\d+)([eE][-+]?\d+)?$/.test(cell)) return "number";
  return "unknown";
}

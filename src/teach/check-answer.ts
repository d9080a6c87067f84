/**
 * Self-check of a worked problem: reads what a student typed ("26.6 µm", "0.0266 mm", "63.6mV"), converts
 * it to the problem's unit and says whether it lies within the problem's tolerance, without giving the
 * answer away. Runs in the browser, so it stays small: no d3, no KaTeX.
 */
import { scanNumber } from "../calculators/number-text.ts";
import { convert, readUnit, suggestedUnits, unitBySymbol, type Unit } from "./units.ts";

/** How far from the answer a value may be: a fraction of it, or an amount in the problem's unit. */
export type Tolerance = { relative: number } | { absolute: number };

export interface Expected {
  /** The answer, in `unit`. */
  value: number;
  /** The problem's unit as printed ("µm", "mJ m⁻²"); "" for a pure number such as an N/P ratio. */
  unit: string;
  tolerance: Tolerance;
}

export type Reading = { ok: true; value: number } | { ok: false; message: string };

export interface Verdict {
  /** "invalid": the text could not be read; "right"/"wrong": it was, and compared with the answer. */
  status: "invalid" | "right" | "wrong";
  /** What the page says, in one or two sentences. */
  message: string;
}

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

// After the number (read by the site's one rule, number-text.ts): an optional "× 10^n".
const TIMES_TEN = /^\s*[x×]\s*10\^?([+-]?\d+)/i;
// A value given with an uncertainty: the checker wants the value alone.
const PLUS_MINUS = /^\s*(±|\+\/-|\+-)/;

/** Writes superscripts as "^-2" so that "10⁻³" and "m⁻²" read like "10^-3" and "m^-2". */
function plainText(text: string): string {
  return text
    .trim()
    .replace(/[−–]/g, "-")
    .replace(/[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (run) =>
      "^" + [...run].map((c) => (c === "⁻" ? "-" : c === "⁺" ? "+" : String(SUPERSCRIPT_DIGITS.indexOf(c)))).join(""),
    );
}

/** A short number for messages: at most 3 significant digits, no trailing zeros. */
function short(x: number): string {
  return String(Number(x.toPrecision(3)));
}

/** "±2 %" or "±0.5°": the tolerance as a student reads it. */
export function describeTolerance(tolerance: Tolerance, unit: string): string {
  if ("relative" in tolerance) return `±${short(tolerance.relative * 100)} %`;
  const amount = short(tolerance.absolute);
  return unit === "" ? `±${amount}` : unit === "°" ? `±${amount}°` : `±${amount} ${unit}`;
}

/** Reads `text` as a number with a unit and converts it to `unit` ("" when the answer has no unit). */
export function readAnswer(text: string, unit: string): Reading {
  const plain = plainText(text);
  if (plain === "") return { ok: false, message: "Type an answer first: a number and its unit." };
  const number = scanNumber(plain);
  if (!number.ok) {
    if (number.problem === "tooLarge") return { ok: false, message: "That number is too large to check." };
    if (number.problem === "notANumber") {
      return { ok: false, message: "Not a number: start with the value, such as 12.5 or 1.2e3, then the unit." };
    }
    return { ok: false, message: number.message };
  }
  let source = plain.slice(number.length);
  let value = number.value;
  const power = TIMES_TEN.exec(source);
  if (power) {
    value *= 10 ** Number(power[1]);
    source = source.slice(power[0].length);
  }
  if (!Number.isFinite(value)) return { ok: false, message: "That number is too large to check." };
  if (PLUS_MINUS.test(source)) return { ok: false, message: "Give the value alone, without ± and an uncertainty." };
  const rest = source.trim();

  if (unit === "") {
    if (rest === "" || rest === ":1") return { ok: true, value };
    return { ok: false, message: "This answer is a pure number: give it without a unit." };
  }
  const target = unitBySymbol(unit);
  const offer = `give the answer in ${suggestedUnits(target.dimension)}.`;
  if (rest === "") return { ok: false, message: `Missing unit: ${offer}` };
  const given: Unit | undefined = readUnit(rest);
  if (!given) return { ok: false, message: `Unknown unit “${rest.slice(0, 20)}”: ${offer}` };
  if (given.dimension !== target.dimension) {
    return {
      ok: false,
      message: `${given.symbol} measures ${article(given.dimension)} ${given.dimension}, but this answer is ${article(target.dimension)} ${target.dimension}: ${offer}`,
    };
  }
  return { ok: true, value: convert(value, given, target) };
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? "an" : "a";
}

/** True when `value` (in the problem's unit) lies within the tolerance of the answer. */
export function withinTolerance(value: number, expected: Expected): boolean {
  const allowed = "relative" in expected.tolerance
    ? expected.tolerance.relative * Math.abs(expected.value)
    : expected.tolerance.absolute;
  // A hair of slack, so that an answer typed exactly on the edge of the tolerance counts.
  return Math.abs(value - expected.value) <= allowed * (1 + 1e-9) + 1e-12;
}

/** Reads and judges a student's answer; the message never states the answer itself. */
export function checkAnswer(text: string, expected: Expected): Verdict {
  const reading = readAnswer(text, expected.unit);
  if (!reading.ok) return { status: "invalid", message: reading.message };
  const tolerance = describeTolerance(expected.tolerance, expected.unit);
  if (withinTolerance(reading.value, expected)) {
    return { status: "right", message: `Right: that is within ${tolerance} of the answer.` };
  }
  const side = reading.value > expected.value ? "too high" : "too low";
  return {
    status: "wrong",
    message: `Not yet: that is ${side}, by more than ${tolerance}. Check the hint and your units, then try again.`,
  };
}

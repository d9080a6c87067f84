/**
 * The site's one rule for reading a number a reader typed or a link carried, used by every calculator field
 * (fields.ts), "compare your result" (src/charts/compare.ts), the answer checker of the teaching kit
 * (src/teach/check-answer.ts) and any numeric filter:
 *
 * - The decimal separator is a point: "1.5", ".5", "1.", "-2.5e-3". A leading "−" (U+2212) or "–" is a minus.
 * - A single comma that cannot be a thousands separator is read as a decimal comma, because phone keypads in
 *   many locales offer only "," : "1,5", "0,500", "12,3456", "1234,5" and ",5" are read as 1.5, 0.5, …
 * - A single comma with one to three digits before it (not starting with 0) and exactly three after it is
 *   ambiguous — "1,500" is 1.5 in Paris and 1500 in London — and is refused with a message saying so.
 * - Thousands separators are never read: "1,500,000", "1,500.5", "1.500,5" and "1 500" are refused.
 * - No hex, no "Infinity", no blank-as-zero.
 * - Where an uncertainty is allowed, `value ± δ` (also `+/-` or `+-`, spaces optional) gives δ, one standard
 *   uncertainty, read by the same rule; δ must not be negative.
 */

/** Why a text is not a number. */
export type NumberProblem =
  | "empty"
  | "notANumber"
  | "ambiguousComma"
  | "separators"
  | "tooLarge"
  | "uncertaintyNotAllowed"
  | "badUncertainty"
  | "negativeUncertainty";

export type NumberTextReading =
  | { ok: true; value: number; uncertainty?: number }
  | { ok: false; problem: NumberProblem; message: string };

export type NumberScan =
  | { ok: true; value: number; /** Characters of the text the number used. */ length: number }
  | { ok: false; problem: NumberProblem; message: string };

/** Longest text worth reading as a number (with its uncertainty); longer input is refused before parsing. */
export const MAX_NUMBER_TEXT_LENGTH = 80;

// Sign, then digits, points and commas (classified below), then an optional exponent.
const TOKEN = /^([+\-\u2212\u2013]?)([\d.,]+)(?:[eE]([+\-\u2212]?\d+))?/;
const PLAIN = /^(\d+\.?\d*|\.\d+)$/;
const GROUPED = /^\d{1,3}(,\d{3})+$/;
// "±", "+/-" or "+-", with optional spaces around it.
const PLUS_MINUS = /^\s*(±|\+\/-|\+-)\s*/;

const fail = (problem: NumberProblem, message: string) => ({ ok: false as const, problem, message });

/** Shortens typed text for a message. */
function quoted(text: string): string {
  return `“${text.length > 24 ? `${text.slice(0, 24)}…` : text}”`;
}

/**
 * Reads the number at the start of `text` (no leading spaces), e.g. the "26.6" of "26.6 µm": its value and
 * how many characters it used, or why the text does not start with a number this site reads.
 */
export function scanNumber(text: string): NumberScan {
  const m = TOKEN.exec(text);
  if (!m) return fail("notANumber", "Not a number.");
  const [token, sign = "", body = "", exponent] = m;
  const commas = body.split(",").length - 1;
  let mantissa = body;
  if (commas > 0) {
    if (body.includes(".") || (commas > 1 && GROUPED.test(body))) {
      return fail(
        "separators",
        `${quoted(token)} has a thousands separator: write the number without separators, with a point for decimals (e.g. 1500.5).`,
      );
    }
    const [whole = "", fraction = ""] = body.split(",");
    if (commas > 1 || !/^\d*$/.test(whole) || !/^\d+$/.test(fraction)) return fail("notANumber", "Not a number.");
    if (/^[1-9]\d{0,2}$/.test(whole) && fraction.length === 3) {
      const minus = sign === "" || sign === "+" ? "" : "-";
      const point = String(Number(`${minus}${whole}.${fraction}`));
      const joined = String(Number(`${minus}${whole}${fraction}`));
      return fail(
        "ambiguousComma",
        `${quoted(token)} could be ${point} or ${joined}: write ${point} with a decimal point, or ${joined} without a separator.`,
      );
    }
    mantissa = `${whole}.${fraction}`;
  }
  if (!PLAIN.test(mantissa)) return fail("notANumber", "Not a number.");
  const minus = sign === "-" || sign === "\u2212" || sign === "\u2013";
  const power = exponent === undefined ? "" : `e${exponent.replace("\u2212", "-")}`;
  const value = Number(`${minus ? "-" : ""}${mantissa}${power}`);
  if (!Number.isFinite(value)) return fail("tooLarge", "Too large to compute with.");
  return { ok: true, value, length: token.length };
}

/**
 * Reads the whole of `text` (spaces around it ignored) as a number, or as `value ± δ` when
 * `options.uncertainty` is true (the default). Never throws; the message says what to type instead.
 */
export function readNumberText(raw: string | null | undefined, options: { uncertainty?: boolean } = {}): NumberTextReading {
  const allowUncertainty = options.uncertainty ?? true;
  const text = (raw ?? "").trim();
  if (text === "") return fail("empty", "Enter a value.");
  if (text.length > MAX_NUMBER_TEXT_LENGTH) return fail("notANumber", "Not a number.");
  const head = scanNumber(text);
  if (!head.ok) return head;
  const rest = text.slice(head.length);
  if (rest === "") return { ok: true, value: head.value };
  const pm = PLUS_MINUS.exec(rest);
  if (!pm) return fail("notANumber", "Not a number.");
  if (!allowUncertainty) {
    return fail("uncertaintyNotAllowed", "Give the value alone, without ± and an uncertainty.");
  }
  const deltaText = rest.slice(pm[0].length);
  if (deltaText === "") return fail("badUncertainty", "After ± give the uncertainty, e.g. 72.5 ± 2.");
  if (/^[-\u2212\u2013]/.test(deltaText)) {
    return fail("negativeUncertainty", "The uncertainty after ± must be zero or positive.");
  }
  const delta = scanNumber(deltaText);
  if (!delta.ok) {
    return delta.problem === "notANumber"
      ? fail("badUncertainty", "After ± give the uncertainty as a number, e.g. 72.5 ± 2.")
      : { ...delta, message: `After ±: ${delta.message}` };
  }
  if (delta.length !== deltaText.length) {
    return fail("badUncertainty", "After ± give the uncertainty as a number, e.g. 72.5 ± 2.");
  }
  return { ok: true, value: head.value, uncertainty: delta.value };
}

/**
 * Teacher mode outside the calculator: the page around an island (its documentation, preset notes, tables)
 * may quote the very numbers a teacher link hides. Pure helpers that find those numbers in text; the hook in
 * useTeacherMask.ts applies them to the page.
 */

/** A hidden result as the calculator would print it: "85.5" and its unit "mJ m⁻²". */
export interface MaskedValue {
  text?: string | undefined;
  unit?: string | undefined;
  /** The result itself: a page may print it rounded differently ("85.5" for 85.47), which is masked too. */
  value?: number | undefined;
}

/** What a masked number reads as until it is revealed. */
export const MASK = "[hidden]";

/**
 * Numbers with fewer digits than this are masked only where their unit follows them ("12 h"): a bare "12"
 * is more often a row number or a year's day than the hidden result.
 */
const MIN_BARE_DIGITS = 3;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A pattern matching the hidden numbers as whole numbers (not 1240.35 for 240.3), with either minus sign,
 * or undefined when there is nothing to mask.
 */
export function maskPattern(values: readonly MaskedValue[]): RegExp | undefined {
  const alternatives = new Set<string>();
  for (const { text, unit } of values) {
    const number = text?.trim().replace(/^[-−]/, "");
    if (!number || !/\d/.test(number)) continue;
    const signed = `${/^[-−]/.test(text!.trim()) ? "[-−]" : ""}${escape(number)}`;
    const digits = number.replace(/\D/g, "").length;
    if (digits >= MIN_BARE_DIGITS) alternatives.add(signed);
    else if (unit?.trim()) alternatives.add(`${signed}(?=\\s*${escape(unit.trim())})`);
  }
  if (alternatives.size === 0) return undefined;
  return new RegExp(`(?<![\\d.,])(?:${[...alternatives].join("|")})(?![\\d])`, "g");
}

/** Every plain decimal number in a text, with either minus sign ("85.5", "−284", "240"). */
const NUMBER = /(?<![\d.,])[-−]?\d+(?:\.\d+)?(?![\d])/g;

/** True when `token`, as printed, is `value` rounded to the token's own number of decimals. */
function roundsTo(token: string, value: number): boolean {
  const decimals = token.split(".")[1]?.length ?? 0;
  const printed = Number(token.replace("−", "-"));
  return Math.abs(printed - value) <= 0.5 * 10 ** -decimals * (1 + 1e-9);
}

/**
 * `text` with every hidden number replaced by MASK: as the calculator prints it (`pattern`), and, for `values`
 * with a number, any other rounding of it that a page prints (three or more digits, or its unit after it).
 */
export function maskText(text: string, pattern: RegExp, values: readonly MaskedValue[] = []): string {
  const masked = text.replace(pattern, MASK);
  const numeric = values.filter((v) => typeof v.value === "number" && Number.isFinite(v.value));
  if (numeric.length === 0) return masked;
  return masked.replace(NUMBER, (token, at: number, whole: string) => {
    const digits = token.replace(/\D/g, "").length;
    const after = whole.slice(at + token.length).trimStart();
    const hit = numeric.some(
      ({ value, unit }) => roundsTo(token, value!) && (digits >= MIN_BARE_DIGITS || (!!unit?.trim() && after.startsWith(unit.trim()))),
    );
    return hit ? MASK : token;
  });
}

/** A result that is a number, else undefined (a regime's name, a missing result). */
export const numberOrUndefined = (x: unknown): number | undefined => (typeof x === "number" ? x : undefined);

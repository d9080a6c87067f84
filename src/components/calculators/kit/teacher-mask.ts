/**
 * Teacher mode outside the calculator: the page around an island (its documentation, preset notes, tables)
 * may quote the very numbers a teacher link hides. Pure helpers that find those numbers in text; the hook in
 * useTeacherMask.ts applies them to the page.
 */

/** A hidden result as the calculator would print it: "85.5" and its unit "mJ m⁻²". */
export interface MaskedValue {
  text?: string | undefined;
  unit?: string | undefined;
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

/** `text` with every hidden number replaced by MASK. */
export function maskText(text: string, pattern: RegExp): string {
  return text.replace(pattern, MASK);
}

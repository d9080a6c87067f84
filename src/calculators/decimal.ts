/**
 * Fast reading of plain decimal numbers ("-12.5", "3e-4") straight from a slice of a larger string, without
 * creating a substring per value: a million-row CSV has three million of them.
 */

/** Exact powers of ten: every 10^k with k ≤ 22 is a double without rounding. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Most significant digits kept exactly in the integer mantissa (10^15 < 2^53). */
const MAX_DIGITS = 15;

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The number written in text[start, end), or NaN unless the whole slice is one decimal number: optional
 * sign, digits with at most one point, optional exponent; no spaces, hex, "Infinity" or thousands separators.
 * With at most 15 significant digits and a power of ten within ±22 the result is m·10^e computed in one
 * correctly rounded operation (Clinger's fast path), so it equals Number(); otherwise Number() decides.
 * `point` is the character code of the decimal mark: 46 for ".", 44 for a decimal comma ("0,25").
 */
export function parseDecimal(text: string, start: number, end: number, point = 46): number {
  let i = start;
  let c = text.charCodeAt(i);
  const negative = c === 45;
  if (negative || c === 43) i++;
  let mantissa = 0,
    digits = 0,
    exponent = 0,
    any = false,
    exact = true;
  for (; i < end && isDigit((c = text.charCodeAt(i))); i++) {
    any = true;
    if (digits < MAX_DIGITS) {
      mantissa = mantissa * 10 + (c - 48);
      if (mantissa > 0) digits++;
    } else {
      exponent++;
      if (c !== 48) exact = false;
    }
  }
  if (i < end && text.charCodeAt(i) === point) {
    for (i++; i < end && isDigit((c = text.charCodeAt(i))); i++) {
      any = true;
      if (digits < MAX_DIGITS) {
        mantissa = mantissa * 10 + (c - 48);
        if (mantissa > 0) digits++;
        exponent--;
      } else if (c !== 48) exact = false;
    }
  }
  if (!any) return NaN;
  if (i < end && (text.charCodeAt(i) | 32) === 101) {
    i++;
    const sign = text.charCodeAt(i) === 45 ? -1 : 1;
    if (text.charCodeAt(i) === 45 || text.charCodeAt(i) === 43) i++;
    let power = 0,
      powerDigits = 0;
    for (; i < end && isDigit((c = text.charCodeAt(i))); i++, powerDigits++)
      power = Math.min(power * 10 + (c - 48), 100000);
    if (powerDigits === 0) return NaN;
    exponent += sign * power;
  }
  if (i !== end) return NaN;
  if (!exact || exponent > 22 || exponent < -22) {
    const slice = text.slice(start, end);
    return Number(point === 46 ? slice : slice.replace(",", "."));
  }
  const magnitude = exponent >= 0 ? mantissa * POW10[exponent]! : mantissa / POW10[-exponent]!;
  return negative ? -magnitude : magnitude;
}

import { formatLocale } from "d3-format";

// ASCII minus and no thousands separator, so an output's text reads back as a number.
const locale = formatLocale({ decimal: ".", thousands: "", grouping: [3], currency: ["", ""], minus: "-" });

/** A number for an <output>: `digits` significant digits, trailing zeros dropped ("29.29", "40620", "0.5"). */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) throw new Error(`formatNumber was given ${value}`);
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1e9 || magnitude < 1e-4) return locale.format(`.${digits}~e`)(value);
  return locale.format(`.${digits}~r`)(value);
}

/** A number with a fixed count of decimals, for tables ("0.10", "1.25"). */
export function formatFixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) throw new Error(`formatFixed was given ${value}`);
  // A value that rounds to zero is shown as "0.0", not "-0.0".
  const rounded = Math.abs(value) < 0.5 * 10 ** -decimals ? 0 : value;
  return locale.format(`.${decimals}f`)(rounded);
}

/** Magnitudes written without an exponent; outside them "1.50e+12", "2.5e-6". */
const PLAIN_MIN = 1e-4;
const PLAIN_MAX = 1e9;

/** A zero written as "-0" or "-0.00" loses its sign. */
const unsignZero = (text: string) => (/^-0(\.0*)?(e|$)/.test(text) ? text.slice(1) : text);

/**
 * `value` with exactly `digits` significant figures, trailing zeros kept (12.55 → "12.6" at 3, 2.5 → "2.50",
 * 1234567 → "1230000"; zero is "0"); an exponent only outside 10⁻⁴ ≤ |x| < 10⁹ ("1.50e+12"). Never "-0"; throws on NaN or Infinity.
 * @param digits Significant figures, 1 to 17.
 */
export function formatSignificant(value: number, digits: number): string {
  if (!Number.isFinite(value)) throw new Error(`formatSignificant was given ${value}`);
  if (!Number.isInteger(digits) || digits < 1 || digits > 17) throw new Error(`formatSignificant: ${digits} digits`);
  if (value === 0) return "0";
  const rounded = Number(value.toPrecision(digits));
  const magnitude = Math.abs(rounded);
  if (magnitude >= PLAIN_MAX || magnitude < PLAIN_MIN) return unsignZero(locale.format(`.${digits - 1}e`)(rounded));
  return unsignZero(locale.format(`.${digits}r`)(rounded));
}

/** A measured value and its uncertainty as text, ready for an <output> and the span beside it. */
export interface MeasuredText {
  /** The value, rounded to the last digit of the uncertainty ("72.5"). */
  value: string;
  /** The uncertainty with one or two significant figures ("2.0"). */
  uncertainty: string;
  /** Both, as one would write them: "72.5 ± 2.0". */
  text: string;
}

/** Decimal exponent of the leading digit of a positive finite number (exact, unlike Math.log10). */
const leadingExponent = (x: number) => Number(x.toExponential().split("e")[1]);

/** `x` rounded to a multiple of 10^place and written positionally, without "-0". */
function atPlace(x: number, place: number): string {
  if (place < 0) return unsignZero(x.toFixed(Math.min(100, -place)));
  const step = 10 ** place;
  return unsignZero(String(Math.round(x / step) * step));
}

/** `x` written as mantissa·10^exponent with the mantissa rounded to 10^(place − exponent). */
function withExponent(x: number, exponent: number, place: number): string {
  const mantissa = unsignZero((x / 10 ** exponent).toFixed(Math.max(0, Math.min(100, exponent - place))));
  return `${mantissa}e${exponent < 0 ? "-" : "+"}${Math.abs(exponent)}`;
}

/**
 * A value with its standard uncertainty, the way a paper writes it: δ with two significant figures when it
 * starts with 1 or 2, one otherwise (0.96 → "1.0", 0.34 → "0.3", 23 → "23"), and the value rounded to δ's last
 * digit (12.5478 ± 0.0212 → "12.548 ± 0.021", 1534 ± 230 → "1530 ± 230"). A zero δ gives the value with
 * `formatNumber`'s four figures and "0". Exponents only outside 10⁻⁴ … 10⁹. Throws on NaN, Infinity or δ < 0.
 */
export function formatMeasured(value: number, uncertainty: number): MeasuredText {
  if (!Number.isFinite(value) || !Number.isFinite(uncertainty) || uncertainty < 0) {
    throw new Error(`formatMeasured was given ${value} ± ${uncertainty}`);
  }
  const join = (v: string, u: string): MeasuredText => ({ value: v, uncertainty: u, text: `${v} ± ${u}` });
  if (uncertainty === 0) return join(formatNumber(value), "0");
  let figures = leadingDigit(uncertainty) <= 2 ? 2 : 1;
  let delta = Number(uncertainty.toPrecision(figures));
  // Rounding may carry into a new leading digit (0.96 → 1): then it starts with 1 and takes two figures.
  if (figures === 1 && leadingDigit(delta) === 1) {
    figures = 2;
    delta = Number(delta.toPrecision(figures));
  }
  const place = leadingExponent(delta) - (figures - 1);
  const largest = Math.max(Math.abs(value), delta);
  if (largest >= PLAIN_MAX || largest < PLAIN_MIN) {
    const exponent = leadingExponent(largest);
    return join(withExponent(value, exponent, place), withExponent(delta, exponent, place));
  }
  return join(atPlace(value, place), atPlace(delta, place));
}

/** First significant digit of a positive finite number. */
function leadingDigit(x: number): number {
  return Number(x.toExponential().charAt(0));
}

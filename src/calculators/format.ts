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

import { formatFixed } from "../../calculators/format.ts";

/**
 * `value` with `decimals` decimals for an <output> or a table cell (formatFixed), without the "-0.0" that a
 * tiny negative number would round to: the spreading coefficient just above 0° is one.
 */
export function fixed(value: number, decimals: number): string {
  return formatFixed(value, decimals).replace(/^-(?=0(\.0*)?$)/, "");
}

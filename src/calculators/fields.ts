/**
 * Reading a calculator's inputs: every number a reader types or a shared link carries arrives as text and
 * leaves here either as a finite number within the field's physical range, or as a message for that field.
 */
import { readNumberText } from "./number-text.ts";

/** What a numeric input accepts. `name` is both the `<input name>` and the URL query key. */
export interface NumberField {
  /** Input and URL parameter name, e.g. "theta_deg". */
  name: string;
  /** Label shown to the reader, e.g. "Contact angle θ". */
  label: string;
  /** Unit shown beside the field ("°", "mA cm⁻²"); empty for dimensionless quantities. */
  unit: string;
  /** Value used when the URL does not set the field. */
  default: number;
  /** Lowest accepted value (inclusive unless `minExclusive`). */
  min?: number;
  minExclusive?: boolean;
  /** Highest accepted value (inclusive unless `maxExclusive`). */
  max?: number;
  maxExclusive?: boolean;
  /** Only whole numbers are accepted (e.g. cycles per step); `value ± δ` is refused. */
  integer?: boolean;
  /** A setting rather than a measurement (e.g. a test's current steps): `value ± δ` is refused. */
  exact?: boolean;
  /** Step of the spin buttons; also a hint for the reader. */
  step?: number;
  /** One line of help under the field. */
  help?: string;
}

/**
 * The outcome of reading one field. `uncertainty` is present when the text was `value ± δ`: δ ≥ 0, one
 * standard uncertainty, in the field's unit.
 */
export type FieldReading = { ok: true; value: number; uncertainty?: number } | { ok: false; error: string };

/** Formats a bound for a message: "0.1 mA cm⁻²", "90°". */
export function withUnit(value: number, unit: string): string {
  if (!unit) return String(value);
  return unit === "°" ? `${value}°` : `${value} ${unit}`;
}

/**
 * Reads `raw` as a value of `field`, or says why it cannot be one. The text is read by the site's one number
 * rule (number-text.ts: decimal point, an unambiguous decimal comma, no thousands separators); `value ± δ`
 * (also `+/-`) is accepted unless `options.uncertainty` is false or the field is a whole-number count.
 */
export function readNumber(
  raw: string | null | undefined,
  field: NumberField,
  options: { uncertainty?: boolean } = {},
): FieldReading {
  const reading = readNumberText(raw, { uncertainty: options.uncertainty ?? true });
  if (!reading.ok) {
    switch (reading.problem) {
      case "empty":
        return { ok: false, error: `Enter a value for ${field.label}.` };
      case "notANumber":
        return { ok: false, error: `${field.label} must be a number${field.unit ? ` in ${field.unit}` : ""}.` };
      case "tooLarge":
        return { ok: false, error: `${field.label} is too large to compute with.` };
      default:
        return { ok: false, error: `${field.label}: ${reading.message.charAt(0).toLowerCase()}${reading.message.slice(1)}` };
    }
  }
  const checked = checkRange(reading.value, field);
  if (!checked.ok || reading.uncertainty === undefined) return checked;
  if (field.integer) return { ok: false, error: `${field.label} is a count: give it without ±.` };
  if (field.exact) return { ok: false, error: `${field.label} is a setting, not a measurement: give it without ±.` };
  return { ok: true, value: checked.value, uncertainty: reading.uncertainty };
}

/** Checks a number already parsed against the field's range and integrality. */
export function checkRange(value: number, field: NumberField): FieldReading {
  if (!Number.isFinite(value)) return { ok: false, error: `${field.label} must be a finite number.` };
  const { min, max, unit } = field;
  if (min !== undefined && (field.minExclusive ? value <= min : value < min)) {
    const bound = withUnit(min, unit);
    return { ok: false, error: `${field.label} must be ${field.minExclusive ? "greater than" : "at least"} ${bound}.` };
  }
  if (max !== undefined && (field.maxExclusive ? value >= max : value > max)) {
    const bound = withUnit(max, unit);
    return { ok: false, error: `${field.label} must be ${field.maxExclusive ? "less than" : "at most"} ${bound}.` };
  }
  if (field.integer && !Number.isInteger(value)) {
    return { ok: false, error: `${field.label} must be a whole number.` };
  }
  return { ok: true, value };
}

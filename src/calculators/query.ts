/**
 * A calculator's state in the URL query string. Shared links are untrusted input: every parameter is read
 * as text, unknown or repeated ones are reported, choices must be one of the allowed values, and numbers
 * are kept as typed so the field can flag a bad one (fields.ts says what is wrong with it).
 */
import type { NumberField } from "./fields.ts";

export interface QuerySpec {
  /** Numeric inputs, by URL name. */
  numbers: Record<string, NumberField>;
  /** Inputs with a fixed set of values (e.g. mode), by URL name. */
  choices?: Record<string, readonly string[]>;
  /** Other parameters the page understands (read elsewhere), e.g. "hide". */
  extra?: readonly string[];
}

export interface QueryReading {
  /** Raw text of each recognised parameter that the URL sets. */
  values: Record<string, string>;
  /** What was ignored and why, to show the reader. */
  notes: string[];
}

/** Parameters every page understands, which no calculator reports: the words a search result marks. */
const SITE_PARAMETERS: readonly string[] = ["highlight"];

/** Longest parameter value kept; longer text is cut (a field then reports it as not a number). */
const MAX_VALUE_LENGTH = 200;
/** Parameters read at most; a URL with more is refused past this point. */
const MAX_PARAMETERS = 60;

/** Shortens text for a note, so a hostile link cannot fill the page. */
export function quote(text: string, max = 40): string {
  const clean = text.replace(/\s+/g, " ");
  return `“${clean.length > max ? `${clean.slice(0, max)}…` : clean}”`;
}

/** Reads the calculator's parameters from a query string ("?theta_deg=72.5&mode=angle"). */
export function readQuery(search: string, spec: QuerySpec): QueryReading {
  const params = new URLSearchParams(search);
  const values: Record<string, string> = {};
  const notes: string[] = [];
  const seen = new Map<string, number>();
  let count = 0;
  for (const [key, value] of params) {
    if (++count > MAX_PARAMETERS) {
      notes.push(`The link has more than ${MAX_PARAMETERS} parameters; the rest were ignored.`);
      break;
    }
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (seen.get(key)! > 1) continue;
    const choices = spec.choices?.[key];
    if (key in spec.numbers) {
      values[key] = value.slice(0, MAX_VALUE_LENGTH);
    } else if (choices) {
      if (choices.includes(value)) values[key] = value;
      else notes.push(`Ignored ${key}=${quote(value)}: it must be one of ${choices.join(", ")}.`);
    } else if (!spec.extra?.includes(key) && !SITE_PARAMETERS.includes(key)) {
      notes.push(`Ignored ${quote(key)}: this calculator has no such setting.`);
    }
  }
  for (const [key, n] of seen) {
    if (n > 1 && (key in spec.numbers || spec.choices?.[key])) {
      notes.push(`${quote(key)} was given ${n} times; the first value is used.`);
    }
  }
  return { values, notes };
}

/** The query string ("?a=1&b=2") that reproduces `values`, in the order of `names`. */
export function writeQuery(values: Record<string, string>, names: readonly string[]): string {
  const params = new URLSearchParams();
  for (const name of names) {
    const v = values[name];
    if (v !== undefined && v !== "") params.set(name, v);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * Teacher mode: the outputs that `hide=a,b` asks to keep hidden until the reader reveals them, and notes on
 * names that are not outputs of this calculator.
 */
export function readHidden<Name extends string>(search: string, outputs: readonly Name[]): { hidden: Name[]; notes: string[] } {
  const param = new URLSearchParams(search).get("hide");
  if (!param) return { hidden: [], notes: [] };
  const hidden: Name[] = [];
  const notes: string[] = [];
  for (const name of param.split(",").map((s) => s.trim()).filter(Boolean)) {
    if ((outputs as readonly string[]).includes(name)) hidden.push(name as Name);
    else notes.push(`Ignored ${quote(name)} in hide: there is no result of that name.`);
  }
  return { hidden, notes };
}

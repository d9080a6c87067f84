import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { readNumber, type NumberField } from "../../../calculators/fields.ts";
import { readQuery, writeQuery, type QuerySpec } from "../../../calculators/query.ts";

export interface CalculatorSpec extends QuerySpec {
  /** Inputs that may be left empty (e.g. a measured value that overrides a correlation). */
  optional?: readonly string[];
}

export interface CalculatorState {
  /** Every input as the reader typed it (or the link carried it). */
  raw: Record<string, string>;
  /** Inputs that read as valid numbers. */
  values: Record<string, number>;
  /** Standard uncertainties of the inputs typed as `value ± δ` (δ ≥ 0, in the input's unit), by input name. */
  uncertainties: Record<string, number>;
  /** Messages for inputs that did not, by input name. */
  errors: Record<string, string>;
  /** What the link carried that was not used. */
  notes: string[];
  /** True once the URL has been read in the browser (the prerendered page shows the defaults). */
  hydrated: boolean;
  set(name: string, text: string): void;
  /** Replaces the whole state, e.g. to load a preset: defaults, then `values`. */
  load(values: Record<string, string>): void;
  /** The query string that reproduces this state. */
  query: string;
}

/** Defaults of a field set as text, the way a reader would type them. */
export function defaultText(numbers: Record<string, NumberField>, optional: readonly string[] = []): Record<string, string> {
  return Object.fromEntries(Object.values(numbers).map((f) => [f.name, optional.includes(f.name) ? "" : String(f.default)]));
}

/**
 * A calculator's state: raw text per input, parsed and validated on every change, read from the URL once
 * hydrated and written back to it (replaceState, so the back button is not flooded) when `syncUrl`.
 */
export function useCalculatorState(
  spec: CalculatorSpec,
  defaults: Record<string, string>,
  syncUrl = true,
): CalculatorState {
  const [raw, setRaw] = useState(defaults);
  const [notes, setNotes] = useState<string[]>([]);
  const [hydrated, setHydrated] = useState(false);
  const order = useRef([...Object.keys(spec.choices ?? {}), ...Object.keys(spec.numbers)]).current;

  useEffect(() => {
    // An embedded calculator leaves its host page's query alone (e.g. a search highlight is not a setting).
    if (syncUrl) {
      const reading = readQuery(location.search, spec);
      if (Object.keys(reading.values).length > 0) setRaw({ ...defaults, ...reading.values });
      setNotes(reading.notes);
    }
    setHydrated(true);
  }, []);

  const query = writeQuery(raw, order);
  useEffect(() => {
    if (!hydrated || !syncUrl) return;
    const extra = new URLSearchParams(location.search);
    // Parameters the page reads itself (e.g. "hide") survive edits.
    const kept = (spec.extra ?? []).filter((k) => extra.has(k)).map((k) => `${k}=${encodeURIComponent(extra.get(k)!)}`);
    const search = [query.slice(1), ...kept].filter(Boolean).join("&");
    history.replaceState(history.state, "", `${location.pathname}${search ? `?${search}` : ""}${location.hash}`);
  }, [query, hydrated]);

  const { values, uncertainties, errors } = useMemo(() => {
    const values: Record<string, number> = {};
    const uncertainties: Record<string, number> = {};
    const errors: Record<string, string> = {};
    for (const field of Object.values(spec.numbers)) {
      const text = raw[field.name] ?? "";
      if (text.trim() === "" && spec.optional?.includes(field.name)) continue;
      const r = readNumber(text, field);
      if (r.ok) {
        values[field.name] = r.value;
        if (r.uncertainty !== undefined) uncertainties[field.name] = r.uncertainty;
      } else errors[field.name] = r.error;
    }
    return { values, uncertainties, errors };
  }, [raw]);

  return {
    raw,
    values,
    uncertainties,
    errors,
    notes,
    hydrated,
    query,
    set: (name, text) => setRaw((prev) => ({ ...prev, [name]: text })),
    load: (preset) => setRaw({ ...defaults, ...preset }),
  };
}

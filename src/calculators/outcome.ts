/**
 * What every calculator's `compute` returns, so that one island kit can render any of them:
 * finite results, the reason each missing result is missing, messages for fields, and warnings.
 */
export interface Outcome<In extends string, Out extends string> {
  /** Results by output name; numbers are finite and in the unit the output's name states. */
  outputs: Partial<Record<Out, number | string>>;
  /** Why an output is absent (shown after "—"), by output name. */
  unavailable: Partial<Record<Out, string>>;
  /** Messages about inputs that are valid numbers but physically impossible here, by input name. */
  errors: Partial<Record<In, string>>;
  /** Remarks that do not stop the calculation (e.g. "outside the correlation's validity"). */
  warnings: string[];
}

/** An empty outcome, to be filled in by a calculator. */
export function emptyOutcome<In extends string, Out extends string>(): Outcome<In, Out> {
  return { outputs: {}, unavailable: {}, errors: {}, warnings: [] };
}

/**
 * The values of `names` when all of them are present, or undefined; `missing` lists the absent ones so
 * the caller can say which inputs an output waits for.
 */
export function requireAll<K extends string>(
  values: Partial<Record<K, number>>,
  names: readonly K[],
): { ok: true; values: Record<K, number> } | { ok: false; missing: K[] } {
  const missing = names.filter((n) => values[n] === undefined || !Number.isFinite(values[n]));
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, values: values as Record<K, number> };
}

/**
 * Uncertainties of the contact-angle calculator's results, from the inputs a reader types as `value ± δ`
 * (each δ one standard uncertainty, inputs uncorrelated). They are propagated to first order (uncertainty.ts
 * `propagate`, the GUM law of propagation with numerical derivatives): every result here, the Young–Laplace fit
 * included, is smooth in its inputs, and the one place a result stops being smooth, a texture model's cos θ*
 * reaching ±1, is flagged in the outcome's notes.
 */
import { compareStates, type CompareInputName, type CompareOutputName } from "../contact-angle-compare";
import { compute } from "../contact-angle";
import { defaultMode, type InputName, type Mode, outputNames, type TextureModel } from "../contact-angle-fields";
import { propagate } from "../uncertainty";

type Values = Partial<Record<InputName | CompareInputName, number>>;

/** Quantities of state A and B in the comparison, keyed "stateA.<name>" and "stateB.<name>". */
const SUMMARY_KEYS = ["theta_deg", "gammaLV_mN_m", "workOfAdhesion_mJ_m2", "spreadingCoefficient_mJ_m2"] as const;

/**
 * The numbers `propagate` differentiates: every numeric output, the changes from state A, and both states'
 * quantities as "stateA.theta_deg", …; undefined where absent.
 */
export function numericResults(values: Values, mode: Mode = defaultMode, texture: TextureModel = "none") {
  const inputs: Partial<Record<InputName, number>> = { ...values };
  const outcome = compute(inputs, mode, texture);
  const comparison = compareStates(outcome, {
    compare_theta_deg: values.compare_theta_deg,
    compare_gammaLV_mN_m: values.compare_gammaLV_mN_m,
  });
  const results: Record<string, number | undefined> = {};
  for (const name of outputNames) {
    const value = outcome.outputs[name];
    results[name] = typeof value === "number" ? value : undefined;
  }
  for (const [name, value] of Object.entries(comparison.outputs) as [CompareOutputName, number][]) results[name] = value;
  for (const key of SUMMARY_KEYS) {
    results[`stateA.${key}`] = comparison.a[key];
    results[`stateB.${key}`] = comparison.b[key];
  }
  if (comparison.deltaGammaLV_mN_m !== undefined) results.deltaGammaLV_mN_m = comparison.deltaGammaLV_mN_m;
  return results;
}

/**
 * Standard uncertainties of the results (keys as in `numericResults`), to first order from the standard
 * uncertainties `uncertainties` of the inputs (by input name, in the inputs' units). Empty when no input is
 * uncertain; a result that does not depend on an uncertain input gets no entry.
 */
export function resultUncertainties(
  values: Values,
  uncertainties: Partial<Record<InputName | CompareInputName, number>>,
  mode: Mode = defaultMode,
  texture: TextureModel = "none",
): Record<string, number> {
  const given = Object.fromEntries(
    Object.entries(uncertainties).filter(([name, u]) => typeof u === "number" && u > 0 && typeof values[name as InputName] === "number"),
  ) as Record<string, number>;
  if (Object.keys(given).length === 0) return {};
  const known = Object.fromEntries(Object.entries(values).filter(([, x]) => typeof x === "number")) as Record<string, number>;
  const all = propagate((x) => numericResults(x, mode, texture), known, given);
  // A result untouched by every uncertain input has δ = 0: it is exact, not "± 0".
  return Object.fromEntries(Object.entries(all).filter(([, u]) => u > 0));
}

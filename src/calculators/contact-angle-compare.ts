/**
 * A reference wetting state set beside the calculator's own, e.g. a substrate before a surface treatment
 * (state A) and after it (state B, the calculator's state): both states' θ, γ_LV, W_a and S, and the change
 * B − A. State A has its own URL parameters, read like the calculator's inputs.
 */
import { fields, type InputName, type OutputName } from "./contact-angle-fields";
import type { ContactAnglePreset } from "./contact-angle-presets";
import { checkRange, type NumberField } from "./fields";
import { formatNumber } from "./format";
import type { Outcome } from "./outcome";
import { compare, spreadingCoefficient_mJ_m2, wettingRegime, workOfAdhesion_mJ_m2 } from "./wetting";

/** State A's inputs, named as in the URL; same ranges as the calculator's θ and γ_LV. */
export const compareFields = {
  compare_theta_deg: {
    ...fields.theta_deg, name: "compare_theta_deg", label: "Contact angle θ of state A", default: 122.5,
    help: "The state to compare with, e.g. the same surface before a treatment.",
  },
  compare_gammaLV_mN_m: {
    ...fields.gammaLV_mN_m, name: "compare_gammaLV_mN_m", label: "Surface tension γ_LV of state A",
    help: "Optional: leave empty to use the γ_LV of state B, the calculator's.",
  },
} satisfies Record<string, NumberField>;

export type CompareInputName = keyof typeof compareFields;

/** State A's inputs that may be left empty. */
export const compareOptionalInputs: readonly CompareInputName[] = ["compare_gammaLV_mN_m"];

export const compareOutputNames = [
  "deltaTheta_deg", "deltaWorkOfAdhesion_mJ_m2", "deltaSpreadingCoefficient_mJ_m2",
] as const;
export type CompareOutputName = (typeof compareOutputNames)[number];

/** How the island labels each change, its unit, and how many decimals to show. */
export const compareOutputFields: Record<CompareOutputName, { label: string; unit: string; decimals: number }> = {
  deltaTheta_deg: { label: "Δθ", unit: "°", decimals: 1 },
  deltaWorkOfAdhesion_mJ_m2: { label: "ΔW_a", unit: "mJ m⁻²", decimals: 1 },
  deltaSpreadingCoefficient_mJ_m2: { label: "ΔS", unit: "mJ m⁻²", decimals: 1 },
};

/** Rows of the comparison table: a quantity's short label and unit, with the change that goes with it. */
export const compareRows = [
  { quantity: "theta_deg", label: "θ", unit: "°", decimals: 1, change: "deltaTheta_deg" },
  { quantity: "gammaLV_mN_m", label: "γ_LV", unit: "mN m⁻¹", decimals: 1, change: "deltaGammaLV_mN_m" },
  { quantity: "workOfAdhesion_mJ_m2", label: "W_a", unit: "mJ m⁻²", decimals: 1, change: "deltaWorkOfAdhesion_mJ_m2" },
  { quantity: "spreadingCoefficient_mJ_m2", label: "S", unit: "mJ m⁻²", decimals: 1, change: "deltaSpreadingCoefficient_mJ_m2" },
] as const;

/** One state's wetting quantities; a quantity is absent when it cannot be computed. */
export interface WettingSummary {
  /** Contact angle, in degrees. */
  theta_deg?: number;
  /** Liquid–vapour surface tension, in mN m⁻¹. */
  gammaLV_mN_m?: number;
  /** Work of adhesion, in mJ m⁻². */
  workOfAdhesion_mJ_m2?: number;
  /** Spreading coefficient, in mJ m⁻². */
  spreadingCoefficient_mJ_m2?: number;
  /** Wetting regime, as the reader sees it. */
  regime?: string;
}

export interface Comparison {
  /** State A: the reference state. */
  a: WettingSummary;
  /** State B: the calculator's own outcome. */
  b: WettingSummary;
  /** True when state A has no γ_LV of its own and takes state B's. */
  aSharesGamma: boolean;
  /** Δγ_LV = γ_LV(B) − γ_LV(A), in mN m⁻¹, when both are known. */
  deltaGammaLV_mN_m?: number;
  /** Changes B − A, finite. */
  outputs: Partial<Record<CompareOutputName, number>>;
  /** Why a change is missing, by output name. */
  unavailable: Partial<Record<CompareOutputName, string>>;
  /** Messages for state A's inputs that are out of range. */
  errors: Partial<Record<CompareInputName, string>>;
}

const num = (value: number | string | undefined) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

/** The calculator's state (B) from its outcome. */
function summaryOf(outcome: Outcome<InputName, OutputName>): WettingSummary {
  const o = outcome.outputs;
  const regime = typeof o.regime === "string" ? o.regime : undefined;
  return {
    theta_deg: num(o.theta_deg),
    gammaLV_mN_m: num(o.gammaLV_mN_m),
    workOfAdhesion_mJ_m2: num(o.workOfAdhesion_mJ_m2),
    spreadingCoefficient_mJ_m2: num(o.spreadingCoefficient_mJ_m2),
    ...(regime === undefined ? {} : { regime }),
  };
}

/** The reference state (A) from its θ and γ_LV (either may be missing). */
function summaryFrom(theta_deg: number | undefined, gammaLV_mN_m: number | undefined): WettingSummary {
  const summary: WettingSummary = { theta_deg, gammaLV_mN_m };
  if (theta_deg !== undefined) summary.regime = wettingRegime(theta_deg);
  if (theta_deg !== undefined && gammaLV_mN_m !== undefined) {
    summary.workOfAdhesion_mJ_m2 = workOfAdhesion_mJ_m2(gammaLV_mN_m, theta_deg);
    summary.spreadingCoefficient_mJ_m2 = spreadingCoefficient_mJ_m2(gammaLV_mN_m, theta_deg);
  }
  return summary;
}

/**
 * Sets the reference state A (`values`: the inputs that parsed, θ in degrees and γ_LV in mN m⁻¹) beside the
 * calculator's state B (`b`, its outcome) and gives the changes B − A. Never throws.
 */
export function compareStates(
  b: Outcome<InputName, OutputName>,
  values: Partial<Record<CompareInputName, number>>,
): Comparison {
  const errors: Comparison["errors"] = {};
  const valid = (name: CompareInputName) => {
    const raw = values[name];
    if (raw === undefined) return undefined;
    const reading = checkRange(raw, compareFields[name]);
    if (reading.ok) return reading.value + 0; // + 0 turns −0 into 0
    errors[name] = reading.error;
    return undefined;
  };
  const stateB = summaryOf(b);
  const ownGamma = valid("compare_gammaLV_mN_m");
  const stateA = summaryFrom(valid("compare_theta_deg"), ownGamma ?? stateB.gammaLV_mN_m);
  const result: Comparison = { a: stateA, b: stateB, aSharesGamma: ownGamma === undefined, outputs: {}, unavailable: {}, errors };

  if (stateA.gammaLV_mN_m !== undefined && stateB.gammaLV_mN_m !== undefined) {
    result.deltaGammaLV_mN_m = stateB.gammaLV_mN_m - stateA.gammaLV_mN_m;
  }
  const thetaReason =
    stateB.theta_deg === undefined ? "Needs a contact angle for state B, the calculator's." :
    stateA.theta_deg === undefined ? "Needs a valid contact angle θ for state A." : undefined;
  const gammaReason =
    stateB.gammaLV_mN_m === undefined ? (b.unavailable.gammaLV_mN_m ?? "Needs γ_LV for state B.") :
    stateA.gammaLV_mN_m === undefined ? "Needs a valid γ_LV for state A." : undefined;
  if (thetaReason !== undefined) {
    for (const name of compareOutputNames) result.unavailable[name] = thetaReason;
    return result;
  }
  result.outputs.deltaTheta_deg = stateB.theta_deg! - stateA.theta_deg!;
  if (gammaReason !== undefined) {
    result.unavailable.deltaWorkOfAdhesion_mJ_m2 = result.unavailable.deltaSpreadingCoefficient_mJ_m2 = gammaReason;
    return result;
  }
  const change = compare(
    { theta_deg: stateA.theta_deg!, gammaLV_mN_m: stateA.gammaLV_mN_m! },
    { theta_deg: stateB.theta_deg!, gammaLV_mN_m: stateB.gammaLV_mN_m! },
  );
  result.outputs.deltaWorkOfAdhesion_mJ_m2 = change.deltaWorkOfAdhesion_mJ_m2;
  result.outputs.deltaSpreadingCoefficient_mJ_m2 = change.deltaSpreadingCoefficient_mJ_m2;
  return result;
}

/** State A's URL values that freeze the calculator's state as it is now (θ and γ_LV); undefined without an angle. */
export function frozenState(b: Outcome<InputName, OutputName>): Record<CompareInputName, string> | undefined {
  const { theta_deg, gammaLV_mN_m } = summaryOf(b);
  if (theta_deg === undefined) return undefined;
  return {
    compare_theta_deg: formatNumber(theta_deg, 6),
    compare_gammaLV_mN_m: gammaLV_mN_m === undefined ? "" : formatNumber(gammaLV_mN_m, 6),
  };
}

/** State A's URL values for a preset that gives an angle; its γ_LV, when it has none, follows state B. */
export function presetState(preset: ContactAnglePreset): Record<CompareInputName, string> | undefined {
  const { theta_deg, gammaLV_mN_m } = preset.values;
  if (theta_deg === undefined) return undefined;
  return { compare_theta_deg: theta_deg, compare_gammaLV_mN_m: gammaLV_mN_m ?? "" };
}

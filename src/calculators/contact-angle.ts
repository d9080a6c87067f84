/**
 * The contact-angle calculator: how well molten Na wets a substrate, from a contact angle, from a drop's
 * height and base diameter, or from surface energies (Young). Inputs and outputs are named as in the URL.
 */
import {
  defaultMode,
  fields,
  type InputName,
  type Mode,
  modeInputs,
  modes,
  outputNames,
  type OutputName,
} from "./contact-angle-fields";
import { checkRange } from "./fields";
import { emptyOutcome, type Outcome } from "./outcome";
import { NA_MELTING_POINT_C } from "./constants";
import { capContactAngle_deg, capRadius, capVolume } from "./spherical-cap";
import {
  capillaryLength_mm,
  NA_CORRELATION_MAX_C,
  NA_MELTING_POINT_LABEL,
  naLiquidDensity_kg_m3,
  naSurfaceTension_mN_m,
} from "./surface-tension";
import {
  spreadingCoefficient_mJ_m2,
  wettingRegime,
  workOfAdhesion_mJ_m2,
  youngContactAngle,
} from "./wetting";

export * from "./contact-angle-fields";

/**
 * A drop whose largest half-size exceeds this fraction of the capillary length is warned about. Integrating
 * the Young–Laplace equation for sessile drops of that size, the cap's θ comes out low by about 0.8° at 90°
 * (less below) and by at most 1.3° up to 150°.
 */
const CAP_SIZE_LIMIT_FRACTION = 0.25;

type Result = Outcome<InputName, OutputName>;

const NEEDS_GAMMA =
  `Needs γ_LV: a temperature from ${NA_MELTING_POINT_LABEL} to ${NA_CORRELATION_MAX_C} °C, or a measured value.`;

/**
 * Computes the outcome of `mode` from the inputs that parsed (lengths in mm, angles in degrees, tensions in
 * mN m⁻¹, temperature in °C). Never throws; every numeric output is finite.
 */
export function compute(values: Partial<Record<InputName, number>>, requestedMode: Mode = defaultMode): Result {
  // A mode read from a URL may be anything; fall back rather than throw.
  const mode = modes.includes(requestedMode) ? requestedMode : defaultMode;
  const out: Result = emptyOutcome();
  const v = validInputs(values, mode, out);

  const gammaLV = surfaceTension(v, out);
  if (gammaLV !== undefined) out.outputs.gammaLV_mN_m = gammaLV;
  else out.unavailable.gammaLV_mN_m = NEEDS_GAMMA;

  const theta = contactAngle(mode, v, gammaLV, out);
  if (theta === undefined) {
    for (const name of ["workOfAdhesion_mJ_m2", "spreadingCoefficient_mJ_m2", "regime"] as const) {
      out.unavailable[name] = out.unavailable.theta_deg ?? "Needs a contact angle θ.";
    }
  } else {
    out.outputs.theta_deg = theta;
    out.outputs.regime = wettingRegime(theta);
    if (gammaLV === undefined) {
      out.unavailable.workOfAdhesion_mJ_m2 = NEEDS_GAMMA;
      out.unavailable.spreadingCoefficient_mJ_m2 = NEEDS_GAMMA;
    } else {
      out.outputs.workOfAdhesion_mJ_m2 = workOfAdhesion_mJ_m2(gammaLV, theta);
      out.outputs.spreadingCoefficient_mJ_m2 = spreadingCoefficient_mJ_m2(gammaLV, theta);
    }
  }
  if (mode !== "drop") {
    const reason = "Computed only from a drop's height and base diameter (drop mode).";
    out.unavailable.radius_mm = reason;
    out.unavailable.volume_uL = reason;
  }
  return withFiniteOutputs(out);
}

/** The inputs of `mode` that are finite and in range; the others get their field's message. */
function validInputs(values: Partial<Record<InputName, number>>, mode: Mode, out: Result) {
  const valid: Partial<Record<InputName, number>> = {};
  for (const name of modeInputs[mode]) {
    const raw = values[name];
    if (raw === undefined) continue;
    const reading = checkRange(raw, fields[name]);
    if (reading.ok) valid[name] = reading.value + 0; // + 0 turns −0 into 0
    else out.errors[name] = reading.error;
  }
  return valid;
}

/** γ_LV in mN m⁻¹: the reader's measured value, else the pure-Na correlation at T; flags solid Na. */
function surfaceTension(v: Partial<Record<InputName, number>>, out: Result): number | undefined {
  let correlation: number | undefined;
  if (v.temperature_C !== undefined) {
    const reading = naSurfaceTension_mN_m(v.temperature_C);
    if (reading.ok) correlation = reading.value;
    else out.errors.temperature_C = reading.error;
  }
  return v.gammaLV_mN_m ?? correlation;
}

/** θ in degrees for `mode`, with drop geometry and Young's limits recorded in `out`. */
function contactAngle(mode: Mode, v: Partial<Record<InputName, number>>, gammaLV: number | undefined, out: Result) {
  if (mode === "angle") {
    if (v.theta_deg === undefined) out.unavailable.theta_deg = "Needs a valid contact angle θ.";
    return v.theta_deg;
  }
  if (mode === "drop") {
    const { height_mm: h, diameter_mm: d } = v;
    if (h === undefined || d === undefined) {
      const reason = "Needs a valid drop height h and base diameter d.";
      out.unavailable.theta_deg = out.unavailable.radius_mm = out.unavailable.volume_uL = reason;
      return undefined;
    }
    out.outputs.radius_mm = capRadius(h, d);
    out.outputs.volume_uL = capVolume(h, d); // mm³ = µL
    const theta = capContactAngle_deg(h, d);
    if (gammaLV !== undefined) warnIfLarge(h, d, theta, gammaLV, v.temperature_C, out);
    return theta;
  }
  const { gammaSV_mN_m: sv, gammaSL_mN_m: sl } = v;
  if (sv === undefined || sl === undefined || gammaLV === undefined) {
    out.unavailable.theta_deg = gammaLV === undefined ? NEEDS_GAMMA : "Needs valid γ_SV and γ_SL.";
    return undefined;
  }
  const young = youngContactAngle(sv, sl, gammaLV);
  const lv = `γ_LV (${gammaLV.toFixed(1)} mN m⁻¹)`;
  if (young.limit === "complete-wetting") {
    out.warnings.push(
      `γ_SV − γ_SL (${(sv - sl).toFixed(1)} mN m⁻¹) is at least ${lv}: no angle balances Young's equation and ` +
        `Na spreads over the surface (θ = 0°). Its spreading coefficient γ_SV − γ_SL − γ_LV is ` +
        `${(sv - sl - gammaLV).toFixed(1)} mJ m⁻² (≥ 0); W_a and S shown are the Young–Dupré values at 0°.`,
    );
  } else if (young.limit === "non-wetting") {
    out.warnings.push(
      `γ_SL − γ_SV (${(sl - sv).toFixed(1)} mN m⁻¹) is at least ${lv}: no angle balances Young's equation and ` +
        `Na does not wet the surface at all (θ = 180°).`,
    );
  }
  return young.theta_deg;
}

/** Warns when gravity, not surface tension, shapes the drop, so the spherical cap no longer holds. */
function warnIfLarge(h: number, d: number, theta: number, gammaLV: number, t_C: number | undefined, out: Result) {
  // Without a usable temperature, the melting point's density (the highest) gives the strictest check.
  const density = naLiquidDensity_kg_m3(t_C !== undefined && t_C >= NA_MELTING_POINT_C ? t_C : NA_MELTING_POINT_C);
  if (!density.ok) return;
  const length = capillaryLength_mm(gammaLV, density.value);
  // Up to 90° the base radius is the drop's largest half-size; beyond, the height is, and gravity acts over it.
  const size = theta <= 90 ? d / 2 : h;
  if (!(size > CAP_SIZE_LIMIT_FRACTION * length)) return;
  const what = theta <= 90 ? "base radius" : "height";
  out.warnings.push(
    `The drop is not small against the capillary length √(γ_LV/ρg), ${length.toFixed(2)} mm here: its ${what} ` +
      `is ${size.toPrecision(3)} mm (${(size / length).toFixed(2)} of that length). Gravity flattens such a drop, ` +
      "so θ from the spherical cap reads low: by up to about a degree at a quarter of that length " +
      "(more near 180°), and more for larger drops.",
  );
}

/** Moves any number that is not finite (an overflow) from the outputs to `unavailable`. */
function withFiniteOutputs(out: Result): Result {
  for (const name of outputNames) {
    const value = out.outputs[name];
    if (typeof value === "number" && !Number.isFinite(value)) {
      delete out.outputs[name];
      out.unavailable[name] = "Out of the range this calculator can represent; check the inputs.";
    }
  }
  return out;
}

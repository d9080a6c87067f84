/**
 * The contact-angle calculator: how well molten Na wets a substrate, from a contact angle, from a drop's
 * height and base diameter, or from surface energies (Young). Inputs and outputs are named as in the URL.
 */
import {
  defaultMode,
  defaultTextureModel,
  fields,
  type InputName,
  type Mode,
  modeInputs,
  modes,
  outputNames,
  type OutputName,
  surfaceInputs,
  type TextureModel,
  textureModels,
} from "./contact-angle-fields";
import { capillaryPressure_kPa } from "./contact-angle/capillary";
import { cassieAngle, wenzelAngle } from "./contact-angle/texture";
import { fitSessileDrop, type SessileDrop } from "./contact-angle/young-laplace";
import { checkRange } from "./fields";
import { emptyOutcome, type Outcome } from "./outcome";
import { NA_MELTING_POINT_C } from "./constants";
import { capContactAngle_deg } from "./spherical-cap";
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

/** What compute returns: the outcome, and in drop mode the fitted drop's shape for the drawing. */
export type Result = Outcome<InputName, OutputName> & {
  /** The Young–Laplace drop fitted to the height and base diameter (drop mode). */
  drop?: SessileDrop;
  /** Capillary length √(γ_LV/ρg) of the liquid, in mm (with γ_LV known), for the drop and its drawing. */
  capillaryLength_mm?: number;
  /** Density of the liquid used for the drop, in kg m⁻³. */
  density_kg_m3?: number;
};

const NEEDS_GAMMA =
  `Needs γ_LV: a temperature from ${NA_MELTING_POINT_LABEL} to ${NA_CORRELATION_MAX_C} °C, or a measured value.`;

/**
 * Computes the outcome of `mode` from the inputs that parsed (lengths in mm, angles in degrees, tensions in
 * mN m⁻¹, temperature in °C, pore radius in µm), with the surface's texture modelled by `texture`. Never throws;
 * every numeric output is finite.
 */
export function compute(
  values: Partial<Record<InputName, number>>,
  requestedMode: Mode = defaultMode,
  requestedTexture: TextureModel = defaultTextureModel,
): Result {
  // A mode read from a URL may be anything; fall back rather than throw.
  const mode = modes.includes(requestedMode) ? requestedMode : defaultMode;
  const texture = textureModels.includes(requestedTexture) ? requestedTexture : defaultTextureModel;
  const out: Result = emptyOutcome();
  const v = validInputs(values, [...modeInputs[mode], ...surfaceInputs(texture)], out);

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
    out.unavailable.radius_mm = out.unavailable.volume_uL = out.unavailable.thetaCap_deg = reason;
  }
  surfaceResults(texture, v, theta, gammaLV, out);
  if (out.capillaryLength_mm === undefined && gammaLV !== undefined) {
    // For the drawing: any drop of this liquid is flattened by gravity over this length.
    const rho = density(v, out).value;
    out.density_kg_m3 = rho;
    out.capillaryLength_mm = capillaryLength_mm(gammaLV, rho);
  }
  return withFiniteOutputs(out);
}

/** The inputs of `names` that are finite and in range; the others get their field's message. */
function validInputs(values: Partial<Record<InputName, number>>, names: readonly InputName[], out: Result) {
  const valid: Partial<Record<InputName, number>> = {};
  for (const name of names) {
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
  if (mode === "drop") return dropAngle(v, gammaLV, out);
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

/**
 * θ in drop mode: the Young–Laplace drop through the measured height and base diameter, with the spherical-cap
 * estimate beside it. The shape needs the capillary length, so γ_LV and the density of the liquid.
 */
function dropAngle(v: Partial<Record<InputName, number>>, gammaLV: number | undefined, out: Result) {
  const { height_mm: h, diameter_mm: d } = v;
  if (h === undefined || d === undefined) {
    const reason = "Needs a valid drop height h and base diameter d.";
    out.unavailable.theta_deg = out.unavailable.thetaCap_deg = reason;
    out.unavailable.radius_mm = out.unavailable.volume_uL = reason;
    return undefined;
  }
  out.outputs.thetaCap_deg = capContactAngle_deg(h, d);
  if (gammaLV === undefined) {
    const reason = `The drop's shape under gravity ${NEEDS_GAMMA.replace(/^Needs/, "needs")}`;
    out.unavailable.theta_deg = out.unavailable.radius_mm = out.unavailable.volume_uL = reason;
    return undefined;
  }
  const density = liquidDensity(v, gammaLV, out);
  const lc = capillaryLength_mm(gammaLV, density);
  out.capillaryLength_mm = lc;
  out.density_kg_m3 = density;
  const fit = fitSessileDrop(h, d, lc);
  if (!fit.ok) {
    const why = fit.reason === "too-tall" ? tooTall(fit.maxHeight_mm, lc) : beyond180(h, fit.minDiameter_mm, fit.maxDiameter_mm);
    if (fit.reason === "too-tall") out.errors.height_mm = why;
    else out.errors.diameter_mm = why;
    out.unavailable.theta_deg = out.unavailable.radius_mm = out.unavailable.volume_uL = why;
    return undefined;
  }
  out.drop = fit.drop;
  out.outputs.radius_mm = fit.drop.apexRadius_mm;
  out.outputs.volume_uL = fit.drop.volume_uL;
  return fit.drop.theta_deg;
}

/** Density of the liquid in kg m⁻³: pure Na at T (Fink & Leibowitz), or at its melting point when T is unusable. */
function density(v: Partial<Record<InputName, number>>, out: Result): { value: number; atT: boolean } {
  const t = v.temperature_C;
  const atT = t === undefined || out.errors.temperature_C !== undefined ? undefined : naLiquidDensity_kg_m3(t);
  if (atT?.ok) return { value: atT.value, atT: true };
  const melt = naLiquidDensity_kg_m3(NA_MELTING_POINT_C);
  return { value: melt.ok ? melt.value : 0, atT: false };
}

/** The density the drop's shape uses, with a note when a measured γ_LV means the liquid may not be pure Na. */
function liquidDensity(v: Partial<Record<InputName, number>>, gammaLV: number, out: Result): number {
  const rho = density(v, out);
  if (rho.atT && v.gammaLV_mN_m !== undefined) {
    out.warnings.push(
      `The drop's shape uses the density of pure liquid Na at ${v.temperature_C} °C, ${rho.value.toFixed(0)} kg m⁻³, ` +
        `with the measured γ_LV (${gammaLV.toFixed(1)} mN m⁻¹). For an alloy of another density θ shifts a little.`,
    );
  } else if (!rho.atT) {
    out.warnings.push(
      "No temperature of liquid Na is given, so the drop's shape assumes the density of pure Na at its melting " +
        `point, ${rho.value.toFixed(0)} kg m⁻³ (Fink & Leibowitz), with the measured γ_LV.`,
    );
  }
  return rho.value;
}

/** The message for a drop taller than any sessile drop of this liquid. */
function tooTall(maxHeight_mm: number, lc: number): string {
  return (
    `No sessile drop of this liquid stands taller than about ${maxHeight_mm.toPrecision(3)} mm ` +
    `(2.1 times its capillary length, ${lc.toPrecision(3)} mm): check the height.`
  );
}

/** The message for a base a drop of height h cannot stand on: it would need an angle above 180°. */
function beyond180(h: number, min_mm: number, max_mm: number | undefined): string {
  const range = max_mm === undefined
    ? `at least ${min_mm.toPrecision(3)} mm`
    : `between ${min_mm.toPrecision(3)} and ${max_mm.toPrecision(3)} mm`;
  return `A drop ${h} mm high needs a base ${range} wide: on this one it would need a contact angle above 180°.`;
}

/** Apparent angle on a textured surface and capillary pressure in pores, both from the intrinsic θ. */
function surfaceResults(
  texture: TextureModel,
  v: Partial<Record<InputName, number>>,
  theta: number | undefined,
  gammaLV: number | undefined,
  out: Result,
) {
  const needsTheta = out.unavailable.theta_deg ?? "Needs a contact angle θ.";
  if (theta === undefined) out.unavailable.apparentTheta_deg = needsTheta;
  else if (texture === "none") out.outputs.apparentTheta_deg = theta;
  else {
    const input = texture === "wenzel" ? "roughness" : "solidFraction";
    const value = v[input];
    if (value === undefined) out.unavailable.apparentTheta_deg = `Needs a valid ${fields[input].label}.`;
    else {
      const apparent = texture === "wenzel" ? wenzelAngle(theta, value) : cassieAngle(theta, value);
      out.outputs.apparentTheta_deg = apparent.theta_deg;
      if (apparent.limit === "wicks") {
        out.warnings.push(
          `r cos θ = ${apparent.cosine.toFixed(3)} is above 1: no angle satisfies Wenzel's equation. The melt wicks ` +
            "into the texture ahead of the drop and spreads, so θ* is given as 0°.",
        );
      } else if (apparent.limit === "beads") {
        out.warnings.push(
          `r cos θ = ${apparent.cosine.toFixed(3)} is below −1: no angle satisfies Wenzel's equation. A drop this ` +
            "sodiophobic would rather sit on the tops of the texture (Cassie–Baxter), so θ* is given as 180°.",
        );
      }
    }
  }
  const r = v.poreRadius_um;
  if (theta === undefined) out.unavailable.capillaryPressure_kPa = needsTheta;
  else if (gammaLV === undefined) out.unavailable.capillaryPressure_kPa = NEEDS_GAMMA;
  else if (r === undefined) out.unavailable.capillaryPressure_kPa = "Needs a valid pore radius r_p.";
  else out.outputs.capillaryPressure_kPa = capillaryPressure_kPa(gammaLV, theta, r);
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

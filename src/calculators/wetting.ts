/**
 * Thermodynamics of a liquid drop on a solid: Young's equation, the Young–Dupré work of adhesion, the
 * spreading coefficient, the wetting regime, and the change of all three between two states.
 * Surface and interfacial tensions are in mN m⁻¹, which equals mJ m⁻².
 */

const RADIANS_PER_DEGREE = Math.PI / 180;

/** Tolerance, in degrees, within which an angle counts as exactly 90°. */
const RIGHT_ANGLE_TOLERANCE_deg = 1e-9;

/** Where Young's balance puts the drop. */
export type YoungLimit = "partial" | "complete-wetting" | "non-wetting";

export interface YoungResult {
  /** Equilibrium contact angle, in degrees, 0–180. */
  theta_deg: number;
  /** (γ_SV − γ_SL) / γ_LV, dimensionless: cos θ when it lies in [−1, 1]. */
  cosineRatio: number;
  /** "complete-wetting" when the ratio is ≥ 1 (θ = 0°), "non-wetting" when ≤ −1 (θ = 180°). */
  limit: YoungLimit;
}

/**
 * Contact angle from Young's equation γ_SV − γ_SL = γ_LV cos θ, all tensions in mN m⁻¹. Outside
 * |cos θ| ≤ 1 no angle balances the tensions: the liquid either spreads (θ = 0°) or beads up (θ = 180°).
 */
export function youngContactAngle(gammaSV_mN_m: number, gammaSL_mN_m: number, gammaLV_mN_m: number): YoungResult {
  const cosineRatio = (gammaSV_mN_m - gammaSL_mN_m) / gammaLV_mN_m;
  if (cosineRatio >= 1) return { theta_deg: 0, cosineRatio, limit: "complete-wetting" };
  if (cosineRatio <= -1) return { theta_deg: 180, cosineRatio, limit: "non-wetting" };
  return { theta_deg: Math.acos(cosineRatio) / RADIANS_PER_DEGREE, cosineRatio, limit: "partial" };
}

/** Young–Dupré work of adhesion W_a = γ_LV (1 + cos θ), in mJ m⁻²; γ_LV in mN m⁻¹, θ in degrees. */
export function workOfAdhesion_mJ_m2(gammaLV_mN_m: number, theta_deg: number): number {
  return gammaLV_mN_m * (1 + Math.cos(theta_deg * RADIANS_PER_DEGREE));
}

/** Spreading coefficient S = γ_LV (cos θ − 1), in mJ m⁻²; γ_LV in mN m⁻¹, θ in degrees. Zero at 0°. */
export function spreadingCoefficient_mJ_m2(gammaLV_mN_m: number, theta_deg: number): number {
  return gammaLV_mN_m * (Math.cos(theta_deg * RADIANS_PER_DEGREE) - 1);
}

/** The wetting regimes, from best to worst wetting. */
export type RegimeKind = "complete-wetting" | "sodiophilic" | "borderline" | "sodiophobic" | "non-wetting";

/** Classifies a contact angle in degrees (0–180): sodiophilic below 90°, sodiophobic above. */
export function regimeKind(theta_deg: number): RegimeKind {
  if (theta_deg <= 0) return "complete-wetting";
  if (theta_deg >= 180) return "non-wetting";
  if (Math.abs(theta_deg - 90) <= RIGHT_ANGLE_TOLERANCE_deg) return "borderline";
  return theta_deg < 90 ? "sodiophilic" : "sodiophobic";
}

const REGIME_TEXT: Record<RegimeKind, string> = {
  "complete-wetting": "complete wetting (θ = 0°): Na spreads into a film",
  sodiophilic: "sodiophilic (θ < 90°)",
  borderline: "on the line between sodiophilic and sodiophobic (θ = 90°)",
  sodiophobic: "sodiophobic (θ > 90°)",
  "non-wetting": "sodiophobic, no wetting at all (θ = 180°)",
};

/** The regime of a contact angle in degrees, as the text a reader sees. */
export function wettingRegime(theta_deg: number): string {
  return REGIME_TEXT[regimeKind(theta_deg)];
}

/** One wetting state: a contact angle and the liquid's surface tension. */
export interface WettingState {
  /** Contact angle, in degrees. */
  theta_deg: number;
  /** Liquid–vapour surface tension, in mN m⁻¹. */
  gammaLV_mN_m: number;
}

/** How a wetting state changed: each difference is after − before. */
export interface WettingChange {
  /** Δθ, in degrees; negative when wetting improved. */
  deltaTheta_deg: number;
  /** ΔW_a, in mJ m⁻²; positive when the liquid adheres more strongly. */
  deltaWorkOfAdhesion_mJ_m2: number;
  /** ΔS, in mJ m⁻². */
  deltaSpreadingCoefficient_mJ_m2: number;
}

/** Compares two states, e.g. a substrate before and after a surface treatment (after − before). */
export function compare(before: WettingState, after: WettingState): WettingChange {
  return {
    deltaTheta_deg: after.theta_deg - before.theta_deg,
    deltaWorkOfAdhesion_mJ_m2:
      workOfAdhesion_mJ_m2(after.gammaLV_mN_m, after.theta_deg) -
      workOfAdhesion_mJ_m2(before.gammaLV_mN_m, before.theta_deg),
    deltaSpreadingCoefficient_mJ_m2:
      spreadingCoefficient_mJ_m2(after.gammaLV_mN_m, after.theta_deg) -
      spreadingCoefficient_mJ_m2(before.gammaLV_mN_m, before.theta_deg),
  };
}

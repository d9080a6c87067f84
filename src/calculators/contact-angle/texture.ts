/**
 * Apparent contact angles on textured surfaces from the intrinsic (Young) angle of the flat material:
 * Wenzel (1936) for a rough surface the liquid fills, Cassie & Baxter (1944) for a composite surface where the
 * liquid rests partly on solid and partly on vapour trapped in the texture. Angles in degrees.
 */

/** How the surface under the drop is modelled. */
export const textureModels = ["none", "wenzel", "cassie"] as const;
export type TextureModel = (typeof textureModels)[number];

export const textureModelLabels: Record<TextureModel, string> = {
  none: "Smooth (no texture)",
  wenzel: "Rough, liquid fills the texture (Wenzel)",
  cassie: "Composite, vapour under the drop (Cassie–Baxter)",
};

/** What the model's cos θ* came to before it was kept to [−1, 1]. */
export type TextureLimit = "none" | "wicks" | "beads";

export interface ApparentAngle {
  /** Apparent contact angle θ*, in degrees, 0–180. */
  theta_deg: number;
  /** cos θ* as the model gives it, before clamping; dimensionless. */
  cosine: number;
  /**
   * "wicks" when cos θ* ≥ 1 (the liquid invades the texture beyond the drop, θ* = 0°); "beads" when cos θ* ≤ −1
   * (θ* = 180°); "none" otherwise.
   */
  limit: TextureLimit;
}

const RADIANS_PER_DEGREE = Math.PI / 180;

/** θ* from a model's cos θ*, clamped to [−1, 1], saying which end it hit. */
function fromCosine(cosine: number): ApparentAngle {
  if (cosine >= 1) return { theta_deg: 0, cosine, limit: "wicks" };
  if (cosine <= -1) return { theta_deg: 180, cosine, limit: "beads" };
  return { theta_deg: Math.acos(cosine) / RADIANS_PER_DEGREE, cosine, limit: "none" };
}

/**
 * Wenzel's apparent angle, cos θ* = r cos θ, for roughness ratio `roughness` (true over projected area, ≥ 1) and
 * intrinsic angle `theta_deg`. Roughness pushes θ* away from 90°: below it towards 0°, above it towards 180°.
 */
export function wenzelAngle(theta_deg: number, roughness: number): ApparentAngle {
  return fromCosine(roughness * Math.cos(theta_deg * RADIANS_PER_DEGREE));
}

/**
 * The Cassie–Baxter apparent angle on a solid–vapour composite, cos θ* = f (1 + cos θ) − 1, for the fraction
 * `solidFraction` (0 < f ≤ 1) of the projected area where the liquid touches solid and intrinsic angle
 * `theta_deg`. It lies between θ (f = 1) and 180° (f → 0), so it never needs clamping.
 */
export function cassieAngle(theta_deg: number, solidFraction: number): ApparentAngle {
  return fromCosine(solidFraction * (1 + Math.cos(theta_deg * RADIANS_PER_DEGREE)) - 1);
}

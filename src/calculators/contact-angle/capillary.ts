/**
 * Capillary infiltration of a porous host by a melt: the Young–Laplace pressure across the meniscus in a
 * cylindrical pore, Δp = 2γ cos θ / r (Washburn, 1921).
 */

const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * Capillary pressure in kPa for surface tension `gamma_mN_m` (mN m⁻¹), contact angle `theta_deg` (degrees) on the
 * pore wall and pore radius `poreRadius_um` (µm). Positive when the melt is drawn into the pores (θ < 90°);
 * negative when it must be pushed in, by at least that pressure. The units cancel neatly:
 * mN m⁻¹ / µm = 10⁻³ N m⁻¹ / 10⁻⁶ m = 10³ Pa = 1 kPa.
 */
export function capillaryPressure_kPa(gamma_mN_m: number, theta_deg: number, poreRadius_um: number): number {
  const cosine = Math.cos(theta_deg * RADIANS_PER_DEGREE);
  // cos 90° is 6e-17 in floating point; a right angle gives no pressure either way.
  const c = Math.abs(cosine) < 1e-12 ? 0 : cosine;
  return (2 * gamma_mN_m * c) / poreRadius_um;
}

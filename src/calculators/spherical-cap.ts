/**
 * Geometry of a sessile drop small enough to be a spherical cap: its contact angle, radius of curvature and
 * volume from its height h and base diameter d. Any length unit works as long as h and d share it.
 */

const DEGREES_PER_RADIAN = 180 / Math.PI;

/**
 * Contact angle of a spherical cap, in degrees, from its height and base diameter: θ = 2·atan(2h/d).
 * Holds on both sides of 90°: a cap taller than its base radius overhangs its contact line.
 */
export function capContactAngle_deg(height: number, diameter: number): number {
  return 2 * Math.atan((2 * height) / diameter) * DEGREES_PER_RADIAN;
}

/** Radius of curvature of a spherical cap, R = (a² + h²) / (2h) with a = d/2, in the unit of h and d. */
export function capRadius(height: number, diameter: number): number {
  const a = diameter / 2;
  return (a * a + height * height) / (2 * height);
}

/**
 * Volume of a spherical cap, V = πh(3a² + h²)/6 with a = d/2, in the cube of the unit of h and d
 * (mm in, mm³ = µL out).
 */
export function capVolume(height: number, diameter: number): number {
  const a = diameter / 2;
  return (Math.PI * height * (3 * a * a + height * height)) / 6;
}

/**
 * Height of the spherical cap with contact angle `theta_deg` (degrees) on a base of diameter `diameter`:
 * h = a·tan(θ/2), the inverse of {@link capContactAngle_deg}. It grows without bound towards 180°, where no cap
 * has a base.
 */
export function capHeight(theta_deg: number, diameter: number): number {
  return (diameter / 2) * Math.tan(theta_deg / DEGREES_PER_RADIAN / 2);
}

/**
 * Radius of the sphere of a cap with contact angle `theta_deg` (degrees) holding `volume`:
 * R = (3V / (π (1 − cos θ)² (2 + cos θ)))^(1/3), in the unit whose cube `volume` is (µL = mm³ gives mm).
 * Infinite at 0°, where any volume spreads into a film; (4/3)πR³ = V at 180°.
 */
export function capRadiusForVolume(theta_deg: number, volume: number): number {
  const t = theta_deg / DEGREES_PER_RADIAN;
  // 1 − cos θ written as 2 sin²(θ/2), which keeps its precision for flat drops.
  const oneMinusCos = 2 * Math.sin(t / 2) ** 2;
  return Math.cbrt((3 * volume) / (Math.PI * oneMinusCos ** 2 * (2 + Math.cos(t))));
}

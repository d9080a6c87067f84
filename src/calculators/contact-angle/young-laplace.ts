/**
 * The shape of a sessile drop under gravity (Bashforth & Adams, 1883): the Young–Laplace equation integrated
 * from the apex along the arc length, and the apex radius that makes the profile pass through a measured
 * height and base diameter. Lengths are made dimensionless with the capillary length ℓc = √(γ/ρg).
 *
 * With x the distance from the axis, z the depth below the apex and φ the angle of the tangent, all in ℓc:
 *   dx/ds = cos φ,  dz/ds = sin φ,  dφ/ds = 2/B + z − sin φ / x,  dV/ds = π x² sin φ,
 * where B is the radius of curvature at the apex (B² is the Bond number of Bashforth & Adams' β). At the apex
 * both principal curvatures equal 1/B. A drop of height H and base radius A is the profile whose depth reaches
 * H at x = A; its contact angle is φ there. For a given H, that x grows with B, so one root-finding in B fits
 * both measurements.
 */

/** A point of the profile, in units of ℓc (angle in radians, volume in ℓc³ from the apex down to this depth). */
interface State {
  x: number;
  z: number;
  phi: number;
  volume: number;
}

/** Largest turn of the tangent per step, in radians; RK4's error per step goes as its fifth power. */
const STEP_ANGLE_rad = 0.02;
/** Largest step along the profile, in ℓc, for flat tops where the tangent hardly turns. */
const MAX_STEP = 0.05;
/** Steps after which a profile is abandoned; far beyond any drop of the allowed sizes (~2000 steps). */
const MAX_STEPS = 100_000;

/** dφ/ds, the profile's curvature in the meridian plane; at the axis sin φ / x tends to dφ/ds, so it is 1/B. */
function curvature(B: number, x: number, z: number, phi: number): number {
  return x > 0 ? 2 / B + z - Math.sin(phi) / x : 1 / B;
}

/** One classical Runge–Kutta step of length `ds` along the profile of apex radius `B`. */
function step(B: number, p: State, ds: number): State {
  const f = (x: number, z: number, phi: number) => {
    const s = Math.sin(phi);
    return [Math.cos(phi), s, curvature(B, x, z, phi), Math.PI * x * x * s] as const;
  };
  const k1 = f(p.x, p.z, p.phi);
  const k2 = f(p.x + (ds / 2) * k1[0], p.z + (ds / 2) * k1[1], p.phi + (ds / 2) * k1[2]);
  const k3 = f(p.x + (ds / 2) * k2[0], p.z + (ds / 2) * k2[1], p.phi + (ds / 2) * k2[2]);
  const k4 = f(p.x + ds * k3[0], p.z + ds * k3[1], p.phi + ds * k3[2]);
  const mix = (i: 0 | 1 | 2 | 3) => (ds / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
  return { x: p.x + mix(0), z: p.z + mix(1), phi: p.phi + mix(2), volume: p.volume + mix(3) };
}

/** Where a profile stops: at a depth (a measured height) or at a tangent angle (a known contact angle). */
type Stop = { depth: number } | { angle_rad: number };

/** How far past the stop `p` lies (negative before it), and the rate of that quantity along s. */
function past(stop: Stop, B: number, p: State): { value: number; rate: number } {
  return "depth" in stop
    ? { value: p.z - stop.depth, rate: Math.sin(p.phi) }
    : { value: p.phi - stop.angle_rad, rate: curvature(B, p.x, p.z, p.phi) };
}

/**
 * Finds, within the step of length `ds` from `p` that crosses the stop, the point on it: Newton's method on the
 * step length, kept inside the bracket by bisection.
 */
function land(B: number, p: State, ds: number, stop: Stop): State {
  let [lo, hi] = [0, ds];
  let t = ds / 2;
  let q = step(B, p, t);
  for (let i = 0; i < 60; i++) {
    const { value, rate } = past(stop, B, q);
    if (value === 0) break;
    if (value > 0) hi = t;
    else lo = t;
    const newton = t - value / rate;
    const next = rate > 0 && newton > lo && newton < hi ? newton : (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.max(1, ds)) break;
    t = next;
    q = step(B, p, t);
  }
  return q;
}

/** Where a traced profile ended: at its stop, or where its tangent turned through 180° short of it. */
interface Traced {
  end: State;
  reached: boolean;
}

/**
 * The profile of apex radius `B` from the apex to `stop`, or to the point where its tangent has turned through
 * 180° if that comes first (a sessile drop can go no further). Undefined only if it takes implausibly many steps.
 */
function trace(B: number, stop: Stop, points?: State[]): Traced | undefined {
  let p: State = { x: 0, z: 0, phi: 0, volume: 0 };
  points?.push(p);
  const turned = { angle_rad: Math.PI };
  for (let i = 0; i < MAX_STEPS; i++) {
    const k = curvature(B, p.x, p.z, p.phi);
    const ds = Math.min(MAX_STEP, STEP_ANGLE_rad / Math.max(k, 1e-300));
    const q = step(B, p, ds);
    const atStop = past(stop, B, q).value >= 0;
    if (atStop || q.phi >= Math.PI) {
      let end = atStop ? land(B, p, ds, stop) : land(B, p, ds, turned);
      // A depth reached only after the tangent turned past 180° belongs to no sessile drop.
      const reached = atStop && !(end.phi > Math.PI);
      if (!reached && atStop) end = land(B, p, ds, turned);
      points?.push(end);
      return { end, reached };
    }
    p = q;
    points?.push(p);
  }
  return undefined;
}

/** The root of `f` between `lo` and `hi` (f(lo) < 0 < f(hi)), by the Illinois method on log B. */
function solve(f: (B: number) => number, lo: number, hi: number): number {
  let [a, b] = [Math.log(lo), Math.log(hi)];
  let [fa, fb] = [f(lo), f(hi)];
  let side = 0;
  for (let i = 0; i < 200 && b - a > 1e-12 * Math.max(1, Math.abs(a)); i++) {
    // A failed trace (NaN) cannot steer the secant: bisect instead.
    const secant = (a * fb - b * fa) / (fb - fa);
    const c = secant > a && secant < b ? secant : (a + b) / 2;
    const fc = f(Math.exp(c));
    if (fc === 0) return Math.exp(c);
    if (fc < 0 || Number.isNaN(fc)) {
      [a, fa] = [c, fc];
      if (side === -1) fb /= 2;
      side = -1;
    } else {
      [b, fb] = [c, fc];
      if (side === 1) fa /= 2;
      side = 1;
    }
  }
  return Math.exp(b);
}

/**
 * An apex radius (in ℓc) at which `f` is positive, growing from `start`; f must turn positive for large B.
 * Undefined if it does not within the range of doubles.
 */
function above(f: (B: number) => number, start: number): number | undefined {
  for (let B = start; B < 1e150; B *= 8) if (f(B) > 0) return B;
  return undefined;
}

/** A sessile drop's shape, in mm, from its apex down to its contact line. */
export interface SessileDrop {
  /** Contact angle, in degrees. */
  theta_deg: number;
  /** Radius of curvature at the apex, in mm. */
  apexRadius_mm: number;
  /** Volume, in µL (= mm³). */
  volume_uL: number;
  /** Height, in mm. */
  height_mm: number;
  /** Base diameter, in mm. */
  diameter_mm: number;
  /** Bond number (apex radius / capillary length)², dimensionless: how much gravity flattens the drop. */
  bond: number;
  /** The right half of the outline from the apex to the contact point: x from the axis, z down from the apex, in mm. */
  profile: { x_mm: number; z_mm: number }[];
}

/**
 * Why no drop fits: taller than any sessile drop, or a base outside the widths a drop of its height can stand on
 * (it would need an angle above 180°).
 */
export type SessileFit =
  | { ok: true; drop: SessileDrop }
  | { ok: false; reason: "too-tall"; maxHeight_mm: number }
  | { ok: false; reason: "beyond-180"; minDiameter_mm: number; maxDiameter_mm?: number };

const DEGREES_PER_RADIAN = 180 / Math.PI;

/** Converts a profile of apex radius B (in ℓc) that ends at `end` to millimetres. */
function toDrop(B: number, end: State, points: State[], lc: number): SessileDrop {
  return {
    theta_deg: end.phi * DEGREES_PER_RADIAN,
    apexRadius_mm: B * lc,
    volume_uL: end.volume * lc ** 3,
    height_mm: end.z * lc,
    diameter_mm: 2 * end.x * lc,
    bond: B * B,
    profile: points.map((p) => ({ x_mm: p.x * lc, z_mm: p.z * lc })),
  };
}

/**
 * Below this size, in ℓc, gravity changes a drop's angle by less than a part in 10⁸ (the correction goes as the
 * square of the size), and the drop is taken as a spherical cap.
 */
const NEGLIGIBLE_SIZE = 1e-4;
/**
 * Height over base radius below which a drop is so flat that its shape scales with its height (the linearised
 * Young–Laplace equation): it is fitted at this ratio and scaled, so that apex radii near overflow never arise.
 */
const SHALLOW_RATIO = 1e-6;

/**
 * The sessile drop of height `height_mm` on a base `diameter_mm` wide, for a liquid of capillary length
 * `capillaryLength_mm` (all in mm): its contact angle, apex radius, volume and outline. A drop can be at most
 * 2ℓc high (a wide puddle at 180°), and a drop of a given height needs a base of some least width, below which
 * it would have to overhang past 180°; those cases return the limit instead.
 */
export function fitSessileDrop(height_mm: number, diameter_mm: number, capillaryLength_mm: number): SessileFit {
  const lc = capillaryLength_mm;
  const [H, A] = [height_mm / lc, diameter_mm / 2 / lc];
  if (Math.max(H, A) < NEGLIGIBLE_SIZE) return { ok: true, drop: capDrop(height_mm, diameter_mm / 2, lc) };
  if (H < SHALLOW_RATIO * A) {
    const fit = fitDimensionless(SHALLOW_RATIO * A, A);
    if (!fit.ok) return failure(fit, lc);
    // Depth, angle and volume are proportional to the height; the apex curvature too.
    const k = H / (SHALLOW_RATIO * A);
    const end = { ...fit.end, z: fit.end.z * k, phi: fit.end.phi * k, volume: fit.end.volume * k };
    return { ok: true, drop: toDrop(fit.B / k, end, fit.points.map((p) => ({ ...p, z: p.z * k })), lc) };
  }
  const fit = fitDimensionless(H, A);
  if (!fit.ok) return failure(fit, lc);
  return { ok: true, drop: toDrop(fit.B, fit.end, fit.points, lc) };
}

/** A failed dimensionless fit in millimetres. */
function failure(fit: DimensionlessFit & { ok: false }, lc: number): SessileFit {
  if (fit.reason === "too-tall") return { ok: false, reason: "too-tall", maxHeight_mm: fit.maxHeight * lc };
  const widest = fit.maxDiameter === undefined ? {} : { maxDiameter_mm: fit.maxDiameter * lc };
  return { ok: false, reason: "beyond-180", minDiameter_mm: fit.minDiameter * lc, ...widest };
}

type DimensionlessFit =
  | { ok: true; B: number; end: State; points: State[] }
  | { ok: false; reason: "too-tall"; maxHeight: number }
  | { ok: false; reason: "beyond-180"; minDiameter: number; maxDiameter?: number };

/** The profile through depth H at radius A (both in ℓc), or why there is none. */
function fitDimensionless(H: number, A: number): DimensionlessFit {
  // Up to 2ℓc every height has drops; above it only some profiles are deep enough (see tallest).
  if (H >= 2 && H >= tallest().z) return { ok: false, reason: "too-tall", maxHeight: tallest().z };
  const stop = { depth: H };
  // How far the profile at depth H misses the contact point. A profile that turns through 180° before it is H
  // deep counts its shortfall in depth as well, so that the miss is continuous and grows with B.
  const miss = (B: number) => {
    const t = trace(B, stop);
    if (t === undefined) return Number.NaN;
    return t.end.x - A - (t.reached ? 0 : H - t.end.z);
  };
  // Gravity only sharpens the curvature below the apex, so a profile of apex radius H/2 is less than H deep.
  const hi = above(miss, Math.max(A, H));
  if (hi === undefined) return { ok: false, reason: "too-tall", maxHeight: tallest().z };
  const B = solve(miss, H / 2, hi);
  const points: State[] = [];
  const t = trace(B, stop, points);
  if (t?.reached) return { ok: true, B, end: t.end, points };
  return { ok: false, reason: "beyond-180", ...basesFor(H) };
}

/** Where the profile of apex radius B (in ℓc) has turned through 180°: the bottom of a drop at 180°. */
function halfTurn(B: number): State {
  return trace(B, { angle_rad: Math.PI })?.end ?? { x: Number.NaN, z: Number.NaN, phi: Math.PI, volume: Number.NaN };
}

let tallestCache: { B: number; z: number } | undefined;

/**
 * The tallest sessile drop: the depth at 180° rises with the apex radius to a maximum of about 2.107ℓc (at B near
 * 63) and falls back to 2ℓc for wide puddles. Found once, by golden-section search on log B.
 */
function tallest(): { B: number; z: number } {
  if (tallestCache) return tallestCache;
  const g = (Math.sqrt(5) - 1) / 2;
  let [a, b] = [Math.log(5), Math.log(1000)];
  for (let i = 0; i < 60; i++) {
    const [c, d] = [b - g * (b - a), a + g * (b - a)];
    if (halfTurn(Math.exp(c)).z > halfTurn(Math.exp(d)).z) b = d;
    else a = c;
  }
  const B = Math.exp((a + b) / 2);
  tallestCache = { B, z: halfTurn(B).z };
  return tallestCache;
}

/**
 * The widths of base (in ℓc) that a drop of height H can stand on, for H below the tallest drop: at least the
 * base of the profile that is H deep at 180°, and for H above 2ℓc at most the base of the wider such profile.
 */
function basesFor(H: number): { minDiameter: number; maxDiameter?: number } {
  const peak = tallest();
  const depth = (B: number) => halfTurn(B).z - H;
  const narrow = halfTurn(solve(depth, H / 2, peak.B));
  if (H < 2) return { minDiameter: 2 * narrow.x };
  const far = above((B) => H - halfTurn(B).z, peak.B) ?? peak.B;
  const wide = halfTurn(solve((B) => H - halfTurn(B).z, peak.B, far));
  return { minDiameter: 2 * narrow.x, maxDiameter: 2 * wide.x };
}

/** A drop too small for gravity to matter: the spherical cap of height h on base radius a (in mm). */
function capDrop(h: number, a: number, lc: number): SessileDrop {
  // In units of the larger size, so that no square underflows for the tiniest drops.
  const size = Math.max(h, a);
  const [hs, as] = [h / size, a / size];
  const R = ((as * as + hs * hs) / (2 * hs)) * size;
  const theta = 2 * Math.atan2(hs, as);
  const profile = Array.from({ length: 65 }, (_, i) => {
    const phi = (theta * i) / 64;
    return { x_mm: R * Math.sin(phi), z_mm: R * (1 - Math.cos(phi)) };
  });
  profile[64] = { x_mm: a, z_mm: h };
  return {
    theta_deg: theta * DEGREES_PER_RADIAN,
    apexRadius_mm: R,
    volume_uL: (Math.PI * hs * (3 * as * as + hs * hs) * size ** 3) / 6,
    height_mm: h,
    diameter_mm: 2 * a,
    bond: (R / lc) ** 2,
    profile,
  };
}

/**
 * The sessile drop holding `volume_uL` (µL = mm³) at contact angle `theta_deg` (degrees, above 0 and at most
 * 180), for a liquid of capillary length `capillaryLength_mm`; undefined at 0°, where the liquid is a film.
 */
export function sessileDropOfVolume(theta_deg: number, volume_uL: number, capillaryLength_mm: number): SessileDrop | undefined {
  if (!(theta_deg > 0 && theta_deg <= 180 && volume_uL > 0)) return undefined;
  const lc = capillaryLength_mm;
  const V = volume_uL / lc ** 3;
  const stop = { angle_rad: Math.min(theta_deg / DEGREES_PER_RADIAN, Math.PI) };
  // The volume up to a given angle grows with the apex radius, from 0 for a vanishing drop.
  const excess = (B: number) => (trace(B, stop)?.end.volume ?? Number.NaN) - V;
  const start = Math.cbrt(V);
  const hi = above(excess, start);
  let lo = start;
  while (excess(lo) >= 0 && lo > 1e-150) lo /= 4;
  if (hi === undefined) return undefined;
  const B = solve(excess, lo, hi);
  const points: State[] = [];
  const t = trace(B, stop, points);
  return t === undefined ? undefined : toDrop(B, t.end, points, lc);
}

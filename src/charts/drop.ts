/**
 * Layout of a sessile drop drawn to scale: its outline for any contact angle from 0° to 180° (overhanging its base
 * above 90°), the substrate, the tangent at the right-hand contact point with the angle's arc and label, a scale
 * bar, and optionally a second state's outline holding the same volume. The outline is the Young–Laplace profile
 * when the liquid's capillary length is known (gravity flattens the drop), else a spherical cap. Plain data in a
 * fixed viewBox, so the prerendered and the hydrated SVG are the same markup.
 */
import { format } from "d3-format";
import { sessileDropOfVolume } from "../calculators/contact-angle/young-laplace";
import { capHeight, capRadius, capRadiusForVolume, capVolume } from "../calculators/spherical-cap";

/**
 * Volume of the drop drawn when only its angle is known, in µL (= mm³): a few µL is the usual size of a
 * sessile-drop measurement, and 5 µL keeps the drop well inside a viewBox at every angle worth drawing.
 */
export const DRAWN_VOLUME_uL = 5;

export interface DropSpec {
  /** Contact angle of the drop, in degrees, 0–180. */
  theta_deg: number;
  /** Base diameter of the drop, in mm (drop mode); without it the drop holds DRAWN_VOLUME_uL. */
  diameter_mm?: number;
  /** Contact angle of the reference state A, in degrees: drawn as an outline holding the same volume. */
  compareTheta_deg?: number;
  /** False to label the angle "θ" without its value, and to leave out the entered drop's volume (teacher mode). */
  showValue?: boolean;
  /**
   * Capillary length of the liquid, in mm: with it every outline is a Young–Laplace drop, flattened by gravity;
   * without it, a spherical cap.
   */
  capillaryLength_mm?: number;
  /**
   * The drop fitted to the reader's height and base (drop mode): its outline from the apex to the right-hand
   * contact point (x from the axis, z down from the apex, in mm) and its volume in µL. Drawn as it is.
   */
  shape?: { profile: readonly { x_mm: number; z_mm: number }[]; volume_uL: number };
}

export interface DropLayout {
  width: number;
  height: number;
  /** Height of the substrate's surface, in viewBox units. */
  substrateY: number;
  /** The solid, a band under the substrate line. */
  solid: { x: number; y: number; width: number; height: number };
  /** The area above the substrate; outlines are clipped to it. */
  clip: { x: number; y: number; width: number; height: number };
  /** SVG path of the drop's outline, closed along the substrate. */
  drop: string;
  /** SVG path of the reference state A's outline, when there is one. */
  compare?: string;
  /** Tangent to the drop at the right-hand contact point (absent for a film). */
  tangent?: { x1: number; y1: number; x2: number; y2: number };
  /** SVG path of the arc marking θ, through the liquid (absent for a film). */
  arc?: string;
  /** The angle's label, e.g. "θ = 72.5°"; `y` is its baseline. */
  label: { x: number; y: number; text: string; anchor: "start" | "middle" | "end" };
  /** A scale bar of round length, in viewBox units, with its label ("1 mm"). */
  scaleBar: { x1: number; x2: number; y: number; label: string };
  /** The accessible name: what is drawn, with its size. */
  title: string;
  /** Legend lines for the outlines: the calculator's state, and the reference state when drawn. */
  legend: { current: string; reference?: string };
}

const WIDTH = 480;
const HEIGHT = 260;
const SIDE = 24;
const TOP = 14;
const SUBSTRATE_Y = 200;
const SOLID_HEIGHT = 28;
/** Radius of the angle's arc, and length of the tangent, in viewBox units. */
const ARC_R = 34;
const TANGENT_LENGTH = 70;
/** Rough width of one character of the angle's label, in viewBox units, to keep the label inside the view. */
const CHAR_WIDTH = 8.5;
/** Thickness of a film (θ = 0°), in viewBox units: a line one can see, not to scale. */
const FILM = 2;

const deg = Math.PI / 180;
const round = (v: number) => Math.round(v * 100) / 100;
const angle = format(".1f");
const mm = format(".3~r");

/** Size of a cap in mm: base radius a, height h, sphere radius R. */
interface Cap {
  a: number;
  h: number;
  r: number;
}

/** The cap of angle θ holding `volume_uL`; undefined at 0°, where the liquid is a film. */
function capForVolume(theta_deg: number, volume_uL: number): Cap | undefined {
  const r = capRadiusForVolume(theta_deg, volume_uL);
  // At 0°, or so near it that the sphere's radius overflows, the liquid is a film.
  if (!Number.isFinite(r)) return undefined;
  return { r, a: r * Math.sin(theta_deg * deg), h: r * (1 - Math.cos(theta_deg * deg)) };
}

/** An outline to draw: base radius a, height h and half-width of the silhouette, in mm, and its path. */
interface Outline {
  a: number;
  h: number;
  half: number;
  path(scale: number): string;
}

/** A cap as an outline; its silhouette is its base up to 90°, its sphere beyond. */
const capOutline = (cap: Cap, theta_deg: number): Outline =>
  ({ a: cap.a, h: cap.h, half: theta_deg <= 90 ? cap.a : cap.r, path: (scale) => capPath(cap, scale) });

/** Outline of a cap centred on the view, from the left contact point over the top to the right one. */
function capPath(cap: Cap, scale: number): string {
  const c = WIDTH / 2;
  const [a, h, r] = [cap.a * scale, cap.h * scale, round(cap.r * scale)];
  // Two arcs of at most 180° each, both clockwise on screen: this also draws the overhang and the sphere.
  return `M${round(c - a)},${SUBSTRATE_Y}A${r},${r} 0 0 1 ${round(c)},${round(SUBSTRATE_Y - h)}` +
    `A${r},${r} 0 0 1 ${round(c + a)},${SUBSTRATE_Y}Z`;
}

/** A Young–Laplace outline: points from the apex to the right-hand contact point, in mm. */
interface Profile {
  points: readonly { x_mm: number; z_mm: number }[];
  /** Base radius, height and half-width of the silhouette, in mm. */
  a: number;
  h: number;
  half: number;
}

const profileOutline = (p: Profile): Outline => ({ a: p.a, h: p.h, half: p.half, path: (scale) => profilePath(p, scale) });

function profileOf(points: readonly { x_mm: number; z_mm: number }[]): Profile {
  const end = points[points.length - 1]!;
  return { points, a: end.x_mm, h: end.z_mm, half: Math.max(...points.map((p) => p.x_mm)) };
}

/** The Young–Laplace drop of angle θ holding `volume_uL`; undefined at 0°, where the liquid is a film. */
function profileForVolume(theta_deg: number, volume_uL: number, lc: number): Profile | undefined {
  const drop = sessileDropOfVolume(theta_deg, volume_uL, lc);
  return drop && drop.profile.length > 1 ? profileOf(drop.profile) : undefined;
}

/** Outline of a profile centred on the view: the left half mirrored, over the apex, down the right half. */
function profilePath(p: Profile, scale: number): string {
  const c = WIDTH / 2;
  const y = (z: number) => round(SUBSTRATE_Y - (p.h - z) * scale);
  const right = p.points.map((q) => `${round(c + q.x_mm * scale)},${y(q.z_mm)}`);
  const left = p.points.slice(1).reverse().map((q) => `${round(c - q.x_mm * scale)},${y(q.z_mm)}`);
  return `M${[...left, ...right].join("L")}Z`;
}

const filmPath = () =>
  `M${SIDE},${SUBSTRATE_Y}V${SUBSTRATE_Y - FILM}H${WIDTH - SIDE}V${SUBSTRATE_Y}Z`;

/** A round length (1, 2 or 5 × 10ⁿ mm) no longer than a quarter of the view, at `scale` units per mm. */
function scaleBarLength_mm(scale: number): number {
  const target = (WIDTH - 2 * SIDE) / 4 / scale;
  const power = 10 ** Math.floor(Math.log10(target));
  return [5, 2, 1].map((m) => m * power).find((len) => len <= target) ?? power;
}

/** Lays out the drop of `spec` in a 480 × 260 viewBox. */
export function layoutDrop(spec: DropSpec): DropLayout {
  const theta = Math.min(180, Math.max(0, spec.theta_deg));
  const showValue = spec.showValue ?? true;
  const availableWidth = WIDTH - 2 * SIDE;
  const availableHeight = SUBSTRATE_Y - TOP;
  const lc = spec.capillaryLength_mm;
  const outlineFor = (t: number, v: number): Outline | undefined => {
    if (lc !== undefined && t > 0) {
      const p = profileForVolume(t, v, lc);
      return p && profileOutline(p);
    }
    const c = capForVolume(t, v);
    return c && capOutline(c, t);
  };

  let cap: Outline | undefined;
  let volume_uL: number;
  let scale: number;
  if (spec.shape && spec.shape.profile.length > 1 && theta > 0) {
    cap = profileOutline(profileOf(spec.shape.profile));
    volume_uL = spec.shape.volume_uL;
    scale = Math.min(availableWidth / (2 * cap.half), availableHeight / cap.h);
  } else if (spec.diameter_mm !== undefined && theta > 0) {
    const d = spec.diameter_mm;
    const h = capHeight(theta, d);
    const r = capRadius(h, d);
    volume_uL = capVolume(h, d);
    if (Number.isFinite(r)) {
      cap = capOutline({ a: d / 2, h, r }, theta);
      scale = Math.min(availableWidth / (2 * cap.half), availableHeight / h);
    } else {
      scale = availableWidth / d;
    }
  } else {
    volume_uL = DRAWN_VOLUME_uL;
    cap = outlineFor(theta, volume_uL);
    // The same scale at every angle, so a changing angle shows the same liquid spreading or beading up;
    // zoomed out only for drops too flat to fit. (Gravity only lowers a drop, so the sphere is the tallest.)
    const sphere = capForVolume(180, volume_uL)!;
    const fixed = availableHeight / (2 * sphere.r);
    scale = cap ? Math.min(fixed, availableWidth / (2 * cap.half)) : fixed;
  }

  const ref = spec.compareTheta_deg === undefined ? undefined : Math.min(180, Math.max(0, spec.compareTheta_deg));
  const refCap = ref === undefined ? undefined : outlineFor(ref, volume_uL);
  // The reference outline may run off the sides (a flat drop is wide), but not off the top.
  if (refCap) scale = Math.min(scale, availableHeight / refCap.h);

  const barLength = scaleBarLength_mm(scale);
  const layout: DropLayout = {
    width: WIDTH,
    height: HEIGHT,
    substrateY: SUBSTRATE_Y,
    solid: { x: 0, y: SUBSTRATE_Y, width: WIDTH, height: SOLID_HEIGHT },
    clip: { x: 0, y: 0, width: WIDTH, height: SUBSTRATE_Y },
    drop: cap ? cap.path(scale) : filmPath(),
    label: { x: WIDTH / 2, y: SUBSTRATE_Y - 14, text: showValue ? "θ = 0°: a film" : "θ", anchor: "middle" },
    scaleBar: { x1: SIDE, x2: round(SIDE + barLength * scale), y: HEIGHT - 12, label: `${mm(barLength)} mm` },
    title: "",
    legend: { current: `Solid outline: state B, ${showValue ? `θ = ${angle(theta)}°` : "the angle θ"}` },
  };

  if (cap) {
    const px = WIDTH / 2 + cap.a * scale;
    const [cos, sin] = [Math.cos(theta * deg), Math.sin(theta * deg)];
    layout.tangent = {
      x1: round(px), y1: SUBSTRATE_Y,
      x2: round(px - TANGENT_LENGTH * cos), y2: round(SUBSTRATE_Y - TANGENT_LENGTH * sin),
    };
    // From the substrate under the drop, clockwise on screen through the liquid, to the tangent.
    layout.arc = `M${round(px - ARC_R)},${SUBSTRATE_Y}A${ARC_R},${ARC_R} 0 0 1 ` +
      `${round(px - ARC_R * cos)},${round(SUBSTRATE_Y - ARC_R * sin)}`;
    const text = showValue ? `θ = ${angle(theta)}°` : "θ";
    const { x2, y2 } = layout.tangent;
    if (theta >= 90) {
      // The liquid's wedge is wide enough for the label: on its bisector, beyond the arc.
      layout.label = {
        x: round(px - (ARC_R + 18) * Math.cos((theta / 2) * deg)),
        y: round(SUBSTRATE_Y - (ARC_R + 18) * Math.sin((theta / 2) * deg) + 5),
        text,
        anchor: "middle",
      };
    } else if (x2 + 10 * sin + text.length * CHAR_WIDTH <= WIDTH - 4) {
      // A narrow wedge: beyond the tangent's end, on the vapour side, along the outward normal.
      layout.label = { x: round(x2 + 10 * sin), y: round(y2 - 10 * cos), text, anchor: "start" };
    } else {
      layout.label = { x: round(x2 - 6), y: round(y2 - 6), text, anchor: "end" };
    }
  }

  if (ref !== undefined) {
    layout.compare = refCap ? refCap.path(scale) : filmPath();
    layout.legend.reference = `Dashed outline: state A, θ = ${angle(ref)}°, the same volume`;
  }

  // The entered drop's volume is one of the calculator's results, so teacher mode leaves it out.
  const entered = spec.diameter_mm !== undefined || spec.shape !== undefined;
  const what = !entered ? `A ${mm(volume_uL)} µL drop` :
    showValue ? `The drop entered, ${mm(volume_uL)} µL,` : "The drop entered";
  const at = showValue ? `at a contact angle of ${angle(theta)}°` : "at the contact angle θ";
  const size = cap ? `: base ${mm(2 * cap.a)} mm wide and ${mm(cap.h)} mm high` : ", spread into a film";
  const ghost = ref === undefined ? "" : ` A dashed outline shows the same volume at ${angle(ref)}° (state A).`;
  const shaped = cap && (spec.shape || lc !== undefined) ? " as gravity shapes it (Young–Laplace)" : "";
  layout.title =
    `${what} of molten Na on a flat solid ${at}${size}, drawn to scale${shaped} (bar: ${layout.scaleBar.label}).${ghost}`;
  return layout;
}

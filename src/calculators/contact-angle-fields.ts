/**
 * The contact-angle calculator's interface: its modes, its inputs as fields (named as in the URL), which
 * inputs each mode reads, its outputs with units, and the default state.
 */
import type { NumberField } from "./fields";
import { NA_CORRELATION_MAX_C, NA_MELTING_POINT_LABEL } from "./surface-tension";
import { type TextureModel, textureModels } from "./contact-angle/texture";

export { type TextureModel, textureModelLabels, textureModels } from "./contact-angle/texture";

/** Where the contact angle comes from. */
export const modes = ["angle", "drop", "young"] as const;
export type Mode = (typeof modes)[number];

export const modeLabels: Record<Mode, string> = {
  angle: "Measured contact angle",
  drop: "Drop height and base diameter",
  young: "Surface energies (Young's equation)",
};

/** Pure Na's γ_LV at the default 250 °C, in mN m⁻¹ to 0.1: the value a reader would overwrite. */
const DEFAULT_GAMMA_LV_mN_m = 184.7;

/** Upper bound for every tension, in mN m⁻¹: above any liquid metal's surface tension, to catch typos. */
const MAX_TENSION_mN_m = 5000;

export const fields = {
  theta_deg: {
    name: "theta_deg", label: "Contact angle θ", unit: "°", default: 72.5, min: 0, max: 180, step: 0.1,
    help: "Measured through the liquid, between the substrate and the drop's surface.",
  },
  height_mm: {
    name: "height_mm", label: "Drop height h", unit: "mm", default: 1, min: 0, minExclusive: true, max: 100,
    step: 0.01, help: "From the substrate to the top of the drop.",
  },
  diameter_mm: {
    name: "diameter_mm", label: "Base diameter d", unit: "mm", default: 4, min: 0, minExclusive: true,
    max: 100, step: 0.01, help: "Width of the wetted circle under the drop.",
  },
  gammaSV_mN_m: {
    name: "gammaSV_mN_m", label: "Solid–vapour energy γ_SV", unit: "mN m⁻¹", default: 300, min: 0,
    minExclusive: true, max: MAX_TENSION_mN_m, step: 0.1,
    help: "Illustrative default; only γ_SV − γ_SL enters Young's equation.",
  },
  gammaSL_mN_m: {
    name: "gammaSL_mN_m", label: "Solid–liquid energy γ_SL", unit: "mN m⁻¹", default: 244.5, min: 0,
    minExclusive: true, max: MAX_TENSION_mN_m, step: 0.1,
    help: "Illustrative default, chosen so that θ ≈ 72.5° at 250 °C.",
  },
  temperature_C: {
    name: "temperature_C", label: "Temperature T", unit: "°C", default: 250, min: -273.15,
    max: NA_CORRELATION_MAX_C, step: 1,
    help: `Sets γ_LV of pure liquid Na, which melts at ${NA_MELTING_POINT_LABEL}.`,
  },
  gammaLV_mN_m: {
    name: "gammaLV_mN_m", label: "Measured surface tension γ_LV", unit: "mN m⁻¹", default: DEFAULT_GAMMA_LV_mN_m,
    min: 0, minExclusive: true, max: MAX_TENSION_mN_m, step: 0.1,
    help: "Optional: leave empty to use pure Na at T; enter a measured value for an alloy such as Na–K or Na–Cs.",
  },
  roughness: {
    name: "roughness", label: "Roughness ratio r", unit: "", default: 1.5, min: 1, max: 100, step: 0.01,
    help: "True surface area over projected area (Wenzel); 1 is flat.",
  },
  solidFraction: {
    name: "solidFraction", label: "Solid fraction f", unit: "", default: 0.5, min: 0, minExclusive: true, max: 1,
    step: 0.01, help: "Share of the area under the drop where Na touches solid; vapour fills the rest (Cassie–Baxter).",
  },
  poreRadius_um: {
    name: "poreRadius_um", label: "Pore radius r_p", unit: "µm", default: 10, min: 0, minExclusive: true,
    max: 10_000, step: 0.1, help: "Radius of the host's pores, taken as cylinders; the pore walls have angle θ.",
  },
} satisfies Record<string, NumberField>;

export type InputName = keyof typeof fields;

/** Inputs that may be left empty; the island leaves them empty by default rather than using `default`. */
export const optionalInputs: readonly InputName[] = ["gammaLV_mN_m"];

/** Which inputs each mode reads, in display order. */
export const modeInputs: Record<Mode, readonly InputName[]> = {
  angle: ["theta_deg", "temperature_C", "gammaLV_mN_m"],
  drop: ["height_mm", "diameter_mm", "temperature_C", "gammaLV_mN_m"],
  young: ["gammaSV_mN_m", "gammaSL_mN_m", "temperature_C", "gammaLV_mN_m"],
};

/** The inputs of the surface panel that `texture` reads, in display order; the pore radius is always read. */
export function surfaceInputs(texture: TextureModel): readonly InputName[] {
  if (texture === "wenzel") return ["roughness", "poreRadius_um"];
  if (texture === "cassie") return ["solidFraction", "poreRadius_um"];
  return ["poreRadius_um"];
}

/** A surface with no texture unless a link or the reader chooses one. */
export const defaultTextureModel: TextureModel = "none";

/** Reads a texture model from text (a link's value), falling back to the default. */
export function textureModelOf(text: string | undefined): TextureModel {
  return (textureModels as readonly string[]).includes(text ?? "") ? (text as TextureModel) : defaultTextureModel;
}

/**
 * The mode a link means when it names no mode: the first whose own inputs (those no other mode reads) it
 * sets, e.g. drop mode for "?height_mm=1&diameter_mm=4"; undefined when it sets none.
 */
export function inferMode(parameterNames: Iterable<string>): Mode | undefined {
  const names = new Set(parameterNames);
  return modes.find((mode) =>
    modeInputs[mode].some((input) => names.has(input) && modes.every((m) => m === mode || !modeInputs[m].includes(input))),
  );
}

export const outputNames = [
  "theta_deg", "thetaCap_deg", "gammaLV_mN_m", "workOfAdhesion_mJ_m2", "spreadingCoefficient_mJ_m2", "regime",
  "radius_mm", "volume_uL", "apparentTheta_deg", "capillaryPressure_kPa",
] as const;
export type OutputName = (typeof outputNames)[number];

/** The default state: every required input at its field's default. */
export const defaults = Object.fromEntries(
  (Object.keys(fields) as InputName[]).filter((n) => !optionalInputs.includes(n)).map((n) => [n, fields[n].default]),
) as Partial<Record<InputName, number>>;
export const defaultMode: Mode = "angle";

/** How the island labels each output, its unit, and how many decimals to show. */
export const outputFields: Record<OutputName, { label: string; unit: string; decimals?: number }> = {
  theta_deg: { label: "Contact angle θ", unit: "°", decimals: 1 },
  gammaLV_mN_m: { label: "Surface tension γ_LV", unit: "mN m⁻¹", decimals: 1 },
  workOfAdhesion_mJ_m2: { label: "Work of adhesion W_a", unit: "mJ m⁻²", decimals: 1 },
  spreadingCoefficient_mJ_m2: { label: "Spreading coefficient S", unit: "mJ m⁻²", decimals: 1 },
  regime: { label: "Wetting regime", unit: "" },
  radius_mm: { label: "Apex radius of curvature b", unit: "mm", decimals: 2 },
  volume_uL: { label: "Drop volume V", unit: "µL", decimals: 2 },
  thetaCap_deg: { label: "Spherical-cap estimate θ_cap", unit: "°", decimals: 1 },
  apparentTheta_deg: { label: "Apparent contact angle θ*", unit: "°", decimals: 1 },
  capillaryPressure_kPa: { label: "Capillary pressure Δp", unit: "kPa", decimals: 2 },
};

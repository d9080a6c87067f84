/**
 * Where a cell's mass and volume go, packaging included, and which inactive part costs the most specific
 * energy. Feeds the stacked bars and the sentence under the result.
 */
import { format } from "d3-format";
import { formatSignificant } from "./format";
import {
  arealEnergy_mWh_cm2, massBreakdown_mg_cm2, massLayers, packagingShare, pouchMass_mg_cm2, pouchThickness_um,
  specificEnergy_Wh_kg, thicknessBreakdown_um, total, volumeLayers, type EnergyDesign, type MassLayer, type PackagingMode,
  type VolumeLayer,
} from "./energy-stack";

export type CellMassPart = MassLayer | "packaging";
export type CellVolumePart = VolumeLayer | "packaging";

/** Legend labels for every part, in stack order. */
export const partLabels: Record<CellMassPart | CellVolumePart, string> = {
  cathodeActive: "Cathode active material",
  cathodeAdditives: "Binder and carbon",
  cathodeCoating: "Cathode coating",
  cathodeFoil: "Cathode foil (half)",
  separator: "Separator",
  sodium: "Na metal",
  host: "Host",
  wettingAgent: "Wetting agent",
  hostPores: "Empty host pores",
  anodeFoil: "Anode foil (half)",
  electrolyte: "Electrolyte",
  packaging: "Packaging",
};

/** Mass (mg cm⁻²) and thickness, charged and discharged (µm), of every part of the finished cell, per cm² of cathode. */
export interface CellBreakdown {
  mass_mg_cm2: Record<CellMassPart, number>;
  thickness_um: Record<CellVolumePart, number>;
  chargedThickness_um: Record<CellVolumePart, number>;
  energy_mWh_cm2: number;
}

/** The cell's mass and volume by part; packaging is the share its fractions give, or the pouch's share per repeat unit. */
export function cellBreakdown(d: EnergyDesign, packaging: PackagingMode = "fractions"): CellBreakdown {
  const mass = massBreakdown_mg_cm2(d);
  const volume = (thickness: Record<VolumeLayer, number>) => ({
    ...thickness,
    packaging: packaging === "pouch" ? pouchThickness_um(d) : packagingShare(total(thickness), d.packagingVolumeFraction),
  });
  return {
    mass_mg_cm2: { ...mass, packaging: packaging === "pouch" ? pouchMass_mg_cm2(d) : packagingShare(total(mass), d.packagingMassFraction) },
    thickness_um: volume(thicknessBreakdown_um(d)),
    chargedThickness_um: volume(thicknessBreakdown_um(d, "charged")),
    energy_mWh_cm2: arealEnergy_mWh_cm2(d),
  };
}

/** One stacked bar per quantity, for src/charts/stacked-bar.ts. */
export function breakdownBars(b: CellBreakdown) {
  const segments = <K extends CellMassPart | CellVolumePart>(keys: readonly K[], values: Record<K, number>) =>
    keys.map((key) => ({ key, label: partLabels[key], value: values[key] }));
  return [
    { key: "mass", label: "Mass", unit: "mg cm⁻²", segments: segments([...massLayers, "packaging"], b.mass_mg_cm2) },
    {
      // Short labels: the bar's left margin is narrow on a phone; the total beneath (µm) says it is a volume.
      key: "charged", label: "Charged", unit: "µm",
      segments: segments([...volumeLayers, "packaging"], b.chargedThickness_um),
    },
    {
      key: "volume", label: "Discharged", unit: "µm",
      segments: segments([...volumeLayers, "packaging"], b.thickness_um),
    },
  ];
}

export type InactivePart = Exclude<CellMassPart, "cathodeActive">;

// How each inactive part reads inside a sentence.
const inSentence: Record<InactivePart, string> = {
  cathodeAdditives: "the cathode's binder and carbon",
  cathodeFoil: "the cathode foil",
  separator: "the separator",
  sodium: "the Na metal reserve (the Na that cycles is counted in the cathode)",
  host: "the host",
  wettingAgent: "the wetting agent",
  anodeFoil: "the anode foil",
  electrolyte: "the electrolyte",
  packaging: "the packaging",
};

/** The heaviest part that stores no charge, with its mass (mg cm⁻²) and share of the cell's mass (%). */
export function largestInactive(b: CellBreakdown): { part: InactivePart; mass_mg_cm2: number; share_pct: number } | undefined {
  const cellMass = total(b.mass_mg_cm2);
  let best: InactivePart | undefined;
  for (const part of Object.keys(inSentence) as InactivePart[]) {
    if (b.mass_mg_cm2[part] > 0 && (best === undefined || b.mass_mg_cm2[part] > b.mass_mg_cm2[best])) best = part;
  }
  if (best === undefined) return undefined;
  return { part: best, mass_mg_cm2: b.mass_mg_cm2[best], share_pct: (100 * b.mass_mg_cm2[best]) / cellMass };
}

const mg = format(".3~r");
const whole = format(".0f");
// Four significant figures, trailing zeros kept ("157.0"): a specific energy is not rounded to whole units.
const energy = (x: number) => formatSignificant(x, 4);

/**
 * One sentence on what limits the design most: its largest inactive mass, and the specific energy (Wh kg⁻¹)
 * the cell would reach with half of it (everything else unchanged).
 */
export function limitingSentence(b: CellBreakdown): string {
  const worst = largestInactive(b);
  if (!worst) return "All of this cell's mass is cathode active material, so no inactive part holds it back.";
  const cellMass = total(b.mass_mg_cm2);
  const now = specificEnergy_Wh_kg(b.energy_mWh_cm2, cellMass);
  const halved = specificEnergy_Wh_kg(b.energy_mWh_cm2, cellMass - worst.mass_mg_cm2 / 2);
  if (![now, halved, worst.share_pct].every(Number.isFinite)) return "The inputs are too extreme to rank the cell's parts.";
  return (
    `The largest inactive mass is ${inSentence[worst.part]}: ${mg(worst.mass_mg_cm2)} mg cm⁻², ` +
    `${whole(worst.share_pct)} % of the cell. Halving it would raise the specific energy from ` +
    `${energy(now)} to ${energy(halved)} Wh kg⁻¹.`
  );
}

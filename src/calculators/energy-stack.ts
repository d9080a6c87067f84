/**
 * The physics of a Na-metal full cell's repeat unit, per 1 cm² of cathode coating: what each layer weighs
 * and how thick it is. A stack of double-sided electrodes repeats one cathode coating, half a cathode foil,
 * one separator, one Na layer (Na metal + host + wetting agent) and half an anode foil; the electrolyte sits
 * in pores, so it adds mass but no thickness.
 */
import { NA_DENSITY_g_cm3, NA_SPECIFIC_CAPACITY_mAh_g } from "./constants";

/** Every input of the energy-density calculator, named as in the URL. */
export interface EnergyDesign {
  /** Specific capacity of the cathode active material, in mAh g⁻¹. */
  cathodeCapacity_mAh_g: number;
  /** Average discharge voltage of the cell, in V. */
  cathodeVoltage_V: number;
  /** Mass fraction of active material in the cathode coating, 0–1. */
  activeFraction: number;
  /** Cathode areal capacity (one coating), in mAh cm⁻². */
  arealCapacity_mAh_cm2: number;
  /** Density of the cathode coating including its pores, in g cm⁻³. */
  cathodeDensity_g_cm3: number;
  /** Capacity of Na metal as assembled ÷ cathode areal capacity; 0 is anode-free. */
  npRatio: number;
  /** Areal mass of the Na host, in mg cm⁻². */
  hostMass_mg_cm2: number;
  /** Skeleton density of the host, in g cm⁻³. */
  hostDensity_g_cm3: number;
  /** Areal mass of the wetting agent (alloy, oxide or coating), in mg cm⁻². */
  wettingAgentMass_mg_cm2: number;
  /** Density of the wetting agent, in g cm⁻³. */
  wettingAgentDensity_g_cm3: number;
  /** Thickness of the cathode current-collector foil, in µm. */
  cathodeFoil_um: number;
  /** Density of the cathode foil, in g cm⁻³. */
  cathodeFoilDensity_g_cm3: number;
  /** Thickness of the anode current-collector foil, in µm. */
  anodeFoil_um: number;
  /** Density of the anode foil, in g cm⁻³. */
  anodeFoilDensity_g_cm3: number;
  /** Areal mass of the separator, in mg cm⁻². */
  separatorMass_mg_cm2: number;
  /** Thickness of the separator, in µm. */
  separatorThickness_um: number;
  /** Electrolyte mass per cell capacity, in g Ah⁻¹. */
  electrolyte_g_Ah: number;
  /** Packaging's share of the finished cell's mass, 0 ≤ f < 1. */
  packagingMassFraction: number;
  /** Packaging's share of the finished cell's volume, 0 ≤ f < 1. */
  packagingVolumeFraction: number;
}

export type EnergyInput = keyof EnergyDesign;

/** Layers that carry mass, from cathode to anode; the cathode coating is split into active and additives. */
export const massLayers = [
  "cathodeActive", "cathodeAdditives", "cathodeFoil", "separator",
  "sodium", "host", "wettingAgent", "anodeFoil", "electrolyte",
] as const;
export type MassLayer = (typeof massLayers)[number];

/** Layers that take up thickness in the discharged state, from cathode to anode. */
export const volumeLayers = [
  "cathodeCoating", "cathodeFoil", "separator", "sodium", "host", "wettingAgent", "anodeFoil",
] as const;
export type VolumeLayer = (typeof volumeLayers)[number];

/** Inputs the mass breakdown reads. */
export const massInputs = [
  "cathodeCapacity_mAh_g", "activeFraction", "arealCapacity_mAh_cm2", "npRatio", "hostMass_mg_cm2",
  "wettingAgentMass_mg_cm2", "cathodeFoil_um", "cathodeFoilDensity_g_cm3", "anodeFoil_um",
  "anodeFoilDensity_g_cm3", "separatorMass_mg_cm2", "electrolyte_g_Ah",
] as const satisfies readonly EnergyInput[];

/** Inputs the thickness breakdown reads. */
export const thicknessInputs = [
  "cathodeCapacity_mAh_g", "activeFraction", "arealCapacity_mAh_cm2", "cathodeDensity_g_cm3", "npRatio",
  "hostMass_mg_cm2", "hostDensity_g_cm3", "wettingAgentMass_mg_cm2", "wettingAgentDensity_g_cm3",
  "cathodeFoil_um", "anodeFoil_um", "separatorThickness_um",
] as const satisfies readonly EnergyInput[];

export type MassDesign = Pick<EnergyDesign, (typeof massInputs)[number]>;
export type ThicknessDesign = Pick<EnergyDesign, (typeof thicknessInputs)[number]>;

// A layer t µm thick at ρ g cm⁻³ weighs t·10⁻⁴ cm · ρ · 10³ mg g⁻¹ = t·ρ/10 mg cm⁻²;
// conversely m mg cm⁻² at ρ g cm⁻³ is 10·m/ρ µm thick.
const mg_cm2 = (thickness_um: number, density_g_cm3: number) => (thickness_um * density_g_cm3) / 10;
const um = (mass_mg_cm2: number, density_g_cm3: number) => (10 * mass_mg_cm2) / density_g_cm3;

/** Mass of cathode active material, in mg cm⁻²: areal capacity ÷ specific capacity. */
export function activeMass_mg_cm2(d: Pick<EnergyDesign, "arealCapacity_mAh_cm2" | "cathodeCapacity_mAh_g">): number {
  return (1000 * d.arealCapacity_mAh_cm2) / d.cathodeCapacity_mAh_g;
}

/** Mass of Na metal as assembled, in mg cm⁻²: N/P × areal capacity ÷ 1165.8 mAh g⁻¹. */
export function sodiumMass_mg_cm2(d: Pick<EnergyDesign, "npRatio" | "arealCapacity_mAh_cm2">): number {
  return (1000 * d.npRatio * d.arealCapacity_mAh_cm2) / NA_SPECIFIC_CAPACITY_mAh_g;
}

/** Mass of each layer of the repeat unit, in mg per cm² of cathode coating. */
export function massBreakdown_mg_cm2(d: MassDesign): Record<MassLayer, number> {
  const active = activeMass_mg_cm2(d);
  return {
    cathodeActive: active,
    cathodeAdditives: active / d.activeFraction - active,
    cathodeFoil: mg_cm2(d.cathodeFoil_um / 2, d.cathodeFoilDensity_g_cm3),
    separator: d.separatorMass_mg_cm2,
    sodium: sodiumMass_mg_cm2(d),
    host: d.hostMass_mg_cm2,
    wettingAgent: d.wettingAgentMass_mg_cm2,
    anodeFoil: mg_cm2(d.anodeFoil_um / 2, d.anodeFoilDensity_g_cm3),
    // g Ah⁻¹ × mAh cm⁻² = mg cm⁻².
    electrolyte: d.electrolyte_g_Ah * d.arealCapacity_mAh_cm2,
  };
}

/**
 * Thickness of each layer of the repeat unit in the discharged state, in µm. The Na layer is taken as dense:
 * Na fills the host's pores, so its thickness is the sum of the Na, host-skeleton and wetting-agent volumes.
 */
export function thicknessBreakdown_um(d: ThicknessDesign): Record<VolumeLayer, number> {
  const coatingMass = activeMass_mg_cm2(d) / d.activeFraction;
  return {
    cathodeCoating: um(coatingMass, d.cathodeDensity_g_cm3),
    cathodeFoil: d.cathodeFoil_um / 2,
    separator: d.separatorThickness_um,
    sodium: um(sodiumMass_mg_cm2(d), NA_DENSITY_g_cm3),
    host: um(d.hostMass_mg_cm2, d.hostDensity_g_cm3),
    wettingAgent: um(d.wettingAgentMass_mg_cm2, d.wettingAgentDensity_g_cm3),
    anodeFoil: d.anodeFoil_um / 2,
  };
}

/** Thickness the cycled Na adds when plated as dense metal on charge, in µm. */
export function platedSodium_um(arealCapacity_mAh_cm2: number): number {
  return um((1000 * arealCapacity_mAh_cm2) / NA_SPECIFIC_CAPACITY_mAh_g, NA_DENSITY_g_cm3);
}

/** Share of the Na inventory (metal + the cathode's Na) that cycles, in %: 100 / (N/P + 1). */
export function naUtilization_pct(npRatio: number): number {
  return 100 / (npRatio + 1);
}

/** Stored energy per cm² of cathode coating, in mWh cm⁻²: areal capacity × average voltage. */
export function arealEnergy_mWh_cm2(d: Pick<EnergyDesign, "arealCapacity_mAh_cm2" | "cathodeVoltage_V">): number {
  return d.arealCapacity_mAh_cm2 * d.cathodeVoltage_V;
}

/** Specific energy, in Wh kg⁻¹, from mWh cm⁻² and mg cm⁻² (mWh mg⁻¹ = kWh kg⁻¹). */
export function specificEnergy_Wh_kg(energy_mWh_cm2: number, mass_mg_cm2: number): number {
  return (1000 * energy_mWh_cm2) / mass_mg_cm2;
}

/** Energy density, in Wh L⁻¹, from mWh cm⁻² and µm (mWh cm⁻³ = Wh L⁻¹). */
export function energyDensity_Wh_L(energy_mWh_cm2: number, thickness_um: number): number {
  return (1e4 * energy_mWh_cm2) / thickness_um;
}

/** What packaging adds to a stack quantity when it is `fraction` of the finished cell's. */
export function packagingShare(stackValue: number, fraction: number): number {
  return (stackValue * fraction) / (1 - fraction);
}

/** Sum of a breakdown's values. */
export function total(breakdown: Readonly<Record<string, number>>): number {
  return Object.values(breakdown).reduce((sum, v) => sum + v, 0);
}

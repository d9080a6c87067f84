/**
 * The physics of a Na-metal full cell's repeat unit, per 1 cm² of cathode coating: what each layer weighs
 * and how thick it is. A stack of double-sided electrodes repeats one cathode coating, half a cathode foil,
 * one separator, one Na layer (Na metal + host + wetting agent, inside the host's envelope when it has one)
 * and half an anode foil; the electrolyte sits in pores, so it adds mass but no thickness.
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
  /**
   * Thickness of the host's envelope (the porous host as a whole, e.g. a carbon paper), in µm; 0 when the
   * host adds only its solid volume. The Na layer is never thinner than this.
   */
  hostThickness_um: number;
  /** Share of the first charge lost for good (SEI on the Na), in % of the cathode's areal capacity; 0 ≤ x < 100. */
  firstCycleLoss_pct: number;
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
  /** Density of the separator's solid (polymer or glass), in g cm⁻³; with its mass and thickness, its porosity. */
  separatorDensity_g_cm3: number;
  /** Electrolyte mass per cell capacity, in g Ah⁻¹. */
  electrolyte_g_Ah: number;
  /** Density of the liquid electrolyte, in g cm⁻³. */
  electrolyteDensity_g_cm3: number;
  /** Packaging's share of the finished cell's mass, 0 ≤ f < 1. */
  packagingMassFraction: number;
  /** Packaging's share of the finished cell's volume, 0 ≤ f < 1. */
  packagingVolumeFraction: number;
  /** Area of one cathode coating (the electrode footprint), in cm², when packaging is a real pouch. */
  footprint_cm2: number;
  /** Repeat units in the pouch (cathode coatings facing an anode), a whole number ≥ 1. */
  layerCount: number;
  /** Mass of the pouch: laminate film, tabs and tape, in g. */
  pouchMass_g: number;
  /** What the pouch adds to the stack's thickness (both film walls and any headspace), in µm. */
  pouchThickness_um: number;
  /** Reversible specific capacity of the reference cell's hard carbon, in mAh g⁻¹. */
  hardCarbonCapacity_mAh_g: number;
  /** Density of the hard-carbon coating, pores included, in g cm⁻³. */
  hardCarbonDensity_g_cm3: number;
  /** N/P ratio of the reference Na-ion cell (hard-carbon capacity ÷ cathode capacity). */
  hardCarbonNpRatio: number;
  /** First-cycle loss of the hard carbon, in % of the cathode's areal capacity; 0 ≤ x < 100. */
  hardCarbonFirstCycleLoss_pct: number;
  /** Average potential of hard carbon against Na/Na⁺, in V; the Na-ion cell's voltage is lower by this much. */
  hardCarbonPotential_V: number;
}

/** How packaging is counted: as shares of the finished cell, or as a real pouch of given size. */
export const packagingModes = ["fractions", "pouch"] as const;
export type PackagingMode = (typeof packagingModes)[number];

export type EnergyInput = keyof EnergyDesign;

/** Layers that carry mass, from cathode to anode; the cathode coating is split into active and additives. */
export const massLayers = [
  "cathodeActive", "cathodeAdditives", "cathodeFoil", "separator",
  "sodium", "host", "wettingAgent", "anodeFoil", "electrolyte",
] as const;
export type MassLayer = (typeof massLayers)[number];

/**
 * Layers that take up thickness, from cathode to anode; "hostPores" is the part of the host's envelope the
 * solids leave empty (filled with electrolyte).
 */
export const volumeLayers = [
  "cathodeCoating", "cathodeFoil", "separator", "sodium", "host", "wettingAgent", "hostPores", "anodeFoil",
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
  "hostThickness_um", "firstCycleLoss_pct", "hostMass_mg_cm2", "hostDensity_g_cm3", "wettingAgentMass_mg_cm2",
  "wettingAgentDensity_g_cm3", "cathodeFoil_um", "anodeFoil_um", "separatorThickness_um",
] as const satisfies readonly EnergyInput[];

/** Inputs a real pouch reads. */
export const pouchInputs = ["footprint_cm2", "layerCount", "pouchMass_g", "pouchThickness_um"] as const satisfies readonly EnergyInput[];

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

export type CellState = "discharged" | "charged";

/**
 * Thickness of each layer of the repeat unit, in µm. Na fills the host's pores, so the solids of the Na layer
 * (Na, host skeleton, wetting agent) add up; a host envelope thicker than their sum keeps the layer at the
 * envelope, the difference being empty pores. Charged, the cycled Na is plated on the anode as dense metal:
 * into the empty pores first, and the layer grows only once they are full.
 */
export function thicknessBreakdown_um(d: ThicknessDesign, state: CellState = "discharged"): Record<VolumeLayer, number> {
  const coatingMass = activeMass_mg_cm2(d) / d.activeFraction;
  const sodium = um(sodiumMass_mg_cm2(d), NA_DENSITY_g_cm3) + (state === "charged" ? platedSodium_um(deliveredCapacity_mAh_cm2(d)) : 0);
  const host = um(d.hostMass_mg_cm2, d.hostDensity_g_cm3);
  const wettingAgent = um(d.wettingAgentMass_mg_cm2, d.wettingAgentDensity_g_cm3);
  return {
    cathodeCoating: um(coatingMass, d.cathodeDensity_g_cm3),
    cathodeFoil: d.cathodeFoil_um / 2,
    separator: d.separatorThickness_um,
    sodium,
    host,
    wettingAgent,
    hostPores: Math.max(0, d.hostThickness_um - (sodium + host + wettingAgent)),
    anodeFoil: d.anodeFoil_um / 2,
  };
}

/** Thickness of dense Na holding `capacity_mAh_cm2`, in µm (what the cycled Na adds when plated on charge). */
export function platedSodium_um(capacity_mAh_cm2: number): number {
  return um((1000 * capacity_mAh_cm2) / NA_SPECIFIC_CAPACITY_mAh_g, NA_DENSITY_g_cm3);
}

type CapacityDesign = Pick<EnergyDesign, "arealCapacity_mAh_cm2" | "npRatio"> & Partial<Pick<EnergyDesign, "firstCycleLoss_pct">>;

/**
 * Capacity the cell delivers once its first cycle is over, in mAh cm⁻². The first charge loses `loss` of Q to
 * the SEI; the Na metal reserve, (N/P)·Q, makes it up as far as it goes: Q·min(1, 1 + N/P − loss).
 */
export function deliveredCapacity_mAh_cm2(d: CapacityDesign): number {
  const loss = (d.firstCycleLoss_pct ?? 0) / 100;
  return d.arealCapacity_mAh_cm2 * Math.min(1, 1 + d.npRatio - loss);
}

/**
 * Share of the whole Na inventory (the Na metal and the cathode's own Na) that cycles, in %:
 * delivered ÷ ((N/P)·Q + Q), which is 100 / (N/P + 1) without first-cycle loss.
 */
export function naUtilization_pct(npRatio: number, firstCycleLoss_pct = 0): number {
  return (100 * Math.min(1, 1 + npRatio - firstCycleLoss_pct / 100)) / (npRatio + 1);
}

/**
 * The anode's depth of discharge, in %: the Na that cycles over the Na metal present at assembly,
 * delivered ÷ ((N/P)·Q), which is 100 / (N/P) without first-cycle loss; above 100 % when N/P < 1.
 * Undefined for an anode-free cell (N/P = 0), which has no Na metal to discharge.
 */
export function anodeDepthOfDischarge_pct(npRatio: number, firstCycleLoss_pct = 0): number {
  return (100 * Math.min(1, 1 + npRatio - firstCycleLoss_pct / 100)) / npRatio;
}

/** Stored energy per cm² of cathode coating, in mWh cm⁻²: delivered capacity × average voltage. */
export function arealEnergy_mWh_cm2(d: CapacityDesign & Pick<EnergyDesign, "cathodeVoltage_V">): number {
  return deliveredCapacity_mAh_cm2(d) * d.cathodeVoltage_V;
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

type PouchDesign = Pick<EnergyDesign, (typeof pouchInputs)[number]>;

/** A real pouch's mass spread over every cathode coating it holds, in mg cm⁻²: 1000 · m / (A · n). */
export function pouchMass_mg_cm2(d: PouchDesign): number {
  return (1000 * d.pouchMass_g) / (d.footprint_cm2 * d.layerCount);
}

/** A real pouch's added thickness per repeat unit, in µm: its walls and headspace shared by n units. */
export function pouchThickness_um(d: PouchDesign): number {
  return d.pouchThickness_um / d.layerCount;
}

/**
 * Pore volume per cm² the electrolyte must fill, as a thickness in µm: the separator's pores
 * (its thickness less its solid, 10·m/ρ) and the host's empty pores in the discharged state.
 */
export function poreVolume_um(d: ThicknessDesign & Pick<EnergyDesign, "separatorMass_mg_cm2" | "separatorDensity_g_cm3">): {
  separator: number; host: number;
} {
  return {
    separator: d.separatorThickness_um - um(d.separatorMass_mg_cm2, d.separatorDensity_g_cm3),
    host: thicknessBreakdown_um(d).hostPores,
  };
}

/** Volume of the electrolyte per cm² of cathode, as a thickness in µm. */
export function electrolyteVolume_um(d: Pick<EnergyDesign, "electrolyte_g_Ah" | "arealCapacity_mAh_cm2" | "electrolyteDensity_g_cm3">): number {
  return um(d.electrolyte_g_Ah * d.arealCapacity_mAh_cm2, d.electrolyteDensity_g_cm3);
}

/** Sum of a breakdown's values. */
export function total(breakdown: Readonly<Record<string, number>>): number {
  return Object.values(breakdown).reduce((sum, v) => sum + v, 0);
}

/**
 * The Na-ion reference: the same cathode, foils, separator, electrolyte and packaging as the Na-metal design,
 * with a hard-carbon coating in place of the Na layer. Its numbers let a reader see where Na metal wins and
 * by how much. Per 1 cm² of cathode coating, like the rest of the model.
 */
import { HARD_CARBON_ACTIVE_FRACTION } from "./constants";
import {
  massBreakdown_mg_cm2, thicknessBreakdown_um, total, type EnergyDesign, type MassDesign, type ThicknessDesign,
} from "./energy-stack";

/** Inputs the reference reads besides the cathode and the inactive layers. */
export const hardCarbonInputs = [
  "hardCarbonCapacity_mAh_g", "hardCarbonDensity_g_cm3", "hardCarbonNpRatio", "hardCarbonFirstCycleLoss_pct",
  "hardCarbonPotential_V",
] as const satisfies readonly (keyof EnergyDesign)[];

type HardCarbonDesign = Pick<EnergyDesign, (typeof hardCarbonInputs)[number] | "arealCapacity_mAh_cm2">;

/** The Na-metal design's anode emptied: no Na, no host, no wetting agent, no envelope. */
const noSodiumLayer = { npRatio: 0, hostMass_mg_cm2: 0, wettingAgentMass_mg_cm2: 0, hostThickness_um: 0, firstCycleLoss_pct: 0 };

/** Mass of the hard-carbon coating, in mg cm⁻²: (N/P)·Q over capacity, over its active fraction. */
export function hardCarbonMass_mg_cm2(d: HardCarbonDesign): number {
  return (1000 * d.hardCarbonNpRatio * d.arealCapacity_mAh_cm2) / d.hardCarbonCapacity_mAh_g / HARD_CARBON_ACTIVE_FRACTION;
}

/** Thickness of the hard-carbon coating, in µm (10·m/ρ); it swells little, so charged and discharged alike. */
export function hardCarbonThickness_um(d: HardCarbonDesign): number {
  return (10 * hardCarbonMass_mg_cm2(d)) / d.hardCarbonDensity_g_cm3;
}

/** The Na-ion repeat unit's mass, in mg cm⁻². */
export function naIonMass_mg_cm2(d: MassDesign & HardCarbonDesign): number {
  return total(massBreakdown_mg_cm2({ ...d, ...noSodiumLayer })) + hardCarbonMass_mg_cm2(d);
}

/** The Na-ion repeat unit's thickness, in µm. */
export function naIonThickness_um(d: ThicknessDesign & HardCarbonDesign): number {
  return total(thicknessBreakdown_um({ ...d, ...noSodiumLayer })) + hardCarbonThickness_um(d);
}

/**
 * Energy the Na-ion cell delivers per cm², in mWh cm⁻²: the hard carbon's first-cycle loss comes out of the
 * cathode's Na, with no reserve to make it up, and the voltage is lower by the carbon's average potential.
 */
export function naIonEnergy_mWh_cm2(d: HardCarbonDesign & Pick<EnergyDesign, "cathodeVoltage_V">): number {
  const voltage = Math.max(0, d.cathodeVoltage_V - d.hardCarbonPotential_V);
  return d.arealCapacity_mAh_cm2 * (1 - d.hardCarbonFirstCycleLoss_pct / 100) * voltage;
}

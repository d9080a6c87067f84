/**
 * Presets for the energy-density calculator: four cathode chemistries (they set only the cathode's
 * capacity, voltage and coating density) and three cell designs (they set everything else). Theoretical
 * capacities are computed here from each formula; practical capacities, voltages and densities are typical
 * literature values and are marked as estimates.
 */
import {
  ALUMINIUM_DENSITY_g_cm3, ATOMIC_WEIGHT_g_mol as W, FARADAY_C_mol, HARD_CARBON_CAPACITY_mAh_g,
  HARD_CARBON_COATING_DENSITY_g_cm3, HARD_CARBON_FIRST_CYCLE_LOSS_pct, HARD_CARBON_NP_RATIO, HARD_CARBON_POTENTIAL_V,
} from "./constants";
import type { EnergyInput } from "./energy-stack";

export interface EnergyPreset {
  id: string;
  label: string;
  /** Inputs the preset sets, by URL name; the others keep the reader's values. */
  values: Partial<Record<EnergyInput, number>>;
  /** Where the numbers come from (authors, year, journal). */
  source: string;
  /** The review's reference number for the source, when the review cites it. */
  ref?: number;
  /** Which numbers are theoretical, which are typical practical values, which are our estimates. */
  note: string;
}

export interface CathodePreset extends EnergyPreset {
  /** Formula mass of the discharged (sodiated) material, in g mol⁻¹. */
  formulaMass_g_mol: number;
  /** Na⁺ (electrons) exchanged per formula unit in the reaction the theoretical capacity counts. */
  electrons: number;
  /** Theoretical specific capacity, in mAh g⁻¹: n·F / (3.6·M). */
  theoreticalCapacity_mAh_g: number;
}

/** Theoretical specific capacity, in mAh g⁻¹, of n electrons per formula unit of molar mass M g mol⁻¹. */
export function theoreticalCapacity_mAh_g(formulaMass_g_mol: number, electrons: number): number {
  return (electrons * FARADAY_C_mol) / (3.6 * formulaMass_g_mol);
}

function cathode(
  id: string, label: string, formulaMass_g_mol: number, electrons: number,
  values: { cathodeCapacity_mAh_g: number; cathodeVoltage_V: number; cathodeDensity_g_cm3: number },
  source: string, note: string,
): CathodePreset {
  const theoretical = theoreticalCapacity_mAh_g(formulaMass_g_mol, electrons);
  return { id, label, values, formulaMass_g_mol, electrons, theoreticalCapacity_mAh_g: theoretical, source, note };
}

// Coating densities: our estimate, about 60 % of each crystal's density once pores, binder and carbon are counted.
export const cathodePresets: readonly CathodePreset[] = [
  cathode("nvp", "Na₃V₂(PO₄)₃ (NVP)", 3 * W.Na + 2 * W.V + 3 * W.P + 12 * W.O, 2,
    { cathodeCapacity_mAh_g: 110, cathodeVoltage_V: 3.4, cathodeDensity_g_cm3: 1.9 },
    "Jian et al. 2012, Electrochem. Commun. (V³⁺/V⁴⁺ plateau at about 3.4 V)",
    "Theoretical: 117.6 mAh g⁻¹ for two Na per formula unit, computed from the formula. Practical 110 mAh g⁻¹ " +
      "and 3.4 V: typical literature values (estimate). Coating density 1.9 g cm⁻³: estimate."),
  cathode("nvpf", "Na₃V₂(PO₄)₂F₃ (NVPF)", 3 * W.Na + 2 * W.V + 2 * W.P + 8 * W.O + 3 * W.F, 2,
    { cathodeCapacity_mAh_g: 120, cathodeVoltage_V: 3.9, cathodeDensity_g_cm3: 1.9 },
    "Typical literature value (estimate); structure: Bianchini et al. 2014, Chem. Mater.",
    "Theoretical: 128 mAh g⁻¹ for two Na per formula unit, computed from the formula. Practical 120 mAh g⁻¹ " +
      "and 3.9 V (two plateaus near 3.7 and 4.2 V): typical literature values (estimate). Coating density: estimate."),
  cathode("p2-nnm", "P2-Na₂/₃Ni₁/₃Mn₂/₃O₂", (2 / 3) * W.Na + (1 / 3) * W.Ni + (2 / 3) * W.Mn + 2 * W.O, 2 / 3,
    { cathodeCapacity_mAh_g: 150, cathodeVoltage_V: 3.6, cathodeDensity_g_cm3: 2.6 },
    "Lu & Dahn 2001, J. Electrochem. Soc. (P2 structure and its P2–O2 change on charge above about 4.2 V)",
    "Theoretical: 173 mAh g⁻¹ for all 2/3 Na (Ni²⁺/Ni⁴⁺), computed from the formula. Practical 150 mAh g⁻¹ " +
      "and 3.6 V when charged to about 4.5 V, where capacity fades; below about 4.1 V expect nearer 85–90 mAh g⁻¹: " +
      "typical literature values (estimate). Coating density: estimate."),
  cathode("prussian-white", "Prussian white Na₂Fe[Fe(CN)₆]", 2 * W.Na + 2 * W.Fe + 6 * (W.C + W.N), 2,
    { cathodeCapacity_mAh_g: 150, cathodeVoltage_V: 3.2, cathodeDensity_g_cm3: 1.2 },
    "Wang et al. 2015, J. Am. Chem. Soc. (rhombohedral Prussian white)",
    "Theoretical: 171 mAh g⁻¹ for two Na per formula unit (anhydrous), computed from the formula. Practical " +
      "150 mAh g⁻¹ and 3.2 V: typical literature values (estimate); lattice water lowers both. Coating density: estimate."),
];

/** Inputs a cathode preset sets; cell presets set all the others. */
export const cathodeInputs = ["cathodeCapacity_mAh_g", "cathodeVoltage_V", "cathodeDensity_g_cm3"] as const;

const aluminium = { cathodeFoilDensity_g_cm3: ALUMINIUM_DENSITY_g_cm3, anodeFoilDensity_g_cm3: ALUMINIUM_DENSITY_g_cm3 };

// What every cell preset shares: no host envelope, no first-cycle loss (the presets predate both and keep their
// results), a polyolefin separator, a carbonate electrolyte, the default pouch and the sourced Na-ion reference.
const common = {
  hostThickness_um: 0, firstCycleLoss_pct: 0, separatorDensity_g_cm3: 0.95, electrolyteDensity_g_cm3: 1.2,
  footprint_cm2: 40, layerCount: 20, pouchMass_g: 4, pouchThickness_um: 250,
  hardCarbonCapacity_mAh_g: HARD_CARBON_CAPACITY_mAh_g, hardCarbonDensity_g_cm3: HARD_CARBON_COATING_DENSITY_g_cm3,
  hardCarbonNpRatio: HARD_CARBON_NP_RATIO, hardCarbonFirstCycleLoss_pct: HARD_CARBON_FIRST_CYCLE_LOSS_pct,
  hardCarbonPotential_V: HARD_CARBON_POTENTIAL_V,
};

/** Cell designs; each sets every input but the cathode chemistry, except ref. 84, which also sets its NVP. */
export const cellPresets: readonly EnergyPreset[] = [
  {
    id: "lab-coin",
    label: "Lab coin cell",
    values: {
      ...common, separatorDensity_g_cm3: 2.5,
      activeFraction: 0.7, arealCapacity_mAh_cm2: 0.5, npRatio: 60, hostMass_mg_cm2: 0, hostDensity_g_cm3: 2,
      wettingAgentMass_mg_cm2: 0, wettingAgentDensity_g_cm3: 7, ...aluminium, cathodeFoil_um: 20, anodeFoil_um: 0,
      separatorMass_mg_cm2: 12, separatorThickness_um: 650,
      electrolyte_g_Ah: 150, packagingMassFraction: 0.1, packagingVolumeFraction: 0.1,
    },
    source: "Typical literature values (estimate)",
    note: "Estimates for a common lab build: 70:20:10 cathode at 0.5 mAh cm⁻², a Na disc about 270 µm thick " +
      "(N/P = 60) with no foil under it, a glass-fibre separator (solid density 2.5 g cm⁻³) and about 75 mg of electrolyte per cm² of " +
      "cathode. The model stacks double-sided electrodes, unlike a coin cell's single pair. Packaging is set as for " +
      "the pouch so that only the electrode choices differ; a real coin-cell case weighs grams and would dominate.",
  },
  {
    id: "practical-pouch",
    label: "Practical pouch",
    values: {
      ...common,
      activeFraction: 0.9, arealCapacity_mAh_cm2: 3, npRatio: 1, hostMass_mg_cm2: 1, hostDensity_g_cm3: 2,
      wettingAgentMass_mg_cm2: 0.2, wettingAgentDensity_g_cm3: 7, ...aluminium, cathodeFoil_um: 12, anodeFoil_um: 12,
      separatorMass_mg_cm2: 1.2, separatorThickness_um: 20,
      electrolyte_g_Ah: 3, packagingMassFraction: 0.1, packagingVolumeFraction: 0.1,
    },
    source: "Liu et al. 2019, Nat. Energy (conditions for practical Li-metal pouch cells), adapted",
    note: "Lean electrolyte (3 g Ah⁻¹), low N/P and a loading of a few mAh cm⁻² follow the conditions set out " +
      "for practical Li-metal pouch cells; the exact numbers here, the foils, separator, host and packaging are " +
      "our estimates. With the NVP cathode this is the calculator's default design.",
  },
  {
    id: "ref-84",
    label: "Ref. 84: rGO/MXene host, NVP, N/P = 3.8",
    values: {
      ...common, ...cathodePresets[0].values, activeFraction: 0.9, arealCapacity_mAh_cm2: 3, npRatio: 3.8,
      hostMass_mg_cm2: 1.5, hostDensity_g_cm3: 2.5, wettingAgentMass_mg_cm2: 0, wettingAgentDensity_g_cm3: 7,
      ...aluminium, cathodeFoil_um: 12, anodeFoil_um: 12, separatorMass_mg_cm2: 1.2, separatorThickness_um: 20,
      electrolyte_g_Ah: 3, packagingMassFraction: 0.1, packagingVolumeFraction: 0.1,
    },
    source: "Wang et al. 2021, Energy Fuels",
    ref: 84,
    note: "From the review (Table 2): NVP cathode, rGO/MXene film host, N/P = 3.8. The rest is the practical " +
      "pouch, so the preset asks what this anode would give in a practical cell. The MXene is counted in the " +
      "host, so the wetting agent is 0; host mass (1.5 mg cm⁻²) and skeleton density (2.5 g cm⁻³) are estimates.",
  },
];

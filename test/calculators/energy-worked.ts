/**
 * The energy-density calculator's worked case, with every input stated and every result computed by hand
 * (below), shared by the tests of energy-stack, energy-density, energy-formula and energy-breakdown.
 */
import type { EnergyDesign } from "../../src/calculators/energy-stack";

export const worked: EnergyDesign = {
  cathodeCapacity_mAh_g: 100, cathodeVoltage_V: 3.5, activeFraction: 0.8, arealCapacity_mAh_cm2: 2,
  cathodeDensity_g_cm3: 2.5, npRatio: 2, hostMass_mg_cm2: 2, hostDensity_g_cm3: 2, wettingAgentMass_mg_cm2: 0.5,
  wettingAgentDensity_g_cm3: 5, cathodeFoil_um: 10, cathodeFoilDensity_g_cm3: 2.7, anodeFoil_um: 10,
  anodeFoilDensity_g_cm3: 2.7, separatorMass_mg_cm2: 1, separatorThickness_um: 25, electrolyte_g_Ah: 2.5,
  packagingMassFraction: 0.2, packagingVolumeFraction: 0.25,
  // Added with the host envelope, first-cycle loss, pouch and Na-ion reference; the first two at 0 leave the
  // case above as it was worked.
  hostThickness_um: 0, firstCycleLoss_pct: 0, separatorDensity_g_cm3: 0.95, electrolyteDensity_g_cm3: 1.2,
  footprint_cm2: 50, layerCount: 10, pouchMass_g: 2.5, pouchThickness_um: 200,
  hardCarbonCapacity_mAh_g: 300, hardCarbonDensity_g_cm3: 1, hardCarbonNpRatio: 1.1, hardCarbonFirstCycleLoss_pct: 17,
  hardCarbonPotential_V: 0.25,
};

// By hand, per cm² of cathode coating:
//   active = 2 mAh / 100 mAh g⁻¹ = 0.020 g = 20 mg; coating = 20 / 0.8 = 25 mg (5 mg of binder and carbon)
//   coating thickness = 0.025 g / 2.5 g cm⁻³ = 0.010 cm = 100 µm
//   half foils: 5 µm × 2.7 g cm⁻³ = 5e-4 cm × 2.7 g cm⁻³ = 1.35 mg each
//   Na: N/P 2 × 2 mAh = 4 mAh; 4 mAh / 1165.80 mAh g⁻¹ = 3.4311 mg; 3.4311e-3 g / 0.968 g cm⁻³ = 35.445 µm
//   host 2 mg / 2 g cm⁻³ = 10 µm; wetting agent 0.5 mg / 5 g cm⁻³ = 1 µm; electrolyte 2.5 g Ah⁻¹ × 2 mAh = 5 mg
//   stack mass      = 25 + 1.35 + 1 + 3.4311 + 2 + 0.5 + 1.35 + 5 = 39.6311 mg cm⁻²
//   stack thickness = 100 + 5 + 25 + 35.445 + 10 + 1 + 5           = 181.445 µm
//   energy = 2 mAh × 3.5 V = 7 mWh
//   stack: 7 mWh / 39.6311 mg = 176.629 Wh kg⁻¹;  7 mWh / 0.0181445 cm³ = 385.791 Wh L⁻¹
//   cell:  176.629 × (1 − 0.2) = 141.303 Wh kg⁻¹;  385.791 × (1 − 0.25) = 289.343 Wh L⁻¹
//   charged: + 2 mAh of dense Na = 2 / 1165.80 g / 0.968 g cm⁻³ = 17.7227 µm → 199.168 µm, 263.596 Wh L⁻¹ (cell)
//   Na utilization = 1 / (2 + 1) = 33.33 %
export const hand = {
  naMass_mg_cm2: 3.4311,
  naThickness_um: 35.445,
  stackMass_mg_cm2: 39.6311,
  stackThickness_um: 181.445,
  stackSpecificEnergy_Wh_kg: 176.629,
  stackEnergyDensity_Wh_L: 385.791,
  specificEnergy_Wh_kg: 141.303,
  energyDensity_Wh_L: 289.343,
  chargedStackThickness_um: 199.168,
  chargedEnergyDensity_Wh_L: 263.596,
  naUtilization_pct: 100 / 3,
} as const;

/**
 * The same cell in a real pouch with its Na in a 100 µm host envelope (a carbon paper), worked by hand.
 *   Na layer solids, discharged: Na 35.445 + host 10 + wetting agent 1 = 46.445 µm < 100 µm, so the layer is
 *   100 µm and 53.555 µm of it is empty pores.
 *   First-cycle loss 5 % < N/P 2, so the reserve makes it up: the cell still delivers 2 mAh, 7 mWh.
 *   Charged: + 17.7227 µm of plated Na → solids 64.168 µm, still inside 100 µm: the layer does not grow.
 *   stack thickness = 100 (coating) + 5 + 25 + 100 (Na layer) + 5 = 235 µm, charged and discharged alike
 *   pouch: 2.5 g over 50 cm² × 10 coatings = 5 mg cm⁻²; 200 µm over 10 units = 20 µm per unit
 *   cell: 7 mWh / (39.6311 + 5) mg = 156.841 Wh kg⁻¹;  7 mWh / (235 + 20) µm = 274.510 Wh L⁻¹ (both states)
 *   stack: 7 mWh / 235 µm = 297.872 Wh L⁻¹
 *   utilizations: 1/(1 + 2) = 33.3 %; the anode's depth of discharge 1/2 = 50 %
 *   pores to fill: separator 25 − 10 × 1 / 0.95 = 14.474 µm, host 53.555 µm, 68.029 µm in all; the electrolyte,
 *   5 mg / 1.2 g cm⁻³ = 41.667 µm, falls short; filling them takes 68.029 × 1.2 / 10 / 2 = 4.08 g Ah⁻¹.
 */
export const pouchWithEnvelope: EnergyDesign = { ...worked, hostThickness_um: 100, firstCycleLoss_pct: 5 };
export const handPouch = {
  stackThickness_um: 235,
  chargedStackThickness_um: 235,
  stackEnergyDensity_Wh_L: 297.872,
  specificEnergy_Wh_kg: 156.841,
  energyDensity_Wh_L: 274.510,
  chargedEnergyDensity_Wh_L: 274.510,
  naUtilization_pct: 100 / 3,
  anodeDepthOfDischarge_pct: 50,
} as const;

/**
 * The Na-ion reference of the worked case (packaging as fractions), by hand:
 *   hard carbon: 1.1 × 2 mAh / 300 mAh g⁻¹ / 0.92 = 7.9710 mg, 79.710 µm at 1 g cm⁻³
 *   mass = 25 + 1.35 + 1 + 7.9710 + 1.35 + 5 = 41.6710 mg;  thickness = 100 + 5 + 25 + 79.710 + 5 = 214.710 µm
 *   energy = 2 mAh × (1 − 0.17) × (3.5 − 0.25) V = 5.395 mWh
 *   cell: 5.395 / 41.6710 × 1000 × 0.8 = 103.573 Wh kg⁻¹;  5.395 / 214.710 × 10⁴ × 0.75 = 188.452 Wh L⁻¹
 *   Na metal's gain: 141.303 / 103.573 − 1 = 36.43 %;  263.596 / 188.452 − 1 = 39.87 % (charged Wh L⁻¹)
 */
export const handNaIon = {
  naIonSpecificEnergy_Wh_kg: 103.573,
  naIonEnergyDensity_Wh_L: 188.452,
  specificEnergyGain_pct: 36.428,
  energyDensityGain_pct: 39.875,
} as const;

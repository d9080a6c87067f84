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

/**
 * The energy-density calculator's inputs: names (the URL contract), labels, units, physical ranges and the
 * default design — an NVP | Na-in-carbon-host pouch cell with lean electrolyte and N/P = 1.
 */
import {
  ALUMINIUM_DENSITY_g_cm3, HARD_CARBON_CAPACITY_mAh_g, HARD_CARBON_COATING_DENSITY_g_cm3, HARD_CARBON_FIRST_CYCLE_LOSS_pct,
  HARD_CARBON_NP_RATIO, HARD_CARBON_POTENTIAL_V,
} from "./constants";
import type { NumberField } from "./fields";
import type { EnergyDesign, EnergyInput, PackagingMode } from "./energy-stack";

// No element is denser than osmium (22.59 g cm⁻³), so 25 g cm⁻³ bounds every density physically.
const DENSITY_MAX_g_cm3 = 25;
const density = (name: EnergyInput, label: string, value: number, help: string): NumberField => ({
  name, label, unit: "g cm⁻³", default: value, min: 0, minExclusive: true, max: DENSITY_MAX_g_cm3, step: 0.01, help,
});

/** Every numeric input, keyed by its URL name. */
export const fields = {
  cathodeCapacity_mAh_g: {
    name: "cathodeCapacity_mAh_g", label: "Cathode specific capacity", unit: "mAh g⁻¹", default: 110,
    min: 0, minExclusive: true, max: 2000, step: 1,
    help: "Capacity per gram of active material as cycled in the full cell (practical, not theoretical).",
  },
  cathodeVoltage_V: {
    name: "cathodeVoltage_V", label: "Average voltage", unit: "V", default: 3.4,
    min: 0, minExclusive: true, max: 6, step: 0.01,
    help: "Average discharge voltage of the full cell.",
  },
  activeFraction: {
    name: "activeFraction", label: "Active-material fraction", unit: "", default: 0.9,
    min: 0, minExclusive: true, max: 1, step: 0.01,
    help: "Share of the cathode coating's mass that stores charge; binder and carbon make up the rest.",
  },
  arealCapacity_mAh_cm2: {
    name: "arealCapacity_mAh_cm2", label: "Areal capacity", unit: "mAh cm⁻²", default: 3,
    min: 0, minExclusive: true, max: 100, step: 0.1,
    help: "Capacity of one cathode coating per cm².",
  },
  cathodeDensity_g_cm3: density("cathodeDensity_g_cm3", "Cathode coating density", 1.9,
    "Coating mass divided by coating volume, pores included."),
  npRatio: {
    name: "npRatio", label: "N/P ratio", unit: "", default: 1, min: 0, max: 1000, step: 0.1,
    help: "Capacity of the Na metal as assembled divided by the cathode's areal capacity; 0 is anode-free.",
  },
  hostThickness_um: {
    name: "hostThickness_um", label: "Host envelope thickness", unit: "µm", default: 0, min: 0, max: 10000, step: 1,
    help: "Thickness of the porous host as a whole (a carbon paper or felt is 50–200 µm); 0 counts only its solid volume.",
  },
  firstCycleLoss_pct: {
    name: "firstCycleLoss_pct", label: "First-cycle loss", unit: "%", default: 0, min: 0, max: 100, maxExclusive: true, step: 1,
    help: "Share of the first charge lost to the SEI for good; the Na metal reserve makes it up as far as it goes.",
  },
  hostMass_mg_cm2: {
    name: "hostMass_mg_cm2", label: "Host areal mass", unit: "mg cm⁻²", default: 1, min: 0, max: 1000, step: 0.1,
    help: "Mass of the 3D host per cm² of anode; 0 for bare Na foil.",
  },
  hostDensity_g_cm3: density("hostDensity_g_cm3", "Host skeleton density", 2,
    "Density of the host's solid (not of the porous host as a whole)."),
  wettingAgentMass_mg_cm2: {
    name: "wettingAgentMass_mg_cm2", label: "Wetting-agent areal mass", unit: "mg cm⁻²", default: 0.2,
    min: 0, max: 1000, step: 0.01,
    help: "Mass of the sodiophilic coating, alloy or additive per cm² of anode.",
  },
  wettingAgentDensity_g_cm3: density("wettingAgentDensity_g_cm3", "Wetting-agent density", 7,
    "Density of the wetting agent; Sn and SnO₂ are near 7 g cm⁻³."),
  cathodeFoil_um: {
    name: "cathodeFoil_um", label: "Cathode foil thickness", unit: "µm", default: 12, min: 0, max: 10000, step: 1,
    help: "Whole foil; each repeat unit carries half of it, as the foil is coated on both sides.",
  },
  cathodeFoilDensity_g_cm3: density("cathodeFoilDensity_g_cm3", "Cathode foil density", ALUMINIUM_DENSITY_g_cm3,
    "Aluminium is 2.70 g cm⁻³."),
  anodeFoil_um: {
    name: "anodeFoil_um", label: "Anode foil thickness", unit: "µm", default: 12, min: 0, max: 10000, step: 1,
    help: "Whole foil; each repeat unit carries half of it.",
  },
  anodeFoilDensity_g_cm3: density("anodeFoilDensity_g_cm3", "Anode foil density", ALUMINIUM_DENSITY_g_cm3,
    "Na does not alloy with aluminium, so Al can replace Cu (8.96 g cm⁻³) on the anode side."),
  separatorMass_mg_cm2: {
    name: "separatorMass_mg_cm2", label: "Separator areal mass", unit: "mg cm⁻²", default: 1.2,
    min: 0, max: 1000, step: 0.1,
    help: "Dry separator; the electrolyte in its pores is counted with the electrolyte.",
  },
  separatorThickness_um: {
    name: "separatorThickness_um", label: "Separator thickness", unit: "µm", default: 20,
    min: 0, max: 10000, step: 1,
  },
  separatorDensity_g_cm3: density("separatorDensity_g_cm3", "Separator solid density", 0.95,
    "Density of the separator's polymer or glass (polyethylene about 0.95 g cm⁻³, glass fibre about 2.5); sets its porosity."),
  electrolyte_g_Ah: {
    name: "electrolyte_g_Ah", label: "Electrolyte amount", unit: "g Ah⁻¹", default: 3, min: 0, max: 1000, step: 0.1,
    help: "Electrolyte mass per Ah of cell capacity; lean pouch cells aim near 3, coin cells often exceed 50.",
  },
  electrolyteDensity_g_cm3: density("electrolyteDensity_g_cm3", "Electrolyte density", 1.2,
    "1 M Na salts in carbonates lie near 1.2–1.3 g cm⁻³, in glymes near 1.0–1.1 (estimates)."),
  packagingMassFraction: {
    name: "packagingMassFraction", label: "Packaging mass fraction", unit: "", default: 0.1,
    min: 0, max: 1, maxExclusive: true, step: 0.01,
    help: "Share of the finished cell's mass in pouch, tabs and hardware; 1 would be a cell of packaging only.",
  },
  packagingVolumeFraction: {
    name: "packagingVolumeFraction", label: "Packaging volume fraction", unit: "", default: 0.1,
    min: 0, max: 1, maxExclusive: true, step: 0.01,
    help: "Share of the finished cell's volume in packaging and headspace; must be below 1.",
  },
  footprint_cm2: {
    name: "footprint_cm2", label: "Electrode footprint", unit: "cm²", default: 40, min: 0, minExclusive: true, max: 100000,
    step: 1, help: "Area of one cathode coating; the pouch's sealed margins outside it are not counted.",
  },
  layerCount: {
    name: "layerCount", label: "Repeat units in the pouch", unit: "", default: 20, min: 1, max: 1000, integer: true, step: 1,
    help: "Cathode coatings facing an anode: a stack of n double-sided cathodes holds 2n.",
  },
  pouchMass_g: {
    name: "pouchMass_g", label: "Pouch mass", unit: "g", default: 4, min: 0, max: 10000, step: 0.1,
    help: "Laminate film, tabs and tape (an estimate of 4 g suits a cell of a few Ah).",
  },
  pouchThickness_um: {
    name: "pouchThickness_um", label: "Pouch thickness", unit: "µm", default: 250, min: 0, max: 100000, step: 10,
    help: "What the pouch adds to the stack: two walls of laminate film, each about 0.1–0.15 mm, and any headspace.",
  },
  hardCarbonCapacity_mAh_g: {
    name: "hardCarbonCapacity_mAh_g", label: "Hard-carbon capacity", unit: "mAh g⁻¹", default: HARD_CARBON_CAPACITY_mAh_g,
    min: 0, minExclusive: true, max: 2000, step: 1, help: "About 300 mAh g⁻¹ (Stevens and Dahn, 2000).",
  },
  hardCarbonDensity_g_cm3: density("hardCarbonDensity_g_cm3", "Hard-carbon coating density", HARD_CARBON_COATING_DENSITY_g_cm3,
    "Coating mass over coating volume, pores included (an estimate)."),
  hardCarbonNpRatio: {
    name: "hardCarbonNpRatio", label: "Na-ion N/P ratio", unit: "", default: HARD_CARBON_NP_RATIO,
    min: 0, minExclusive: true, max: 1000, step: 0.05,
    help: "Hard-carbon capacity over the cathode's; a little above 1 so that no Na plates on the carbon (an estimate).",
  },
  hardCarbonFirstCycleLoss_pct: {
    name: "hardCarbonFirstCycleLoss_pct", label: "Hard-carbon first-cycle loss", unit: "%",
    default: HARD_CARBON_FIRST_CYCLE_LOSS_pct, min: 0, max: 100, maxExclusive: true, step: 1,
    help: "Taken from the cathode's Na, with no reserve to make it up: 17 % is a first-cycle efficiency of 83 % (Luo et al., 2015).",
  },
  hardCarbonPotential_V: {
    name: "hardCarbonPotential_V", label: "Hard-carbon average potential", unit: "V", default: HARD_CARBON_POTENTIAL_V,
    min: 0, max: 3, step: 0.05, help: "Against Na/Na⁺; the Na-ion cell's voltage is this much below the Na-metal cell's (an estimate).",
  },
} satisfies Record<EnergyInput, NumberField>;

/** Input names in display order. */
export const inputNames = Object.keys(fields) as EnergyInput[];

/** How the form groups its inputs, in display order. */
export const fieldGroups: readonly { id: string; label: string; inputs: readonly EnergyInput[] }[] = [
  { id: "cathode", label: "Cathode",
    inputs: ["cathodeCapacity_mAh_g", "cathodeVoltage_V", "activeFraction", "arealCapacity_mAh_cm2", "cathodeDensity_g_cm3"] },
  { id: "anode", label: "Na anode",
    inputs: ["npRatio", "firstCycleLoss_pct", "hostMass_mg_cm2", "hostDensity_g_cm3", "hostThickness_um",
      "wettingAgentMass_mg_cm2", "wettingAgentDensity_g_cm3"] },
  { id: "inactive", label: "Foils, separator and electrolyte",
    inputs: ["cathodeFoil_um", "cathodeFoilDensity_g_cm3", "anodeFoil_um", "anodeFoilDensity_g_cm3",
      "separatorMass_mg_cm2", "separatorThickness_um", "separatorDensity_g_cm3", "electrolyte_g_Ah", "electrolyteDensity_g_cm3"] },
  { id: "packaging", label: "Packaging",
    inputs: ["packagingMassFraction", "packagingVolumeFraction", "footprint_cm2", "layerCount", "pouchMass_g", "pouchThickness_um"] },
  { id: "na-ion", label: "Na-ion reference: hard-carbon anode",
    inputs: ["hardCarbonCapacity_mAh_g", "hardCarbonDensity_g_cm3", "hardCarbonNpRatio", "hardCarbonFirstCycleLoss_pct",
      "hardCarbonPotential_V"] },
];

/** The packaging inputs each way of counting it reads (the form shows only the chosen way's). */
export const packagingInputs: Record<PackagingMode, readonly EnergyInput[]> = {
  fractions: ["packagingMassFraction", "packagingVolumeFraction"],
  pouch: ["footprint_cm2", "layerCount", "pouchMass_g", "pouchThickness_um"],
};

/** How the packaging choice reads in the form. */
export const packagingOptions: readonly { value: PackagingMode; label: string }[] = [
  { value: "fractions", label: "as shares of the finished cell" },
  { value: "pouch", label: "as a real pouch (mass and thickness)" },
];

/** The default design, from the fields' defaults. */
export const defaults = {} as EnergyDesign;
for (const name of inputNames) defaults[name] = fields[name].default;

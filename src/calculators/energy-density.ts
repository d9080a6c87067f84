/**
 * Cell-level energy density of a Na-metal full cell: reads the design, checks it, and turns the repeat
 * unit's mass and thickness (energy-stack.ts) into specific energy, energy density and Na utilization.
 */
import { checkRange } from "./fields";
import { propagate } from "./uncertainty";
import { emptyOutcome, type Outcome } from "./outcome";
import { fields, inputNames, packagingInputs } from "./energy-fields";
import { hardCarbonInputs, naIonEnergy_mWh_cm2, naIonMass_mg_cm2, naIonThickness_um } from "./energy-na-ion";
import {
  anodeDepthOfDischarge_pct, arealEnergy_mWh_cm2, deliveredCapacity_mAh_cm2, electrolyteVolume_um, energyDensity_Wh_L,
  massBreakdown_mg_cm2, massInputs, naUtilization_pct, pouchMass_mg_cm2, pouchThickness_um, poreVolume_um,
  specificEnergy_Wh_kg, thicknessBreakdown_um, thicknessInputs, total,
  type EnergyDesign, type EnergyInput, type MassDesign, type PackagingMode, type ThicknessDesign,
} from "./energy-stack";

export { defaults, fieldGroups, fields, inputNames, packagingInputs, packagingOptions } from "./energy-fields";
export { packagingModes } from "./energy-stack";
export type { EnergyDesign, EnergyInput, PackagingMode } from "./energy-stack";

/** The packaging choice's URL name and its default. */
export const PACKAGING_PARAM = "packaging";
export const defaultPackaging: PackagingMode = "fractions";

/** Output names (the URL and `<output name>` contract); the first nine are the calculator's original ones. */
export const outputNames = [
  "specificEnergy_Wh_kg", "energyDensity_Wh_L", "stackSpecificEnergy_Wh_kg", "stackEnergyDensity_Wh_L",
  "naUtilization_pct", "stackMass_mg_cm2", "stackThickness_um", "chargedStackThickness_um",
  "chargedEnergyDensity_Wh_L", "chargedStackEnergyDensity_Wh_L", "anodeDepthOfDischarge_pct",
  "naIonSpecificEnergy_Wh_kg", "naIonEnergyDensity_Wh_L", "specificEnergyGain_pct", "energyDensityGain_pct",
] as const;
export type EnergyOutput = (typeof outputNames)[number];

/** How each output is shown: label and unit (the number itself with significant figures, format.ts). */
export const outputSpecs: Record<EnergyOutput, { label: string; unit: string }> = {
  specificEnergy_Wh_kg: { label: "Cell specific energy", unit: "Wh kg⁻¹" },
  energyDensity_Wh_L: { label: "Cell energy density, discharged", unit: "Wh L⁻¹" },
  stackSpecificEnergy_Wh_kg: { label: "Stack specific energy", unit: "Wh kg⁻¹" },
  stackEnergyDensity_Wh_L: { label: "Stack energy density, discharged", unit: "Wh L⁻¹" },
  naUtilization_pct: { label: "Na utilization of the whole inventory, 1/(1 + N/P)", unit: "%" },
  stackMass_mg_cm2: { label: "Repeat-unit mass", unit: "mg cm⁻²" },
  stackThickness_um: { label: "Repeat-unit thickness, discharged", unit: "µm" },
  chargedStackThickness_um: { label: "Repeat-unit thickness, charged", unit: "µm" },
  chargedEnergyDensity_Wh_L: { label: "Cell energy density, charged (thickest)", unit: "Wh L⁻¹" },
  chargedStackEnergyDensity_Wh_L: { label: "Stack energy density, charged", unit: "Wh L⁻¹" },
  anodeDepthOfDischarge_pct: { label: "Anode depth of discharge, 1/(N/P)", unit: "%" },
  naIonSpecificEnergy_Wh_kg: { label: "Na-ion cell specific energy", unit: "Wh kg⁻¹" },
  naIonEnergyDensity_Wh_L: { label: "Na-ion cell energy density", unit: "Wh L⁻¹" },
  specificEnergyGain_pct: { label: "Na metal's gain in specific energy", unit: "%" },
  energyDensityGain_pct: { label: "Na metal's gain in energy density (charged)", unit: "%" },
};

/** How the results are grouped for display: the finished cell first, then its repeat unit, then the Na-ion reference. */
export const outputGroups: readonly { id: string; label: string; outputs: readonly EnergyOutput[] }[] = [
  { id: "cell", label: "Finished cell, packaging included",
    outputs: ["specificEnergy_Wh_kg", "chargedEnergyDensity_Wh_L", "energyDensity_Wh_L", "naUtilization_pct",
      "anodeDepthOfDischarge_pct"] },
  { id: "stack", label: "Repeat unit, without packaging",
    outputs: ["stackSpecificEnergy_Wh_kg", "chargedStackEnergyDensity_Wh_L", "stackEnergyDensity_Wh_L", "stackMass_mg_cm2",
      "chargedStackThickness_um", "stackThickness_um"] },
  { id: "na-ion", label: "Against a Na-ion cell with a hard-carbon anode",
    outputs: ["naIonSpecificEnergy_Wh_kg", "naIonEnergyDensity_Wh_L", "specificEnergyGain_pct", "energyDensityGain_pct"] },
];

const energyInputs = ["arealCapacity_mAh_cm2", "cathodeVoltage_V", "npRatio", "firstCycleLoss_pct"] as const;
const naIonInputs = [...new Set([...massInputs, ...thicknessInputs, ...hardCarbonInputs, "cathodeVoltage_V"])] as EnergyInput[];
const withEnergy = (names: readonly EnergyInput[]) => [...new Set([...names, ...energyInputs])];

/** The inputs each output is computed from under a packaging choice; an output waits only for its own. */
export function dependencies(packaging: PackagingMode = defaultPackaging): Record<EnergyOutput, readonly EnergyInput[]> {
  const mass = packaging === "fractions" ? ["packagingMassFraction" as const] : packagingInputs.pouch;
  const volume = packaging === "fractions" ? ["packagingVolumeFraction" as const] : packagingInputs.pouch;
  const cellMass = withEnergy([...massInputs, ...mass]);
  const cellVolume = withEnergy([...thicknessInputs, ...volume]);
  return {
    specificEnergy_Wh_kg: cellMass,
    energyDensity_Wh_L: cellVolume,
    stackSpecificEnergy_Wh_kg: withEnergy(massInputs),
    stackEnergyDensity_Wh_L: withEnergy(thicknessInputs),
    naUtilization_pct: ["npRatio", "firstCycleLoss_pct"],
    stackMass_mg_cm2: massInputs,
    stackThickness_um: thicknessInputs,
    chargedStackThickness_um: thicknessInputs,
    chargedEnergyDensity_Wh_L: cellVolume,
    chargedStackEnergyDensity_Wh_L: withEnergy(thicknessInputs),
    anodeDepthOfDischarge_pct: ["npRatio", "firstCycleLoss_pct"],
    naIonSpecificEnergy_Wh_kg: [...naIonInputs, ...mass],
    naIonEnergyDensity_Wh_L: [...naIonInputs, ...volume],
    specificEnergyGain_pct: [...new Set([...cellMass, ...naIonInputs])],
    energyDensityGain_pct: [...new Set([...cellVolume, ...naIonInputs])],
  };
}

/** The inputs each output is computed from with packaging as fractions (the default). */
export const dependsOn = dependencies();

// "Cathode coating density" → "cathode coating density", but "N/P ratio" stays as it is.
const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label);

/** Why an output waits: "Needs a valid N/P ratio." or "Needs valid a, b and c." */
export function needsMessage(missing: readonly EnergyInput[]): string {
  const names = missing.map((n) => inSentence(fields[n].label));
  if (names.length === 1) return `Needs a valid ${names[0]}.`;
  return `Needs valid ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}.`;
}

/** Keeps the inputs that are finite and in range; the others get their field's message. */
export function readDesign(values: Partial<Record<EnergyInput, number>>): {
  design: Partial<EnergyDesign>;
  errors: Partial<Record<EnergyInput, string>>;
} {
  const design: Partial<EnergyDesign> = {};
  const errors: Partial<Record<EnergyInput, string>> = {};
  for (const name of inputNames) {
    const value = values[name];
    if (value === undefined) continue;
    const reading = checkRange(value, fields[name]);
    if (reading.ok) design[name] = reading.value;
    else errors[name] = reading.error;
  }
  return { design, errors };
}

/** The whole design when every input is present and valid, else undefined. */
export function validDesign(values: Partial<Record<EnergyInput, number>>): EnergyDesign | undefined {
  const { design } = readDesign(values);
  return inputNames.every((n) => design[n] !== undefined) ? (design as EnergyDesign) : undefined;
}

// An overflowed mass or thickness would turn into a specific energy of exactly 0: refuse it instead.
const computable = (x: number) => Number.isFinite(x) && x > 0;
const TOO_EXTREME = "The inputs are too extreme to compute with; check their orders of magnitude.";
const NO_NA_METAL = "An anode-free cell (N/P = 0) has no Na metal at assembly, so its anode has no depth of discharge.";
const fixed = (x: number, digits = 1) => String(Number(x.toFixed(digits)));

/**
 * A cell total per cm² from its stack's, with the packaging counted as `packaging` says: as a share `fraction`
 * of the finished cell (stack ÷ (1 − fraction)), or as a real pouch's `pouch` per repeat unit added on.
 */
function withPackaging(stack: number, packaging: PackagingMode, fraction: number | undefined, pouch: number | undefined) {
  if (packaging === "pouch") return pouch === undefined ? undefined : stack + pouch;
  return fraction === undefined ? undefined : stack / (1 - fraction);
}

/**
 * Computes every output its inputs allow, per 1 cm² of cathode coating. Never throws; outputs are finite.
 * Volumes are given in both states: discharged, and charged with the cycled Na plated on the anode
 * (filling a host envelope's empty pores first). The Na-ion reference swaps the Na layer for hard carbon.
 */
export function compute(
  values: Partial<Record<EnergyInput, number>>,
  packaging: PackagingMode = defaultPackaging,
): Outcome<EnergyInput, EnergyOutput> {
  const outcome = emptyOutcome<EnergyInput, EnergyOutput>();
  const { design: d, errors } = readDesign(values);
  outcome.errors = errors;
  // Inputs that are in range one by one but impossible together: flagged on the field, and not used.
  if (d.hardCarbonPotential_V !== undefined && d.cathodeVoltage_V !== undefined && d.hardCarbonPotential_V >= d.cathodeVoltage_V) {
    errors.hardCarbonPotential_V = "Hard-carbon average potential must be below the average voltage.";
    delete d.hardCarbonPotential_V;
  }
  const has = (names: readonly EnergyInput[]) => names.every((n) => d[n] !== undefined);
  const pouch = has(packagingInputs.pouch) ? d as Pick<EnergyDesign, (typeof packagingInputs.pouch)[number]> : undefined;
  const pouchMass = pouch && pouchMass_mg_cm2(pouch);
  const pouchThickness = pouch && pouchThickness_um(pouch);
  const cellMass = (stack: number) => withPackaging(stack, packaging, d.packagingMassFraction, pouchMass);
  const cellThickness = (stack: number) => withPackaging(stack, packaging, d.packagingVolumeFraction, pouchThickness);
  const perMass = (energy: number, mass: number | undefined) =>
    mass === undefined ? undefined : computable(mass) ? specificEnergy_Wh_kg(energy, mass) : NaN;
  const perVolume = (energy: number, thickness: number | undefined) =>
    thickness === undefined ? undefined : computable(thickness) ? energyDensity_Wh_L(energy, thickness) : NaN;

  const raw: Partial<Record<EnergyOutput, number>> = {};
  const energy = has(energyInputs) ? arealEnergy_mWh_cm2(d as EnergyDesign) : undefined;
  if (d.npRatio !== undefined && d.firstCycleLoss_pct !== undefined) {
    raw.naUtilization_pct = naUtilization_pct(d.npRatio, d.firstCycleLoss_pct);
    if (d.npRatio > 0) raw.anodeDepthOfDischarge_pct = anodeDepthOfDischarge_pct(d.npRatio, d.firstCycleLoss_pct);
  }
  if (has(massInputs)) {
    const mass = total(massBreakdown_mg_cm2(d as MassDesign));
    raw.stackMass_mg_cm2 = mass;
    if (energy !== undefined) {
      raw.stackSpecificEnergy_Wh_kg = perMass(energy, mass);
      raw.specificEnergy_Wh_kg = perMass(energy, cellMass(mass));
    }
  }
  if (has(thicknessInputs)) {
    const discharged = total(thicknessBreakdown_um(d as ThicknessDesign));
    const charged = total(thicknessBreakdown_um(d as ThicknessDesign, "charged"));
    raw.stackThickness_um = discharged;
    raw.chargedStackThickness_um = charged;
    if (energy !== undefined) {
      raw.stackEnergyDensity_Wh_L = perVolume(energy, discharged);
      raw.chargedStackEnergyDensity_Wh_L = perVolume(energy, charged);
      raw.energyDensity_Wh_L = perVolume(energy, cellThickness(discharged));
      raw.chargedEnergyDensity_Wh_L = perVolume(energy, cellThickness(charged));
    }
  }
  if (has(naIonInputs)) {
    const naIon = naIonEnergy_mWh_cm2(d as EnergyDesign);
    raw.naIonSpecificEnergy_Wh_kg = perMass(naIon, cellMass(naIonMass_mg_cm2(d as EnergyDesign)));
    raw.naIonEnergyDensity_Wh_L = perVolume(naIon, cellThickness(naIonThickness_um(d as EnergyDesign)));
    const gain = (metal?: number, ion?: number) => (metal === undefined || ion === undefined ? undefined : 100 * (metal / ion - 1));
    raw.specificEnergyGain_pct = gain(raw.specificEnergy_Wh_kg, raw.naIonSpecificEnergy_Wh_kg);
    raw.energyDensityGain_pct = gain(raw.chargedEnergyDensity_Wh_L, raw.naIonEnergyDensity_Wh_L);
  }

  const needs = dependencies(packaging);
  for (const name of outputNames) {
    const value = raw[name];
    // Gains compare two cells and may be negative; every other output is a size or an energy.
    const inRange = name.endsWith("Gain_pct") ? value !== undefined && Number.isFinite(value) : value !== undefined && Number.isFinite(value) && value >= 0;
    if (inRange) {
      outcome.outputs[name] = value;
    } else if (name === "anodeDepthOfDischarge_pct" && d.npRatio === 0) {
      outcome.unavailable[name] = NO_NA_METAL;
    } else if (value === undefined && needs[name].some((n) => d[n] === undefined)) {
      outcome.unavailable[name] = needsMessage(needs[name].filter((n) => d[n] === undefined));
    } else {
      outcome.unavailable[name] = TOO_EXTREME;
    }
  }
  warn(outcome, d);
  return outcome;
}

/** Remarks on a design that computes but deserves a second look. */
function warn(outcome: Outcome<EnergyInput, EnergyOutput>, d: Partial<EnergyDesign>) {
  if (d.npRatio === 0) {
    outcome.warnings.push(
      "Anode-free (N/P = 0): the cell is built with no Na metal, so any Na lost to side reactions " +
        "is taken from the cathode's capacity.",
    );
  }
  if (d.npRatio !== undefined && d.firstCycleLoss_pct !== undefined && d.firstCycleLoss_pct / 100 > d.npRatio) {
    const kept = 100 * Math.min(1, 1 + d.npRatio - d.firstCycleLoss_pct / 100);
    outcome.warnings.push(
      `The first-cycle loss (${fixed(d.firstCycleLoss_pct)} %) is more than the Na reserve can make up ` +
        `(N/P = ${fixed(d.npRatio, 2)}): the cell keeps ${fixed(kept)} % of the cathode's capacity after its first cycle.`,
    );
  }
  const full = d as EnergyDesign;
  if (has(d, thicknessInputs) && d.hostThickness_um! > 0) {
    const solids = (state: "discharged" | "charged") => {
      const t = thicknessBreakdown_um(full, state);
      return t.sodium + t.host + t.wettingAgent;
    };
    const [discharged, charged] = [solids("discharged"), solids("charged")];
    if (discharged > d.hostThickness_um!) {
      outcome.warnings.push(
        `The host envelope (${fixed(d.hostThickness_um!)} µm) is thinner than the Na layer's solids ` +
          `(${fixed(discharged)} µm) even discharged; the layer is taken as thick as its solids.`,
      );
    } else if (charged > d.hostThickness_um!) {
      outcome.warnings.push(
        `Charged, the Na no longer fits in the host's pores: the layer grows ${fixed(charged - d.hostThickness_um!)} µm ` +
          `beyond its ${fixed(d.hostThickness_um!)} µm envelope.`,
      );
    }
  }
  const poreInputs = [...thicknessInputs, "separatorMass_mg_cm2", "separatorDensity_g_cm3", "electrolyte_g_Ah", "electrolyteDensity_g_cm3"] as const;
  if (has(d, poreInputs)) {
    const pores = poreVolume_um(full);
    const electrolyte = electrolyteVolume_um(full);
    if (pores.separator < 0) {
      outcome.warnings.push(
        `The separator's mass and solid density make its solid ${fixed(full.separatorThickness_um - pores.separator)} µm thick, ` +
          `more than the ${fixed(full.separatorThickness_um)} µm entered: check the three.`,
      );
    } else if (electrolyte < pores.separator + pores.host) {
      const need = ((pores.separator + pores.host) * full.electrolyteDensity_g_cm3) / 10 / full.arealCapacity_mAh_cm2;
      outcome.warnings.push(
        `The electrolyte (${fixed(electrolyte)} µm of liquid per cm²) cannot fill the separator's pores ` +
          `(${fixed(pores.separator)} µm) and the host's (${fixed(pores.host)} µm), let alone the cathode's: ` +
          `the cell would run partly dry. Filling those two alone takes at least ${fixed(need, 2)} g Ah⁻¹.`,
      );
    }
  }
}

const has = (d: Partial<EnergyDesign>, names: readonly EnergyInput[]) => names.every((n) => d[n] !== undefined);

/**
 * Standard uncertainty of every result, propagated to first order (uncertainty.ts `propagate`: GUM, uncorrelated
 * inputs) from the inputs given with one. At the model's kinks — the host envelope's max and the first-cycle
 * loss's min — the central difference gives the mean of the two slopes. Empty when no input is uncertain.
 * @param uncertainties Standard uncertainties of some inputs, in their units.
 */
export function resultUncertainties(
  values: Partial<Record<EnergyInput, number>>,
  uncertainties: Partial<Record<EnergyInput, number>>,
  packaging: PackagingMode = defaultPackaging,
): Partial<Record<EnergyOutput, number>> {
  const given = Object.fromEntries(Object.entries(uncertainties).filter(([, u]) => typeof u === "number" && u > 0)) as Record<string, number>;
  if (Object.keys(given).length === 0) return {};
  const known = Object.fromEntries(Object.entries(values).filter(([, x]) => typeof x === "number")) as Record<string, number>;
  return propagate((x) => compute(x, packaging).outputs as Record<string, number>, known, given);
}

/** The Na metal's share of the stored capacity after the first cycle, 0–1 (1 when the reserve covers the loss). */
export function keptFraction(d: Pick<EnergyDesign, "arealCapacity_mAh_cm2" | "npRatio" | "firstCycleLoss_pct">): number {
  return deliveredCapacity_mAh_cm2(d) / d.arealCapacity_mAh_cm2;
}

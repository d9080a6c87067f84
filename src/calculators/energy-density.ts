/**
 * Cell-level energy density of a Na-metal full cell: reads the design, checks it, and turns the repeat
 * unit's mass and thickness (energy-stack.ts) into specific energy, energy density and Na utilization.
 */
import { checkRange } from "./fields";
import { emptyOutcome, type Outcome } from "./outcome";
import { fields, inputNames } from "./energy-fields";
import {
  arealEnergy_mWh_cm2, energyDensity_Wh_L, massBreakdown_mg_cm2, massInputs, naUtilization_pct,
  platedSodium_um, specificEnergy_Wh_kg, thicknessBreakdown_um, thicknessInputs, total,
  type EnergyDesign, type EnergyInput, type MassDesign, type ThicknessDesign,
} from "./energy-stack";

export { defaults, fieldGroups, fields, inputNames } from "./energy-fields";
export type { EnergyDesign, EnergyInput } from "./energy-stack";

/** Output names (the URL and `<output name>` contract), in display order. */
export const outputNames = [
  "specificEnergy_Wh_kg", "energyDensity_Wh_L", "stackSpecificEnergy_Wh_kg", "stackEnergyDensity_Wh_L",
  "naUtilization_pct", "stackMass_mg_cm2", "stackThickness_um", "chargedStackThickness_um",
  "chargedEnergyDensity_Wh_L",
] as const;
export type EnergyOutput = (typeof outputNames)[number];

/** How each output is shown: label, unit and decimals (for formatFixed). */
export const outputSpecs: Record<EnergyOutput, { label: string; unit: string; decimals: number }> = {
  specificEnergy_Wh_kg: { label: "Cell specific energy", unit: "Wh kg⁻¹", decimals: 0 },
  energyDensity_Wh_L: { label: "Cell energy density (discharged)", unit: "Wh L⁻¹", decimals: 0 },
  stackSpecificEnergy_Wh_kg: { label: "Stack specific energy", unit: "Wh kg⁻¹", decimals: 0 },
  stackEnergyDensity_Wh_L: { label: "Stack energy density (discharged)", unit: "Wh L⁻¹", decimals: 0 },
  naUtilization_pct: { label: "Na utilization", unit: "%", decimals: 1 },
  stackMass_mg_cm2: { label: "Repeat-unit mass", unit: "mg cm⁻²", decimals: 2 },
  stackThickness_um: { label: "Repeat-unit thickness (discharged)", unit: "µm", decimals: 1 },
  chargedStackThickness_um: { label: "Repeat-unit thickness (charged)", unit: "µm", decimals: 1 },
  chargedEnergyDensity_Wh_L: { label: "Cell energy density (charged)", unit: "Wh L⁻¹", decimals: 0 },
};

/** How the results are grouped for display: the finished cell first, then its repeat unit. */
export const outputGroups: readonly { id: string; label: string; outputs: readonly EnergyOutput[] }[] = [
  { id: "cell", label: "Finished cell, packaging included",
    outputs: ["specificEnergy_Wh_kg", "energyDensity_Wh_L", "chargedEnergyDensity_Wh_L", "naUtilization_pct"] },
  { id: "stack", label: "Repeat unit, without packaging",
    outputs: ["stackSpecificEnergy_Wh_kg", "stackEnergyDensity_Wh_L", "stackMass_mg_cm2", "stackThickness_um",
      "chargedStackThickness_um"] },
];

const needsMassAndVoltage = [...massInputs, "cathodeVoltage_V"] as const;
const needsThicknessAndVoltage = [...thicknessInputs, "cathodeVoltage_V"] as const;

/** The inputs each output is computed from; an output waits only for its own. */
export const dependsOn: Record<EnergyOutput, readonly EnergyInput[]> = {
  specificEnergy_Wh_kg: [...needsMassAndVoltage, "packagingMassFraction"],
  energyDensity_Wh_L: [...needsThicknessAndVoltage, "packagingVolumeFraction"],
  stackSpecificEnergy_Wh_kg: needsMassAndVoltage,
  stackEnergyDensity_Wh_L: needsThicknessAndVoltage,
  naUtilization_pct: ["npRatio"],
  stackMass_mg_cm2: massInputs,
  stackThickness_um: thicknessInputs,
  chargedStackThickness_um: thicknessInputs,
  chargedEnergyDensity_Wh_L: [...needsThicknessAndVoltage, "packagingVolumeFraction"],
};

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

/**
 * Computes every output its inputs allow, per 1 cm² of cathode coating. Never throws; outputs are finite.
 * Cell values are stack values × (1 − packaging fraction); volumes are for the discharged state unless
 * "charged" (cycled Na plated as dense metal on the anode).
 */
export function compute(values: Partial<Record<EnergyInput, number>>): Outcome<EnergyInput, EnergyOutput> {
  const outcome = emptyOutcome<EnergyInput, EnergyOutput>();
  const { design: d, errors } = readDesign(values);
  outcome.errors = errors;
  const has = (names: readonly EnergyInput[]) => names.every((n) => d[n] !== undefined);

  const raw: Partial<Record<EnergyOutput, number>> = {};
  if (d.npRatio !== undefined) raw.naUtilization_pct = naUtilization_pct(d.npRatio);
  if (has(massInputs)) {
    raw.stackMass_mg_cm2 = total(massBreakdown_mg_cm2(d as MassDesign));
    if (d.cathodeVoltage_V !== undefined) {
      const stack = computable(raw.stackMass_mg_cm2)
        ? specificEnergy_Wh_kg(arealEnergy_mWh_cm2(d as EnergyDesign), raw.stackMass_mg_cm2)
        : NaN;
      raw.stackSpecificEnergy_Wh_kg = stack;
      if (d.packagingMassFraction !== undefined) raw.specificEnergy_Wh_kg = stack * (1 - d.packagingMassFraction);
    }
  }
  if (has(thicknessInputs)) {
    const thickness = total(thicknessBreakdown_um(d as ThicknessDesign));
    const charged = thickness + platedSodium_um(d.arealCapacity_mAh_cm2!);
    raw.stackThickness_um = thickness;
    raw.chargedStackThickness_um = charged;
    if (d.cathodeVoltage_V !== undefined) {
      const energy = arealEnergy_mWh_cm2(d as EnergyDesign);
      raw.stackEnergyDensity_Wh_L = computable(thickness) ? energyDensity_Wh_L(energy, thickness) : NaN;
      if (d.packagingVolumeFraction !== undefined) {
        const keep = 1 - d.packagingVolumeFraction;
        raw.energyDensity_Wh_L = raw.stackEnergyDensity_Wh_L * keep;
        raw.chargedEnergyDensity_Wh_L = computable(charged) ? energyDensity_Wh_L(energy, charged) * keep : NaN;
      }
    }
  }

  for (const name of outputNames) {
    const value = raw[name];
    if (value === undefined) {
      outcome.unavailable[name] = needsMessage(dependsOn[name].filter((n) => d[n] === undefined));
    } else if (Number.isFinite(value) && value >= 0) {
      outcome.outputs[name] = value;
    } else {
      outcome.unavailable[name] = TOO_EXTREME;
    }
  }
  if (d.npRatio === 0) {
    outcome.warnings.push(
      "Anode-free (N/P = 0): the cell is built with no Na metal, so any Na lost to side reactions " +
        "is taken from the cathode's capacity.",
    );
  }
  return outcome;
}

/**
 * The CCD planner's interface: its protocols, its inputs as fields (named as in the URL) in display
 * groups, which input each protocol reads, its outputs with units, and the default state.
 */
import type { NumberField } from "./fields.ts";
import { polarizationFields } from "./polarization.ts";
import { sandFields } from "./sand.ts";
import type { Protocol } from "./staircase.ts";

export { protocols, type Protocol } from "./staircase.ts";

export const protocolLabels: Record<Protocol, string> = {
  capacity: "Fixed capacity per half-cycle",
  time: "Fixed time per half-cycle",
};

export const plannerFields = {
  startCurrent_mA_cm2: {
    name: "startCurrent_mA_cm2", label: "Start current density", unit: "mA cm⁻²", default: 0.1, min: 0.001, max: 100, step: 0.05, exact: true,
  },
  stepCurrent_mA_cm2: {
    name: "stepCurrent_mA_cm2", label: "Current step", unit: "mA cm⁻²", default: 0.1, min: 0.001, max: 100, step: 0.05, exact: true,
  },
  maxCurrent_mA_cm2: {
    name: "maxCurrent_mA_cm2", label: "Maximum current density", unit: "mA cm⁻²", default: 1, min: 0.001, max: 100, step: 0.1, exact: true,
  },
  capacityPerHalfCycle_mAh_cm2: {
    name: "capacityPerHalfCycle_mAh_cm2", label: "Capacity per half-cycle", unit: "mAh cm⁻²", default: 0.5, min: 0.001, max: 100, step: 0.1, exact: true,
    help: "Fixed-capacity protocol: each half-cycle lasts capacity / current.",
  },
  halfCycle_h: {
    name: "halfCycle_h", label: "Half-cycle duration", unit: "h", default: 1, min: 1e-4, max: 1000, step: 0.25, exact: true,
    help: "Fixed-time protocol: each half-cycle passes current × time.",
  },
  cyclesPerStep: {
    name: "cyclesPerStep", label: "Cycles per step", unit: "", default: 1, min: 1, max: 1000, integer: true, step: 1,
    help: "Plating/stripping cycles at each current before the next step.",
  },
} satisfies Record<string, NumberField>;

/** Every numeric input of the calculator, keyed by its URL name, in display order. */
export const fields = { ...plannerFields, ...polarizationFields, ...sandFields } satisfies Record<string, NumberField>;
export type CcdInput = keyof typeof fields;
export const inputNames = Object.keys(fields) as CcdInput[];

/** Inputs shown together, with a heading each. */
export const fieldGroups: { title: string; names: CcdInput[] }[] = [
  { title: "Current staircase", names: Object.keys(plannerFields) as CcdInput[] },
  { title: "Polarization of a symmetric solid-electrolyte cell", names: Object.keys(polarizationFields) as CcdInput[] },
  { title: "Sand's time in a liquid electrolyte", names: Object.keys(sandFields) as CcdInput[] },
];

/** The staircase parameter each protocol reads; the other protocol's parameter is ignored. */
export const protocolInputs: Record<Protocol, CcdInput> = { capacity: "capacityPerHalfCycle_mAh_cm2", time: "halfCycle_h" };

export const outputNames = [
  "steps",
  "totalTime_h",
  "cumulativeCapacity_mAh_cm2",
  "polarizationAtMax_mV",
  "sandTime_s",
  "limitingCurrent_mA_cm2",
  "diffusionTime_s",
] as const;
export type CcdOutput = (typeof outputNames)[number];

/** Label and unit of each output. */
export const outputLabels: Record<CcdOutput, { label: string; unit: string }> = {
  steps: { label: "Current steps", unit: "" },
  totalTime_h: { label: "Duration of the whole test", unit: "h" },
  cumulativeCapacity_mAh_cm2: { label: "Na plated over the whole test", unit: "mAh cm⁻²" },
  polarizationAtMax_mV: { label: "Polarization at the maximum current", unit: "mV" },
  sandTime_s: { label: "Sand's time", unit: "s" },
  limitingCurrent_mA_cm2: { label: "Limiting current density across the gap", unit: "mA cm⁻²" },
  diffusionTime_s: { label: "Diffusion time across the gap, L²/D", unit: "s" },
};

export const defaults = Object.fromEntries(inputNames.map((n) => [n, fields[n].default])) as Record<CcdInput, number>;
export const defaultProtocol: Protocol = "capacity";

// ── Resistance convention, uncertainty (limiting current and conventions, issue 14) ──────────────────
export {
  defaultResistanceConvention,
  resistanceConventionLabels,
  resistanceConventions,
  type ResistanceConvention,
} from "./polarization.ts";


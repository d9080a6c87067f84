/**
 * CCD test planner: a current staircase for a symmetric Na cell (staircase.ts), the ohmic polarization it
 * should show (polarization.ts) and, for liquid electrolytes, Sand's time (sand.ts), as one calculator with
 * the inputs and outputs of its URL contract.
 */
import {
  defaultProtocol,
  fields,
  inputNames,
  outputNames,
  protocolInputs,
  type CcdInput,
  type CcdOutput,
} from "./ccd-fields.ts";
import { PRACTICAL_CCD_mA_cm2 } from "./constants.ts";
import { checkRange } from "./fields.ts";
import { emptyOutcome, type Outcome } from "./outcome.ts";
import { symmetricPolarization_mV } from "./polarization.ts";
import { sandTime_s } from "./sand.ts";
import {
  MAX_STEPS,
  planStaircase,
  staircaseTotals,
  stepCount,
  stepCurrent_mA_cm2,
  type Protocol,
  type StepPlan,
} from "./staircase.ts";

export * from "./ccd-fields.ts";

/** A row of the step table: the plan of one step and the polarization predicted for it, in mV. */
export type StepRow = StepPlan & { polarization_mV?: number };

export interface CcdOutcome extends Outcome<CcdInput, CcdOutput> {
  /** One row per current step, empty when the staircase cannot be planned. */
  table: StepRow[];
}

type Values = Partial<Record<CcdInput, number>>;

/** Keeps the values that are finite and within range; flags the others in `errors`. */
function validValues(values: Values, outcome: CcdOutcome): Values {
  const valid: Values = {};
  for (const name of inputNames) {
    const value = values[name];
    if (value === undefined) continue;
    const reading = checkRange(value, fields[name]);
    if (reading.ok) valid[name] = reading.value;
    else outcome.errors[name] = reading.error;
  }
  return valid;
}

/** The reason shown for an output whose inputs are missing, or undefined when none is. */
function missing(values: Values, names: readonly CcdInput[]): string | undefined {
  const absent = names.filter((n) => values[n] === undefined);
  if (absent.length === 0) return undefined;
  const labels = absent.map((n) => fields[n].label.charAt(0).toLowerCase() + fields[n].label.slice(1));
  return `Needs a valid ${labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`}.`;
}

/**
 * Plans the staircase and predicts its polarization and Sand's time. Never throws; every output is a finite
 * number or is listed in `unavailable` with the reason.
 */
export function compute(input: Values, protocol: Protocol = defaultProtocol): CcdOutcome {
  const outcome: CcdOutcome = { ...emptyOutcome<CcdInput, CcdOutput>(), table: [] };
  const v = validValues(input, outcome);
  const staircaseNames = ["startCurrent_mA_cm2", "stepCurrent_mA_cm2", "maxCurrent_mA_cm2"] as const;
  const planNames = [...staircaseNames, protocolInputs[protocol], "cyclesPerStep"] as const;

  let plan: StepPlan[] | undefined;
  const staircaseMissing = missing(v, staircaseNames);
  if (staircaseMissing) {
    for (const o of ["steps", "totalTime_h", "cumulativeCapacity_mAh_cm2"] as const)
      outcome.unavailable[o] = staircaseMissing;
  } else {
    const start = v.startCurrent_mA_cm2!,
      step = v.stepCurrent_mA_cm2!,
      max = v.maxCurrent_mA_cm2!;
    const count = stepCount(start, step, max);
    let problem: string | undefined;
    if (count === 0) {
      problem =
        outcome.errors.maxCurrent_mA_cm2 = `The maximum current density must be at least the start, ${start} mA cm⁻².`;
    } else if (count > MAX_STEPS) {
      problem =
        outcome.errors.stepCurrent_mA_cm2 = `This step gives ${count} steps; plan at most ${MAX_STEPS} (raise the step or lower the maximum).`;
    }
    if (problem) {
      for (const o of ["steps", "totalTime_h", "cumulativeCapacity_mAh_cm2"] as const) outcome.unavailable[o] = problem;
    } else {
      outcome.outputs.steps = count;
      const planMissing = missing(v, planNames);
      if (planMissing) {
        outcome.unavailable.totalTime_h = outcome.unavailable.cumulativeCapacity_mAh_cm2 = planMissing;
      } else {
        plan = planStaircase({
          start_mA_cm2: start,
          step_mA_cm2: step,
          max_mA_cm2: max,
          protocol,
          capacity_mAh_cm2: v.capacityPerHalfCycle_mAh_cm2 ?? 0,
          halfCycle_h: v.halfCycle_h ?? 0,
          cyclesPerStep: v.cyclesPerStep!,
          rest_h: (v.rest_min ?? 0) / 60,
        });
        Object.assign(outcome.outputs, staircaseTotals(plan));
      }
      const last = stepCurrent_mA_cm2(start, step, count - 1);
      if (max - last > 1e-9 * max) {
        outcome.warnings.push(
          `The staircase stops at ${last} mA cm⁻²: whole steps of ${step} mA cm⁻² from ${start} mA cm⁻² do not land on ${max} mA cm⁻².`,
        );
      }
      if (max < PRACTICAL_CCD_mA_cm2) {
        outcome.warnings.push(
          `This test can show a CCD of at most ${max} mA cm⁻², below the ~${PRACTICAL_CCD_mA_cm2} mA cm⁻² that practical cells need [9, 90].`,
        );
      }
    }
  }

  const polarizationNames = [
    "maxCurrent_mA_cm2",
    "interfacialResistance_ohm_cm2",
    "electrolyteThickness_um",
    "ionicConductivity_mS_cm",
  ] as const;
  const polarizationMissing = missing(v, polarizationNames);
  const eta = (j: number) =>
    symmetricPolarization_mV(
      j,
      v.interfacialResistance_ohm_cm2!,
      v.electrolyteThickness_um!,
      v.ionicConductivity_mS_cm!,
    );
  if (polarizationMissing) outcome.unavailable.polarizationAtMax_mV = polarizationMissing;
  else outcome.outputs.polarizationAtMax_mV = eta(v.maxCurrent_mA_cm2!);

  const sandMissing = missing(v, ["sandCurrent_mA_cm2", "diffusivity_cm2_s", "concentration_M", "transferenceNumber"]);
  if (sandMissing) outcome.unavailable.sandTime_s = sandMissing;
  else
    outcome.outputs.sandTime_s = sandTime_s(
      v.sandCurrent_mA_cm2!,
      v.diffusivity_cm2_s!,
      v.concentration_M!,
      v.transferenceNumber!,
    );

  outcome.table = (plan ?? []).map((s) => (polarizationMissing ? s : { ...s, polarization_mV: eta(s.current_mA_cm2) }));

  // The ranges keep every result finite; this guard keeps the contract if a range is ever widened.
  for (const name of outputNames) {
    const value = outcome.outputs[name];
    if (typeof value === "number" && !Number.isFinite(value)) {
      delete outcome.outputs[name];
      outcome.unavailable[name] = "Too large to compute with these inputs.";
    }
  }
  return outcome;
}

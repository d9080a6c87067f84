/**
 * CCD test planner: a current staircase for a symmetric Na cell (staircase.ts), the ohmic polarization it
 * should show (polarization.ts) and, for liquid electrolytes, the limiting current of the gap and Sand's time
 * (sand.ts), as one calculator with the inputs and outputs of its URL contract. Uncertainties typed as
 * `value ± δ` are propagated to first order (uncertainty.ts `propagate`).
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
import { formatNumber } from "./format.ts";
import { emptyOutcome, type Outcome } from "./outcome.ts";
import { defaultResistanceConvention, symmetricPolarization_mV, type ResistanceConvention } from "./polarization.ts";
import { diffusionTime_s, limitingCurrent_mA_cm2, sandTime_s } from "./sand.ts";
import { propagate } from "./uncertainty.ts";
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

/**
 * How a step's half-cycle compares with the liquid electrolyte's Sand's time at the step's current:
 * "steady" at or below the limiting current (the salt never runs out), "outlasts" when Sand's time is at
 * least the half-cycle, "depletes" when the salt runs out before the half-cycle ends.
 */
export type SandVerdict = "steady" | "outlasts" | "depletes";

/**
 * A row of the step table: the plan of one step, the polarization predicted for it, in mV, and, when the
 * liquid-electrolyte inputs are valid, Sand's time at the step's current, in h, with its verdict.
 */
export type StepRow = StepPlan & { polarization_mV?: number; sandTime_h?: number; sandVerdict?: SandVerdict };

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
export function compute(
  input: Values,
  protocol: Protocol = defaultProtocol,
  convention: ResistanceConvention = defaultResistanceConvention,
): CcdOutcome {
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
      convention,
    );
  if (polarizationMissing) outcome.unavailable.polarizationAtMax_mV = polarizationMissing;
  else outcome.outputs.polarizationAtMax_mV = eta(v.maxCurrent_mA_cm2!);

  const diffusionMissing = missing(v, ["sandGap_um", "diffusivity_cm2_s"]);
  if (diffusionMissing) outcome.unavailable.diffusionTime_s = diffusionMissing;
  else outcome.outputs.diffusionTime_s = diffusionTime_s(v.sandGap_um!, v.diffusivity_cm2_s!);

  const limitMissing = missing(v, ["diffusivity_cm2_s", "concentration_M", "transferenceNumber", "sandGap_um"]);
  const jLim = limitMissing
    ? undefined
    : limitingCurrent_mA_cm2(v.diffusivity_cm2_s!, v.concentration_M!, v.transferenceNumber!, v.sandGap_um!);
  if (jLim === undefined) outcome.unavailable.limitingCurrent_mA_cm2 = limitMissing;
  else outcome.outputs.limitingCurrent_mA_cm2 = jLim;
  const tau = (j: number) => sandTime_s(j, v.diffusivity_cm2_s!, v.concentration_M!, v.transferenceNumber!);

  const sandMissing = missing(v, ["sandCurrent_mA_cm2", "diffusivity_cm2_s", "concentration_M", "transferenceNumber", "sandGap_um"]);
  if (sandMissing || jLim === undefined) outcome.unavailable.sandTime_s = sandMissing;
  else if (v.sandCurrent_mA_cm2! <= jLim) {
    const settle = formatNumber(diffusionTime_s(v.sandGap_um!, v.diffusivity_cm2_s!), 3);
    outcome.unavailable.sandTime_s =
      `Never reached: ${v.sandCurrent_mA_cm2} mA cm⁻² is at or below the limiting current, ${formatNumber(jLim, 4)} mA cm⁻², ` +
      `so the salt profile settles (within about L²/D = ${settle} s) and the salt at the electrode never runs out.`;
  } else outcome.outputs.sandTime_s = tau(v.sandCurrent_mA_cm2!);

  outcome.table = (plan ?? []).map((s) => {
    const row: StepRow = polarizationMissing ? { ...s } : { ...s, polarization_mV: eta(s.current_mA_cm2) };
    if (jLim === undefined) return row;
    if (s.current_mA_cm2 <= jLim) return { ...row, sandVerdict: "steady" };
    const sandTime_h = tau(s.current_mA_cm2) / 3600;
    return { ...row, sandTime_h, sandVerdict: sandTime_h < s.halfCycle_h ? "depletes" : "outlasts" };
  });
  const depleting = outcome.table.find((r) => r.sandVerdict === "depletes");
  if (depleting) {
    outcome.warnings.push(
      `In the liquid electrolyte described below, the salt at the plating electrode runs out before the half-cycle ends from ` +
        `${depleting.current_mA_cm2} mA cm⁻² on (Sand's time ${formatNumber(depleting.sandTime_h!, 3)} h against a ` +
        `${formatNumber(depleting.halfCycle_h, 3)} h half-cycle).`,
    );
  }

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

/**
 * The numbers `propagate` differentiates: every numeric output, and each step's polarization and Sand's time
 * as "step<i>.polarization_mV" and "step<i>.sandTime_h" (i from 1), undefined where absent.
 */
export function numericResults(
  values: Values,
  protocol: Protocol = defaultProtocol,
  convention: ResistanceConvention = defaultResistanceConvention,
): Record<string, number | undefined> {
  const outcome = compute(values, protocol, convention);
  const results: Record<string, number | undefined> = {};
  for (const name of outputNames) {
    const value = outcome.outputs[name];
    results[name] = typeof value === "number" ? value : undefined;
  }
  outcome.table.forEach((row, i) => {
    results[`step${i + 1}.polarization_mV`] = row.polarization_mV;
    results[`step${i + 1}.sandTime_h`] = row.sandTime_h;
  });
  return results;
}

/**
 * Standard uncertainties of the results (keys as in `numericResults`), to first order from the inputs typed
 * as `value ± δ` (GUM law of propagation, uncorrelated inputs; see uncertainty.ts). The staircase's settings
 * are exact, so only the polarization, the limiting current, the diffusion time and Sand's time carry one.
 */
export function resultUncertainties(
  values: Values,
  uncertainties: Partial<Record<CcdInput, number>>,
  protocol: Protocol = defaultProtocol,
  convention: ResistanceConvention = defaultResistanceConvention,
): Record<string, number> {
  const given = Object.fromEntries(Object.entries(uncertainties).filter(([, u]) => typeof u === "number" && u > 0)) as Record<string, number>;
  if (Object.keys(given).length === 0) return {};
  const known = Object.fromEntries(Object.entries(values).filter(([, x]) => typeof x === "number")) as Record<string, number>;
  return propagate((x) => numericResults(x, protocol, convention), known, given);
}

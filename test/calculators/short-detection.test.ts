import { describe, expect, it } from "vitest";
import { thresholdDefaults } from "../../src/calculators/ccd-analyser";
import { analyseSteps } from "../../src/calculators/short-detection";
import { exampleModel, syntheticTrace, type SyntheticTraceModel } from "../../src/calculators/synthetic-trace";
import type { Trace } from "../../src/calculators/trace-csv";
import { stepsFromCurrent, stepsFromPlan } from "../../src/calculators/trace-steps";
import { expectClose } from "../helpers/close";
import { generate, realisticCell, staircase } from "../helpers/symmetric-cell-generator";

/** Start of step k of the example staircase plus a fraction of its first half-cycle, in s. */
const timeIn = (k: number, fraction: number) =>
  (exampleModel.plan[k]!.start_h + fraction * exampleModel.plan[k]!.halfCycle_h) * 3600;

function analyse(trace: Trace, thresholds = thresholdDefaults) {
  const segmentation = stepsFromCurrent(trace);
  if (!segmentation.ok) throw new Error(segmentation.error);
  return analyseSteps(trace, segmentation.steps, thresholds);
}

describe("analyseSteps on synthetic traces", () => {
  it.each([
    ["without noise", 0],
    ["with 1 mV of noise", 1],
    ["with 5 mV of noise", 5],
  ])("finds the short at 0.8 mA cm⁻², so a CCD of 0.7 mA cm⁻², %s", (_, noise) => {
    const analysis = analyse(syntheticTrace({ ...exampleModel, noise_mV: noise }));
    expect(analysis.ccd_mA_cm2).toBe(0.7);
    expect(analysis.failure).toMatchObject({ kind: "collapse", stepIndex: 7, current_mA_cm2: 0.8 });
    // The first sample at or after the short, sampled every 10 s.
    expectClose(analysis.failure!.time_s, Math.ceil(timeIn(7, 0.4) / 10) * 10, 1e-6);
    expect(analysis.flags).toEqual([]);
  });

  it("measures each step's plateau and V/j: 398 Ω cm² throughout an ohmic cell", () => {
    const analysis = analyse(syntheticTrace({ ...exampleModel, noise_mV: 0 }));
    expect(analysis.steps).toHaveLength(8);
    for (const s of analysis.steps) expectClose(s.resistance_ohm_cm2, 398, 1e-9);
    expectClose(analysis.steps[2]!.plateau_mV, 119.4, 1e-9);
  });

  it("explains the collapse it found", () => {
    expect(analyse(syntheticTrace({ ...exampleModel, noise_mV: 0 })).failure!.message).toMatchInlineSnapshot(
      `"At 0.8 mA cm⁻² |V| fell from the 318 mV plateau this half-cycle had reached to 1.6 mV and stayed below 0.5 × that plateau for 1340 s: short circuit."`,
    );
  });

  it("finds no short in a cell that survives, and takes the last completed step as the CCD", () => {
    const analysis = analyse(syntheticTrace({ ...exampleModel, shortStep: undefined }));
    expect(analysis.failure).toBeUndefined();
    expect(analysis.ccd_mA_cm2).toBe(1);
  });

  it("catches a step that opens already shorted by comparing with the previous step's V/j", () => {
    const analysis = analyse(syntheticTrace({ ...exampleModel, shortStep: 4, shortAtFraction: 0 }));
    expect(analysis.ccd_mA_cm2).toBe(0.4);
    expect(analysis.failure).toMatchObject({ kind: "collapse", current_mA_cm2: 0.5, time_s: timeIn(4, 0) });
  });

  it("calls a cell at noise level from the first sample shorted from the start", () => {
    const analysis = analyse(syntheticTrace({ ...exampleModel, shortStep: 0, shortAtFraction: 0 }));
    expect(analysis.ccd_mA_cm2).toBeUndefined();
    expect(analysis.failure!.message).toMatchInlineSnapshot(
      `"From the first half-cycle (0.1 mA cm⁻²) |V| stays at 0.727 mV, within twice the noise of 0 V: the cell looks shorted from the start."`,
    );
  });

  it("finds a soft short as noise far above the step's own, without a collapse", () => {
    const trace = syntheticTrace({ ...exampleModel, shortStep: undefined });
    // From 30% into the 0.6 mA cm⁻² step, the voltage jitters by ±40 mV around its plateau.
    const from = Math.ceil(timeIn(5, 0.3) / 10);
    for (let i = from; i < trace.voltage_V.length; i++) trace.voltage_V[i]! += (i % 2 === 0 ? 1 : -1) * 0.04;
    const analysis = analyse(trace);
    expect(analysis.ccd_mA_cm2).toBe(0.5);
    expect(analysis.failure).toMatchObject({ kind: "noise", current_mA_cm2: 0.6 });
    expectClose(analysis.failure!.time_s, from * 10, 32 * 10);
    expect(analysis.failure!.message).toMatchInlineSnapshot(
      `"At 0.6 mA cm⁻² the voltage noise rose to 78.9 mV, above 10 × the 0.608 mV of the last healthy half-cycle, in 2 stretches without |V| collapsing: soft short circuit."`,
    );
  });

  it("does not mistake the reversals between half-cycles for noise or collapse", () => {
    const model: SyntheticTraceModel = { ...exampleModel, shortStep: undefined, noise_mV: 0, samplePeriod_s: 600 };
    const analysis = analyse(syntheticTrace(model));
    expect(analysis.failure).toBeUndefined();
  });

  it("lets the reader move the thresholds: a collapse to 0.5% of the plateau escapes a 0.1% threshold", () => {
    const trace = syntheticTrace(exampleModel);
    expect(analyse(trace, { ...thresholdDefaults, collapseFraction: 0.001 }).failure).toBeUndefined();
    expect(analyse(trace, { ...thresholdDefaults, collapseFraction: 0.01 }).failure?.current_mA_cm2).toBe(0.8);
  });

  it("flags polarization growing faster than the current (contact loss) without calling it a short", () => {
    const trace = syntheticTrace({ ...exampleModel, shortStep: undefined });
    // From the 0.4 mA cm⁻² step on, the cell's resistance doubles.
    const from = exampleModel.plan[3]!.start_h * 360;
    for (let i = from; i < trace.voltage_V.length; i++) trace.voltage_V[i]! *= 2;
    const analysis = analyse(trace);
    expect(analysis.failure).toBeUndefined();
    expect(analysis.flags.map((f) => f.message)).toMatchInlineSnapshot(`
      [
        "At 0.4 mA cm⁻² V/j is 796 Ω cm², more than 1.5 × the first step's 398 Ω cm²: polarization grows faster than ohmic (possible loss of contact).",
      ]
    `);
  });

  it("flags |V| that creeps up within a step at constant current", () => {
    const trace = syntheticTrace({ ...exampleModel, shortStep: undefined, noise_mV: 0 });
    // During the 0.3 mA cm⁻² step the voltage grows linearly to 4 times its plateau (voids opening), and stays so.
    const from = exampleModel.plan[2]!.start_h * 360,
      to = exampleModel.plan[3]!.start_h * 360;
    for (let i = from; i < trace.voltage_V.length; i++) trace.voltage_V[i]! *= 1 + (3 * (Math.min(i, to) - from)) / (to - from);
    const analysis = analyse(trace);
    expect(analysis.failure).toBeUndefined();
    expect(analysis.flags).toHaveLength(1);
    expect(analysis.flags[0]).toMatchObject({ kind: "contact-loss", current_mA_cm2: 0.3 });
  });

  it("gives the same answer from the plan as from the current column", () => {
    const trace = syntheticTrace(exampleModel);
    const bare = { ...trace, current_mA_cm2: null };
    const segmentation = stepsFromPlan(bare, exampleModel.plan);
    if (!segmentation.ok) throw new Error(segmentation.error);
    const fromPlan = analyseSteps(bare, segmentation.steps, thresholdDefaults);
    expect(fromPlan.ccd_mA_cm2).toBe(0.7);
    expect(fromPlan.failure?.time_s).toBe(analyse(trace).failure?.time_s);
  });
});

describe("analyseSteps on realistic polarization", () => {
  // One step at 0.5 mA cm⁻², τ = 120 s and 70 % charge transfer, sampled every second.
  const cell = { ...realisticCell, tau_s: 120, nonOhmicShare: 0.7, samplePeriod_s: 1 };

  it("does not call the build-up after a reversal a short, though |V| stays under half the plateau for about 2 minutes", () => {
    const trace = generate(staircase([0.5], 0.25, 0, 3), cell);
    const found = stepsFromCurrent(trace);
    if (!found.ok) throw new Error(found.error);
    const second = found.steps[0]!.halfCycles[1]!;
    let low = 0;
    for (let i = second.from; i < second.to && Math.abs(trace.voltage_V[i]!) < 0.075; i++) low++;
    expect(low).toBeGreaterThan(100);
    expect(analyseSteps(trace, found.steps, thresholdDefaults).failure).toBeUndefined();
  });

  it("does not call the relaxation in a 10-minute rest a short", () => {
    const trace = generate(staircase([0.5], 0.25, 600, 3), cell);
    const found = stepsFromCurrent(trace);
    if (!found.ok) throw new Error(found.error);
    expect(found.steps[0]!.rests).toHaveLength(6);
    expect(analyseSteps(trace, found.steps, thresholdDefaults).failure).toBeUndefined();
  });

  it("names a soft short and gives the window of its drops", () => {
    const programme = staircase([0.5], 0.25, 0, 3);
    const trace = generate(programme, cell, { kind: "soft", at_s: 2000 });
    const found = stepsFromCurrent(trace);
    if (!found.ok) throw new Error(found.error);
    const failure = analyseSteps(trace, found.steps, thresholdDefaults).failure!;
    expect(failure.kind).toBe("drops");
    expect(failure.window.start_s).toBeGreaterThanOrEqual(2000);
    expect(failure.window.end_s).toBeGreaterThan(failure.window.start_s);
    expect(failure.message).toMatch(/^At 0\.5 mA cm⁻² \|V\| dropped sharply and recovered \d+ times in one half-cycle without staying down: soft short circuit/);
  });
});

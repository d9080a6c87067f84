import { describe, expect, it } from "vitest";
import { planStaircase } from "../../src/calculators/staircase";
import { exampleModel, syntheticTrace } from "../../src/calculators/synthetic-trace";
import type { Trace } from "../../src/calculators/trace-csv";
import { segmentTrace, setPoint, stepsFromCurrent, stepsFromPlan } from "../../src/calculators/trace-steps";
import { generate, realisticCell, staircase } from "../helpers/symmetric-cell-generator";

const model = { ...exampleModel, noise_mV: 0, shortStep: undefined };
const trace = syntheticTrace(model);

function steps(result: ReturnType<typeof segmentTrace>) {
  if (!result.ok) throw new Error(result.error);
  return result.steps;
}

/** A trace from explicit samples: [time s, voltage V, current mA cm⁻²]. */
function traceOf(rows: [number, number, number][]): Trace {
  return {
    time_s: Float64Array.from(rows, (r) => r[0]),
    voltage_V: Float64Array.from(rows, (r) => r[1]),
    current_mA_cm2: Float64Array.from(rows, (r) => r[2]),
  };
}

describe("stepsFromCurrent", () => {
  it("finds the 10 steps of the example, two half-cycles each, all completed", () => {
    const found = steps(stepsFromCurrent(trace));
    expect(found.map((s) => s.current_mA_cm2)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(found.every((s) => s.halfCycles.length === 2 && s.completed)).toBe(true);
    expect(found[1]!.start_s).toBe(36000);
    expect(found[1]!.halfCycles[1]!.from).toBe(36000 / 10 + 900);
  });

  it("does not count a step cut short by the end of the file as completed", () => {
    const cut = trace.time_s.length - 100;
    const found = steps(
      stepsFromCurrent({
        time_s: trace.time_s.subarray(0, cut),
        voltage_V: trace.voltage_V.subarray(0, cut),
        current_mA_cm2: trace.current_mA_cm2!.subarray(0, cut),
      }),
    );
    expect(found).toHaveLength(10);
    expect(found[9]!.completed).toBe(false);
    expect(found[8]!.completed).toBe(true);
  });

  it("leaves out rests and single samples caught between two currents", () => {
    const rows: [number, number, number][] = [];
    for (let i = 0; i < 6; i++) rows.push([i, 0.04, 0.1]);
    rows.push([6, 0, 0], [7, 0.001, 0.15]);
    for (let i = 8; i < 14; i++) rows.push([i, -0.04, -0.1]);
    for (let i = 14; i < 20; i++) rows.push([i, 0.08, 0.2]);
    for (let i = 20; i < 26; i++) rows.push([i, -0.08, -0.2]);
    const found = steps(stepsFromCurrent(traceOf(rows)));
    expect(found.map((s) => [s.current_mA_cm2, s.halfCycles])).toEqual([
      [
        0.1,
        [
          { from: 0, to: 6 },
          { from: 8, to: 14 },
        ],
      ],
      [
        0.2,
        [
          { from: 14, to: 20 },
          { from: 20, to: 26 },
        ],
      ],
    ]);
  });

  it("explains a current column that is zero throughout", () => {
    expect(
      stepsFromCurrent(
        traceOf([
          [0, 0.1, 0],
          [1, 0.1, 0],
        ]),
      ),
    ).toEqual({
      ok: false,
      error: "The current_mA_cm2 column is zero throughout, so no step can be found.",
    });
  });
});

describe("stepsFromPlan", () => {
  const bare: Trace = { ...trace, current_mA_cm2: null };

  it("lays the planned staircase over a trace without a current column", () => {
    const found = steps(stepsFromPlan(bare, model.plan));
    expect(found.map((s) => s.halfCycles)).toEqual(steps(stepsFromCurrent(trace)).map((s) => s.halfCycles));
    expect(found.every((s) => s.completed)).toBe(true);
  });

  it("notes samples beyond the plan and ignores them", () => {
    const shorter = planStaircase({
      start_mA_cm2: 0.1,
      step_mA_cm2: 0.1,
      max_mA_cm2: 0.5,
      protocol: "capacity",
      capacity_mAh_cm2: 0.5,
      halfCycle_h: 1,
      cyclesPerStep: 1,
    });
    const result = stepsFromPlan(bare, shorter);
    expect(steps(result)).toHaveLength(5);
    expect(result.ok && result.notes).toMatchInlineSnapshot(`
      [
        "The trace runs 6.46 h past the end of the planned staircase; those 2325 samples are ignored.",
      ]
    `);
  });
});

describe("segmentTrace", () => {
  it("needs the plan when the file has no current column", () => {
    expect(segmentTrace({ ...trace, current_mA_cm2: null })).toEqual({
      ok: false,
      error: "The file has no current_mA_cm2 column: set the planner's staircase so each step's current is known.",
    });
  });
});

describe("half-cycles and rests on realistic traces", () => {
  const currents = [0.1, 0.2, 0.3, 0.4, 0.5];
  const programme = staircase(currents, 0.25, 600);
  const cell = { ...realisticCell, currentNoise: 0.02 };

  it("keeps rests as segments of their own and does not split half-cycles on 2 % readback noise", () => {
    const found = steps(stepsFromCurrent(generate(programme, cell)));
    expect(found.map((s) => s.current_mA_cm2)).toEqual(currents);
    expect(found.every((s) => s.halfCycles.length === 2 && s.rests.length === 2)).toBe(true);
    // The rest after the first plating half-cycle: 600 s at 5 s a sample.
    const rest = found[0]!.rests[0]!;
    expect(rest.to - rest.from).toBe(120);
    expect(rest.from).toBe(found[0]!.halfCycles[0]!.to);
  });

  it("never merges the runs on both sides of a rest, even when the current is a magnitude flagged by the instrument", () => {
    const trace = generate(programme, cell, undefined, true);
    const magnitude = { ...trace, current_mA_cm2: trace.current_mA_cm2!.map(Math.abs) };
    const result = stepsFromCurrent(magnitude);
    expect(steps(result).map((s) => s.halfCycles.length)).toEqual([2, 2, 2, 2, 2]);
    expect(result.ok && result.notes[0]).toMatch(/^The current never changes sign/);
  });

  it("reads a mean of noisy readings as the set point behind it", () => {
    expect([setPoint(0.998), setPoint(0.8012), setPoint(0.125), setPoint(0.3333), setPoint(1.25)]).toEqual([1, 0.8, 0.125, 0.333, 1.25]);
  });

  it("splits a file without current by the plan's rests as well", () => {
    const plan = planStaircase({
      start_mA_cm2: 0.1,
      step_mA_cm2: 0.1,
      max_mA_cm2: 0.5,
      protocol: "capacity",
      capacity_mAh_cm2: 0.25,
      halfCycle_h: 1,
      cyclesPerStep: 1,
      rest_h: 10 / 60,
    });
    const trace = generate(programme, cell);
    const fromPlan = steps(stepsFromPlan({ ...trace, current_mA_cm2: null }, plan));
    const fromCurrent = steps(stepsFromCurrent(trace));
    expect(fromPlan.map((s) => s.rests)).toEqual(fromCurrent.map((s) => s.rests));
    expect(fromPlan.map((s) => s.halfCycles)).toEqual(fromCurrent.map((s) => s.halfCycles));
    expect(fromPlan.every((s) => s.completed)).toBe(true);
  });
});

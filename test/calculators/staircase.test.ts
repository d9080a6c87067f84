import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  halfCycle,
  MAX_STEPS,
  planStaircase,
  staircaseTotals,
  stepCount,
  stepCurrent_mA_cm2,
  type StaircaseSpec,
} from "../../src/calculators/staircase";
import { expectClose } from "../helpers/close";

const issueExample: StaircaseSpec = {
  start_mA_cm2: 0.1,
  step_mA_cm2: 0.1,
  max_mA_cm2: 1,
  protocol: "capacity",
  capacity_mAh_cm2: 0.5,
  halfCycle_h: 1,
  cyclesPerStep: 1,
};

describe("stepCount(start, step, max)", () => {
  it.each([
    // start, step, max, steps — decimal steps must land on the maximum despite binary rounding
    [0.1, 0.1, 1, 10],
    [0.1, 0.1, 0.3, 3],
    [0.05, 0.05, 2, 40],
    [0.2, 0.2, 2.4, 12],
    [0.1, 0.3, 1, 4],
    [0.1, 0.3, 0.9, 3],
    [1, 0.5, 1, 1],
    [1, 0.5, 0.9, 0],
  ])("from %s in steps of %s up to %s mA cm⁻² gives %s steps", (start, step, max, n) => {
    expect(stepCount(start, step, max)).toBe(n);
  });

  it("never skips the maximum when it is start + k·step for a whole k", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 300 }),
        (a, k, b) => {
          const start = a / 100,
            step = b / 100;
          expect(stepCount(start, step, start + k * step)).toBe(k + 1);
        },
      ),
    );
  });
});

describe("stepCurrent_mA_cm2(start, step, i)", () => {
  it("computes each current from the start, so 0.1 + 2·0.1 reads 0.3 and 0.1 + 9·0.1 reads 1", () => {
    expect(stepCurrent_mA_cm2(0.1, 0.1, 2)).toBe(0.3);
    expect(stepCurrent_mA_cm2(0.1, 0.1, 9)).toBe(1);
    expect(Array.from({ length: 10 }, (_, i) => stepCurrent_mA_cm2(0.1, 0.1, i))).toEqual([
      0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1,
    ]);
  });
});

describe("halfCycle(j, spec)", () => {
  it("lasts capacity / current under the capacity protocol", () => {
    expect(halfCycle(0.25, { protocol: "capacity", capacity_mAh_cm2: 0.5, halfCycle_h: 1 })).toEqual({
      halfCycle_h: 2,
      capacity_mAh_cm2: 0.5,
    });
  });

  it("passes current × time under the time protocol", () => {
    expect(halfCycle(0.25, { protocol: "time", capacity_mAh_cm2: 0.5, halfCycle_h: 2 })).toEqual({
      halfCycle_h: 2,
      capacity_mAh_cm2: 0.5,
    });
  });
});

describe("planStaircase and staircaseTotals", () => {
  it("plans 0.1 → 1.0 mA cm⁻² at 0.5 mAh cm⁻² per half-cycle as 10 steps and 29.29 h", () => {
    const plan = planStaircase(issueExample);
    expect(plan).toHaveLength(10);
    const totals = staircaseTotals(plan);
    // 2 × 0.5 × Σ 1/j = 10 × H₁₀ h, with H₁₀ = 7381/2520.
    expectClose(totals.totalTime_h, 73810 / 2520, 1e-12);
    expectClose(totals.totalTime_h, 29.29, 0.005);
    // 10 steps × 2 half-cycles × 0.5 mAh cm⁻².
    expectClose(totals.cumulativeCapacity_mAh_cm2, 10, 1e-12);
  });

  it("gives each step its start time, half-cycle and plated thickness (8.86 µm per mAh cm⁻²)", () => {
    const [first, second, , , , , , , , last] = planStaircase(issueExample);
    expect(first).toMatchObject({
      index: 0,
      current_mA_cm2: 0.1,
      halfCycle_h: 5,
      capacity_mAh_cm2: 0.5,
      cycles: 1,
      start_h: 0,
    });
    expect(second).toMatchObject({ current_mA_cm2: 0.2, halfCycle_h: 2.5, start_h: 10 });
    expectClose(first!.thickness_um, 4.4307, 1e-4);
    expect(last!.current_mA_cm2).toBe(1);
    expectClose(last!.start_h, 29.29 - 1, 0.005);
  });

  it("under the time protocol lasts steps × cycles × 2 × half-cycle and passes 2·t·Σj", () => {
    const plan = planStaircase({ ...issueExample, protocol: "time", halfCycle_h: 1, cyclesPerStep: 3 });
    const totals = staircaseTotals(plan);
    expectClose(totals.totalTime_h, 10 * 3 * 2 * 1, 1e-12);
    expectClose(totals.cumulativeCapacity_mAh_cm2, 3 * 2 * 1 * 5.5, 1e-12);
    expectClose(plan[3]!.capacity_mAh_cm2, 0.4, 1e-12);
  });

  it("scales with the cycles per step", () => {
    const one = staircaseTotals(planStaircase(issueExample));
    const five = staircaseTotals(planStaircase({ ...issueExample, cyclesPerStep: 5 }));
    expectClose(five.totalTime_h, 5 * one.totalTime_h, 1e-9);
  });

  it("plans at most MAX_STEPS steps", () => {
    expect(planStaircase({ ...issueExample, start_mA_cm2: 0.001, step_mA_cm2: 0.001, max_mA_cm2: 100 })).toHaveLength(
      MAX_STEPS,
    );
  });

  it("takes less time the higher it starts (everything else equal)", () => {
    const current = fc.double({ min: 0.01, max: 5, noNaN: true });
    fc.assert(
      fc.property(current, current, fc.constantFrom("capacity" as const, "time" as const), (a, b, protocol) => {
        const [low, high] = a < b ? [a, b] : [b, a];
        const spec = { ...issueExample, step_mA_cm2: 0.1, max_mA_cm2: 5, protocol };
        const slow = staircaseTotals(planStaircase({ ...spec, start_mA_cm2: low })).totalTime_h;
        const fast = staircaseTotals(planStaircase({ ...spec, start_mA_cm2: high })).totalTime_h;
        expect(fast).toBeLessThanOrEqual(slow * (1 + 1e-12));
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  bestCumulativeCapacity_mAh_cm2,
  bestTest,
  cumulativeCapacity_mAh_cm2,
  lifespanAsTest,
  testCapacity_mAh_cm2,
} from "../../src/calculators/plating";
import { expectClose } from "../helpers/close";

const positive = fc.double({ min: 1e-3, max: 1e4, noNaN: true });

describe("cumulativeCapacity_mAh_cm2(j, t)", () => {
  it.each([
    // j (mA cm⁻²), t (h), j × t (mAh cm⁻²) — Table 1 ref. 15, Table 2 refs. 57, 69 and 66
    [0.1, 1500, 150],
    [5, 2000, 10000],
    [3, 2400, 7200],
    [50, 400, 20000],
    [0.25, 213, 53.25],
  ])("%s mA cm⁻² for %s h plates %s mAh cm⁻²", (j, t, q) => {
    expectClose(cumulativeCapacity_mAh_cm2(j, t), q, 1e-9);
  });

  it("grows with both current density and duration", () => {
    fc.assert(
      fc.property(positive, positive, positive, (j, t, k) => {
        const q = cumulativeCapacity_mAh_cm2(j, t);
        expect(cumulativeCapacity_mAh_cm2(j + k, t)).toBeGreaterThan(q);
        expect(cumulativeCapacity_mAh_cm2(j, t + k)).toBeGreaterThan(q);
      }),
    );
  });

  it.each([
    [-1, 100],
    [1, Number.NaN],
    [Number.POSITIVE_INFINITY, 1],
  ])("refuses j = %s, t = %s with a RangeError", (j, t) => {
    expect(() => cumulativeCapacity_mAh_cm2(j, t)).toThrow(RangeError);
  });

  it("says which input is wrong and what it received", () => {
    expect(() => cumulativeCapacity_mAh_cm2(-1, 100)).toThrowErrorMatchingInlineSnapshot(`[RangeError: currentDensity_mA_cm2 must be a finite number ≥ 0, received -1]`);
    expect(() => cumulativeCapacity_mAh_cm2(1, Number.NaN)).toThrowErrorMatchingInlineSnapshot(`[RangeError: cycleLife_h must be a finite number ≥ 0, received NaN]`);
  });
});

describe("tests with unreported values", () => {
  it("testCapacity_mAh_cm2 gives null when the current density or the duration is not reported", () => {
    expect(testCapacity_mAh_cm2({ currentDensity_mA_cm2: null, cycleLife_h: 100 })).toBeNull();
    expect(testCapacity_mAh_cm2({ currentDensity_mA_cm2: 1, cycleLife_h: null })).toBeNull();
    expect(testCapacity_mAh_cm2({ currentDensity_mA_cm2: 1, cycleLife_h: 100 })).toBe(100);
  });
});

describe("a row's best cumulative capacity", () => {
  // Table 2, ref. 53: four conditions, 1;2;5;1 mA cm⁻² for 870;710;560;600 h
  const ref53 = [
    { currentDensity_mA_cm2: 1, cycleLife_h: 870 },
    { currentDensity_mA_cm2: 2, cycleLife_h: 710 },
    { currentDensity_mA_cm2: 5, cycleLife_h: 560 },
    { currentDensity_mA_cm2: 1, cycleLife_h: 600 },
  ];

  it("picks ref. 53's 5 mA cm⁻² × 560 h = 2800 mAh cm⁻²", () => {
    expect(bestCumulativeCapacity_mAh_cm2(ref53)).toBe(2800);
    expect(bestTest(ref53)).toBe(ref53[2]);
  });

  it("is null when no test reports both values (Table 2, ref. 71)", () => {
    const none = [{ currentDensity_mA_cm2: null, cycleLife_h: null }];
    expect(bestCumulativeCapacity_mAh_cm2(none)).toBeNull();
    expect(bestTest(none)).toBeNull();
    expect(bestCumulativeCapacity_mAh_cm2([])).toBeNull();
  });

  it("keeps the first of two equal tests", () => {
    const tied = [
      { currentDensity_mA_cm2: 2, cycleLife_h: 50 },
      { currentDensity_mA_cm2: 1, cycleLife_h: 100 },
    ];
    expect(bestTest(tied)).toBe(tied[0]);
  });

  it("is at least every test's capacity and equal to one of them", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ currentDensity_mA_cm2: positive, cycleLife_h: positive }), { minLength: 1 }), (tests) => {
        const best = bestCumulativeCapacity_mAh_cm2(tests)!;
        const all = tests.map((t) => cumulativeCapacity_mAh_cm2(t.currentDensity_mA_cm2, t.cycleLife_h));
        for (const q of all) expect(best).toBeGreaterThanOrEqual(q);
        expect(all).toContain(best);
      }),
    );
  });
});

describe("lifespanAsTest (Table 1 lifespans)", () => {
  it("uses the lowest of several current densities, so 500 h at 0.3/0.5 mA cm⁻² counts at least 150 mAh cm⁻²", () => {
    const test = lifespanAsTest({ cycleLife_h: 500, currentDensities_mA_cm2: [0.3, 0.5] });
    expect(test).toEqual({ currentDensity_mA_cm2: 0.3, cycleLife_h: 500 });
    expectClose(testCapacity_mAh_cm2(test)!, 150, 1e-9);
  });

  it("keeps a single current density as it is (ref. 38: 3000 h at 0.2 beats 400 h at 0.5 mA cm⁻²)", () => {
    const tests = [
      { cycleLife_h: 3000, currentDensities_mA_cm2: [0.2] },
      { cycleLife_h: 400, currentDensities_mA_cm2: [0.5] },
    ].map(lifespanAsTest);
    expectClose(bestCumulativeCapacity_mAh_cm2(tests)!, 600, 1e-9);
  });
});

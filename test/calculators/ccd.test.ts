import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute, defaults, fields, inputNames, outputNames, protocols } from "../../src/calculators/ccd";
import { expectClose } from "../helpers/close";

function num(value: number | string | undefined): number {
  if (typeof value !== "number") throw new Error(`expected a number, got ${String(value)}`);
  return value;
}

describe("compute with the defaults", () => {
  const outcome = compute(defaults, "capacity");

  it("plans 10 steps over 29.29 h, plating 10 mAh cm⁻² in all", () => {
    expect(outcome.errors).toEqual({});
    expect(outcome.unavailable).toEqual({});
    expect(outcome.outputs.steps).toBe(10);
    expectClose(num(outcome.outputs.totalTime_h), 29.2897, 1e-4);
    expectClose(num(outcome.outputs.cumulativeCapacity_mAh_cm2), 10, 1e-12);
  });

  it("predicts 398 mV at 1 mA cm⁻² (2 × 149 + 100 Ω cm²) and a Sand's time of 40 620 s", () => {
    expectClose(num(outcome.outputs.polarizationAtMax_mV), 398, 1e-9);
    expectClose(num(outcome.outputs.sandTime_s), 40620, 0.01);
  });

  it("lists every step with its predicted polarization", () => {
    expect(outcome.table).toHaveLength(10);
    expect(outcome.table.map((r) => r.current_mA_cm2)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expectClose(outcome.table[0]!.polarization_mV!, 39.8, 1e-9);
    expectClose(outcome.table[9]!.polarization_mV!, 398, 1e-9);
    expectClose(outcome.table[4]!.thickness_um, 4.4307, 1e-4);
  });

  it("warns that a staircase ending at 1 mA cm⁻² cannot show a practical CCD", () => {
    expect(outcome.warnings).toMatchInlineSnapshot(`
      [
        "This test can show a CCD of at most 1 mA cm⁻², below the ~2 mA cm⁻² that practical cells need [9, 90].",
      ]
    `);
  });
});

describe("compute", () => {
  it("uses the half-cycle time, not the capacity, under the time protocol", () => {
    const outcome = compute({ ...defaults, capacityPerHalfCycle_mAh_cm2: -1, halfCycle_h: 2 }, "time");
    expect(outcome.errors).toMatchInlineSnapshot(`
      {
        "capacityPerHalfCycle_mAh_cm2": "Capacity per half-cycle must be at least 0.001 mAh cm⁻².",
      }
    `);
    expectClose(num(outcome.outputs.totalTime_h), 40, 1e-12);
    expectClose(num(outcome.outputs.cumulativeCapacity_mAh_cm2), 2 * 2 * 5.5, 1e-12);
  });

  it("says the maximum must reach the start", () => {
    const outcome = compute({ ...defaults, startCurrent_mA_cm2: 2, maxCurrent_mA_cm2: 1 });
    expect(outcome.errors).toMatchInlineSnapshot(`
      {
        "maxCurrent_mA_cm2": "The maximum current density must be at least the start, 2 mA cm⁻².",
      }
    `);
    expect(outcome.unavailable.steps).toBe(outcome.errors.maxCurrent_mA_cm2);
    expect(outcome.table).toEqual([]);
    expectClose(num(outcome.outputs.polarizationAtMax_mV), 398, 1e-9);
  });

  it("refuses a staircase of more than 1000 steps", () => {
    const outcome = compute({ ...defaults, stepCurrent_mA_cm2: 0.001, maxCurrent_mA_cm2: 10 });
    expect(outcome.errors).toMatchInlineSnapshot(`
      {
        "stepCurrent_mA_cm2": "This step gives 9901 steps; plan at most 1000 (raise the step or lower the maximum).",
      }
    `);
    expect(outcome.outputs.steps).toBeUndefined();
  });

  it("notes a maximum that whole steps do not land on", () => {
    const outcome = compute({ ...defaults, stepCurrent_mA_cm2: 0.3, maxCurrent_mA_cm2: 2.4 });
    expect(outcome.outputs.steps).toBe(8);
    expect(outcome.warnings).toMatchInlineSnapshot(`
      [
        "The staircase stops at 2.2 mA cm⁻²: whole steps of 0.3 mA cm⁻² from 0.1 mA cm⁻² do not land on 2.4 mA cm⁻².",
      ]
    `);
  });

  it("says which inputs each missing output waits for", () => {
    const outcome = compute({ startCurrent_mA_cm2: 0.1, stepCurrent_mA_cm2: 0.1, maxCurrent_mA_cm2: 1 }, "capacity");
    expect(outcome.outputs.steps).toBe(10);
    expect(outcome.unavailable).toMatchInlineSnapshot(`
      {
        "cumulativeCapacity_mAh_cm2": "Needs a valid capacity per half-cycle and cycles per step.",
        "polarizationAtMax_mV": "Needs a valid interfacial resistance R_int (per interface), electrolyte thickness L and ionic conductivity σ.",
        "sandTime_s": "Needs a valid current density j (liquid cell), salt diffusion coefficient D, salt concentration c₀ and transference number t₊ of Na⁺.",
        "totalTime_h": "Needs a valid capacity per half-cycle and cycles per step.",
      }
    `);
    expect(outcome.table).toEqual([]);
  });

  it("checks ranges itself when called with unchecked numbers", () => {
    const outcome = compute({ ...defaults, cyclesPerStep: 1.5, transferenceNumber: 1, ionicConductivity_mS_cm: 0 });
    expect(outcome.errors).toMatchInlineSnapshot(`
      {
        "cyclesPerStep": "Cycles per step must be a whole number.",
        "ionicConductivity_mS_cm": "Ionic conductivity σ must be at least 0.000001 mS cm⁻¹.",
        "transferenceNumber": "Transference number t₊ of Na⁺ must be less than 1.",
      }
    `);
    expect(outcome.unavailable.sandTime_s).toBe("Needs a valid transference number t₊ of Na⁺.");
  });

  it("never throws and never outputs NaN or ±Infinity, whatever the numbers", () => {
    const anyDouble = fc.oneof(
      fc.double(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 5e-324, 1e-300),
      fc.double({ min: 1e-3, max: 100, noNaN: true }),
    );
    const values = fc.record(Object.fromEntries(inputNames.map((n) => [n, anyDouble])), { requiredKeys: [] });
    fc.assert(
      fc.property(values, fc.constantFrom(...protocols), (v, protocol) => {
        const outcome = compute(v, protocol);
        for (const name of outputNames) {
          const value = outcome.outputs[name];
          if (value !== undefined) expect(Number.isFinite(value)).toBe(true);
          else expect(outcome.unavailable[name]).toBeTruthy();
        }
        for (const row of outcome.table)
          for (const value of Object.values(row)) expect(Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("stays finite at the extremes of every range", () => {
    const extreme = (end: "min" | "max") =>
      Object.fromEntries(inputNames.map((n) => [n, end === "min" ? fields[n].min : fields[n].max])) as typeof defaults;
    for (const values of [extreme("min"), extreme("max"), { ...extreme("min"), maxCurrent_mA_cm2: 1 }]) {
      for (const protocol of protocols) {
        const outcome = compute({ ...values, transferenceNumber: 0.999999 }, protocol);
        for (const value of Object.values(outcome.outputs)) expect(Number.isFinite(value)).toBe(true);
      }
    }
  });
});

describe("compute with rests", () => {
  it("adds a rest after every half-cycle to the duration, not to the capacity: 10 min × 20 half-cycles = 3.33 h more", () => {
    const plain = compute(defaults).outputs;
    const rested = compute({ ...defaults, rest_min: 10 }).outputs;
    expectClose((rested.totalTime_h as number) - (plain.totalTime_h as number), 20 / 6, 1e-9);
    expect(rested.cumulativeCapacity_mAh_cm2).toBe(plain.cumulativeCapacity_mAh_cm2);
    expect(compute({ ...defaults, rest_min: 10 }).table[1]!.start_h).toBeCloseTo(5 + 5 + 1 / 3, 12);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compute,
  defaults,
  fields,
  inputNames,
  numericResults,
  outputNames,
  protocols,
  resistanceConventions,
  resultUncertainties,
} from "../../src/calculators/ccd";
import { expectClose } from "../helpers/close";

function num(value: number | string | undefined): number {
  if (typeof value !== "number") throw new Error(`expected a number, got ${String(value)}`);
  return value;
}

describe("compute with the defaults", () => {
  const outcome = compute(defaults, "capacity");

  it("plans 10 steps over 29.29 h, plating 10 mAh cm⁻² in all", () => {
    expect(outcome.errors).toEqual({});
    expect(Object.keys(outcome.unavailable)).toEqual(["sandTime_s"]);
    expect(outcome.outputs.steps).toBe(10);
    expectClose(num(outcome.outputs.totalTime_h), 29.2897, 1e-4);
    expectClose(num(outcome.outputs.cumulativeCapacity_mAh_cm2), 10, 1e-12);
  });

  it("predicts 398 mV at 1 mA cm⁻² (2 × 149 + 100 Ω cm²)", () => {
    expectClose(num(outcome.outputs.polarizationAtMax_mV), 398, 1e-9);
  });

  it("gives a limiting current of 257.3 mA cm⁻² across 25 µm, so Sand's time at 1 mA cm⁻² is never reached", () => {
    // By hand: j_lim = 2·F·c₀·D/((1 − t₊)L) = 2 × 96485.33212 C mol⁻¹ × 1e-3 mol cm⁻³ × 2e-6 cm² s⁻¹
    //   / (0.6 × 25e-4 cm) = 3.85941e-4 / 1.5e-3 = 0.257294 A cm⁻²; L²/D = (25e-4 cm)² / 2e-6 = 3.125 s.
    expectClose(num(outcome.outputs.limitingCurrent_mA_cm2), 257.2942, 1e-3);
    expectClose(num(outcome.outputs.diffusionTime_s), 3.125, 1e-12);
    expect(outcome.outputs.sandTime_s).toBeUndefined();
    expect(outcome.unavailable.sandTime_s).toBe(
      "Never reached: 1 mA cm⁻² is at or below the limiting current, 257.3 mA cm⁻², so the salt profile settles " +
        "(within about L²/D = 3.13 s) and the salt at the electrode never runs out.",
    );
    expect(outcome.table.every((r) => r.sandVerdict === "steady" && r.sandTime_h === undefined)).toBe(true);
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
        "diffusionTime_s": "Needs a valid electrolyte gap L between the electrodes and salt diffusion coefficient D.",
        "limitingCurrent_mA_cm2": "Needs a valid salt diffusion coefficient D, salt concentration c₀, transference number t₊ of Na⁺ and electrolyte gap L between the electrodes.",
        "polarizationAtMax_mV": "Needs a valid interfacial resistance R_int, electrolyte thickness L and ionic conductivity σ.",
        "sandTime_s": "Needs a valid current density j (liquid cell), salt diffusion coefficient D, salt concentration c₀, transference number t₊ of Na⁺ and electrolyte gap L between the electrodes.",
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
        // Numbers in the step table are finite; the Sand's-time verdict is the one field that is text.
        for (const row of outcome.table)
          for (const value of Object.values(row)) if (typeof value !== "string") expect(Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("stays finite at the extremes of every range", () => {
    const extreme = (end: "min" | "max") =>
      Object.fromEntries(inputNames.map((n) => [n, end === "min" ? fields[n].min : fields[n].max])) as typeof defaults;
    for (const values of [extreme("min"), extreme("max"), { ...extreme("min"), maxCurrent_mA_cm2: 1 }]) {
      for (const protocol of protocols) {
        for (const convention of resistanceConventions) {
          const outcome = compute({ ...values, transferenceNumber: 0.999999 }, protocol, convention);
          for (const value of Object.values(outcome.outputs)) expect(Number.isFinite(value)).toBe(true);
        }
      }
    }
  });
});

describe("the liquid electrolyte's limiting current against Sand's time", () => {
  // A 260 µm glass-fibre gap: j_lim = 257.2942 × 25/260 = 24.7398 mA cm⁻² (j_lim ∝ 1/L).
  const glassFibre = { ...defaults, sandGap_um: 260 };

  it("gives Sand's time of 16.25 s at 50 mA cm⁻², above the 24.74 mA cm⁻² limiting current of a 260 µm gap", () => {
    // By hand: τ = π·D·(c₀F)²/(4(j(1 − t₊))²) = π × 2e-6 × 96.48533² / (4 × (0.05 × 0.6)²) = 0.058494 / 0.0036 = 16.248 s.
    const outcome = compute({ ...glassFibre, sandCurrent_mA_cm2: 50 });
    expectClose(num(outcome.outputs.limitingCurrent_mA_cm2), 24.7398, 1e-3);
    expectClose(num(outcome.outputs.sandTime_s), 16.248, 1e-3);
  });

  it("computes Sand's time only above the limiting current", () => {
    const jLim = num(compute(glassFibre).outputs.limitingCurrent_mA_cm2);
    expect(compute({ ...glassFibre, sandCurrent_mA_cm2: jLim }).outputs.sandTime_s).toBeUndefined();
    expect(compute({ ...glassFibre, sandCurrent_mA_cm2: jLim * 1.0001 }).outputs.sandTime_s).toBeGreaterThan(0);
  });

  it("sets each step's Sand's time against its half-cycle, and warns from the first step that runs out of salt", () => {
    // Steps 10…50 mA cm⁻², 1 mAh cm⁻² per half-cycle. At 30 mA cm⁻²: τ = 40620.0046 s / 30² = 45.13 s = 0.012537 h,
    // shorter than the 1/30 h = 0.0333 h half-cycle.
    const outcome = compute({
      ...glassFibre,
      startCurrent_mA_cm2: 10,
      stepCurrent_mA_cm2: 10,
      maxCurrent_mA_cm2: 50,
      capacityPerHalfCycle_mAh_cm2: 1,
    });
    expect(outcome.table.map((r) => r.sandVerdict)).toEqual(["steady", "steady", "depletes", "depletes", "depletes"]);
    expectClose(outcome.table[2]!.sandTime_h!, 0.0125370, 1e-6);
    expect(outcome.warnings).toContain(
      "In the liquid electrolyte described below, the salt at the plating electrode runs out before the half-cycle ends " +
        "from 30 mA cm⁻² on (Sand's time 0.0125 h against a 0.0333 h half-cycle).",
    );
    const slow = compute({ ...glassFibre, startCurrent_mA_cm2: 30, stepCurrent_mA_cm2: 10, maxCurrent_mA_cm2: 30, capacityPerHalfCycle_mAh_cm2: 0.1 });
    // 0.1 mAh cm⁻² at 30 mA cm⁻² lasts 12 s, less than τ = 45.1 s.
    expect(slow.table[0]!.sandVerdict).toBe("outlasts");
  });

  it("keeps the limiting current inversely proportional to the gap (property)", () => {
    const gap = fc.double({ min: 0.01, max: 1e5, noNaN: true });
    fc.assert(
      fc.property(gap, gap, (a, b) => {
        const ja = num(compute({ ...defaults, sandGap_um: a }).outputs.limitingCurrent_mA_cm2);
        const jb = num(compute({ ...defaults, sandGap_um: b }).outputs.limitingCurrent_mA_cm2);
        return Number.isFinite(ja) && Math.abs(ja * a - jb * b) <= 1e-9 * ja * a;
      }),
    );
  });

  it("shortens Sand's time as the current rises, above the limiting current (property)", () => {
    const current = fc.double({ min: 25, max: 100, noNaN: true });
    fc.assert(
      fc.property(current, current, (a, b) => {
        fc.pre(a < b);
        const ta = num(compute({ ...glassFibre, sandCurrent_mA_cm2: a }).outputs.sandTime_s);
        const tb = num(compute({ ...glassFibre, sandCurrent_mA_cm2: b }).outputs.sandTime_s);
        return Number.isFinite(ta) && tb < ta;
      }),
    );
  });
});

describe("the resistance convention", () => {
  it("counts R twice per interface and once for the whole cell: 398 mV against 249 mV at 1 mA cm⁻²", () => {
    // By hand: 1 × (2 × 149 + 100) = 398 mV; 1 × (149 + 100) = 249 mV.
    expectClose(num(compute(defaults, "capacity", "perInterface").outputs.polarizationAtMax_mV), 398, 1e-9);
    const whole = compute(defaults, "capacity", "wholeCell");
    expectClose(num(whole.outputs.polarizationAtMax_mV), 249, 1e-9);
    expectClose(whole.table[0]!.polarization_mV!, 24.9, 1e-9);
  });
});

describe("uncertainties of the planner's results", () => {
  it("gives ±12.25 mV for R = 149 ± 5 Ω cm², L = 1000 ± 50 µm and σ = 1 ± 0.05 mS cm⁻¹ at 1 mA cm⁻²", () => {
    // By hand: ∂η/∂R = 2j = 2 → 10 mV; ∂η/∂L = j/σ → 50e-4 cm / 1e-3 S cm⁻¹ = 5 mV; ∂η/∂σ = −jL/σ² → 100 × 0.05 = 5 mV;
    // √(10² + 5² + 5²) = √150 = 12.247 mV.
    const u = resultUncertainties(defaults, { interfacialResistance_ohm_cm2: 5, electrolyteThickness_um: 50, ionicConductivity_mS_cm: 0.05 });
    expectClose(u.polarizationAtMax_mV!, 12.247, 1e-3);
    // The first step, at 0.1 mA cm⁻², carries a tenth of it.
    expectClose(u["step1.polarization_mV"]!, 1.2247, 1e-4);
    // The staircase's settings are exact.
    expect(u.totalTime_h).toBe(0);
  });

  it("gives the limiting current ±14.1 % for D and L each known to 10 %, and ±10 % for t₊ = 0.4 ± 0.06", () => {
    // By hand: j_lim ∝ D/L, so u/j = √(0.1² + 0.1²) = 0.1414; ∂ln j/∂t₊ = 1/(1 − t₊), so 0.06/0.6 = 0.1.
    const jLim = 257.2942;
    expectClose(resultUncertainties(defaults, { diffusivity_cm2_s: 2e-7, sandGap_um: 2.5 }).limitingCurrent_mA_cm2!, 0.141421 * jLim, 1e-2);
    expectClose(resultUncertainties(defaults, { transferenceNumber: 0.06 }).limitingCurrent_mA_cm2!, 0.1 * jLim, 1e-2);
  });

  it("gives Sand's time ±20 % for a current known to 10 % (τ ∝ 1/j²)", () => {
    const values = { ...defaults, sandGap_um: 260, sandCurrent_mA_cm2: 50 };
    expectClose(resultUncertainties(values, { sandCurrent_mA_cm2: 5 }).sandTime_s!, 0.2 * 16.248, 1e-3);
  });

  it("has nothing to propagate without an uncertainty", () => {
    expect(resultUncertainties(defaults, {})).toEqual({});
    expect(numericResults(defaults).sandTime_s).toBeUndefined();
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyserOutputs, analyseTrace, thresholdDefaults, thresholdNames } from "../../src/calculators/ccd-analyser";
import { exampleModel, syntheticTrace } from "../../src/calculators/synthetic-trace";
import { expectClose } from "../helpers/close";

const trace = syntheticTrace(exampleModel);

describe("analyseTrace", () => {
  it("reads the example: CCD 0.7 mA cm⁻², failure at 0.8 mA cm⁻² after 26.18 h", () => {
    const outcome = analyseTrace(trace, undefined, thresholdDefaults);
    expect(outcome.errors).toEqual({});
    expect(outcome.unavailable).toEqual({});
    expect(outcome.outputs.ccd_mA_cm2).toBe(0.7);
    expect(outcome.outputs.failureCurrent_mA_cm2).toBe(0.8);
    expectClose(outcome.outputs.failureTime_h as number, 26.1806, 1e-4);
    expect(outcome.steps).toHaveLength(10);
    expect(outcome.analysis?.failure?.kind).toBe("collapse");
  });

  it("uses the plan when the file has no current column", () => {
    const outcome = analyseTrace({ ...trace, current_mA_cm2: null }, exampleModel.plan, thresholdDefaults);
    expect(outcome.outputs).toEqual(analyseTrace(trace, undefined, thresholdDefaults).outputs);
  });

  it("says the CCD is at least the last step when nothing shorted", () => {
    const outcome = analyseTrace(
      syntheticTrace({ ...exampleModel, shortStep: undefined }),
      undefined,
      thresholdDefaults,
    );
    expect(outcome.outputs).toEqual({ ccd_mA_cm2: 1 });
    expect(outcome.unavailable).toMatchInlineSnapshot(`
      {
        "failureCurrent_mA_cm2": "No short circuit found.",
        "failureTime_h": "No short circuit found.",
      }
    `);
    expect(outcome.warnings).toMatchInlineSnapshot(`
      [
        "No short circuit in the trace: the CCD is at least 1 mA cm⁻², the highest step completed.",
      ]
    `);
  });

  it("has no CCD when the first step fails", () => {
    const outcome = analyseTrace(
      syntheticTrace({ ...exampleModel, shortStep: 0, shortAtFraction: 0.5 }),
      undefined,
      thresholdDefaults,
    );
    expect(outcome.outputs.failureCurrent_mA_cm2).toBe(0.1);
    expect(outcome.unavailable.ccd_mA_cm2).toMatchInlineSnapshot(
      `"The cell failed in its first step (0.1 mA cm⁻²): the CCD is below that."`,
    );
  });

  it("explains a trace without a current column or a plan, and bad thresholds", () => {
    expect(
      analyseTrace({ ...trace, current_mA_cm2: null }, undefined, thresholdDefaults).unavailable.ccd_mA_cm2,
    ).toMatchInlineSnapshot(
      `"The file has no current_mA_cm2 column: set the planner's staircase so each step's current is known."`,
    );
    const outcome = analyseTrace(trace, undefined, {
      ...thresholdDefaults,
      collapseFraction: 1.5,
      noiseFactor: undefined,
    });
    expect(outcome.errors).toMatchInlineSnapshot(`
      {
        "collapseFraction": "Collapse threshold must be less than 1 × plateau.",
      }
    `);
    expect(outcome.unavailable.ccd_mA_cm2).toMatchInlineSnapshot(
      `"Needs a valid collapse threshold and noise threshold."`,
    );
  });

  it("never throws and never outputs NaN or ±Infinity, whatever the thresholds", () => {
    const small = syntheticTrace({ ...exampleModel, samplePeriod_s: 300 });
    const anyDouble = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, 5e-324));
    const thresholds = fc.record(Object.fromEntries(thresholdNames.map((n) => [n, anyDouble])), { requiredKeys: [] });
    fc.assert(
      fc.property(thresholds, fc.boolean(), (th, withCurrent) => {
        const outcome = analyseTrace(withCurrent ? small : { ...small, current_mA_cm2: null }, exampleModel.plan, th);
        for (const name of analyserOutputs) {
          const value = outcome.outputs[name];
          if (value !== undefined) expect(Number.isFinite(value)).toBe(true);
          else expect(outcome.unavailable[name]).toBeTruthy();
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary small traces, with or without a current column", () => {
    const sample = fc.tuple(
      fc.double({ min: 0, max: 100, noNaN: true }),
      fc.oneof(fc.constant(0), fc.double({ min: -2, max: 2, noNaN: true })),
      fc.oneof(fc.constant(0), fc.constantFrom(0.1, -0.1, 0.2, -0.2), fc.double({ min: -5, max: 5, noNaN: true })),
    );
    fc.assert(
      fc.property(fc.array(sample, { minLength: 1, maxLength: 60 }), fc.boolean(), (rows, withCurrent) => {
        rows.sort((a, b) => a[0] - b[0]);
        const t = {
          time_s: Float64Array.from(rows, (r) => r[0] * 3600),
          voltage_V: Float64Array.from(rows, (r) => r[1]),
          current_mA_cm2: withCurrent ? Float64Array.from(rows, (r) => r[2]) : null,
        };
        const outcome = analyseTrace(t, exampleModel.plan, thresholdDefaults);
        for (const name of analyserOutputs) {
          const value = outcome.outputs[name];
          if (value !== undefined) expect(Number.isFinite(value)).toBe(true);
          else expect(outcome.unavailable[name]).toBeTruthy();
        }
      }),
      { numRuns: 500 },
    );
  });
});

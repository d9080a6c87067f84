import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyserOutputs,
  analyseTrace,
  table1CompareQuery,
  thresholdDefaults,
  thresholdNames,
  traceMarks,
} from "../../src/calculators/ccd-analyser";
import { readCompare } from "../../src/charts/compare";
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

describe("traceMarks", () => {
  it("shades the ten steps of the example and labels its short circuit", () => {
    const marks = traceMarks(analyseTrace(trace, undefined, thresholdDefaults));
    expect(marks.steps.map((s) => s.current_mA_cm2)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(marks.steps[0]!.start_s).toBe(0);
    expectClose(marks.failure!.time_s, 26.1806 * 3600, 1);
    expect(marks.failure!.label).toMatchInlineSnapshot(`"Short circuit at 0.8 mA cm⁻², 26.18 h"`);
  });

  it("has nothing to mark when the trace could not be split into steps", () => {
    expect(traceMarks(analyseTrace({ ...trace, current_mA_cm2: null }, undefined, thresholdDefaults))).toEqual({ steps: [] });
  });
});

describe("table1CompareQuery", () => {
  it.each([
    [0.7, 149, "?my1_resistance_ohm_cm2=149&my1_ccd_mA_cm2=0.7"],
    [0.7, undefined, "?my1_ccd_mA_cm2=0.7"],
    [0.7, 0, "?my1_ccd_mA_cm2=0.7"],
    [1 / 3, 2 / 3, "?my1_resistance_ohm_cm2=0.6667&my1_ccd_mA_cm2=0.3333"],
  ])("places a CCD of %s mA cm⁻² with R = %s Ω cm² as %s", (ccd, r, query) => {
    expect(table1CompareQuery(ccd, r)).toBe(query);
  });

  it("writes parameters that the Table 1 chart reads back", () => {
    const reading = readCompare(table1CompareQuery(0.7, 149), 1);
    expect(reading.notes).toEqual([]);
    expect(reading.errors).toEqual({});
    expect(reading.cell).toEqual({ interfacialResistance_ohm_cm2: 149, ccd_mA_cm2: 0.7 });
  });
});

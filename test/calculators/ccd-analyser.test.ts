import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyserOutputs,
  analyseTrace,
  table1CompareQuery,
  table2CompareQuery,
  thresholdDefaults,
  thresholdNames,
  traceMarks,
} from "../../src/calculators/ccd-analyser";
import { readCompare } from "../../src/charts/compare";
import { exampleModel, syntheticTrace } from "../../src/calculators/synthetic-trace";
import { expectClose } from "../helpers/close";
import { cycling, generate, realisticCell, truePlateau_mV } from "../helpers/symmetric-cell-generator";

const trace = syntheticTrace(exampleModel);

describe("analyseTrace", () => {
  it("reads the example: CCD 0.7 mA cm⁻², failure at 0.8 mA cm⁻² after 26.18 h", () => {
    const outcome = analyseTrace(trace, undefined, thresholdDefaults);
    expect(outcome.errors).toEqual({});
    expect(outcome.testType).toBe("staircase");
    expect(Object.keys(outcome.unavailable).sort()).toEqual(["cumulativeCapacity_mAh_cm2", "cycleLife_h", "cycles", "overpotential_mV"]);
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
    expect(outcome.unavailable.failureTime_h).toBe("No short circuit found.");
    expect(outcome.unavailable.failureCurrent_mA_cm2).toBe("No short circuit found.");
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

describe("analyseTrace: conventions, verdicts and the kind of test", () => {
  it("names the CCD by the chosen convention and keeps both values", () => {
    const failing = analyseTrace(trace, undefined, thresholdDefaults, { convention: "failing" });
    expect(failing.outputs.ccd_mA_cm2).toBe(0.8);
    expect([failing.ccdFailing_mA_cm2, failing.ccdPassed_mA_cm2]).toEqual([0.8, 0.7]);
    const passed = analyseTrace(trace, undefined, thresholdDefaults, { convention: "passed" });
    expect(passed.outputs.ccd_mA_cm2).toBe(0.7);
    expect(passed.outputs.failureCurrent_mA_cm2).toBe(0.8);
  });

  it("gives no failing-step CCD for a cell that never shorted, and says it lies above the last step", () => {
    const outcome = analyseTrace(syntheticTrace({ ...exampleModel, shortStep: undefined }), undefined, thresholdDefaults, {
      convention: "failing",
    });
    expect(outcome.unavailable.ccd_mA_cm2).toBe("No step failed: the current at which this cell shorts lies above 1 mA cm⁻².");
    expect(outcome.verdict?.kind).toBe("no-short");
  });

  it("carries a verdict with its evidence window and a sentence, and the chart marks it", () => {
    const outcome = analyseTrace(trace, undefined, thresholdDefaults);
    expect(outcome.verdict?.kind).toBe("short");
    expectClose(outcome.verdict!.window.start_s, 26.1806 * 3600, 1);
    expect(outcome.verdict!.window.end_s).toBeGreaterThan(outcome.verdict!.window.start_s + 60);
    expect(traceMarks(outcome).evidence).toEqual({ ...outcome.verdict!.window, label: "Short circuit" });
  });

  it("calls a full cell (3–4 V, one sign) a full or half cell and claims no CCD", () => {
    const n = 2000;
    const full = {
      time_s: Float64Array.from({ length: n }, (_, i) => i * 30),
      voltage_V: Float64Array.from({ length: n }, (_, i) => {
        const s = (i % 500) / 500;
        return Math.floor(i / 500) % 2 === 0 ? 3 + 1.2 * s : 4.2 - 1.2 * s;
      }),
      current_mA_cm2: Float64Array.from({ length: n }, (_, i) => (Math.floor(i / 500) % 2 === 0 ? 0.5 : -0.5)),
    };
    const outcome = analyseTrace(full, undefined, thresholdDefaults);
    expect(outcome.verdict?.kind).toBe("not-symmetric");
    expect(outcome.verdict?.sentence).toMatch(/^Its half-cycles sit at a median \|V\| of 3\.\d+ V/);
    expect(outcome.outputs).toEqual({});
    expect(outcome.unavailable.ccd_mA_cm2).toBe("Not a symmetric Na | Na cell (see the verdict).");
  });

  it("calls a half cell whose voltage keeps one sign not symmetric, even below 1 V", () => {
    const n = 1200;
    const half = {
      time_s: Float64Array.from({ length: n }, (_, i) => i * 60),
      voltage_V: Float64Array.from({ length: n }, (_, i) => 0.1 + 0.6 * ((i % 200) / 200)),
      current_mA_cm2: Float64Array.from({ length: n }, (_, i) => (Math.floor(i / 200) % 2 === 0 ? -0.2 : 0.2)),
    };
    const outcome = analyseTrace(half, undefined, thresholdDefaults);
    expect(outcome.verdict?.sentence).toMatch(/^Its voltage changes sign in only 0 of 5 reversals/);
  });

  it("detects constant-current cycling and lets the reader read it as a staircase instead", () => {
    const programme = cycling(1, 1, 40, 0);
    const cell = { ...realisticCell, resistance_ohm_cm2: 30 };
    const long = generate(programme, cell, { kind: "hard", at_s: 30.5 * 3600 });
    const outcome = analyseTrace(long, undefined, thresholdDefaults);
    expect(outcome.testType).toBe("cycling");
    expectClose(outcome.outputs.cycleLife_h as number, 30.5, 0.01);
    expect(outcome.outputs.cycles).toBe(15);
    expectClose(outcome.outputs.overpotential_mV as number, truePlateau_mV(cell, 1), 0.05 * truePlateau_mV(cell, 1));
    expectClose(outcome.outputs.cumulativeCapacity_mAh_cm2 as number, 30.5, 0.1);
    expect(outcome.cycling?.series).toHaveLength(30);
    expect(outcome.unavailable.ccd_mA_cm2).toMatch(/^Shown for a CCD staircase/);
    const forced = analyseTrace(long, undefined, thresholdDefaults, { testType: "staircase" });
    expect(forced.detectedTestType).toBe("cycling");
    expect(forced.testType).toBe("staircase");
    expect(forced.outputs.failureCurrent_mA_cm2).toBe(1);
  });
});

describe("table2CompareQuery", () => {
  it("writes a cycling result that the Table 2 charts read back, cumulative capacity derived", () => {
    const query = table2CompareQuery({ current_mA_cm2: 1, arealCapacity_mAh_cm2: 1, overpotential_mV: 15.26, cycleLife_h: 800 });
    expect(query).toBe("?my2_current_mA_cm2=1&my2_capacity_mAh_cm2=1&my2_overpotential_mV=15.26&my2_cycle_life_h=800");
    const reading = readCompare(query, 2);
    expect(reading.notes).toEqual([]);
    expect(reading.cell).toEqual({
      currentDensity_mA_cm2: 1,
      arealCapacity_mAh_cm2: 1,
      overpotential_mV: 15.26,
      cycleLife_h: 800,
      cumulativeCapacity_mAh_cm2: 800,
    });
  });

  it("carries the CCD convention in the Table 1 link without disturbing the chart's own parameters", () => {
    const query = table1CompareQuery(0.8, 149, "failing");
    expect(query).toBe("?my1_resistance_ohm_cm2=149&my1_ccd_mA_cm2=0.8&ccdConvention=failing");
    expect(readCompare(query, 1).notes).toEqual([]);
  });
});

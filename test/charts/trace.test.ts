import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimateMinMax, layoutTrace, nearestSample, panDomain, pointAt, timeAtX, zoomDomain } from "../../src/charts/trace";
import { exampleModel, syntheticTrace } from "../../src/calculators/synthetic-trace";
import { expectClose } from "../helpers/close";

const trace = syntheticTrace(exampleModel);
const steps = exampleModel.plan.map((p) => ({
  start_s: p.start_h * 3600,
  end_s: (p.start_h + 2 * p.halfCycle_h) * 3600,
  current_mA_cm2: p.current_mA_cm2,
}));

describe("decimateMinMax", () => {
  it("keeps each column's lowest and highest sample, in time order", () => {
    const t = Float64Array.from([0, 1, 2, 3, 4, 5, 6, 7]);
    const v = Float64Array.from([5, 9, 1, 4, 3, 3, 8, 2]);
    const out = decimateMinMax(t, v, 0, 8, 0, 8, 2);
    expect(Array.from(out.time_s)).toEqual([1, 2, 6, 7]);
    expect(Array.from(out.voltage_V)).toEqual([9, 1, 8, 2]);
  });

  it("reduces a million samples to at most two per column and keeps the extremes", () => {
    const n = 1_000_000;
    const t = Float64Array.from({ length: n }, (_, i) => i);
    const v = Float64Array.from({ length: n }, (_, i) => Math.sin(i / 1000) + (i === 654_321 ? 5 : 0));
    const out = decimateMinMax(t, v, 0, n, 0, n - 1, 640);
    expect(out.time_s.length).toBeLessThanOrEqual(1280);
    expect(Math.max(...out.voltage_V)).toBe(v[654_321]);
  });
});

describe("layoutTrace", () => {
  const layout = layoutTrace({
    time_s: trace.time_s,
    voltage_V: trace.voltage_V,
    steps,
    failure: { time_s: 94250, label: "Short at 0.8 mA cm⁻²" },
  });

  it("spans the whole trace in hours, with labelled ticks", () => {
    expect(layout.domain_h[0]).toBe(0);
    expectClose(layout.domain_h[1], 29.2889, 1e-4);
    expect(layout.xLabel).toBe("Time (h)");
    expect(layout.yLabel).toBe("Voltage (V)");
    expect(layout.xTicks.map((t) => t.label)).toEqual(["0", "5", "10", "15", "20", "25"]);
    expect(layout.yTicks.at(0)!.value).toBeLessThanOrEqual(-0.398);
    expect(layout.zeroY).toBeGreaterThan(layout.plot.top);
  });

  it("draws at most about two vertices per pixel column", () => {
    expect(layout.vertices).toBeLessThanOrEqual(2 * (layout.plot.right - layout.plot.left) + 2);
    expect(layout.path.startsWith("M")).toBe(true);
  });

  it("shades each step in alternating tones and labels its current", () => {
    expect(layout.bands).toHaveLength(10);
    expect(layout.bands.map((b) => b.shade)).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
    expect(layout.bands[7]!.label).toBe("0.8 mA cm⁻²");
    expectClose(layout.bands[0]!.x, layout.plot.left, 1e-9);
  });

  it("marks the failure at its time and voltage", () => {
    const failure = layout.failure!;
    const x = layout.plot.left + (94250 / 3600 / layout.domain_h[1]) * (layout.plot.right - layout.plot.left);
    expectClose(failure.x, x, 1e-6);
    expect(failure.label).toBe("Short at 0.8 mA cm⁻²");
  });

  it("zooms into the failure and leaves out marks outside the view", () => {
    const zoomed = layoutTrace({
      time_s: trace.time_s,
      voltage_V: trace.voltage_V,
      steps,
      failure: { time_s: 94250, label: "short" },
      domain_h: [26, 26.4],
    });
    expect(zoomed.bands.map((b) => b.current_mA_cm2)).toEqual([0.8]);
    expect(zoomed.failure).toBeDefined();
    const early = layoutTrace({
      time_s: trace.time_s,
      voltage_V: trace.voltage_V,
      failure: { time_s: 94250, label: "short" },
      domain_h: [0, 1],
    });
    expect(early.failure).toBeUndefined();
    expect(early.vertices).toBe(361);
  });

  it("copes with an empty trace and a flat one", () => {
    expect(layoutTrace({ time_s: new Float64Array(0), voltage_V: new Float64Array(0) }).path).toBe("");
    const flat = layoutTrace({ time_s: Float64Array.from([0, 3600]), voltage_V: Float64Array.from([0.1, 0.1]) });
    expect(flat.voltageDomain_V[0]).toBeLessThan(0.1);
    expect(flat.voltageDomain_V[1]).toBeGreaterThan(0.1);
  });
});

describe("nearestSample", () => {
  it.each([
    [-5, 0],
    [14, 1],
    [16, 2],
    [1e9, trace.time_s.length - 1],
  ])("finds the sample nearest to %s s at index %s", (t, i) => {
    expect(nearestSample(trace.time_s, t)).toBe(i);
  });
});

describe("zoomDomain and panDomain", () => {
  const full: [number, number] = [0, 30];

  it("zooms about the pointer, keeping it in place", () => {
    expect(zoomDomain([0, 30], full, 15, 0.5)).toEqual([7.5, 22.5]);
    expect(zoomDomain([0, 30], full, 0, 0.5)).toEqual([0, 15]);
  });

  it("never leaves the trace or goes narrower than a millionth of it", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.double({ min: 1e-3, max: 10, noNaN: true }),
        (anchor, factor) => {
          const [a, b] = zoomDomain([5, 25], full, anchor, factor);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThanOrEqual(30 + 1e-9);
          expect(b - a).toBeGreaterThanOrEqual(30e-6 * (1 - 1e-9));
        },
      ),
    );
  });

  it("pans within the trace at the same width", () => {
    expect(panDomain([10, 20], full, 5)).toEqual([15, 25]);
    expect(panDomain([10, 20], full, 50)).toEqual([20, 30]);
    expect(panDomain([10, 20], full, -50)).toEqual([0, 10]);
  });
});

describe("timeAtX and pointAt", () => {
  const layout = layoutTrace({ time_s: trace.time_s, voltage_V: trace.voltage_V, domain_h: [10, 20] });

  it("reads the time under a position, clamped to the visible range", () => {
    expectClose(timeAtX(layout, layout.plot.left), 10);
    expectClose(timeAtX(layout, (layout.plot.left + layout.plot.right) / 2), 15);
    expect(timeAtX(layout, -100)).toBe(10);
    expect(timeAtX(layout, 1e6)).toBe(20);
  });

  it("places a sample where the layout's scales put it, and inverts timeAtX", () => {
    const [v0, v1] = layout.voltageDomain_V;
    expect(pointAt(layout, 10, v0)).toEqual({ x: layout.plot.left, y: layout.plot.bottom });
    const top = pointAt(layout, 20, v1);
    expectClose(top.x, layout.plot.right);
    expectClose(top.y, layout.plot.top);
    fc.assert(
      fc.property(fc.double({ min: 10, max: 20, noNaN: true }), (t) => {
        expectClose(timeAtX(layout, pointAt(layout, t, 0).x), t, 1e-9);
      }),
    );
  });
});

describe("layoutTrace: the verdict's evidence", () => {
  const time_s = Float64Array.from({ length: 101 }, (_, i) => i * 36);
  const voltage_V = Float64Array.from({ length: 101 }, () => 0.1);

  it("shades the evidence window over its time range, labelled", () => {
    const layout = layoutTrace({ time_s, voltage_V, evidence: { start_s: 1800, end_s: 2700, label: "Short circuit" } }, 720, 360);
    // 1 h of trace over the 640 units between the margins: 0.5 h to 0.75 h.
    expect(layout.evidence).toEqual({ x: 64 + 320, width: 160, label: "Short circuit" });
  });

  it("keeps a window shorter than a pixel visible, 2 units wide, and drops one outside the view", () => {
    const thin = layoutTrace({ time_s, voltage_V, evidence: { start_s: 3600, end_s: 3600, label: "x" } }, 720, 360);
    expect(thin.evidence).toEqual({ x: 704 - 2, width: 2, label: "x" });
    const outside = layoutTrace({ time_s, voltage_V, evidence: { start_s: 0, end_s: 100, label: "x" }, domain_h: [0.5, 1] }, 720, 360);
    expect(outside.evidence).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { expectClose } from "../helpers/close";
import { axisLabel, layoutSweepCurve, type CurveSpec } from "../../src/charts/sweep-curve";

const spec: CurveSpec = {
  points: [{ x: 0, y: 200 }, { x: 5, y: 150 }, { x: 10, y: 100 }],
  current: { x: 5, y: 150 },
  x: { name: "N/P ratio", unit: "" },
  y: { name: "Cell specific energy", unit: "Wh kg⁻¹" },
  xDomain: [0, 10],
};

describe("layoutSweepCurve", () => {
  const layout = layoutSweepCurve(spec);

  it("fits a 640 × 360 viewBox with the plot inside its margins", () => {
    expect([layout.width, layout.height]).toEqual([640, 360]);
    expect(layout.plot).toEqual({ left: 68, top: 16, right: 616, bottom: 308 });
  });

  it("draws the curve through every point, left to right", () => {
    expect(layout.path).toMatchInlineSnapshot(`"M68,42.545L342,108.909L616,175.273"`);
  });

  it("starts the y axis at 0 and ends it at a round number above the highest point", () => {
    expect(layout.yTicks[0]).toEqual({ value: 0, position: 308, label: "0" });
    expect(layout.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(200);
    expect(layout.yTicks.at(-1)!.position).toBeGreaterThanOrEqual(layout.plot.top);
  });

  it("ticks N/P at 0, 2, 4, 6, 8, 10 across the plot", () => {
    expect(layout.xTicks.map((t) => t.label)).toEqual(["0", "2", "4", "6", "8", "10"]);
    expect(layout.xTicks[0].position).toBe(68);
    expect(layout.xTicks.at(-1)!.position).toBe(616);
  });

  it("labels the axes with their units", () => {
    expect(layout.xLabel).toBe("N/P ratio");
    expect(layout.yLabel).toBe("Cell specific energy (Wh kg⁻¹)");
    expect(axisLabel({ name: "Host areal mass", unit: "mg cm⁻²" })).toBe("Host areal mass (mg cm⁻²)");
  });

  it("marks the current design at its place on the curve, with an accessible name", () => {
    expectClose(layout.marker!.cx, 342, 1e-9);
    expect(layout.marker!.label).toBe("This design: N/P ratio = 5; Cell specific energy = 150 Wh kg⁻¹");
    expect(layout.note).toBeUndefined();
  });

  it("says so instead of marking a design that lies beyond the axis", () => {
    const off = layoutSweepCurve({ ...spec, current: { x: 60, y: 12.5 } });
    expect(off.marker).toBeUndefined();
    expect(off.note).toBe(
      "This design (N/P ratio = 60; Cell specific energy = 12.5 Wh kg⁻¹) lies beyond the axis, which runs from 0 to 10.",
    );
  });

  it("keeps the axes and draws no line when there are no points", () => {
    const empty = layoutSweepCurve({ ...spec, points: [], current: undefined, xDomain: undefined });
    expect(empty.path).toBe("");
    expect(empty.xTicks.length).toBeGreaterThan(1);
    expect(empty.yTicks.length).toBeGreaterThan(1);
  });

  it("is the same for the same input, so the hydrated SVG matches the prerendered one", () => {
    expect(layoutSweepCurve(spec)).toEqual(layout);
  });
});

describe("a reference level on the sweep", () => {
  const withReference = layoutSweepCurve({ ...spec, reference: { y: 125, label: "Na-ion cell" } });

  it("draws it as a horizontal line at its height on the same scale", () => {
    const zero = withReference.yTicks[0].position;
    const top = withReference.yTicks.at(-1)!;
    expectClose(withReference.reference!.y, zero + ((top.position - zero) * 125) / top.value, 1e-9);
  });

  it("finds where the curve falls below it: from 150 at 5 to 100 at 10, 125 is crossed at 7.5", () => {
    expect(withReference.reference!.crossing).toBe(7.5);
  });

  it("raises the y axis to keep a reference above every point in view", () => {
    const high = layoutSweepCurve({ ...spec, reference: { y: 400, label: "high" } });
    expect(high.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(400);
    expect(high.reference!.crossing).toBeUndefined();
  });
});

describe("an uncertainty band on the sweep", () => {
  it("draws the band as one closed area from lo to hi, and keeps its top in view", () => {
    const band = [{ x: 0, lo: 190, hi: 210 }, { x: 10, lo: 90, hi: 330 }];
    const layout = layoutSweepCurve({ ...spec, band });
    expect(layout.bandPath).toMatch(/^M68,[\d.]+L616,[\d.]+L616,[\d.]+L68,[\d.]+Z$/);
    expect(layout.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(330);
  });

  it("draws no band without one", () => {
    expect(layoutSweepCurve(spec).bandPath).toBeUndefined();
  });
});

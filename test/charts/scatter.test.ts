import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../helpers/close";
import type { ChartDataset } from "../../src/charts/points";
import { layoutScatter, type ScatterConfig } from "../../src/charts/scatter";

const dataset: ChartDataset = {
  columns: [
    { key: "ccd", label: "CCD", unit: "mA cm⁻²" },
    { key: "r", label: "Interfacial resistance", unit: "Ω cm²" },
    { key: "life", label: "Cycle life", unit: "h" },
  ],
  series: [
    { key: "NZSP", label: "NASICON" },
    { key: "BASE", label: "β″-alumina" },
  ],
  points: [
    { id: "a", ref: 1, strategy: "A", series: "NZSP", values: { ccd: 1, r: 100, life: 100 } },
    { id: "b", ref: 2, strategy: "B", series: "BASE", values: { ccd: 4, r: 10, life: 1000 } },
    { id: "c", ref: 3, strategy: "C", series: "NZSP", values: { ccd: null, r: 50, life: null }, hollow: true },
    { id: "d", ref: 4, strategy: "D", series: "BASE", values: { ccd: 2, r: null, life: 400 } },
    { id: "e", ref: 5, strategy: "E", series: "NZSP", values: { ccd: null, r: null, life: 10 } },
  ],
};

const config: ScatterConfig = {
  x: { key: "ccd", name: "Critical current density", unit: "mA cm⁻²", scale: "linear", missing: ["No CCD", "reported"] },
  y: { key: "r", name: "Interfacial resistance", unit: "Ω cm²", scale: "log", missing: ["No resistance", "reported"] },
  xReference: { value: 2, label: "Practical target" },
  dataset,
};

const mark = (layout: ReturnType<typeof layoutScatter>, id: string) => layout.marks.find((m) => m.id === id)!;

describe("layoutScatter", () => {
  const layout = layoutScatter(config);

  it("labels both axes with their units", () => {
    expect(layout.xLabel).toBe("Critical current density (mA cm⁻²)");
    expect(layout.yLabel).toBe("Interfacial resistance (Ω cm²)");
  });

  it("places a point by its values: larger x to the right, larger y higher up", () => {
    const a = mark(layout, "a");
    const b = mark(layout, "b");
    expect(b.cx).toBeGreaterThan(a.cx);
    expect(b.cy).toBeGreaterThan(a.cy);
    expect(a.place).toBe("plot");
  });

  it("puts a point without x in the strip beside the plot, at its y, and one without y in the strip below", () => {
    const c = mark(layout, "c");
    const d = mark(layout, "d");
    expect(c.place).toBe("x-strip");
    expect(c.cx).toBeGreaterThan(layout.xStrip!.left);
    expect(c.cx).toBeLessThan(layout.xStrip!.right);
    expect(c.cy).toBeGreaterThan(mark(layout, "a").cy);
    expect(c.cy).toBeLessThan(mark(layout, "b").cy);
    expect(d.place).toBe("y-strip");
    expect(d.cy).toBeGreaterThan(layout.plot.bottom);
    expect(layout.xStrip!.left).toBeGreaterThan(layout.plot.right);
    expect(layout.yStrip!.label).toEqual(["No resistance", "reported"]);
    expect(layout.height).toBeGreaterThan(380);
  });

  it("lists a point missing both values apart instead of dropping it", () => {
    expect(layout.unplaced.map((p) => p.id)).toEqual(["e"]);
    expect(layout.marks).toHaveLength(4);
  });

  it("orders marks for the keyboard: the plot left to right, then the strips", () => {
    expect(layout.marks.map((m) => m.id)).toEqual(["a", "b", "c", "d"]);
  });

  it("gives every mark an accessible name with its values", () => {
    expect(mark(layout, "a").label).toBe("A, ref. 1, NASICON: CCD 1 mA cm⁻², interfacial resistance 100 Ω cm²");
    expect(mark(layout, "c").label).toContain("CCD not reported");
  });

  it("gives series their own shape and slot, and draws hollow points hollow", () => {
    expect([mark(layout, "a").shape, mark(layout, "b").shape]).toEqual(["circle", "square"]);
    expect([mark(layout, "a").series, mark(layout, "b").series]).toEqual([0, 1]);
    expect(mark(layout, "c").hollow).toBe(true);
    expect(mark(layout, "a").path).toMatch(/^M/);
  });

  it("draws the reference line at its value across the plot", () => {
    expect(layout.xTicks.map((t) => t.label)).toEqual(["0", "1", "2", "3", "4"]);
    expect(layout.reference!.x).toBe(layout.xTicks[2].position);
    expect(layout.reference!.top).toBe(layout.plot.top);
  });

  it("keeps the scales when a series is hidden, so the marks that stay do not move", () => {
    const filtered = layoutScatter(config, { hidden: ["BASE"] });
    expect(filtered.marks.map((m) => m.id)).toEqual(["a", "c"]);
    expect(mark(filtered, "a")).toEqual(mark(layout, "a"));
    expect(filtered.xTicks).toEqual(layout.xTicks);
    expect(filtered.legend.find((l) => l.key === "BASE")!.hidden).toBe(true);
  });

  it("keeps a strip while its marks are hidden, so the plot keeps its size, and leaves it out when no point needs it", () => {
    expect(layoutScatter(config, { hidden: ["BASE"] }).yStrip).toEqual(layout.yStrip);
    const complete = layoutScatter({ ...config, dataset: { ...dataset, points: dataset.points.slice(0, 2) } });
    expect(complete.xStrip).toBeUndefined();
    expect(complete.yStrip).toBeUndefined();
    expect(complete.height).toBe(380);
  });

  it("turns the log axis linear when the switch is off, which changes its tick labels", () => {
    const linear = layoutScatter(config, { log: false });
    expect(layout.yKind).toBe("log");
    expect(linear.yKind).toBe("linear");
    expect(linear.xKind).toBe("linear");
    expect(linear.yTicks.map((t) => t.label)).toEqual(["0", "20", "40", "60", "80", "100"]);
    expect(layout.yTicks.filter((t) => t.major).map((t) => t.label)).toEqual(["10", "20", "50", "100"]);
  });

  it("keeps every mark inside the viewBox whatever the values", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.double({ min: 1e-3, max: 1e4, noNaN: true }), y: fc.double({ min: 1e-3, max: 1e4, noNaN: true }) }), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        (values, log) => {
          const points = values.map((v, i) => ({ id: `p${i}`, ref: 1, strategy: "S", series: "NZSP", values: { ccd: v.x, r: v.y } }));
          const l = layoutScatter({ ...config, xReference: undefined, dataset: { ...dataset, points } }, { log });
          return l.marks.length === values.length && l.marks.every((m) => m.cx >= 0 && m.cx <= l.width && m.cy >= 0 && m.cy <= l.height);
        },
      ),
    );
  });
});

describe("layoutScatter with sized marks, a shaded region and the reader's cell", () => {
  const sized: ScatterConfig = {
    ...config,
    x: { ...config.x, scale: "log" },
    size: { key: "life", name: "Cycle life", unit: "h" },
    region: { x: 3, y: 30, label: ["Benchmark", "≥ 3, ≥ 30"] },
  };

  it("makes mark area proportional to the size column, keeping tiny values visible", () => {
    const l = layoutScatter(sized);
    expectClose(mark(l, "b").area, Math.PI * 11 ** 2, 0.01);
    expectClose(mark(l, "a").area / mark(l, "d").area, 100 / 400, 0.001);
    expectClose(mark(l, "c").area, Math.PI * 2.5 ** 2, 0.01);
    expect(l.paint[0]).toBe(l.marks.findIndex((m) => m.id === "b"));
    expect(l.sizeLegend.map((s) => s.label)).toEqual(["50 h", "200 h", "1,000 h"]);
  });

  it("shades the region from its corner to the top right of the plot", () => {
    const l = layoutScatter(sized);
    expect(l.region!.x + l.region!.width).toBe(l.plot.right);
    expect(l.region!.y).toBe(l.plot.top);
    expect(l.region!.label).toEqual(["Benchmark", "≥ 3, ≥ 30"]);
  });

  it("draws the reader's cell as a star where its values fall, widening the axes to reach it", () => {
    const l = layoutScatter(sized, { reader: { ccd: 40, r: 5000, temperature: 25 } });
    expect(l.reader!.place).toBe("plot");
    expect(l.reader!.cx).toBeLessThanOrEqual(l.plot.right);
    expect(l.reader!.cy).toBeGreaterThanOrEqual(l.plot.top);
    expect(l.reader!.label).toBe("Your cell: CCD 40 mA cm⁻², interfacial resistance 5,000 Ω cm²");
    expect(l.reader!.path).toMatch(/^M0,-/);
  });

  it("puts the reader's cell in a strip when it lacks the x value, like the table's rows", () => {
    const l = layoutScatter(config, { reader: { r: 20 } });
    expect(l.reader!.place).toBe("x-strip");
  });

  it("says what the reader's cell needs when the chart cannot show it, and says nothing for an empty cell", () => {
    const noStrips: ScatterConfig = { ...config, x: { ...config.x, missing: undefined }, y: { ...config.y, missing: undefined } };
    const l = layoutScatter(noStrips, { reader: { r: 20 } });
    expect(l.reader).toBeNull();
    expect(l.readerNote).toMatchInlineSnapshot(`"Your cell appears on this chart once it has a critical current density and interfacial resistance."`);
    expect(layoutScatter(config, { reader: {} }).readerNote).toBeUndefined();
  });

  it("spreads points that share a position so each stays visible", () => {
    const twins: ChartDataset = { ...dataset, points: [dataset.points[0], { ...dataset.points[0], id: "a2" }] };
    const l = layoutScatter({ ...config, dataset: twins });
    expect([l.marks[0].cx, l.marks[0].cy]).not.toEqual([l.marks[1].cx, l.marks[1].cy]);
  });

  it("draws a range for a test run at several x values", () => {
    const ranged: ChartDataset = { ...dataset, points: [{ ...dataset.points[0], values: { ccd: 1, hi: 3, r: 100 } }] };
    const l = layoutScatter({ ...config, xUpperKey: "hi", dataset: ranged });
    expect(l.marks[0].range!.x2).toBeGreaterThan(l.marks[0].range!.x1);
  });
});

describe("layoutScatter on a phone's column", () => {
  it("labels fewer x ticks in a 358-unit viewBox than in the prerendered 600", () => {
    const labelled = (width: number) => layoutScatter(config, {}, width).xTicks.filter((t) => t.label).length;
    expect(labelled(358)).toBeLessThan(labelled(600));
    expect(labelled(358)).toBeGreaterThanOrEqual(3);
  });

  it("keeps every mark inside a narrow viewBox", () => {
    const narrow = layoutScatter(config, {}, 358);
    expect(narrow.width).toBe(358);
    for (const m of narrow.marks) expect(m.cx).toBeLessThanOrEqual(358);
  });
});

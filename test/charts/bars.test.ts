import { describe, expect, it } from "vitest";
import { layoutBars, truncate, type BarConfig } from "../../src/charts/bars";
import type { ChartDataset } from "../../src/charts/points";

const dataset: ChartDataset = {
  columns: [
    { key: "total", label: "Cumulative plated capacity", unit: "mAh cm⁻²" },
    { key: "j", label: "Current density", unit: "mA cm⁻²" },
  ],
  series: [
    { key: "carbon", label: "Carbon hosts" },
    { key: "alloy", label: "Alloy hosts" },
  ],
  points: [
    { id: "a", ref: 1, strategy: "A", series: "carbon", values: { total: 100, j: 1 } },
    { id: "b", ref: 2, strategy: "B", series: "alloy", values: { total: 112000, j: 40 } },
    { id: "c", ref: 3, strategy: "C", series: "carbon", values: { total: 3000, j: 3 } },
    { id: "d", ref: 4, strategy: "D", series: "alloy", values: { total: null, j: null } },
  ],
};

const config: BarConfig = {
  value: { key: "total", name: "Cumulative plated capacity", unit: "mAh cm⁻²", scale: "log" },
  labelKeys: ["j"],
  dataset,
};

describe("layoutBars", () => {
  const layout = layoutBars(config);

  it("ranks the bars longest first and lists the point without a value apart", () => {
    expect(layout.bars.map((b) => [b.id, b.rank])).toEqual([["b", 1], ["c", 2], ["a", 3]]);
    expect(layout.unplaced.map((p) => p.id)).toEqual(["d"]);
    expect(layout.bars[0].width).toBeGreaterThan(layout.bars[1].width);
  });

  it("stacks one bar per row and sizes the viewBox to the rows", () => {
    expect(layout.bars.map((b) => b.y)).toEqual([11, 29, 47]);
    expect(layout.height).toBe(8 + 3 * 18 + 46);
    expect(layout.xLabel).toBe("Cumulative plated capacity (mAh cm⁻²)");
  });

  it("names each bar with its value, the other columns asked for and its rank", () => {
    expect(layout.bars[0].label).toBe("B, ref. 2, Alloy hosts: cumulative plated capacity 112,000 mAh cm⁻², current density 40 mA cm⁻²; rank 1 of 3");
    expect(layout.bars[0].valueLabel).toBe("112,000");
  });

  it("ends each bar in its series' shape", () => {
    expect(layout.bars.map((b) => b.shape)).toEqual(["square", "circle", "circle"]);
    expect(layout.bars[0].symbolX).toBe(layout.bars[0].x + layout.bars[0].width + 8);
  });

  it("re-ranks the shown bars when a series is hidden, on the same scale", () => {
    const filtered = layoutBars(config, { hidden: ["alloy"] });
    expect(filtered.bars.map((b) => [b.id, b.rank])).toEqual([["c", 1], ["a", 2]]);
    expect(filtered.bars[0].width).toBe(layout.bars[1].width);
    expect(filtered.ticks).toEqual(layout.ticks);
  });

  it("switches to a linear axis from zero, where small values get short bars", () => {
    const linear = layoutBars(config, { log: false });
    expect(linear.kind).toBe("linear");
    expect(linear.ticks[0].label).toBe("0");
    expect(linear.bars[2].width).toBeLessThan(2);
    expect(layout.ticks.filter((t) => t.major).map((t) => t.label)).toEqual(["100", "1,000", "10,000", "100,000"]);
  });

  it("ranks the reader's value among the bars as a star named Your cell", () => {
    const l = layoutBars(config, { reader: { total: 5000, j: 5 } });
    const mine = l.bars.find((b) => b.reader)!;
    expect(mine.rank).toBe(2);
    expect(mine.shape).toBe("star");
    expect(mine.name).toBe("Your cell");
    expect(mine.label).toBe("Your cell: cumulative plated capacity 5,000 mAh cm⁻², current density 5 mA cm⁻²; rank 2 of 4");
    expect(layoutBars(config, { reader: { j: 5 } }).bars.some((b) => b.reader)).toBe(false);
  });

  it("shortens long strategy names with an ellipsis", () => {
    expect(truncate("Na-oxygen-containing carbonized coconut framework", 33)).toBe("Na-oxygen-containing carbonized…");
    expect(truncate("Short", 33)).toBe("Short");
  });
});

describe("layoutBars on a phone's column", () => {
  const long = {
    ...config,
    dataset: { ...dataset, points: [{ ...dataset.points[0], strategy: "Na-oxygen-containing carbonized coconut framework" }] },
  };

  it("gives the names at most 38 % of a 358-unit viewBox and shortens them to fit", () => {
    const narrow = layoutBars(long, {}, 358);
    expect(narrow.width).toBe(358);
    expect(narrow.plot.left).toBe(136);
    expect(narrow.bars[0].name).toBe("Na-oxygen-contain…");
    expect(narrow.plot.right - narrow.plot.left).toBe(358 - 136 - 76);
  });

  it("keeps the full margin and 31 characters at the prerendered 600 units", () => {
    const wide = layoutBars(long, {}, 600);
    expect(wide.plot.left).toBe(228);
    expect(wide.bars[0].name).toBe("Na-oxygen-containing carbonize…");
  });
});

import { describe, expect, it } from "vitest";
import { legendItems, seriesIndex, toggleSeries } from "../../src/charts/legend";
import type { ChartDataset } from "../../src/charts/points";

const dataset: ChartDataset = {
  columns: [],
  series: [
    { key: "carbon", label: "Carbon hosts" },
    { key: "alloy", label: "Alloy hosts" },
    { key: "metal-mxene", label: "Metal and MXene hosts" },
  ],
  points: [
    { id: "a", ref: 1, strategy: "A", series: "carbon", values: {} },
    { id: "b", ref: 2, strategy: "B", series: "carbon", values: {} },
    { id: "c", ref: 3, strategy: "C", series: "metal-mxene", values: {} },
  ],
};

describe("legend", () => {
  it("lists each series that has points, with its count, shape and colour slot", () => {
    const items = legendItems(dataset, ["metal-mxene"]);
    expect(items.map(({ path, ...rest }) => rest)).toEqual([
      { key: "carbon", label: "Carbon hosts", index: 0, shape: "circle", count: 2, hidden: false },
      { key: "metal-mxene", label: "Metal and MXene hosts", index: 2, shape: "triangle", count: 1, hidden: true },
    ]);
    expect(items[0].path).toMatch(/^M4\.51,0A/);
  });

  it("finds a series' slot by key, falling back to the first", () => {
    expect(seriesIndex(dataset, "alloy")).toBe(1);
    expect(seriesIndex(dataset, "unknown")).toBe(0);
  });

  it("hides a shown series and shows a hidden one", () => {
    expect(toggleSeries([], "carbon")).toEqual(["carbon"]);
    expect(toggleSeries(["carbon", "alloy"], "carbon")).toEqual(["alloy"]);
  });
});

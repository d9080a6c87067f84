import { describe, expect, it } from "vitest";
import { expectClose } from "../helpers/close";
import { layoutStackedBars, type BarRowSpec } from "../../src/charts/stacked-bar";

const rows: BarRowSpec[] = [
  { key: "mass", label: "Mass", unit: "mg cm⁻²", segments: [
    { key: "active", label: "Active", value: 30 }, { key: "host", label: "Host", value: 0 },
    { key: "electrolyte", label: "Electrolyte", value: 10 },
  ] },
  { key: "volume", label: "Volume", unit: "µm", segments: [
    { key: "active", label: "Active", value: 150 }, { key: "host", label: "Host", value: 50 },
  ] },
];

describe("layoutStackedBars", () => {
  const layout = layoutStackedBars(rows);

  it("stacks each bar's shares across the whole plot width", () => {
    const [mass] = layout.rows;
    expect(mass.segments.map((s) => s.key)).toEqual(["active", "electrolyte"]);
    expect(mass.segments[0].x).toBe(layout.plot.left);
    expectClose(mass.segments[0].width, 0.75 * (layout.plot.right - layout.plot.left), 1e-9);
    expectClose(mass.segments[1].x + mass.segments[1].width, layout.plot.right, 1e-9);
  });

  it("gives each segment its share and an accessible name with value, unit and share", () => {
    const [mass, volume] = layout.rows;
    expect(mass.segments[1].share_pct).toBe(25);
    expect(mass.segments[1].title).toBe("Electrolyte: 10 mg cm⁻² (25 %)");
    expect(volume.segments[1].title).toBe("Host: 50 µm (25 %)");
    expect(mass.totalLabel).toBe("40 mg cm⁻²");
  });

  it("keeps a key's series the same in every bar, even when it is absent from one", () => {
    const [mass, volume] = layout.rows;
    expect(mass.segments.map((s) => s.series)).toEqual([0, 2]);
    expect(volume.segments.map((s) => s.series)).toEqual([0, 1]);
  });

  it("lists in the legend only the keys that are drawn", () => {
    expect(layout.legend).toEqual([
      { key: "active", label: "Active", series: 0 },
      { key: "host", label: "Host", series: 1 },
      { key: "electrolyte", label: "Electrolyte", series: 2 },
    ]);
    const massOnly = layoutStackedBars([rows[0]]);
    expect(massOnly.legend.map((l) => l.key)).toEqual(["active", "electrolyte"]);
  });

  it("ticks the shared axis in percent", () => {
    expect(layout.ticks.map((t) => t.label)).toEqual(["0 %", "20 %", "40 %", "60 %", "80 %", "100 %"]);
    expect(layout.ticks.at(-1)!.position).toBe(layout.plot.right);
  });

  it("sizes the viewBox to the rows", () => {
    expect(layout.width).toBe(640);
    expect(layout.rows.map((r) => [r.y, r.height])).toEqual([[12, 36], [68, 36]]);
    expect(layout.height).toBe(12 + 36 + 20 + 36 + 36);
  });

  it("draws an empty bar when everything is 0", () => {
    const empty = layoutStackedBars([{ key: "m", label: "Mass", unit: "mg cm⁻²", segments: [{ key: "a", label: "A", value: 0 }] }]);
    expect(empty.rows[0].segments).toEqual([]);
    expect(empty.legend).toEqual([]);
  });
});

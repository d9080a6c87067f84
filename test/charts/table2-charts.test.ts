import { describe, expect, it } from "vitest";
import raw from "../../src/content/data/table2.json";
import { layoutBars } from "../../src/charts/bars";
import { layoutScatter } from "../../src/charts/scatter";
import { conditionDataset, cumulativeDataset, table2Charts, TABLE2_SERIES } from "../../src/charts/table2-charts";
import { HOST_FAMILIES, table2RowSchema } from "../../src/schemas/table2";
import { validateRows } from "../../src/schemas/validate-rows";

const rows = validateRows("src/content/data/table2.json", raw, table2RowSchema);
const charts = table2Charts(rows);

describe("Table 2 charts", () => {
  it("have one series per host family of the schema", () => {
    expect(TABLE2_SERIES.map((s) => s.key)).toEqual([...HOST_FAMILIES]);
  });

  it("give one point per test condition, with its electrolyte and its j × t", () => {
    const data = conditionDataset(rows);
    expect(data.points).toHaveLength(71);
    expect(data.points[1]).toEqual({
      id: "ref51-na-carbon-composite-2",
      ref: 51,
      strategy: "Na-carbon composite",
      series: "carbon",
      values: {
        electrolyte: "1 M NaPF₆ in FEC/DMC",
        currentDensity_mA_cm2: 1,
        arealCapacity_mAh_cm2: 0.5,
        overpotential_mV: 50,
        cycleLife_h: 600,
        cumulativeCapacity_mAh_cm2: 600,
      },
    });
    expect(new Set(data.points.map((p) => p.id)).size).toBe(71);
  });

  it("draw every condition of the capacity chart: capacity-less ones in the strip below, all-blank rows listed apart", () => {
    const l = layoutScatter(charts.capacity.config);
    const count = (place: string) => l.marks.filter((m) => m.place === place).length;
    expect([count("plot"), count("y-strip"), l.unplaced.length]).toEqual([66, 3, 2]);
    expect(l.unplaced.map((p) => p.ref)).toEqual([71, 72]);
    expect(l.region!.label).toEqual(["This edition's benchmark", "≥ 3 mA cm⁻², ≥ 3 mAh cm⁻²"]);
    expect(new Set(l.marks.map((m) => `${m.cx},${m.cy}`)).size).toBe(69);
  });

  it("size the capacity chart's marks by cycle life", () => {
    const l = layoutScatter(charts.capacity.config);
    const byId = (id: string) => l.marks.find((m) => m.id === id)!;
    expect(byId("ref76-nak-na-2").area).toBeGreaterThan(byId("ref76-nak-na-1").area);
  });

  it("draw the overpotential chart on log axes, with 69 marks", () => {
    const l = layoutScatter(charts.overpotential.config);
    expect([l.xKind, l.yKind]).toEqual(["log", "log"]);
    expect(l.marks).toHaveLength(69);
  });

  it("rank each strategy by the cumulative capacity of its best test, NaK-Na first", () => {
    const data = cumulativeDataset(rows);
    expect(data.points).toHaveLength(34);
    const l = layoutBars(charts.cumulative.config);
    expect(l.bars).toHaveLength(32);
    expect(l.bars[0]).toMatchObject({ id: "ref76-nak-na", valueLabel: "112,000", rank: 1 });
    expect(data.points.find((p) => p.ref === 76)!.note).toBe("the best of 2 tests");
    expect(l.unplaced.map((p) => p.ref)).toEqual([71, 72]);
  });
});

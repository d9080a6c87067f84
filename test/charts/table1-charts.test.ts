import { describe, expect, it } from "vitest";
import raw from "../../src/content/data/table1.json";
import { layoutScatter } from "../../src/charts/scatter";
import { lifespanDataset, resistanceDataset, table1Charts, TABLE1_SERIES } from "../../src/charts/table1-charts";
import { ELECTROLYTE_FAMILIES, table1RowSchema } from "../../src/schemas/table1";
import { validateRows } from "../../src/schemas/validate-rows";

const rows = validateRows("src/content/data/table1.json", raw, table1RowSchema);
const charts = table1Charts([...rows].reverse());

describe("Table 1 charts", () => {
  it("have one series per electrolyte family of the schema", () => {
    expect(TABLE1_SERIES.map((s) => s.key)).toEqual([...ELECTROLYTE_FAMILIES]);
  });

  it("give resistance against CCD one point per row, in printed order whatever the input order", () => {
    const data = resistanceDataset([...rows].reverse());
    expect(data.points).toHaveLength(18);
    expect(data.points[0]).toEqual({
      id: "ref15-heat-treated-nzsp",
      ref: 15,
      strategy: "450 °C heat-treated NZSP",
      series: "NZSP",
      values: {
        interfacialResistance_ohm_cm2: 636,
        ccd_mA_cm2: null,
        testingTemperature_C: 25,
        electrolyteFamily: "NZSP",
        resistanceIsTotal: false,
        ccdApproximate: false,
      },
    });
  });

  it("draw a whole-cell resistance hollow and say why", () => {
    const ref41 = resistanceDataset(rows).points.find((p) => p.ref === 41)!;
    expect(ref41.hollow).toBe(true);
    expect(ref41.note).toBe("total cell resistance, drawn hollow");
  });

  it("keep every row on the resistance chart: CCD-less rows in the side strip, resistance-less ones below, one row listed apart", () => {
    const l = layoutScatter(charts.resistance.config);
    const count = (place: string) => l.marks.filter((m) => m.place === place).length;
    expect([count("plot"), count("x-strip"), count("y-strip"), l.unplaced.length]).toEqual([8, 8, 1, 1]);
    expect(l.unplaced[0].ref).toBe(37);
    expect(l.reference!.label).toBe("Practical target ≈ 2 mA cm⁻²");
  });

  it("give the lifespan chart one point per lifespan statement, at the lowest current density of a test run at two", () => {
    const data = lifespanDataset(rows);
    expect(data.points).toHaveLength(21);
    const ref43 = data.points.find((p) => p.ref === 43)!;
    expect(ref43.values).toMatchObject({ currentDensity_mA_cm2: 0.3, currentDensityHighest_mA_cm2: 0.5, cycleLife_h: 500 });
    expect(ref43.note).toBe("one test at 0.3 and 0.5 mA cm⁻², drawn as a range");
    expect(data.points.find((p) => p.ref === 50)!.note).toBe("lifespan printed as approximate");
  });

  it("name the reader's cell with every value they gave, the family included", () => {
    const l = layoutScatter(charts.resistance.config, { reader: { interfacialResistance_ohm_cm2: 50, ccd_mA_cm2: 1.5, electrolyteFamily: "BASE" } });
    expect(l.reader!.label).toBe("Your cell: interfacial resistance 50 Ω cm², CCD 1.5 mA cm⁻², electrolyte family BASE");
  });

  it("list the row without any lifespan apart on the lifespan chart", () => {
    const l = layoutScatter(charts.lifespan.config);
    expect(l.marks).toHaveLength(20);
    expect(l.unplaced.map((p) => p.ref)).toEqual([39]);
    expect(l.marks.filter((m) => m.range)).toHaveLength(2);
  });

  it("give every mark of a chart its own id", () => {
    for (const chart of [charts.resistance, charts.lifespan]) {
      const ids = chart.config.dataset.points.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

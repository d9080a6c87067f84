import { describe, expect, it } from "vitest";
import raw from "../../src/content/data/table2.json";
import {
  TABLE2_CSV_COLUMNS,
  conditionCapacity_mAh_cm2,
  table2Csv,
  table2Json,
  table2Records,
} from "../../src/lib/table2-export.ts";
import { table2RowSchema } from "../../src/schemas/table2.ts";
import { validateRows } from "../../src/schemas/validate-rows.ts";
import { parseCsv } from "../helpers/parse-csv.ts";

const rows = validateRows("src/content/data/table2.json", raw, table2RowSchema);
const csv = parseCsv(table2Csv(rows));
const header = csv[0]!;
const linesOf = (ref: number) =>
  csv.slice(1).filter((r) => r[header.indexOf("ref")] === String(ref)).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));

describe("conditionCapacity_mAh_cm2", () => {
  it.each([
    [1, 140, 140],
    [5, 2000, 10000],
    [0.5, 300, 150],
    [null, 300, null],
    [1, null, null],
  ])("%s mA cm⁻² for %s h gives %s mAh cm⁻²", (j, h, q) => {
    const condition = { currentDensity_mA_cm2: j, arealCapacity_mAh_cm2: 1, overpotential_mV: 10, cycleLife_h: h };
    expect(conditionCapacity_mAh_cm2(condition)).toBe(q);
  });
});

describe("table2.csv", () => {
  it("has a header with units, then one line per test condition: 71 lines for 34 rows", () => {
    const conditions = rows.reduce((n, r) => n + r.conditions.length, 0);
    expect(conditions).toBe(71);
    expect(header).toEqual([...TABLE2_CSV_COLUMNS]);
    expect(csv).toHaveLength(1 + conditions);
    expect(table2Records(rows)).toHaveLength(conditions);
  });

  it("gives each condition of ref. 51 its own electrolyte, and numbers the conditions", () => {
    expect(linesOf(51).map((l) => [l.condition, l.electrolyte, l.overpotential_mV, l.cycleLife_h])).toEqual([
      ["1", "1 M NaPF₆ in EC/DMC", "80", "140"],
      ["2", "1 M NaPF₆ in FEC/DMC", "50", "600"],
    ]);
  });

  it("repeats a study's cathode and full-cell statements on each of its lines", () => {
    const lines = linesOf(53);
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line.cathode).toBe("Na₃V₂O₂(PO₄)₂F");
      expect(line.fullCell).toBe(
        "88.4 mAh g⁻¹ with a capacity retention of 87.6% after 800 cycles at 1 C | Capacity attenuation of 0.019% per cycle",
      );
    }
    expect(lines.map((l) => l.derivedCumulativeCapacity_mAh_cm2)).toEqual(["870", "1420", "2800", "600"]);
  });

  it("leaves not-reported values empty: a row with only full-cell results, and a missing cathode", () => {
    const [nak] = linesOf(71);
    expect(nak).toMatchObject({
      currentDensity_mA_cm2: "",
      arealCapacity_mAh_cm2: "",
      overpotential_mV: "",
      cycleLife_h: "",
      derivedCumulativeCapacity_mAh_cm2: "",
    });
    expect(linesOf(54)[0]).toMatchObject({ cathode: "", fullCell: "" });
    expect(linesOf(52).map((l) => l.arealCapacity_mAh_cm2)).toEqual(["", ""]);
  });
});

describe("table2.json", () => {
  const json = JSON.parse(table2Json(rows));

  it("holds the 34 rows in printed order, with their parsed full-cell results", () => {
    expect(json.rows).toHaveLength(34);
    expect(json.rows[0].ref).toBe(51);
    expect(json.rows[0].fullCell[0].results[0]).toMatchObject({ capacity: { value: 100, unit: "mAh g⁻¹" }, cycles: 1000 });
    expect(json.units).toContain("_C is a C-rate");
  });

  it("adds the derived capacity to each condition, null where it cannot be computed", () => {
    const ref57 = json.rows.find((r: { ref: number }) => r.ref === 57);
    expect(ref57.conditions.map((c: { derivedCumulativeCapacity_mAh_cm2: number }) => c.derivedCumulativeCapacity_mAh_cm2)).toEqual([
      280, 3000, 10000,
    ]);
    const ref71 = json.rows.find((r: { ref: number }) => r.ref === 71);
    expect(ref71.conditions[0].derivedCumulativeCapacity_mAh_cm2).toBeNull();
  });
});

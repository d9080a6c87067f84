import { describe, expect, it } from "vitest";
import raw from "../../../src/content/data/table2.json";
import { table2DisplayRows } from "../../../src/components/tables/table2-rows.ts";
import { table2RowSchema } from "../../../src/schemas/table2.ts";
import { validateRows } from "../../../src/schemas/validate-rows.ts";

const rows = table2DisplayRows(validateRows("src/content/data/table2.json", raw, table2RowSchema));
const byRef = (ref: number) => rows.find((r) => r.ref === ref)!;

describe("table2DisplayRows", () => {
  it("keeps the 34 rows in printed order with their host family", () => {
    expect(rows.map((r) => r.ref)).toEqual(Array.from({ length: 34 }, (_, i) => 51 + i));
    expect(rows.filter((r) => r.family === "metal-mxene").map((r) => r.ref)).toEqual([80, 81, 82, 83, 84]);
  });

  it("gives one electrolyte per condition only where the row lists several", () => {
    expect(byRef(51).electrolytes).toEqual(["1 M NaPF₆ in EC/DMC", "1 M NaPF₆ in FEC/DMC"]);
    expect(byRef(53).electrolytes).toEqual(["1 M NaClO₄ in EC/PC with 5 wt% FEC"]);
  });

  it("gives each condition its derived capacity, null where a value is not reported", () => {
    expect(byRef(57).conditions.map((c) => c.capacity_mAh_cm2)).toEqual([280, 3000, 10000]);
    expect(byRef(71).conditions).toEqual([
      { j_mA_cm2: null, q_mAh_cm2: null, overpotential_mV: null, h: null, capacity_mAh_cm2: null },
    ]);
  });

  it("keeps full-cell statements as printed text and leaves the parsed numbers to the JSON download", () => {
    expect(byRef(53).fullCell).toEqual([
      "88.4 mAh g⁻¹ with a capacity retention of 87.6% after 800 cycles at 1 C",
      "Capacity attenuation of 0.019% per cycle",
    ]);
    expect(byRef(54)).toMatchObject({ cathode: null, fullCell: null });
  });
});

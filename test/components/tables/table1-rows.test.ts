import { describe, expect, it } from "vitest";
import raw from "../../../src/content/data/table1.json";
import { table1DisplayRows } from "../../../src/components/tables/table1-rows.ts";
import { table1RowSchema } from "../../../src/schemas/table1.ts";
import { validateRows } from "../../../src/schemas/validate-rows.ts";

const rows = table1DisplayRows(validateRows("src/content/data/table1.json", raw, table1RowSchema));
const byRef = (ref: number) => rows.find((r) => r.ref === ref)!;

describe("table1DisplayRows", () => {
  it("keeps the 18 rows in printed order with their electrolyte family", () => {
    expect(rows.map((r) => r.order)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(rows.filter((r) => r.family === "BASE")).toHaveLength(5);
  });

  it("gives each lifespan its derived capacity, a lower bound where a test ran at several densities", () => {
    expect(byRef(43).lifespans).toEqual([
      { h: 500, j_mA_cm2: [0.3, 0.5], approximate: false, capacity_mAh_cm2: 150, lowerBound: true },
    ]);
    expect(byRef(50).lifespans[0]).toMatchObject({ h: 5000, approximate: true, capacity_mAh_cm2: 1500 });
    expect(byRef(39).lifespans).toEqual([]);
  });

  it("links the three rows with the Ω cm⁻² slip to one shared note", () => {
    expect([41, 35, 36].map((ref) => byRef(ref).notes[0])).toEqual([1, 1, 1]);
    expect(byRef(41).notes).toEqual([1, 2]);
    expect(byRef(15).notes).toEqual([]);
  });

  it("carries only what the table shows", () => {
    expect(Object.keys(byRef(15)).sort()).toEqual(
      ["ccdApproximate", "ccd_mA_cm2", "family", "id", "lifespans", "notes", "order", "ref", "resistanceIsTotal",
        "resistance_ohm_cm2", "strategy", "temperature_C"].sort(),
    );
  });
});

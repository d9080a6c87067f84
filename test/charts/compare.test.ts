import { describe, expect, it } from "vitest";
import { COMPARE_CHOICES, compareNames, readCompare, readCompareFields, writeCompare } from "../../src/charts/compare";
import { ELECTROLYTE_FAMILIES } from "../../src/schemas/table1";

describe("compare: reading the reader's cell from the URL", () => {
  it("reads Table 1 values into the charts' columns", () => {
    const r = readCompare("?my1_resistance_ohm_cm2=50&my1_ccd_mA_cm2=1.5&my1_temperature_C=25&my1_family=BASE", 1);
    expect(r.cell).toEqual({ interfacialResistance_ohm_cm2: 50, ccd_mA_cm2: 1.5, testingTemperature_C: 25, electrolyteFamily: "BASE" });
    expect(r.errors).toEqual({});
    expect(r.notes).toEqual([]);
  });

  it("derives a Table 2 cell's cumulative plated capacity from its current density and cycle life", () => {
    const r = readCompare("?my2_current_mA_cm2=3&my2_capacity_mAh_cm2=3&my2_cycle_life_h=500", 2);
    expect(r.cell).toEqual({ currentDensity_mA_cm2: 3, arealCapacity_mAh_cm2: 3, cycleLife_h: 500, cumulativeCapacity_mAh_cm2: 1500 });
  });

  it("accepts a decimal comma, as many readers type one", () => {
    expect(readCompare("?my1_ccd_mA_cm2=1,5", 1).cell).toEqual({ ccd_mA_cm2: 1.5 });
  });

  it("refuses “1,500”, which could be 1.5 h or 1500 h, instead of ranking it", () => {
    const r = readCompare("?my2_cycle_life_h=1,500", 2);
    expect(r.cell).toBeNull();
    expect(r.errors).toEqual({
      my2_cycle_life_h: "Cycle life: “1,500” could be 1.5 or 1500: write 1.5 with a decimal point, or 1500 without a separator.",
    });
  });

  it("takes a value alone, since the cell is one point on the charts", () => {
    expect(readCompareFields(1, { my1_ccd_mA_cm2: "1.5 ± 0.2" }).errors).toEqual({
      my1_ccd_mA_cm2: "Critical current density: give the value alone, without ± and an uncertainty.",
    });
  });

  it("has no cell when the URL carries none, or only a family", () => {
    expect(readCompare("", 1).cell).toBeNull();
    expect(readCompare("?my1_family=NZSP", 1).cell).toBeNull();
  });

  it("flags bad values with a message for their field and keeps them out of the cell", () => {
    const r = readCompare("?my1_resistance_ohm_cm2=abc&my1_ccd_mA_cm2=-2&my1_temperature_C=1e400", 1);
    expect(r.cell).toBeNull();
    expect(r.errors).toMatchInlineSnapshot(`
      {
        "my1_ccd_mA_cm2": "Critical current density must be greater than 0 mA cm⁻².",
        "my1_resistance_ohm_cm2": "Interfacial resistance must be a number in Ω cm².",
        "my1_temperature_C": "Testing temperature is too large to compute with.",
      }
    `);
  });

  it("turns a hostile or unknown parameter of its own into a note and leaves the page's other parameters alone", () => {
    const r = readCompare("?my1_family=%3Cscript%3E&my1_power=9&my2_current_mA_cm2=3&q=na", 1);
    expect(r.notes).toMatchInlineSnapshot(`
      [
        "Ignored my1_family=“<script>”: it must be one of NZSP, BASE.",
        "Ignored “my1_power”: this calculator has no such setting.",
      ]
    `);
    expect(r.cell).toBeNull();
  });

  it("keeps the first of a repeated parameter and says so", () => {
    const r = readCompare("?my1_ccd_mA_cm2=1&my1_ccd_mA_cm2=2", 1);
    expect(r.cell).toEqual({ ccd_mA_cm2: 1 });
    expect(r.notes).toEqual(["“my1_ccd_mA_cm2” was given 2 times; the first value is used."]);
  });

  it("treats an empty field as not entered rather than as an error", () => {
    expect(readCompareFields(2, { my2_current_mA_cm2: " ", my2_capacity_mAh_cm2: "2" })).toEqual({
      raw: { my2_current_mA_cm2: " ", my2_capacity_mAh_cm2: "2" },
      errors: {},
      cell: { arealCapacity_mAh_cm2: 2 },
    });
  });

  it("offers the same electrolyte families as Table 1's schema", () => {
    expect(COMPARE_CHOICES[1][0].options.map((o) => o.value)).toEqual([...ELECTROLYTE_FAMILIES]);
  });
});

describe("compare: writing the reader's cell to the URL", () => {
  it("writes the table's fields in form order, drops empty ones and keeps other parameters", () => {
    const search = writeCompare("?my2_current_mA_cm2=3&my1_ccd_mA_cm2=9&x=1", 1, {
      my1_family: "NZSP",
      my1_ccd_mA_cm2: "1.5",
      my1_resistance_ohm_cm2: "50",
      my1_temperature_C: "",
    });
    expect(search).toBe("?my2_current_mA_cm2=3&x=1&my1_resistance_ohm_cm2=50&my1_ccd_mA_cm2=1.5&my1_family=NZSP");
  });

  it("round-trips: what it writes reads back as the same cell", () => {
    const raw = { my2_current_mA_cm2: "5", my2_capacity_mAh_cm2: "5", my2_overpotential_mV: "50", my2_cycle_life_h: "1000" };
    expect(readCompare(writeCompare("", 2, raw), 2).raw).toEqual(raw);
  });

  it("writes nothing when every field is empty", () => {
    expect(writeCompare("?my1_ccd_mA_cm2=2", 1, {})).toBe("");
    expect(compareNames(2)).toEqual(["my2_current_mA_cm2", "my2_capacity_mAh_cm2", "my2_overpotential_mV", "my2_cycle_life_h"]);
  });
});

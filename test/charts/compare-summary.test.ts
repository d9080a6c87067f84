import { describe, expect, it } from "vitest";
import { summarizeTable1, summarizeTable2 } from "../../src/charts/compare-summary";

describe("summarizeTable1", () => {
  const table = { resistances_ohm_cm2: [3, 8.5, 100, 636], ccds_mA_cm2: [0.5, 1, 2.5, 7] };

  it("ranks the resistance and sets the CCD against the practical target", () => {
    expect(summarizeTable1({ interfacialResistance_ohm_cm2: 50, ccd_mA_cm2: 1.5 }, table)).toMatchInlineSnapshot(`
      [
        "Your resistance, 50 Ω cm², is lower than 2 of the 4 resistances in Table 1.",
        "Your CCD, 1.5 mA cm⁻², falls short of the practical target of about 2 mA cm⁻² and is higher than 2 of the 4 CCDs in Table 1.",
      ]
    `);
  });

  it("says a CCD of 2 mA cm⁻² reaches the target", () => {
    expect(summarizeTable1({ ccd_mA_cm2: 2 }, table)[0]).toContain("reaches the practical target");
  });

  it("says nothing about a cell without resistance or CCD", () => {
    expect(summarizeTable1({ testingTemperature_C: 25 }, table)).toEqual([]);
    expect(summarizeTable1(null, table)).toEqual([]);
  });
});

describe("summarizeTable2", () => {
  const table = { cumulative_mAh_cm2: [112000, 3000, 100] };

  it.each([
    [{ currentDensity_mA_cm2: 3, arealCapacity_mAh_cm2: 3 }, "Your test lies inside this edition's benchmark region."],
    [{ currentDensity_mA_cm2: 1, arealCapacity_mAh_cm2: 5 }, "Your test lies outside this edition's benchmark region: its current density is below it."],
    [{ currentDensity_mA_cm2: 1, arealCapacity_mAh_cm2: 1 }, "Your test lies outside this edition's benchmark region: its current density and areal capacity are below it."],
  ])("places %o against the benchmark", (cell, sentence) => {
    expect(summarizeTable2(cell, table)).toEqual([sentence]);
  });

  it("ranks the cumulative plated capacity among each strategy's best test", () => {
    expect(summarizeTable2({ cumulativeCapacity_mAh_cm2: 5000 }, table)).toEqual([
      "It plated 5,000 mAh cm⁻² over its life (current density × cycle life), which ranks 2 of 4 next to each strategy's best test.",
    ]);
  });
});

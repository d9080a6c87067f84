import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  electrolyteResistance_ohm_cm2,
  polarizationFields,
  presetFromTable1Row,
  type ResistanceRow,
  symmetricCellResistance_ohm_cm2,
  symmetricPolarization_mV,
} from "../../src/calculators/polarization";
import { expectClose } from "../helpers/close";

const row = (over: Partial<ResistanceRow>): ResistanceRow => ({
  id: "ref43-na5sn-composite",
  ref: 43,
  strategy: "Na₅Sn composite",
  testingTemperature_C: 25,
  interfacialResistance_ohm_cm2: 8.5,
  resistanceIsTotal: false,
  ccd_mA_cm2: 2.5,
  ...over,
});

describe("electrolyteResistance_ohm_cm2(L, σ)", () => {
  it.each([
    // L (µm), σ (mS cm⁻¹), L/σ (Ω cm²)
    [1000, 1, 100],
    [500, 1, 50],
    [25, 10, 0.25],
    [1000, 0.1, 1000],
  ])("%s µm at %s mS cm⁻¹ is %s Ω cm²", (l, sigma, r) => {
    expectClose(electrolyteResistance_ohm_cm2(l, sigma), r, 1e-9);
  });
});

describe("symmetricPolarization_mV(j, R_int, L, σ)", () => {
  it.each([
    // j, R_int, L, σ, η (mV): two interfaces plus the bulk
    [1, 149, 1000, 1, 398],
    [0.1, 636, 1000, 1, 137.2],
    [2.5, 8.5, 1000, 1, 292.5],
    [1, 0, 1000, 1, 100],
  ])("j = %s mA cm⁻², R_int = %s Ω cm², L = %s µm, σ = %s mS cm⁻¹ gives %s mV", (j, r, l, s, eta) => {
    expectClose(symmetricPolarization_mV(j, r, l, s), eta, 1e-9);
  });

  it("counts the interfacial resistance twice, once per electrode", () => {
    expectClose(symmetricCellResistance_ohm_cm2(100, 1000, 1) - symmetricCellResistance_ohm_cm2(0, 1000, 1), 200, 1e-9);
  });

  it("is proportional to the current density (ohmic)", () => {
    const positive = fc.double({ min: 1e-3, max: 100, noNaN: true });
    fc.assert(
      fc.property(positive, positive, fc.double({ min: 0, max: 1e4, noNaN: true }), (j, k, r) => {
        expectClose(
          symmetricPolarization_mV(k * j, r, 1000, 1),
          k * symmetricPolarization_mV(j, r, 1000, 1),
          1e-9 * k * j * (2 * r + 100),
        );
      }),
    );
  });
});

describe("presetFromTable1Row", () => {
  it("takes an interfacial resistance as per interface and notes the reported CCD", () => {
    expect(presetFromTable1Row(row({}), "Oh et al. 2021 [43]")).toMatchInlineSnapshot(`
      {
        "convention": "perInterface",
        "id": "ref43-na5sn-composite",
        "label": "Na₅Sn composite, 25 °C",
        "note": "Taken as the resistance of one interface (η = j(2R + L/σ)); switch the convention if the paper gives the whole cell's. Reported CCD: 2.5 mA cm⁻².",
        "source": "Oh et al. 2021 [43]",
        "values": {
          "electrolyteThickness_um": 1000,
          "interfacialResistance_ohm_cm2": 8.5,
          "ionicConductivity_mS_cm": 1,
        },
      }
    `);
  });

  it("splits a total resistance into the bulk L/σ and two equal interfaces", () => {
    const preset = presetFromTable1Row(
      row({ interfacialResistance_ohm_cm2: 400, resistanceIsTotal: true, testingTemperature_C: 65, ccd_mA_cm2: null }),
    )!;
    expect(preset.values.interfacialResistance_ohm_cm2).toBe(150);
    const { interfacialResistance_ohm_cm2: r, electrolyteThickness_um: l, ionicConductivity_mS_cm: s } = preset.values;
    expectClose(symmetricCellResistance_ohm_cm2(r, l, s), 400, 1e-9);
    expect(preset.source).toBe("Table 1 [43]");
    expect(preset.note).toMatchInlineSnapshot(
      `"The table gives a total resistance of 400 Ω cm²; R_int is half of what remains after L/σ = 100 Ω cm². Measured at 65 °C; set σ for that temperature."`,
    );
  });

  it("loads a total resistance minus L/σ whole, and says so, under the whole-cell convention", () => {
    const row400 = row({ interfacialResistance_ohm_cm2: 400, resistanceIsTotal: true, ccd_mA_cm2: null });
    const preset = presetFromTable1Row(row400, undefined, 1000, 1, "wholeCell")!;
    // By hand: R = 400 − 100 = 300 Ω cm², and R + L/σ gives back the reported 400.
    expect(preset.values.interfacialResistance_ohm_cm2).toBe(300);
    expectClose(symmetricCellResistance_ohm_cm2(300, 1000, 1, "wholeCell"), 400, 1e-9);
    expect(preset.convention).toBe("wholeCell");
    expect(preset.note).toBe("The table gives a total resistance of 400 Ω cm²; R is what remains after L/σ = 100 Ω cm².");
    expect(presetFromTable1Row(row({}), undefined, 1000, 1, "wholeCell")!.note).toContain("Taken as both interfaces together");
  });

  it("sets R_int to 0 when a total resistance is below the bulk resistance", () => {
    const preset = presetFromTable1Row(
      row({ interfacialResistance_ohm_cm2: 80, resistanceIsTotal: true, ccd_mA_cm2: null }),
    )!;
    expect(preset.values.interfacialResistance_ohm_cm2).toBe(0);
    expect(preset.note).toMatchInlineSnapshot(
      `"The table gives a total resistance of 80 Ω cm², below L/σ = 100 Ω cm² here, so R_int is set to 0."`,
    );
  });

  it("gives no preset for a row without a resistance", () => {
    expect(presetFromTable1Row(row({ interfacialResistance_ohm_cm2: null }))).toBeUndefined();
  });

  it("turns every Table 1 row that reports a resistance into values within the fields' ranges", () => {
    const rows = JSON.parse(
      readFileSync(new URL("../../src/content/data/table1.json", import.meta.url), "utf8"),
    ) as ResistanceRow[];
    const presets = rows.map((r) => presetFromTable1Row(r)).filter((p) => p !== undefined);
    expect(presets.length).toBeGreaterThan(5);
    for (const p of presets) {
      for (const [name, value] of Object.entries(p.values)) {
        const field = polarizationFields[name as keyof typeof polarizationFields];
        expect(value).toBeGreaterThanOrEqual(field.min);
        expect(value).toBeLessThanOrEqual(field.max);
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import { readNumber } from "../../src/calculators/fields";
import { defaults, fieldGroups, fields, inputNames } from "../../src/calculators/energy-fields";
import { ALUMINIUM_DENSITY_g_cm3 } from "../../src/calculators/constants";

describe("fields", () => {
  it("names every field after its URL key", () => {
    for (const [key, field] of Object.entries(fields)) expect(field.name).toBe(key);
  });

  it("lists the original 19 inputs and the 13 of issue 14 (envelope, loss, pores, pouch, hard carbon)", () => {
    expect(inputNames).toEqual([
      "cathodeCapacity_mAh_g", "cathodeVoltage_V", "activeFraction", "arealCapacity_mAh_cm2", "cathodeDensity_g_cm3",
      "npRatio", "hostThickness_um", "firstCycleLoss_pct", "hostMass_mg_cm2", "hostDensity_g_cm3",
      "wettingAgentMass_mg_cm2", "wettingAgentDensity_g_cm3",
      "cathodeFoil_um", "cathodeFoilDensity_g_cm3", "anodeFoil_um", "anodeFoilDensity_g_cm3",
      "separatorMass_mg_cm2", "separatorThickness_um", "separatorDensity_g_cm3", "electrolyte_g_Ah",
      "electrolyteDensity_g_cm3", "packagingMassFraction", "packagingVolumeFraction",
      "footprint_cm2", "layerCount", "pouchMass_g", "pouchThickness_um",
      "hardCarbonCapacity_mAh_g", "hardCarbonDensity_g_cm3", "hardCarbonNpRatio", "hardCarbonFirstCycleLoss_pct",
      "hardCarbonPotential_V",
    ]);
  });

  it("puts every input in exactly one group", () => {
    expect(fieldGroups.flatMap((g) => g.inputs).sort()).toEqual([...inputNames].sort());
  });

  it("accepts every default", () => {
    for (const name of inputNames) expect(readNumber(String(defaults[name]), fields[name])).toEqual({ ok: true, value: defaults[name] });
  });

  it("defaults both foils to aluminium, 2.70 g cm⁻³", () => {
    expect(defaults.cathodeFoilDensity_g_cm3).toBe(ALUMINIUM_DENSITY_g_cm3);
    expect(defaults.anodeFoilDensity_g_cm3).toBe(ALUMINIUM_DENSITY_g_cm3);
  });

  it.each([
    ["activeFraction", "1.5", "Active-material fraction must be at most 1."],
    ["activeFraction", "0", "Active-material fraction must be greater than 0."],
    ["npRatio", "-1", "N/P ratio must be at least 0."],
    ["packagingMassFraction", "1", "Packaging mass fraction must be less than 1."],
    ["packagingVolumeFraction", "1", "Packaging volume fraction must be less than 1."],
    ["cathodeCapacity_mAh_g", "0", "Cathode specific capacity must be greater than 0 mAh g⁻¹."],
    ["cathodeCapacity_mAh_g", "lots", "Cathode specific capacity must be a number in mAh g⁻¹."],
    ["hostDensity_g_cm3", "30", "Host skeleton density must be at most 25 g cm⁻³."],
    ["separatorThickness_um", "-5", "Separator thickness must be at least 0 µm."],
    ["electrolyte_g_Ah", "", "Enter a value for Electrolyte amount."],
  ] as const)("reads %s = %j as an error: %s", (name, raw, message) => {
    expect(readNumber(raw, fields[name])).toEqual({ ok: false, error: message });
  });

  it.each([
    ["npRatio", "0"], ["hostMass_mg_cm2", "0"], ["activeFraction", "1"], ["packagingMassFraction", "0"],
    ["cathodeFoil_um", "0"], ["electrolyte_g_Ah", "0"],
  ] as const)("accepts the boundary %s = %s", (name, raw) => {
    expect(readNumber(raw, fields[name]).ok).toBe(true);
  });
});

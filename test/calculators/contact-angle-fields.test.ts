import { describe, expect, it } from "vitest";
import {
  defaults,
  fields,
  inferMode,
  modeInputs,
  modes,
  optionalInputs,
  outputFields,
  outputNames,
  surfaceInputs,
  textureModelOf,
} from "../../src/calculators/contact-angle-fields";
import { naSurfaceTension_mN_m } from "../../src/calculators/surface-tension";

describe("contact-angle fields", () => {
  it("are keyed by their URL names", () => {
    for (const [key, field] of Object.entries(fields)) expect(field.name).toBe(key);
  });

  it("give the default state of the issue: angle 72.5° at 250 °C, drop 1 mm × 4 mm, 10 µm pores", () => {
    expect(defaults).toEqual({
      theta_deg: 72.5,
      height_mm: 1,
      diameter_mm: 4,
      gammaSV_mN_m: 300,
      gammaSL_mN_m: 244.5,
      temperature_C: 250,
      roughness: 1.5,
      solidFraction: 0.5,
      poreRadius_um: 10,
    });
  });

  it("read the roughness only for Wenzel and the solid fraction only for Cassie–Baxter, the pore radius always", () => {
    expect(surfaceInputs("none")).toEqual(["poreRadius_um"]);
    expect(surfaceInputs("wenzel")).toEqual(["roughness", "poreRadius_um"]);
    expect(surfaceInputs("cassie")).toEqual(["solidFraction", "poreRadius_um"]);
    expect(textureModelOf("cassie")).toBe("cassie");
    expect(textureModelOf("<b>")).toBe("none");
  });

  it("leave the measured γ_LV optional, its placeholder being pure Na's value at the default temperature", () => {
    expect(optionalInputs).toEqual(["gammaLV_mN_m"]);
    const reading = naSurfaceTension_mN_m(fields.temperature_C.default);
    expect(reading.ok && Math.abs(reading.value - fields.gammaLV_mN_m.default)).toBeLessThan(0.05);
  });

  it("let every mode read the temperature and the measured γ_LV", () => {
    for (const mode of modes) expect(modeInputs[mode]).toEqual(expect.arrayContaining(["temperature_C", "gammaLV_mN_m"]));
  });
});

describe("inferMode", () => {
  it.each([
    [["theta_deg"], "angle"],
    [["height_mm"], "drop"],
    [["temperature_C", "diameter_mm"], "drop"],
    [["gammaSL_mN_m", "gammaLV_mN_m"], "young"],
    [["temperature_C", "gammaLV_mN_m"], undefined],
    [[], undefined],
  ])("reads a link that sets %j as %s mode", (names, mode) => {
    expect(inferMode(names)).toBe(mode);
  });
});

describe("contact-angle outputs", () => {
  it("are the issue's URL names, each with a label", () => {
    expect(outputNames).toEqual([
      "theta_deg", "thetaCap_deg", "gammaLV_mN_m", "workOfAdhesion_mJ_m2", "spreadingCoefficient_mJ_m2", "regime",
      "radius_mm", "volume_uL", "apparentTheta_deg", "capillaryPressure_kPa",
    ]);
    for (const name of outputNames) expect(outputFields[name].label).not.toBe("");
  });
});

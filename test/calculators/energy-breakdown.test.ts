import { describe, expect, it } from "vitest";
import { expectClose } from "../helpers/close";
import { hand, worked } from "./energy-worked";
import { compute, defaults } from "../../src/calculators/energy-density";
import {
  breakdownBars, cellBreakdown, largestInactive, limitingSentence, partLabels,
} from "../../src/calculators/energy-breakdown";
import { massLayers, total, volumeLayers } from "../../src/calculators/energy-stack";

describe("cellBreakdown", () => {
  const b = cellBreakdown(worked);

  it("adds packaging so that it is 20 % of the worked cell's mass and 25 % of its volume", () => {
    expectClose(b.mass_mg_cm2.packaging / total(b.mass_mg_cm2), 0.2, 1e-12);
    expectClose(b.thickness_um.packaging / total(b.thickness_um), 0.25, 1e-12);
  });

  it("matches compute's stack totals", () => {
    expectClose(total(b.mass_mg_cm2) - b.mass_mg_cm2.packaging, hand.stackMass_mg_cm2, 1e-4);
    expectClose(total(b.thickness_um) - b.thickness_um.packaging, hand.stackThickness_um, 1e-3);
  });

  it("gives the cell's specific energy as energy over the whole cell's mass", () => {
    expectClose(1000 * b.energy_mWh_cm2 / total(b.mass_mg_cm2), compute(worked).outputs.specificEnergy_Wh_kg as number, 1e-9);
  });
});

describe("breakdownBars", () => {
  it("gives a mass bar and a volume bar whose segments follow the stack, packaging last", () => {
    const [mass, volume] = breakdownBars(cellBreakdown(worked));
    expect(mass.segments.map((s) => s.key)).toEqual([...massLayers, "packaging"]);
    expect(volume.segments.map((s) => s.key)).toEqual([...volumeLayers, "packaging"]);
    expect(mass.unit).toBe("mg cm⁻²");
    expect(volume.unit).toBe("µm");
    expect(mass.segments[0]).toEqual({ key: "cathodeActive", label: "Cathode active material", value: 20 });
  });

  it("labels every part", () => {
    for (const key of [...massLayers, ...volumeLayers, "packaging" as const]) expect(partLabels[key]).toBeTruthy();
  });
});

describe("largestInactive", () => {
  it("finds the worked cell's packaging: 9.908 mg cm⁻², 20 % of the cell", () => {
    const worst = largestInactive(cellBreakdown(worked));
    expect(worst?.part).toBe("packaging");
    expectClose(worst!.mass_mg_cm2, hand.stackMass_mg_cm2 / 4, 1e-4);
    expectClose(worst!.share_pct, 20, 1e-9);
  });

  it("finds nothing when the cell is all active material", () => {
    const pure = {
      ...worked, activeFraction: 1, npRatio: 0, hostMass_mg_cm2: 0, wettingAgentMass_mg_cm2: 0, cathodeFoil_um: 0,
      anodeFoil_um: 0, separatorMass_mg_cm2: 0, electrolyte_g_Ah: 0, packagingMassFraction: 0,
    };
    expect(largestInactive(cellBreakdown(pure))).toBeUndefined();
  });
});

describe("limitingSentence", () => {
  it("names the largest inactive mass of the worked case, a bare-foil cell at N/P = 20, a flooded cell and a heavy host", () => {
    const designs = [
      worked,
      { ...defaults, npRatio: 20, hostMass_mg_cm2: 0, wettingAgentMass_mg_cm2: 0 },
      { ...defaults, electrolyte_g_Ah: 100 },
      { ...defaults, hostMass_mg_cm2: 30 },
    ];
    expect(designs.map((d) => limitingSentence(cellBreakdown(d)))).toMatchInlineSnapshot(`
      [
        "The largest inactive mass is the packaging: 9.91 mg cm⁻², 20 % of the cell. Halving it would raise the specific energy from 141.3 to 157.0 Wh kg⁻¹.",
        "The largest inactive mass is the Na metal reserve (the Na that cycles is counted in the cathode): 51.5 mg cm⁻², 49 % of the cell. Halving it would raise the specific energy from 96.42 to 127.4 Wh kg⁻¹.",
        "The largest inactive mass is the electrolyte: 300 mg cm⁻², 80 % of the cell. Halving it would raise the specific energy from 27.12 to 45.11 Wh kg⁻¹.",
        "The largest inactive mass is the host: 30 mg cm⁻², 35 % of the cell. Halving it would raise the specific energy from 120.0 to 145.7 Wh kg⁻¹.",
      ]
    `);
  });

  it("says the electrolyte limits the default design and what halving it would give", () => {
    expect(limitingSentence(cellBreakdown(defaults))).toBe(
      "The largest inactive mass is the electrolyte: 9 mg cm⁻², 17 % of the cell. " +
        "Halving it would raise the specific energy from 193.2 to 211.2 Wh kg⁻¹.",
    );
  });

  it("says so when nothing inactive is left", () => {
    const pure = {
      ...worked, activeFraction: 1, npRatio: 0, hostMass_mg_cm2: 0, wettingAgentMass_mg_cm2: 0, cathodeFoil_um: 0,
      anodeFoil_um: 0, separatorMass_mg_cm2: 0, electrolyte_g_Ah: 0, packagingMassFraction: 0,
    };
    expect(limitingSentence(cellBreakdown(pure))).toBe(
      "All of this cell's mass is cathode active material, so no inactive part holds it back.",
    );
  });
});

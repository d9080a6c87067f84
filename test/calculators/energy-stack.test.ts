import { describe, expect, it } from "vitest";
import { expectClose } from "../helpers/close";
import {
  activeMass_mg_cm2, arealEnergy_mWh_cm2, energyDensity_Wh_L, massBreakdown_mg_cm2, naUtilization_pct,
  packagingShare, platedSodium_um, sodiumMass_mg_cm2, specificEnergy_Wh_kg, thicknessBreakdown_um, total,
} from "../../src/calculators/energy-stack";
import { hand, worked } from "./energy-worked";

describe("massBreakdown_mg_cm2", () => {
  const mass = massBreakdown_mg_cm2(worked);

  it.each([
    ["cathodeActive", 20], ["cathodeAdditives", 5], ["cathodeFoil", 1.35], ["separator", 1],
    ["host", 2], ["wettingAgent", 0.5], ["anodeFoil", 1.35], ["electrolyte", 5],
  ] as const)("gives the worked case's %s as %s mg cm⁻²", (layer, expected) => {
    expectClose(mass[layer], expected, 1e-12);
  });

  it("weighs the Na metal at 1165.8 mAh g⁻¹", () => {
    expectClose(mass.sodium, hand.naMass_mg_cm2, 1e-4);
  });

  it("adds up to the hand total of 39.6311 mg cm⁻²", () => {
    expectClose(total(mass), hand.stackMass_mg_cm2, 1e-4);
  });
});

describe("thicknessBreakdown_um", () => {
  const thickness = thicknessBreakdown_um(worked);

  it.each([
    ["cathodeCoating", 100], ["cathodeFoil", 5], ["separator", 25], ["host", 10], ["wettingAgent", 1], ["anodeFoil", 5],
  ] as const)("gives the worked case's %s as %s µm", (layer, expected) => {
    expectClose(thickness[layer], expected, 1e-12);
  });

  it("turns the Na mass into thickness at 0.968 g cm⁻³", () => {
    expectClose(thickness.sodium, hand.naThickness_um, 1e-3);
  });

  it("adds up to the hand total of 181.445 µm", () => {
    expectClose(total(thickness), hand.stackThickness_um, 1e-3);
  });
});

describe("energy ratios", () => {
  it("gives 7 mWh cm⁻² for 2 mAh cm⁻² at 3.5 V", () => {
    expectClose(arealEnergy_mWh_cm2(worked), 7, 1e-12);
  });

  it("gives the worked stack 176.629 Wh kg⁻¹ and 385.791 Wh L⁻¹", () => {
    expectClose(specificEnergy_Wh_kg(7, total(massBreakdown_mg_cm2(worked))), hand.stackSpecificEnergy_Wh_kg, 1e-3);
    expectClose(energyDensity_Wh_L(7, total(thicknessBreakdown_um(worked))), hand.stackEnergyDensity_Wh_L, 1e-3);
  });

  it("reads 1 mWh per mg as 1000 Wh kg⁻¹ and 1 mWh cm⁻² over 10 µm as 1000 Wh L⁻¹", () => {
    expect(specificEnergy_Wh_kg(1, 1)).toBe(1000);
    expect(energyDensity_Wh_L(1, 10)).toBe(1000);
  });
});

describe("the Na layer", () => {
  it("weighs nothing and takes no room when anode-free (N/P = 0)", () => {
    const anodeFree = { ...worked, npRatio: 0 };
    expect(sodiumMass_mg_cm2(anodeFree)).toBe(0);
    expect(thicknessBreakdown_um(anodeFree).sodium).toBe(0);
  });

  it("plates 8.86 µm of dense Na per mAh cm⁻² on charge", () => {
    expectClose(platedSodium_um(1), 8.8614, 1e-4);
    expectClose(platedSodium_um(2), 2 * platedSodium_um(1), 1e-12);
  });

  it.each([
    [0, 100], [1, 50], [2, 100 / 3], [3.8, 100 / 4.8], [9, 10],
  ])("cycles %s → %s % of the Na inventory", (np, pct) => {
    expectClose(naUtilization_pct(np), pct, 1e-12);
  });

  it("needs 1000/c mg of active material per mAh cm⁻²", () => {
    expectClose(activeMass_mg_cm2({ arealCapacity_mAh_cm2: 1, cathodeCapacity_mAh_g: 117.6 }), 8.5034, 1e-4);
  });
});

describe("packagingShare", () => {
  it("adds 25 mg to a 100 mg stack when packaging is 20 % of the cell", () => {
    expectClose(packagingShare(100, 0.2), 25, 1e-12);
  });

  it("adds nothing when the fraction is 0", () => {
    expect(packagingShare(100, 0)).toBe(0);
  });
});

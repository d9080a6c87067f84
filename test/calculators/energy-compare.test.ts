import { describe, expect, it } from "vitest";
import { expectClose } from "../helpers/close";
import { worked } from "./energy-worked";
import { compute, defaults, outputNames } from "../../src/calculators/energy-density";
import { bareFoilVersusHost, compareDesigns } from "../../src/calculators/energy-compare";

describe("compareDesigns", () => {
  it("gives B − A and its share of A for every output", () => {
    const { deltas } = compareDesigns(worked, { ...worked, npRatio: 0 });
    const a = compute(worked).outputs.specificEnergy_Wh_kg as number;
    const b = compute({ ...worked, npRatio: 0 }).outputs.specificEnergy_Wh_kg as number;
    expect(deltas.specificEnergy_Wh_kg).toEqual({ a, b, delta: b - a, relative_pct: (100 * (b - a)) / a });
    // An anode-free B has no anode depth of discharge, so that output alone has no change.
    expect(Object.keys(deltas)).toEqual(outputNames.filter((n) => n !== "anodeDepthOfDischarge_pct"));
  });

  it("moves Na utilization from 33.3 % to 100 % when going anode-free", () => {
    const delta = compareDesigns(worked, { ...worked, npRatio: 0 }).deltas.naUtilization_pct!;
    expectClose(delta.delta, 100 - 100 / 3, 1e-12);
    expectClose(delta.relative_pct!, 200, 1e-9);
  });

  it("shows that the default's carbon host costs 1.2 mg cm⁻² and about 5 Wh kg⁻¹ over bare Na foil", () => {
    const { deltas, changedInputs } = compareDesigns(bareFoilVersusHost.a, bareFoilVersusHost.b);
    expect(changedInputs).toEqual(["hostMass_mg_cm2", "wettingAgentMass_mg_cm2"]);
    expectClose(deltas.stackMass_mg_cm2!.delta, 1.2, 1e-12);
    expectClose(deltas.specificEnergy_Wh_kg!.delta, -5.0055, 1e-4);
    expect(deltas.naUtilization_pct).toEqual({ a: 50, b: 50, delta: 0, relative_pct: 0 });
  });

  it("leaves out outputs that one design cannot compute, and keeps both outcomes", () => {
    const comparison = compareDesigns(defaults, { ...defaults, packagingMassFraction: 1 });
    expect(comparison.deltas.specificEnergy_Wh_kg).toBeUndefined();
    expect(comparison.b.errors).toEqual({ packagingMassFraction: "Packaging mass fraction must be less than 1." });
    expect(comparison.deltas.energyDensity_Wh_L?.delta).toBe(0);
    expect(comparison.changedInputs).toEqual(["packagingMassFraction"]);
  });

  it("gives no relative change when A is 0 or so small that the ratio overflows", () => {
    const bare = {
      ...defaults, npRatio: 0, hostMass_mg_cm2: 0, wettingAgentMass_mg_cm2: 0, cathodeFoil_um: 0, anodeFoil_um: 0,
      separatorMass_mg_cm2: 0, electrolyte_g_Ah: 0,
    };
    for (const arealCapacity_mAh_cm2 of [Number.MIN_VALUE, 1e-310]) {
      const a = { ...bare, arealCapacity_mAh_cm2 };
      const delta = compareDesigns(a, defaults).deltas.stackMass_mg_cm2!;
      expect(delta.a).toBeLessThan(1e-300);
      expect(delta.relative_pct).toBeUndefined();
      expect(Object.keys(delta)).toEqual(["a", "b", "delta"]);
    }
    expect(compareDesigns({}, {}).deltas).toEqual({});
  });

  it("counts an input present in one design only as changed", () => {
    const { npRatio: _, ...withoutNp } = defaults;
    expect(compareDesigns(defaults, withoutNp).changedInputs).toEqual(["npRatio"]);
    expect(compareDesigns({ npRatio: Number.NaN }, { npRatio: Number.NaN }).changedInputs).toEqual([]);
  });
});

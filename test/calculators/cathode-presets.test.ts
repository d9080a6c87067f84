import { describe, expect, it } from "vitest";
import { expectClose } from "../helpers/close";
import { compute, defaults, inputNames } from "../../src/calculators/energy-density";
import {
  cathodeInputs, cathodePresets, cellPresets, theoreticalCapacity_mAh_g,
} from "../../src/calculators/cathode-presets";

const byId = (id: string) => [...cathodePresets, ...cellPresets].find((p) => p.id === id)!;

describe("theoreticalCapacity_mAh_g", () => {
  it("gives Na metal's 1165.8 mAh g⁻¹ for one electron per 22.99 g mol⁻¹", () => {
    expectClose(theoreticalCapacity_mAh_g(22.98976928, 1), 1165.8, 0.01);
  });
});

describe("cathode presets", () => {
  it.each([
    ["nvp", 455.76, 117.6],
    ["nvpf", 417.79, 128.3],
    ["p2-nnm", 103.51, 172.6],
    ["prussian-white", 313.78, 170.8],
  ])("%s: formula mass %s g mol⁻¹, theoretical capacity %s mAh g⁻¹", (id, mass, capacity) => {
    const preset = cathodePresets.find((p) => p.id === id)!;
    expectClose(preset.formulaMass_g_mol, mass, 0.01);
    expectClose(preset.theoreticalCapacity_mAh_g, capacity, 0.05);
  });

  it.each(cathodePresets.map((p) => [p.id, p] as const))("%s sets only the cathode's inputs", (_, preset) => {
    expect(Object.keys(preset.values).sort()).toEqual([...cathodeInputs].sort());
  });

  it.each(cathodePresets.map((p) => [p.id, p] as const))("%s loads a practical capacity below its theoretical one", (_, preset) => {
    expect(preset.values.cathodeCapacity_mAh_g).toBeLessThan(preset.theoreticalCapacity_mAh_g);
  });

  it.each(cathodePresets.map((p) => [p.id, p] as const))("%s says which numbers are theoretical and which are estimates", (_, preset) => {
    expect(preset.note).toMatch(/Theoretical/);
    expect(preset.note).toMatch(/estimate/);
    expect(preset.source).not.toMatch(/doi/i);
  });
});

describe("cell presets", () => {
  it.each(cellPresets.map((p) => [p.id, p] as const))("%s sets every input but the cathode's (ref. 84 sets those too)", (id, preset) => {
    const expected = id === "ref-84" ? inputNames : inputNames.filter((n) => !(cathodeInputs as readonly string[]).includes(n));
    expect(Object.keys(preset.values).sort()).toEqual([...expected].sort());
  });

  it.each([...cathodePresets, ...cellPresets].map((p) => [p.id, p] as const))("%s gives a design the model accepts", (_, preset) => {
    const outcome = compute({ ...defaults, ...preset.values });
    expect(outcome.errors).toEqual({});
    expect(outcome.unavailable).toEqual({});
  });

  it("makes the default design from the NVP cathode in the practical pouch", () => {
    expect({ ...byId("nvp").values, ...byId("practical-pouch").values }).toEqual(defaults);
  });

  it("gives ref. 84 the review's N/P of 3.8 with an NVP cathode, citing [84]", () => {
    const ref84 = byId("ref-84");
    expect(ref84.values.npRatio).toBe(3.8);
    expect(ref84.values.cathodeCapacity_mAh_g).toBe(byId("nvp").values.cathodeCapacity_mAh_g);
    expect(ref84.source).toBe("Wang et al. 2021, Energy Fuels");
    expect(ref84.ref).toBe(84);
    expectClose(compute(ref84.values).outputs.naUtilization_pct as number, 100 / 4.8, 1e-12);
  });

  it("cites the review's reference list only for ref. 84", () => {
    expect([...cathodePresets, ...cellPresets].filter((p) => p.ref !== undefined).map((p) => p.id)).toEqual(["ref-84"]);
  });

  it("ranks the lab coin cell far below the practical pouch", () => {
    const coin = compute({ ...defaults, ...byId("lab-coin").values }).outputs.specificEnergy_Wh_kg as number;
    const pouch = compute({ ...defaults, ...byId("practical-pouch").values }).outputs.specificEnergy_Wh_kg as number;
    expect(coin).toBeLessThan(pouch / 10);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../helpers/close";
import { hand, handNaIon, handPouch, pouchWithEnvelope, worked } from "./energy-worked";
import type { NumberField } from "../../src/calculators/fields";
import {
  compute, defaults, dependsOn, fields, inputNames, needsMessage, outputGroups, outputNames, outputSpecs, resultUncertainties,
  validDesign,
  type EnergyDesign, type EnergyInput, type EnergyOutput,
} from "../../src/calculators/energy-density";

const out = (values: Partial<Record<EnergyInput, number>>, name: EnergyOutput) => {
  const value = compute(values).outputs[name];
  if (typeof value !== "number") throw new Error(`${name} is unavailable: ${compute(values).unavailable[name]}`);
  return value;
};

describe("compute on the worked case", () => {
  const outcome = compute(worked);

  it.each([
    ["stackMass_mg_cm2", hand.stackMass_mg_cm2, 1e-4],
    ["stackThickness_um", hand.stackThickness_um, 1e-3],
    ["stackSpecificEnergy_Wh_kg", hand.stackSpecificEnergy_Wh_kg, 1e-3],
    ["stackEnergyDensity_Wh_L", hand.stackEnergyDensity_Wh_L, 1e-3],
    ["specificEnergy_Wh_kg", hand.specificEnergy_Wh_kg, 1e-3],
    ["energyDensity_Wh_L", hand.energyDensity_Wh_L, 1e-3],
    ["chargedStackThickness_um", hand.chargedStackThickness_um, 1e-3],
    ["chargedEnergyDensity_Wh_L", hand.chargedEnergyDensity_Wh_L, 1e-3],
    ["naUtilization_pct", hand.naUtilization_pct, 1e-12],
  ] as const)("gives %s = %s as worked by hand", (name, expected, tol) => {
    expectClose(outcome.outputs[name] as number, expected, tol);
  });

  it("has no errors, warnings or missing outputs", () => {
    expect(outcome.errors).toEqual({});
    expect(outcome.warnings).toEqual([]);
    expect(outcome.unavailable).toEqual({});
  });
});

describe("compute on the default design", () => {
  it("gives an NVP pouch cell of about 193 Wh kg⁻¹ and 411 Wh L⁻¹ at 50 % Na utilization", () => {
    expectClose(out(defaults, "specificEnergy_Wh_kg"), 193.197, 1e-3);
    expectClose(out(defaults, "energyDensity_Wh_L"), 410.997, 1e-3);
    expectClose(out(defaults, "naUtilization_pct"), 50, 1e-12);
  });
});

describe("the anode-free limit (N/P = 0)", () => {
  const anodeFree = { ...worked, npRatio: 0 };
  const outcome = compute(anodeFree);

  it("drops the Na metal from mass and thickness", () => {
    expectClose(outcome.outputs.stackMass_mg_cm2 as number, hand.stackMass_mg_cm2 - hand.naMass_mg_cm2, 1e-4);
    expectClose(outcome.outputs.stackThickness_um as number, hand.stackThickness_um - hand.naThickness_um, 1e-3);
  });

  it("gives 7 mWh over 36.2 mg: 193.4 Wh kg⁻¹ for the stack", () => {
    expectClose(outcome.outputs.stackSpecificEnergy_Wh_kg as number, 7000 / 36.2, 1e-9);
  });

  it("cycles all of the Na inventory", () => {
    expect(outcome.outputs.naUtilization_pct).toBe(100);
  });

  it("plates the whole cycled capacity on charge", () => {
    expectClose(
      (outcome.outputs.chargedStackThickness_um as number) - (outcome.outputs.stackThickness_um as number),
      hand.chargedStackThickness_um - hand.stackThickness_um, 1e-3);
  });

  it("warns that lost Na comes out of the cathode's capacity", () => {
    expect(outcome.warnings).toMatchInlineSnapshot(`
      [
        "Anode-free (N/P = 0): the cell is built with no Na metal, so any Na lost to side reactions is taken from the cathode's capacity.",
      ]
    `);
  });

  it("is the highest specific energy any N/P reaches", () => {
    expect(out(anodeFree, "specificEnergy_Wh_kg")).toBeGreaterThan(out(worked, "specificEnergy_Wh_kg"));
  });
});

describe("messages", () => {
  it("flags the issue's malformed inputs and computes nothing that depends on them", () => {
    const outcome = compute({
      ...defaults, activeFraction: 1.5, npRatio: -1, packagingMassFraction: 1, cathodeCapacity_mAh_g: 0,
    });
    expect(outcome.errors).toMatchInlineSnapshot(`
      {
        "activeFraction": "Active-material fraction must be at most 1.",
        "cathodeCapacity_mAh_g": "Cathode specific capacity must be greater than 0 mAh g⁻¹.",
        "npRatio": "N/P ratio must be at least 0.",
        "packagingMassFraction": "Packaging mass fraction must be less than 1.",
      }
    `);
    expect(outcome.outputs).toEqual({});
    expect(outcome.unavailable).toMatchInlineSnapshot(`
      {
        "anodeDepthOfDischarge_pct": "Needs a valid N/P ratio.",
        "chargedEnergyDensity_Wh_L": "Needs valid cathode specific capacity, active-material fraction and N/P ratio.",
        "chargedStackEnergyDensity_Wh_L": "Needs valid cathode specific capacity, active-material fraction and N/P ratio.",
        "chargedStackThickness_um": "Needs valid cathode specific capacity, active-material fraction and N/P ratio.",
        "energyDensityGain_pct": "Needs valid cathode specific capacity, active-material fraction and N/P ratio.",
        "energyDensity_Wh_L": "Needs valid cathode specific capacity, active-material fraction and N/P ratio.",
        "naIonEnergyDensity_Wh_L": "Needs valid cathode specific capacity, active-material fraction and N/P ratio.",
        "naIonSpecificEnergy_Wh_kg": "Needs valid cathode specific capacity, active-material fraction, N/P ratio and packaging mass fraction.",
        "naUtilization_pct": "Needs a valid N/P ratio.",
        "specificEnergyGain_pct": "Needs valid cathode specific capacity, active-material fraction, N/P ratio and packaging mass fraction.",
        "specificEnergy_Wh_kg": "Needs valid cathode specific capacity, active-material fraction, N/P ratio and packaging mass fraction.",
        "stackEnergyDensity_Wh_L": "Needs valid cathode specific capacity, active-material fraction and N/P ratio.",
        "stackMass_mg_cm2": "Needs valid cathode specific capacity, active-material fraction and N/P ratio.",
        "stackSpecificEnergy_Wh_kg": "Needs valid cathode specific capacity, active-material fraction and N/P ratio.",
        "stackThickness_um": "Needs valid cathode specific capacity, active-material fraction and N/P ratio.",
      }
    `);
  });

  it("flags a density of 0 and a negative mass", () => {
    expect(compute({ ...defaults, hostDensity_g_cm3: 0, separatorMass_mg_cm2: -2 }).errors).toMatchInlineSnapshot(`
      {
        "hostDensity_g_cm3": "Host skeleton density must be greater than 0 g cm⁻³.",
        "separatorMass_mg_cm2": "Separator areal mass must be at least 0 mg cm⁻².",
      }
    `);
  });

  it("keeps outputs whose inputs are all valid", () => {
    const outcome = compute({ ...defaults, packagingMassFraction: 1 });
    const waiting = ["specificEnergy_Wh_kg", "naIonSpecificEnergy_Wh_kg", "specificEnergyGain_pct"];
    expect(Object.keys(outcome.outputs).sort()).toEqual(outputNames.filter((n) => !waiting.includes(n)).sort());
    expect(outcome.unavailable).toEqual(Object.fromEntries(waiting.map((n) => [n, "Needs a valid packaging mass fraction."])));
  });

  it("says which inputs an output waits for, in order", () => {
    expect(needsMessage(["npRatio"])).toBe("Needs a valid N/P ratio.");
    expect(needsMessage(["hostMass_mg_cm2", "npRatio", "cathodeDensity_g_cm3"]))
      .toBe("Needs valid host areal mass, N/P ratio and cathode coating density.");
  });

  it("refuses results that would overflow instead of showing 0 or Infinity", () => {
    const outcome = compute({ ...defaults, activeFraction: Number.MIN_VALUE });
    expect(outcome.outputs.specificEnergy_Wh_kg).toBeUndefined();
    expect(outcome.unavailable.specificEnergy_Wh_kg).toMatchInlineSnapshot(`"The inputs are too extreme to compute with; check their orders of magnitude."`);
    expect(outcome.outputs.naUtilization_pct).toBe(50);
  });
});

describe("what each output depends on", () => {
  it.each(inputNames)("without %s, exactly the outputs that depend on it are missing", (name) => {
    const values: Partial<EnergyDesign> = { ...defaults };
    delete values[name];
    const outcome = compute(values);
    for (const output of outputNames) {
      const needed = dependsOn[output].includes(name);
      expect(outcome.outputs[output] === undefined, output).toBe(needed);
      if (needed) expect(outcome.unavailable[output]).toContain(fields[name].label.slice(1));
    }
  });

  it("shows every output with a label and unit", () => {
    expect(Object.keys(outputSpecs)).toEqual([...outputNames]);
  });

  it("groups every output exactly once, the cell's specific energy first", () => {
    const grouped = outputGroups.flatMap((g) => g.outputs);
    expect([...grouped].sort()).toEqual([...outputNames].sort());
    expect(grouped[0]).toBe("specificEnergy_Wh_kg");
  });
});

describe("validDesign", () => {
  it("returns the design when every input is valid", () => {
    expect(validDesign(worked)).toEqual(worked);
  });

  it("returns undefined when one input is missing or out of range", () => {
    expect(validDesign({ ...worked, npRatio: -1 })).toBeUndefined();
    const { npRatio: _, ...partial } = worked;
    expect(validDesign(partial)).toBeUndefined();
  });
});

// Valid designs away from float underflow, with room below each maximum for the monotonicity properties' step.
const within = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const design: fc.Arbitrary<EnergyDesign> = fc.record({
  cathodeCapacity_mAh_g: within(10, 2000), cathodeVoltage_V: within(0.5, 6), activeFraction: within(0.05, 1),
  arealCapacity_mAh_cm2: within(0.01, 100), cathodeDensity_g_cm3: within(0.1, 25), npRatio: within(0, 100),
  hostMass_mg_cm2: within(0, 100), hostDensity_g_cm3: within(0.1, 25), wettingAgentMass_mg_cm2: within(0, 100),
  wettingAgentDensity_g_cm3: within(0.1, 25), cathodeFoil_um: within(0, 500), cathodeFoilDensity_g_cm3: within(0.1, 25),
  anodeFoil_um: within(0, 500), anodeFoilDensity_g_cm3: within(0.1, 25), separatorMass_mg_cm2: within(0, 100),
  separatorThickness_um: within(0, 500), electrolyte_g_Ah: within(0, 500), packagingMassFraction: within(0, 0.99),
  packagingVolumeFraction: within(0, 0.99),
  // No envelope and no first-cycle loss here, so the original strict properties hold; both are varied below.
  hostThickness_um: fc.constant(0), firstCycleLoss_pct: fc.constant(0), separatorDensity_g_cm3: within(0.1, 25),
  electrolyteDensity_g_cm3: within(0.1, 25), footprint_cm2: within(1, 1000), layerCount: fc.integer({ min: 1, max: 200 }),
  pouchMass_g: within(0, 100), pouchThickness_um: within(0, 2000), hardCarbonCapacity_mAh_g: within(10, 2000),
  hardCarbonDensity_g_cm3: within(0.1, 25), hardCarbonNpRatio: within(0.5, 5), hardCarbonFirstCycleLoss_pct: within(0, 99),
  hardCarbonPotential_V: fc.constant(0.25),
});
/** The same designs with a host envelope of 0–500 µm and a first-cycle loss of 0–99 %. */
const enveloped: fc.Arbitrary<EnergyDesign> = fc.tuple(design, within(0, 500), within(0, 99))
  .map(([d, hostThickness_um, firstCycleLoss_pct]) => ({ ...d, hostThickness_um, firstCycleLoss_pct }));
const step = within(0.01, 10);

describe("properties", () => {
  it.each([
    ["npRatio"], ["hostMass_mg_cm2"], ["electrolyte_g_Ah"], ["cathodeFoil_um"], ["anodeFoil_um"],
    ["wettingAgentMass_mg_cm2"], ["separatorMass_mg_cm2"],
  ] as const)("specific energy falls as %s rises", (name) => {
    fc.assert(fc.property(design, step, (d, by) => {
      expect(out({ ...d, [name]: d[name] + by }, "specificEnergy_Wh_kg")).toBeLessThan(out(d, "specificEnergy_Wh_kg"));
    }));
  });

  it.each([["npRatio"], ["hostMass_mg_cm2"], ["cathodeFoil_um"], ["anodeFoil_um"], ["separatorThickness_um"]] as const)(
    "energy density falls as %s rises", (name) => {
      fc.assert(fc.property(design, step, (d, by) => {
        expect(out({ ...d, [name]: d[name] + by }, "energyDensity_Wh_L")).toBeLessThan(out(d, "energyDensity_Wh_L"));
      }));
    });

  it("specific energy and energy density rise with the active-material fraction", () => {
    fc.assert(fc.property(design, within(0.05, 0.99), within(0.001, 0.95), (d, f, by) => {
      const higher = Math.min(1, f + by);
      fc.pre(higher > f);
      for (const name of ["specificEnergy_Wh_kg", "energyDensity_Wh_L"] as const) {
        expect(out({ ...d, activeFraction: higher }, name)).toBeGreaterThan(out({ ...d, activeFraction: f }, name));
      }
    }));
  });

  it("Na utilization is 100/(N/P + 1) and never above 100 %", () => {
    fc.assert(fc.property(within(0, 1000), (np) => {
      const u = out({ npRatio: np, firstCycleLoss_pct: 0 }, "naUtilization_pct");
      expectClose(u, 100 / (np + 1), 1e-9);
      expect(u).toBeLessThanOrEqual(100);
    }));
  });

  it("the cell never beats its stack, and the charged cell is never denser than the discharged one", () => {
    fc.assert(fc.property(design, (d) => {
      const o = compute(d).outputs as Record<EnergyOutput, number>;
      expect(o.specificEnergy_Wh_kg).toBeLessThanOrEqual(o.stackSpecificEnergy_Wh_kg);
      expect(o.energyDensity_Wh_L).toBeLessThanOrEqual(o.stackEnergyDensity_Wh_L);
      expect(o.chargedEnergyDensity_Wh_L).toBeLessThan(o.energyDensity_Wh_L);
    }));
  });

  it.each(["fractions", "pouch"] as const)(
    "with a host envelope and first-cycle loss, packaged as %s, the charged stack is never thinner than the discharged one",
    (packaging) => {
      fc.assert(fc.property(enveloped, (d) => {
        const o = compute(d, packaging).outputs as Record<EnergyOutput, number>;
        // Inside the envelope both states are the envelope's thickness, summed in a different order: allow rounding.
        expect(o.chargedStackThickness_um).toBeGreaterThanOrEqual(o.stackThickness_um * (1 - 1e-12));
        expect(o.stackThickness_um).toBeGreaterThanOrEqual(d.hostThickness_um * (1 - 1e-12));
        expect(o.chargedEnergyDensity_Wh_L).toBeLessThanOrEqual(o.energyDensity_Wh_L * (1 + 1e-12));
      }));
    });

  it("once the Na reserve covers the first-cycle loss, specific energy falls as N/P rises", () => {
    fc.assert(fc.property(enveloped, step, (d, by) => {
      fc.pre(d.npRatio >= d.firstCycleLoss_pct / 100);
      for (const packaging of ["fractions", "pouch"] as const) {
        expect(compute({ ...d, npRatio: d.npRatio + by }, packaging).outputs.specificEnergy_Wh_kg)
          .toBeLessThan(compute(d, packaging).outputs.specificEnergy_Wh_kg as number);
      }
    }));
  });

  it("below that, more Na raises the specific energy: the optimum N/P is the first-cycle loss", () => {
    const lossy = { ...worked, firstCycleLoss_pct: 20 };
    const at = (npRatio: number) => out({ ...lossy, npRatio }, "specificEnergy_Wh_kg");
    expect(at(0.1)).toBeGreaterThan(at(0));
    expect(at(0.2)).toBeGreaterThan(at(0.1));
    expect(at(0.3)).toBeLessThan(at(0.2));
  });

  it("with a host envelope, specific energy still falls as the host's mass rises, and energy density never rises", () => {
    fc.assert(fc.property(enveloped, step, (d, by) => {
      const heavier = { ...d, hostMass_mg_cm2: d.hostMass_mg_cm2 + by };
      expect(out(heavier, "specificEnergy_Wh_kg")).toBeLessThan(out(d, "specificEnergy_Wh_kg"));
      expect(out(heavier, "chargedEnergyDensity_Wh_L")).toBeLessThanOrEqual(out(d, "chargedEnergyDensity_Wh_L") * (1 + 1e-12));
    }));
  });

  it("the Na-ion reference's results are finite and positive for every valid design", () => {
    fc.assert(fc.property(enveloped, (d) => {
      const o = compute(d).outputs;
      for (const name of ["naIonSpecificEnergy_Wh_kg", "naIonEnergyDensity_Wh_L"] as const) {
        expect(Number.isFinite(o[name]) && (o[name] as number) > 0, name).toBe(true);
      }
      expect(Number.isFinite(o.specificEnergyGain_pct)).toBe(true);
    }));
  });

  const anyNumber = fc.oneof(
    fc.double(),
    fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, 1, 1e308, -1e308, Number.MIN_VALUE, 0.999999999999),
  );
  const anyValues = fc.record(
    Object.fromEntries(inputNames.map((n) => [n, anyNumber])) as Record<EnergyInput, fc.Arbitrary<number>>,
    { requiredKeys: [] },
  );
  // Every valid value, down to the smallest double above an exclusive 0 and up to each maximum.
  const anyValid = fc.record(Object.fromEntries(inputNames.map((n) => {
    const f: NumberField = fields[n];
    return [n, fc.oneof(
      fc.double({ min: f.min, max: f.max, minExcluded: f.minExclusive, maxExcluded: f.maxExclusive, noNaN: true }),
      fc.constant(f.max! * (f.maxExclusive ? 0.999999999 : 1)),
    )];
  })) as Record<EnergyInput, fc.Arbitrary<number>>);

  it.each([["arbitrary doubles", anyValues], ["extreme but valid inputs", anyValid]] as const)(
    "never throws and never outputs NaN or ±Infinity for %s", (_, values) => {
      fc.assert(fc.property(values, (v) => {
        const outcome = compute(v);
        for (const name of outputNames) {
          const value = outcome.outputs[name];
          const missing = outcome.unavailable[name];
          expect((value === undefined) !== (missing === undefined), name).toBe(true);
          if (value !== undefined) expect(Number.isFinite(value), `${name} = ${value}`).toBe(true);
        }
        for (const name of Object.keys(outcome.errors) as EnergyInput[]) expect(v[name]).not.toBeUndefined();
      }), { numRuns: 500 });
    });
});

describe("a pouch with its Na in a 100 µm host envelope (worked by hand in energy-worked.ts)", () => {
  const outcome = compute(pouchWithEnvelope, "pouch");

  it.each(Object.entries(handPouch))("gives %s = %s", (name, expected) => {
    expectClose(outcome.outputs[name as EnergyOutput] as number, expected, 1e-3);
  });

  it("keeps the charged Na inside the envelope, so charged and discharged cells are equally thick", () => {
    expect(outcome.outputs.chargedStackThickness_um).toBe(outcome.outputs.stackThickness_um);
  });

  it("warns that the electrolyte cannot fill the host's and the separator's pores", () => {
    expect(outcome.warnings).toMatchInlineSnapshot(`
      [
        "The electrolyte (41.7 µm of liquid per cm²) cannot fill the separator's pores (14.5 µm) and the host's (53.6 µm), let alone the cathode's: the cell would run partly dry. Filling those two alone takes at least 4.08 g Ah⁻¹.",
      ]
    `);
  });

  it("lets the layer grow past a 50 µm envelope once charged, and says so", () => {
    const thin = compute({ ...pouchWithEnvelope, hostThickness_um: 50 }, "pouch");
    // Discharged solids 46.445 µm fit in 50 µm; charged, 46.445 + 17.7227 = 64.168 µm do not.
    expectClose(thin.outputs.stackThickness_um as number, 100 + 5 + 25 + 50 + 5, 1e-9);
    expectClose(thin.outputs.chargedStackThickness_um as number, hand.chargedStackThickness_um, 1e-3);
    expect(thin.warnings[0]).toMatchInlineSnapshot(`"Charged, the Na no longer fits in the host's pores: the layer grows 14.2 µm beyond its 50 µm envelope."`);
  });

  it("with no envelope, gives the original model's thicknesses", () => {
    const bare = compute({ ...pouchWithEnvelope, hostThickness_um: 0, firstCycleLoss_pct: 0 }, "pouch");
    expectClose(bare.outputs.stackThickness_um as number, hand.stackThickness_um, 1e-3);
    expectClose(bare.outputs.chargedStackThickness_um as number, hand.chargedStackThickness_um, 1e-3);
  });
});

describe("first-cycle loss and the two Na utilizations", () => {
  it("leaves the energy alone while the Na reserve covers the loss", () => {
    expectClose(out({ ...worked, firstCycleLoss_pct: 99, npRatio: 2 }, "specificEnergy_Wh_kg"), hand.specificEnergy_Wh_kg, 1e-3);
  });

  it("takes an uncovered loss out of the delivered capacity: anode-free with 10 % loss keeps 90 %", () => {
    const lossless = out({ ...worked, npRatio: 0 }, "stackSpecificEnergy_Wh_kg");
    expectClose(out({ ...worked, npRatio: 0, firstCycleLoss_pct: 10 }, "stackSpecificEnergy_Wh_kg"), 0.9 * lossless, 1e-9);
    expect(compute({ ...worked, npRatio: 0.05, firstCycleLoss_pct: 10 }).warnings).toMatchInlineSnapshot(`
      [
        "The first-cycle loss (10 %) is more than the Na reserve can make up (N/P = 0.05): the cell keeps 95 % of the cathode's capacity after its first cycle.",
      ]
    `);
  });

  it.each([
    // N/P, loss (%), whole-inventory utilization 1/(1 + N/P), anode depth of discharge 1/(N/P), by hand
    [1, 0, 50, 100],
    [3.8, 0, 100 / 4.8, 100 / 3.8],
    [0.5, 0, 100 / 1.5, 200],
    [0.5, 60, 90 / 1.5, 180],
  ])("at N/P = %s with %s %% loss gives %s %% of the inventory and a depth of discharge of %s %%", (np, loss, util, dod) => {
    const o = compute({ ...worked, npRatio: np, firstCycleLoss_pct: loss }).outputs;
    expectClose(o.naUtilization_pct as number, util, 1e-9);
    expectClose(o.anodeDepthOfDischarge_pct as number, dod, 1e-9);
  });

  it("gives no depth of discharge for an anode-free cell, and says why", () => {
    expect(compute({ ...worked, npRatio: 0 }).unavailable.anodeDepthOfDischarge_pct).toMatchInlineSnapshot(`"An anode-free cell (N/P = 0) has no Na metal at assembly, so its anode has no depth of discharge."`);
  });
});

describe("the Na-ion reference (worked by hand in energy-worked.ts)", () => {
  const outcome = compute(worked);

  it.each(Object.entries(handNaIon))("gives %s = %s", (name, expected) => {
    expectClose(outcome.outputs[name as EnergyOutput] as number, expected, 2e-3);
  });

  it("shows Na metal losing its lead at a high N/P: the lab coin cell's N/P = 60 gives a negative gain", () => {
    expect(out({ ...worked, npRatio: 60 }, "specificEnergyGain_pct")).toBeLessThan(0);
  });

  it("refuses a hard-carbon potential at or above the cell voltage, on its field", () => {
    const o = compute({ ...worked, cathodeVoltage_V: 3, hardCarbonPotential_V: 3 });
    expect(o.errors.hardCarbonPotential_V).toMatchInlineSnapshot(`"Hard-carbon average potential must be below the average voltage."`);
    expect(o.outputs.naIonSpecificEnergy_Wh_kg).toBeUndefined();
    expectClose(o.outputs.specificEnergy_Wh_kg as number, (hand.specificEnergy_Wh_kg * 3) / 3.5, 1e-3);
  });
});

describe("resultUncertainties (first order)", () => {
  // By hand: the cell's specific energy is E(1 − p)/m with E = QV, so u(e)/e = u(V)/V from the voltage alone,
  // and u(e) = e·u(p)/(1 − p) from the packaging fraction alone; independent, they add in quadrature.
  const e = 193.197;

  it("scales the specific energy's uncertainty with the voltage's: 3.4 ± 0.1 V gives ± 5.682 Wh kg⁻¹", () => {
    const u = resultUncertainties(defaults, { cathodeVoltage_V: 0.1 });
    expectClose(u.specificEnergy_Wh_kg!, (e * 0.1) / 3.4, 1e-3);
    // The voltage does not enter the mass or the utilization, so they stay exact.
    expect(u.stackMass_mg_cm2).toBe(0);
    expect(u.naUtilization_pct).toBe(0);
  });

  it("adds independent uncertainties in quadrature: ± 0.1 V and ± 0.02 packaging give ± 7.122 Wh kg⁻¹", () => {
    const u = resultUncertainties(defaults, { cathodeVoltage_V: 0.1, packagingMassFraction: 0.02 });
    expectClose(u.specificEnergy_Wh_kg!, Math.hypot((e * 0.1) / 3.4, (e * 0.02) / 0.9), 1e-3);
  });

  it("gives nothing when no input is uncertain", () => {
    expect(resultUncertainties(defaults, {})).toEqual({});
    expect(resultUncertainties(defaults, { npRatio: 0 })).toEqual({});
  });

  it("passes a host envelope's uncertainty to Wh/L only while the envelope sets the layer's thickness", () => {
    const inside = resultUncertainties({ ...defaults, hostThickness_um: 100 }, { hostThickness_um: 10 });
    expect(inside.chargedEnergyDensity_Wh_L!).toBeGreaterThan(0);
    expect(inside.specificEnergy_Wh_kg).toBe(0);
    const bare = resultUncertainties({ ...defaults, hostThickness_um: 10 }, { hostThickness_um: 1 });
    expect(bare.chargedEnergyDensity_Wh_L).toBe(0);
  });
});

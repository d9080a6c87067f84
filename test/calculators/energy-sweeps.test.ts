import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../helpers/close";
import { worked } from "./energy-worked";
import { compute, defaults } from "../../src/calculators/energy-density";
import {
  BAND_POINTS, HOST_SWEEP_MAX_mg_cm2, hostMassSweep, linspace, NP_SWEEP_MAX, npRatioSweep, sweep,
} from "../../src/calculators/energy-sweeps";

describe("linspace", () => {
  it("gives 0, 2.5, 5, 7.5, 10 for five points from 0 to 10", () => {
    expect(linspace(0, 10, 5)).toEqual([0, 2.5, 5, 7.5, 10]);
  });
});

describe("npRatioSweep", () => {
  const s = npRatioSweep(defaults);

  it("runs N/P from 0 to 10 in 101 points", () => {
    expect(s.points).toHaveLength(101);
    expect(s.points[0].x).toBe(0);
    expect(s.points[100].x).toBe(NP_SWEEP_MAX);
  });

  it("is the model itself at every point", () => {
    for (const p of s.points) {
      expect(p.y).toBe(compute({ ...defaults, npRatio: p.x }).outputs.specificEnergy_Wh_kg);
    }
  });

  it("falls from 204.3 Wh kg⁻¹ anode-free to 129.9 Wh kg⁻¹ at N/P = 10 for the default cell", () => {
    expectClose(s.points[0].y, 204.2586, 1e-4);
    expectClose(s.points[100].y, 129.8877, 1e-4);
    for (let i = 1; i < s.points.length; i++) expect(s.points[i].y).toBeLessThan(s.points[i - 1].y);
  });

  it("marks the current design at N/P = 1", () => {
    expect(s.current).toEqual({ x: 1, y: compute(defaults).outputs.specificEnergy_Wh_kg });
  });

  it("marks nothing when the design's own N/P is invalid, but still draws the curve", () => {
    const invalid = npRatioSweep({ ...defaults, npRatio: -1 });
    expect(invalid.current).toBeUndefined();
    expect(invalid.points).toHaveLength(101);
  });

  it("draws nothing when another input is invalid", () => {
    expect(npRatioSweep({ ...defaults, activeFraction: 1.5 })).toEqual({
      input: "npRatio", output: "specificEnergy_Wh_kg", points: [],
    });
  });
});

describe("hostMassSweep", () => {
  it(`runs host mass from 0 to ${HOST_SWEEP_MAX_mg_cm2} mg cm⁻² for a light host`, () => {
    const s = hostMassSweep(defaults, 11);
    expect(s.points.map((p) => p.x)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(s.current).toEqual({ x: 1, y: compute(defaults).outputs.specificEnergy_Wh_kg });
  });

  it("stretches to twice a heavy host's mass, and no further than the field allows", () => {
    expect(hostMassSweep({ ...worked, hostMass_mg_cm2: 30 }, 3).points.map((p) => p.x)).toEqual([0, 30, 60]);
    expect(hostMassSweep({ ...worked, hostMass_mg_cm2: 900 }, 3).points.map((p) => p.x)).toEqual([0, 500, 1000]);
  });

  it("falls as the host gets heavier, for any valid design", () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 20, noNaN: true }), (host) => {
      const s = hostMassSweep({ ...worked, hostMass_mg_cm2: host }, 21);
      for (let i = 1; i < s.points.length; i++) expect(s.points[i].y).toBeLessThan(s.points[i - 1].y);
    }));
  });
});

describe("sweep", () => {
  it("can sweep any input against any output", () => {
    const s = sweep(worked, "electrolyte_g_Ah", [0, 2.5], "stackMass_mg_cm2");
    expectClose(s.points[1].y - s.points[0].y, 5, 1e-12);
    expect(s.current).toEqual({ x: 2.5, y: s.points[1].y });
  });

  it("skips points the model refuses", () => {
    expect(sweep(worked, "activeFraction", [0, 0.5, 1, 1.5]).points.map((p) => p.x)).toEqual([0.5, 1]);
  });
});

describe("uncertainty bands along the sweeps", () => {
  it("draws ± u(V)/V of the curve when only the voltage is uncertain: 3.4 ± 0.1 V", () => {
    const { band, points } = npRatioSweep(defaults, 101, "fractions", { cathodeVoltage_V: 0.1 });
    expect(band).toHaveLength(BAND_POINTS);
    const at = (x: number) => points.find((p) => Math.abs(p.x - x) < 1e-9)!.y;
    for (const b of band!.filter((_, i) => i % 5 === 0)) {
      const y = at(b.x);
      expectClose(b.hi - y, (y * 0.1) / 3.4, 1e-3);
      expectClose(y - b.lo, (y * 0.1) / 3.4, 1e-3);
    }
  });

  it("ignores the swept input's own uncertainty, which is the axis", () => {
    expect(npRatioSweep(defaults, 101, "fractions", { npRatio: 0.2 }).band).toBeUndefined();
    expect(hostMassSweep(defaults, 101, "fractions", { hostMass_mg_cm2: 0.2, electrolyte_g_Ah: 0.3 }).band).toHaveLength(BAND_POINTS);
  });

  it("carries the Na-ion reference level for the specific-energy sweeps", () => {
    expectClose(npRatioSweep(defaults).naIon!, compute(defaults).outputs.naIonSpecificEnergy_Wh_kg as number, 1e-12);
  });
});

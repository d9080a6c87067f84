import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ohmicDrop_mV } from "../../src/calculators/ohmic";
import { expectClose } from "../helpers/close";

describe("ohmicDrop_mV(j, R)", () => {
  it.each([
    // j (mA cm⁻²), R (Ω cm²), drop (mV) — Table 1 refs. 15, 39 (at its ~7 mA cm⁻² CCD) and 43
    [0.1, 636, 63.6],
    [7, 3.6, 25.2],
    [2.5, 8.5, 21.25],
    [1, 1, 1],
  ])("%s mA cm⁻² through %s Ω cm² drops %s mV", (j, r, drop) => {
    expectClose(ohmicDrop_mV(j, r), drop, 1e-9);
  });

  it("gives 0 mV at zero current", () => {
    expect(ohmicDrop_mV(0, 636)).toBe(0);
  });

  it("scales linearly with current density and with resistance", () => {
    const positive = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(positive, positive, positive, (j, r, k) => {
        const drop = ohmicDrop_mV(j, r);
        expectClose(ohmicDrop_mV(k * j, r), k * drop, 1e-9 * k * drop);
        expectClose(ohmicDrop_mV(j, k * r), k * drop, 1e-9 * k * drop);
      }),
    );
  });
});

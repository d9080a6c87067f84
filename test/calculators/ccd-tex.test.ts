import katex from "katex";
import { describe, expect, it } from "vitest";
import { compute, defaults } from "../../src/calculators/ccd";
import { formulaTex, texNumber } from "../../src/calculators/ccd-tex";

const render = (tex: string) => katex.renderToString(tex, { displayMode: true, throwOnError: true });

describe("texNumber", () => {
  it.each([
    [0, "0"],
    [0.1, "0.1"],
    [29.289682539682538, "29.29"],
    [40620.0046, "40\\,620"],
    [96485.33212, "96\\,490"],
    [2e-6, "2\\times10^{-6}"],
    [1e-4, "10^{-4}"],
    [-3.5e7, "-3.5\\times10^{7}"],
  ])("writes %s as %s", (x, tex) => {
    expect(texNumber(x)).toBe(tex);
  });
});

describe("formulaTex", () => {
  it("substitutes the defaults into the three formulas", () => {
    const tex = formulaTex(defaults, compute(defaults, "capacity"), "capacity");
    expect(tex.polarization).toMatchInlineSnapshot(
      `"\\eta = j\\left(2R_\\text{int} + \\frac{L}{\\sigma}\\right) = 1\\ \\text{mA cm}^{-2} \\times \\left(2 \\times 149 + \\frac{0.1\\ \\text{cm}}{0.001\\ \\text{S cm}^{-1}}\\right)\\ \\Omega\\,\\text{cm}^2 = 398\\ \\text{mV}"`,
    );
    expect(tex.staircase).toContain("\\sum_{i=0}^{9} \\frac{0.5}{j_i} = 29.29\\ \\text{h}");
    // Issue 14: at 1 mA cm⁻² the default 25 µm gap never runs out of salt, so τ is shown as never reached.
    expect(tex.sand).toContain("= 0.2573\\ \\text{A cm}^{-2}");
    expect(tex.sand).toContain("= 3.125\\ \\text{s}");
    expect(tex.sand).toContain("\\text{is never reached: } j = 0.001\\ \\text{A cm}^{-2} \\le j_\\text{lim}");
  });

  it("substitutes Sand's time above the limiting current, and one R for the whole-cell convention", () => {
    const values = { ...defaults, sandGap_um: 260, sandCurrent_mA_cm2: 50 };
    expect(formulaTex(values, compute(values), "capacity").sand).toContain("= 16.25\\ \\text{s}");
    const whole = formulaTex(defaults, compute(defaults, "capacity", "wholeCell"), "capacity", "wholeCell").polarization;
    expect(whole).toContain("\\left(R_\\text{int} + \\frac{L}{\\sigma}\\right)");
    expect(whole).toContain("= 249\\ \\text{mV}");
  });

  it("writes the time protocol's total as steps × cycles × 2 × half-cycle", () => {
    const values = { ...defaults, halfCycle_h: 2 };
    expect(formulaTex(values, compute(values, "time"), "time").staircase).toContain(
      "2 \\times 1 \\times 10 \\times 2 = 40\\ \\text{h}",
    );
  });

  it("shows symbols and a dash where inputs are missing", () => {
    const tex = formulaTex({}, compute({}), "capacity");
    expect(tex.polarization).toContain("2 \\times R_\\text{int}");
    expect(tex.polarization.endsWith("= \\text{—}")).toBe(true);
  });

  it("renders with KaTeX for both protocols, with and without values", () => {
    for (const values of [defaults, {}, { ...defaults, sandGap_um: 260, sandCurrent_mA_cm2: 50 }]) {
      for (const protocol of ["capacity", "time"] as const) {
        for (const tex of Object.values(formulaTex(values, compute(values, protocol), protocol, "wholeCell")))
          expect(render(tex)).toContain("katex");
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import katex from "katex";
import { compute, defaults, type InputName, type Mode, modes } from "../../src/calculators/contact-angle";
import { formulaTex, texNumber } from "../../src/calculators/contact-angle-formula";

function texFor(mode: Mode, values: Partial<Record<InputName, number>>) {
  return formulaTex(mode, values, compute(values, mode));
}

describe("texNumber", () => {
  it.each([
    [72.5, "72.5"],
    [184.71078157, "184.71"],
    [-129.16719, "-129.17"],
    [523.15, "523.15"],
    [0.300470123, "0.30047"],
    [-0, "0"],
    [1.23456e-7, String.raw`{1.2346\times10^{-7}}`],
    [6.02214e23, String.raw`{6.0221\times10^{23}}`],
  ])("writes %s as %s", (value, tex) => {
    expect(texNumber(value)).toBe(tex);
  });
});

describe("formulaTex", () => {
  it("substitutes the default angle-mode state", () => {
    expect(texFor("angle", defaults)).toMatchInlineSnapshot(`
      [
        {
          "id": "gammaLV",
          "tex": "\\gamma_{LV} = 240.5\\left(1 - \\frac{T}{2503.7\\ \\mathrm{K}}\\right)^{1.126} = 240.5\\left(1 - \\frac{523.15}{2503.7}\\right)^{1.126} = 184.71\\ \\mathrm{mN\\,m^{-1}}",
        },
        {
          "id": "workOfAdhesion",
          "tex": "W_a = \\gamma_{LV}\\,(1 + \\cos\\theta) = 184.71\\,(1 + \\cos 72.5^\\circ) = 240.25\\ \\mathrm{mJ\\,m^{-2}}",
        },
        {
          "id": "spreadingCoefficient",
          "tex": "S = \\gamma_{LV}\\,(\\cos\\theta - 1) = 184.71\\,(\\cos 72.5^\\circ - 1) = -129.17\\ \\mathrm{mJ\\,m^{-2}}",
        },
      ]
    `);
  });

  it("shows the cap geometry in drop mode", () => {
    expect(texFor("drop", defaults).map((l) => l.id)).toEqual([
      "gammaLV", "theta", "radius", "volume", "workOfAdhesion", "spreadingCoefficient",
    ]);
    expect(texFor("drop", defaults).map((l) => l.tex)).toMatchInlineSnapshot(`
      [
        "\\gamma_{LV} = 240.5\\left(1 - \\frac{T}{2503.7\\ \\mathrm{K}}\\right)^{1.126} = 240.5\\left(1 - \\frac{523.15}{2503.7}\\right)^{1.126} = 184.71\\ \\mathrm{mN\\,m^{-1}}",
        "\\theta = 2\\arctan\\frac{2h}{d} = 2\\arctan\\frac{2\\times 1}{4} = 53.13^\\circ",
        "R = \\frac{a^2 + h^2}{2h} = \\frac{2^2 + 1^2}{2\\times 1} = 2.5\\ \\mathrm{mm}",
        "V = \\frac{\\pi h\\,(3a^2 + h^2)}{6} = \\frac{\\pi\\times 1\\times\\left(3\\times 2^2 + 1^2\\right)}{6} = 6.8068\\ \\mu\\mathrm{L}",
        "W_a = \\gamma_{LV}\\,(1 + \\cos\\theta) = 184.71\\,(1 + \\cos 53.13^\\circ) = 295.54\\ \\mathrm{mJ\\,m^{-2}}",
        "S = \\gamma_{LV}\\,(\\cos\\theta - 1) = 184.71\\,(\\cos 53.13^\\circ - 1) = -73.884\\ \\mathrm{mJ\\,m^{-2}}",
      ]
    `);
  });

  it("says which limit Young's ratio hit", () => {
    const lines = texFor("young", { gammaSV_mN_m: 500, gammaSL_mN_m: 100, gammaLV_mN_m: 200 });
    expect(lines[0]?.tex).toMatchInlineSnapshot(`"\\gamma_{LV} = 200\\ \\mathrm{mN\\,m^{-1}}\\quad\\text{(entered)}"`);
    expect(lines[1]?.tex).toMatchInlineSnapshot(`"\\cos\\theta = \\frac{\\gamma_{SV} - \\gamma_{SL}}{\\gamma_{LV}} = \\frac{500 - 100}{200} = 2 \\geq 1 \\;\\Rightarrow\\; \\theta = 0^\\circ"`);
  });

  it("keeps the symbols of values that are missing or invalid", () => {
    const lines = texFor("young", { gammaSV_mN_m: 500, temperature_C: 20 });
    expect(lines.map((l) => l.tex)).toMatchInlineSnapshot(`
      [
        "\\gamma_{LV} = 240.5\\left(1 - \\frac{T}{2503.7\\ \\mathrm{K}}\\right)^{1.126}",
        "\\cos\\theta = \\frac{\\gamma_{SV} - \\gamma_{SL}}{\\gamma_{LV}} = \\frac{500 - \\gamma_{SL}}{\\gamma_{LV}}",
        "W_a = \\gamma_{LV}\\,(1 + \\cos\\theta)",
        "S = \\gamma_{LV}\\,(\\cos\\theta - 1)",
      ]
    `);
  });

  it.each(modes)("gives KaTeX that renders in %s mode, with and without values", (mode) => {
    const extremes = { theta_deg: 0, height_mm: 1e-30, diameter_mm: 1e-20, gammaSV_mN_m: 1e-9, temperature_C: 97.8 };
    for (const values of [defaults, {}, extremes]) {
      for (const line of texFor(mode, values)) {
        expect(() => katex.renderToString(line.tex, { throwOnError: true, displayMode: true })).not.toThrow();
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import katex from "katex";
import { compute, defaults, type InputName, type Mode, modes, type TextureModel, textureModels } from "../../src/calculators/contact-angle";
import { formulaTex, texNumber } from "../../src/calculators/contact-angle-formula";

function texFor(mode: Mode, values: Partial<Record<InputName, number>>, texture: TextureModel = "none") {
  return formulaTex(mode, values, compute(values, mode, texture), texture);
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
        {
          "id": "capillaryPressure",
          "tex": "\\Delta p = \\frac{2\\gamma_{LV}\\,\\cos\\theta}{r_p} = \\frac{2\\times 184.71\\,\\cos 72.5^\\circ}{10} = 11.109\\ \\mathrm{kPa}\\quad(\\mathrm{mN\\,m^{-1}}/\\mu\\mathrm{m} = \\mathrm{kPa})",
        },
      ]
    `);
  });

  it("shows the spherical cap, the capillary length and the Young–Laplace fit in drop mode", () => {
    expect(texFor("drop", defaults).map((l) => l.id)).toEqual([
      "gammaLV", "thetaCap", "capillaryLength", "theta", "workOfAdhesion", "spreadingCoefficient", "capillaryPressure",
    ]);
    expect(texFor("drop", defaults).map((l) => l.tex)).toMatchInlineSnapshot(`
      [
        "\\gamma_{LV} = 240.5\\left(1 - \\frac{T}{2503.7\\ \\mathrm{K}}\\right)^{1.126} = 240.5\\left(1 - \\frac{523.15}{2503.7}\\right)^{1.126} = 184.71\\ \\mathrm{mN\\,m^{-1}}",
        "\\theta_\\text{cap} = 2\\arctan\\frac{2h}{d} = 2\\arctan\\frac{2\\times 1}{4} = 53.13^\\circ",
        "\\ell_c = \\sqrt{\\frac{\\gamma_{LV}}{\\rho g}} = \\sqrt{\\frac{184.71\\times10^{-3}\\ \\mathrm{N\\,m^{-1}}}{891.8\\ \\mathrm{kg\\,m^{-3}}\\times 9.80665\\ \\mathrm{m\\,s^{-2}}}} = 4.5957\\ \\mathrm{mm}",
        "\\frac{d\\phi}{ds} = \\frac{2}{b} + \\frac{z}{\\ell_c^2} - \\frac{\\sin\\phi}{x} \\;\\Rightarrow\\; b = 2.5411\\ \\mathrm{mm},\\ \\theta = 53.957^\\circ,\\ V = 6.8516\\ \\mu\\mathrm{L}",
        "W_a = \\gamma_{LV}\\,(1 + \\cos\\theta) = 184.71\\,(1 + \\cos 53.957^\\circ) = 293.39\\ \\mathrm{mJ\\,m^{-2}}",
        "S = \\gamma_{LV}\\,(\\cos\\theta - 1) = 184.71\\,(\\cos 53.957^\\circ - 1) = -76.029\\ \\mathrm{mJ\\,m^{-2}}",
        "\\Delta p = \\frac{2\\gamma_{LV}\\,\\cos\\theta}{r_p} = \\frac{2\\times 184.71\\,\\cos 53.957^\\circ}{10} = 21.736\\ \\mathrm{kPa}\\quad(\\mathrm{mN\\,m^{-1}}/\\mu\\mathrm{m} = \\mathrm{kPa})",
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
        "\\Delta p = \\frac{2\\gamma_{LV}\\,\\cos\\theta}{r_p}",
      ]
    `);
  });

  it("shows Wenzel's and Cassie–Baxter's equations with the reader's numbers", () => {
    expect(texFor("angle", defaults, "wenzel").find((l) => l.id === "apparentTheta")?.tex).toMatchInlineSnapshot(`"\\cos\\theta^* = r\\cos\\theta = 1.5\\,\\cos 72.5^\\circ = 0.45106\\;\\Rightarrow\\; \\theta^* = 63.188^\\circ"`);
    expect(texFor("angle", defaults, "cassie").find((l) => l.id === "apparentTheta")?.tex).toMatchInlineSnapshot(`"\\cos\\theta^* = f\\,(1 + \\cos\\theta) - 1 = 0.5\\,(1 + \\cos 72.5^\\circ) - 1 = -0.34965\\;\\Rightarrow\\; \\theta^* = 110.47^\\circ"`);
    expect(texFor("angle", defaults, "none").some((l) => l.id === "apparentTheta")).toBe(false);
  });

  it.each(modes)("gives KaTeX that renders in %s mode, with and without values, for every texture", (mode) => {
    const extremes = { theta_deg: 0, height_mm: 1e-30, diameter_mm: 1e-20, gammaSV_mN_m: 1e-9, temperature_C: 97.8, poreRadius_um: 1e-9 };
    for (const texture of textureModels) {
      for (const values of [defaults, {}, extremes]) {
        for (const line of texFor(mode, values, texture)) {
          expect(() => katex.renderToString(line.tex, { throwOnError: true, displayMode: true })).not.toThrow();
        }
      }
    }
  });
});

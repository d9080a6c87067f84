import katex from "katex";
import { describe, expect, it } from "vitest";
import { compute, defaults, type EnergyInput } from "../../src/calculators/energy-density";
import { formulaSymbols, formulaTex, texNumber } from "../../src/calculators/energy-formula";
import { pouchWithEnvelope, worked } from "./energy-worked";

const texFor = (values: Partial<Record<EnergyInput, number>>) => formulaTex(values, compute(values));

describe("texNumber", () => {
  it.each([
    [3, "3"], [47.5164, "47.52"], [0.28571, "0.2857"], [1165.8, "1166"], [0, "0"],
    [1.5e-5, String.raw`1.5 \times 10^{-5}`], [2.5e7, String.raw`2.5 \times 10^{7}`],
  ])("writes %s as %s", (value, tex) => {
    expect(texNumber(value)).toBe(tex);
  });
});

describe("formulaTex", () => {
  it("substitutes the worked case in every line", () => {
    expect(texFor(worked).map((line) => line.tex)).toMatchInlineSnapshot(`
      [
        "\\begin{aligned} E_A &= Q\\,\\bar V\\,\\min(1,\\ 1 + N/P - \\ell) \\\\ &= 2\\,\\text{mAh cm}^{-2} \\times 3.5\\,\\text{V} \\times 1 = 7\\,\\text{mWh cm}^{-2} \\end{aligned}",
        "\\begin{aligned} m &= \\frac{Q}{c\\,f} + \\frac{t_\\text{cc}\\,\\rho_\\text{cc}}{2} + m_\\text{sep} + \\frac{(N/P)\\,Q}{c_\\text{Na}} + m_\\text{host} + m_\\text{wet} + \\frac{t_\\text{ac}\\,\\rho_\\text{ac}}{2} + \\varepsilon\\,Q \\\\ &= 25 + 1.35 + 1 + 3.431 + 2 + 0.5 + 1.35 + 5 = 39.63\\,\\text{mg cm}^{-2} \\end{aligned}",
        "\\begin{aligned} h &= \\frac{Q}{c\\,f\\,\\rho_\\text{cat}} + \\frac{t_\\text{cc}}{2} + h_\\text{sep} + \\max\\!\\Big(H,\\ \\frac{(N/P)\\,Q}{c_\\text{Na}\\,\\rho_\\text{Na}} + \\frac{m_\\text{host}}{\\rho_\\text{host}} + \\frac{m_\\text{wet}}{\\rho_\\text{wet}}\\Big) + \\frac{t_\\text{ac}}{2} \\\\ &= 100 + 5 + 25 + \\max(0,\\ 35.45 + 10 + 1) + 5 = 181.4\\,\\mu\\text{m} \\end{aligned}",
        "\\begin{aligned} e_\\text{cell} &= (1 - p_m)\\,\\frac{E_A}{m} \\\\ &= (1 - 0.2) \\times \\frac{7\\,\\text{mWh cm}^{-2}}{39.63\\,\\text{mg cm}^{-2}} = 141.3\\,\\text{Wh kg}^{-1} \\end{aligned}",
        "\\begin{aligned} u_\\text{cell} &= (1 - p_V)\\,\\frac{E_A}{h} \\\\ &= (1 - 0.25) \\times \\frac{7\\,\\text{mWh cm}^{-2}}{181.4\\,\\mu\\text{m}} = 289.3\\,\\text{Wh L}^{-1} \\end{aligned}",
        "\\begin{aligned} \\eta_\\text{Na} &= \\frac{Q_\\text{rev}}{(N/P)\\,Q + Q} = \\frac{1}{N/P + 1}\\ \\text{if}\\ \\ell \\le N/P \\\\ &= \\frac{1}{2 + 1} = 33.33\\,\\% \\end{aligned}",
        "\\begin{aligned} \\text{DoD} &= \\frac{Q_\\text{rev}}{(N/P)\\,Q} = \\frac{1}{N/P}\\ \\text{if}\\ \\ell \\le N/P \\\\ &= \\frac{1}{2} = 50\\,\\% \\end{aligned}",
      ]
    `);
  });

  it("puts the numbers under the symbols, aligned at the equals sign, so long lines fit a phone", () => {
    const energy = texFor(worked)[0].tex;
    expect(energy).toBe(
      String.raw`\begin{aligned} E_A &= Q\,\bar V\,\min(1,\ 1 + N/P - \ell) \\ &= 2\,\text{mAh cm}^{-2} \times 3.5\,\text{V} \times 1 = 7\,\text{mWh cm}^{-2} \end{aligned}`,
    );
  });

  it("shows the lines in order: energy, mass, thickness, specific energy, energy density, the two utilizations", () => {
    expect(texFor(defaults).map((line) => line.id)).toEqual(["energy", "mass", "thickness", "specific", "density", "utilization", "depth"]);
  });

  it("substitutes the pouch with its 100 µm envelope: the layer is the envelope, and the pouch is added per unit", () => {
    const values = { ...pouchWithEnvelope };
    const byId = Object.fromEntries(formulaTex(values, compute(values, "pouch"), "pouch").map((l) => [l.id, l.tex]));
    expect(byId.thickness).toContain(String.raw`= 100 + 5 + 25 + \max(100,\ 35.45 + 10 + 1) + 5 = 235\,\mu\text{m}`);
    expect(byId.specific).toContain(String.raw`\frac{7\,\text{mWh cm}^{-2}}{39.63 + 5\,\text{mg cm}^{-2}} = 156.8\,\text{Wh kg}^{-1}`);
    expect(byId.density).toContain(String.raw`\frac{7\,\text{mWh cm}^{-2}}{235 + 20\,\mu\text{m}} = 274.5\,\text{Wh L}^{-1}`);
  });

  it("shows how much of Q an uncovered first-cycle loss leaves: 10 % with N/P = 0.05 keeps 0.95", () => {
    const values = { ...worked, npRatio: 0.05, firstCycleLoss_pct: 10 };
    expect(texFor(values)[0].tex).toContain(String.raw`\times 3.5\,\text{V} \times 0.95 = 6.65\,\text{mWh cm}^{-2}`);
  });

  const symbolic = Object.fromEntries(texFor({}).map((l) => [l.id, l.tex]));

  it("shows only symbols, no numbers with units, when nothing is valid", () => {
    for (const tex of Object.values(symbolic)) expect(tex).not.toMatch(/\\text\{(mg|mWh|Wh)|\\mu\\text\{m\}|\\%/);
    expect(symbolic.specific).toBe(String.raw`e_\text{cell} = (1 - p_m)\,\frac{E_A}{m}`);
  });

  it("falls back to symbols for lines whose inputs are invalid, and keeps the others substituted", () => {
    const byId = Object.fromEntries(texFor({ ...defaults, hostDensity_g_cm3: -1 }).map((l) => [l.id, l.tex]));
    expect(byId.thickness).toBe(symbolic.thickness);
    expect(byId.density).toBe(symbolic.density);
    expect(byId.mass).toContain("= 47.52\\,\\text{mg cm}^{-2}");
    expect(byId.utilization).toContain("= 50\\,\\%");
  });

  it.each([["the default", defaults], ["the worked case", worked], ["an empty", {}]] as const)(
    "renders with KaTeX for %s design", (_, values) => {
      for (const { tex } of texFor(values)) {
        expect(() => katex.renderToString(tex, { displayMode: true, throwOnError: true })).not.toThrow();
      }
    });

  it("explains every symbol it uses", () => {
    for (const [tex] of formulaSymbols) {
      expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
    }
    expect(formulaSymbols.find(([tex]) => tex.startsWith("c_"))?.[1]).toBe("capacity of Na metal, 1165.8 mAh g⁻¹");
  });
});

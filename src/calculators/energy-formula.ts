/**
 * KaTeX source of the energy-density model with the reader's numbers substituted. A line whose inputs are
 * not all valid is shown in symbols only.
 */
import { format } from "d3-format";
import { NA_SPECIFIC_CAPACITY_mAh_g } from "./constants";
import type { Outcome } from "./outcome";
import { readDesign, type EnergyOutput } from "./energy-density";
import {
  arealEnergy_mWh_cm2, massBreakdown_mg_cm2, massInputs, massLayers, pouchInputs, pouchMass_mg_cm2, pouchThickness_um,
  thicknessBreakdown_um, thicknessInputs, type EnergyDesign, type EnergyInput, type MassDesign, type PackagingMode,
  type ThicknessDesign,
} from "./energy-stack";

// d3-format writes the typographic minus (U+2212); KaTeX wants ASCII.
const significant = (x: number) => format(".4~g")(x).replace("−", "-");

/** A number for KaTeX, 4 significant digits; scientific notation outside 10⁻³…10⁶. */
export function texNumber(x: number): string {
  if (x !== 0 && (Math.abs(x) >= 1e6 || Math.abs(x) < 1e-3)) {
    const [mantissa, exponent] = format(".3~e")(x).replace("−", "-").split("e");
    return `${mantissa} \\times 10^{${Number(exponent)}}`;
  }
  return significant(x);
}

const MAH = String.raw`\,\text{mAh cm}^{-2}`;
const MWH = String.raw`\,\text{mWh cm}^{-2}`;
const MG = String.raw`\,\text{mg cm}^{-2}`;
const UM = String.raw`\,\mu\text{m}`;
const VOLT = String.raw`\,\text{V}`;
const WH_KG = String.raw`\,\text{Wh kg}^{-1}`;
const WH_L = String.raw`\,\text{Wh L}^{-1}`;

const SYMBOLS = {
  energy: String.raw`E_A = Q\,\bar V\,\min(1,\ 1 + N/P - \ell)`,
  mass: String.raw`m = \frac{Q}{c\,f} + \frac{t_\text{cc}\,\rho_\text{cc}}{2} + m_\text{sep} + \frac{(N/P)\,Q}{c_\text{Na}} + m_\text{host} + m_\text{wet} + \frac{t_\text{ac}\,\rho_\text{ac}}{2} + \varepsilon\,Q`,
  thickness: String.raw`h = \frac{Q}{c\,f\,\rho_\text{cat}} + \frac{t_\text{cc}}{2} + h_\text{sep} + \max\!\Big(H,\ \frac{(N/P)\,Q}{c_\text{Na}\,\rho_\text{Na}} + \frac{m_\text{host}}{\rho_\text{host}} + \frac{m_\text{wet}}{\rho_\text{wet}}\Big) + \frac{t_\text{ac}}{2}`,
  specific: String.raw`e_\text{cell} = (1 - p_m)\,\frac{E_A}{m}`,
  density: String.raw`u_\text{cell} = (1 - p_V)\,\frac{E_A}{h}`,
  utilization: String.raw`\eta_\text{Na} = \frac{Q_\text{rev}}{(N/P)\,Q + Q} = \frac{1}{N/P + 1}\ \text{if}\ \ell \le N/P`,
  depth: String.raw`\text{DoD} = \frac{Q_\text{rev}}{(N/P)\,Q} = \frac{1}{N/P}\ \text{if}\ \ell \le N/P`,
} as const;

/** The cell lines when packaging is a real pouch: its mass M and thickness T shared by n coatings of area A. */
const POUCH = {
  specific: String.raw`e_\text{cell} = \frac{E_A}{m + M/(A\,n)}`,
  density: String.raw`u_\text{cell} = \frac{E_A}{h + T/n}`,
} as const;

/** One displayed equation of the model. */
export interface FormulaLine {
  id: keyof typeof SYMBOLS;
  /** KaTeX source, display mode. */
  tex: string;
}

/** "lhs = rhs" above "= numbers", aligned at the equals signs, so a long line fits a narrow screen. */
function aligned(symbols: string, substituted: string): string {
  const at = symbols.indexOf(" = ");
  return String.raw`\begin{aligned} ${symbols.slice(0, at)} &= ${symbols.slice(at + 3)} \\ &= ${substituted} \end{aligned}`;
}

/** The model's equations in order, each with the reader's numbers substituted where its inputs allow. */
export function formulaTex(
  values: Partial<Record<EnergyInput, number>>,
  outcome: Outcome<EnergyInput, EnergyOutput>,
  packaging: PackagingMode = "fractions",
): FormulaLine[] {
  const { design: d } = readDesign(values);
  const has = (names: readonly EnergyInput[]) => names.every((n) => d[n] !== undefined);
  const out = outcome.outputs;
  const num = (x: number | string | undefined) => (typeof x === "number" ? texNumber(x) : undefined);
  const lines: FormulaLine[] = [];
  const symbols = { ...SYMBOLS, ...(packaging === "pouch" ? POUCH : {}) };
  const add = (id: keyof typeof SYMBOLS, substituted?: string) =>
    lines.push({ id, tex: substituted ? aligned(symbols[id], substituted) : symbols[id] });

  const energy = has(["arealCapacity_mAh_cm2", "cathodeVoltage_V", "npRatio", "firstCycleLoss_pct"])
    ? arealEnergy_mWh_cm2(d as EnergyDesign) : undefined;
  add("energy", energy === undefined ? undefined
    : `${texNumber(d.arealCapacity_mAh_cm2!)}${MAH} \\times ${texNumber(d.cathodeVoltage_V!)}${VOLT} \\times ` +
      `${texNumber(Math.min(1, 1 + d.npRatio! - d.firstCycleLoss_pct! / 100))} = ${texNumber(energy)}${MWH}`);

  const mass = num(out.stackMass_mg_cm2);
  const massTerms = has(massInputs) && mass
    ? massLayers.map((layer) => massBreakdown_mg_cm2(d as MassDesign)[layer])
    : undefined;
  // The coating's two parts are summed back into Q/(c f), the first term of the formula.
  add("mass", massTerms && mass && `${[massTerms[0] + massTerms[1], ...massTerms.slice(2)].map(texNumber).join(" + ")} = ${mass}${MG}`);

  const thickness = num(out.stackThickness_um);
  const t = has(thicknessInputs) && thickness ? thicknessBreakdown_um(d as ThicknessDesign) : undefined;
  add("thickness", t && `${[t.cathodeCoating, t.cathodeFoil, t.separator].map(texNumber).join(" + ")} + ` +
    `\\max(${texNumber(d.hostThickness_um!)},\\ ${[t.sodium, t.host, t.wettingAgent].map(texNumber).join(" + ")}) + ` +
    `${texNumber(t.anodeFoil)} = ${thickness}${UM}`);

  const specific = num(out.specificEnergy_Wh_kg);
  const pouchMass = packaging === "pouch" && has(pouchInputs) ? texNumber(pouchMass_mg_cm2(d as EnergyDesign)) : undefined;
  add("specific", specific && energy !== undefined && mass
    ? packaging === "pouch"
      ? `\\frac{${texNumber(energy)}${MWH}}{${mass} + ${pouchMass}${MG}} = ${specific}${WH_KG}`
      : `(1 - ${texNumber(d.packagingMassFraction!)}) \\times \\frac{${texNumber(energy)}${MWH}}{${mass}${MG}} = ${specific}${WH_KG}`
    : undefined);

  const density = num(out.energyDensity_Wh_L);
  const pouchThickness = packaging === "pouch" && has(pouchInputs) ? texNumber(pouchThickness_um(d as EnergyDesign)) : undefined;
  add("density", density && energy !== undefined && thickness
    ? packaging === "pouch"
      ? `\\frac{${texNumber(energy)}${MWH}}{${thickness} + ${pouchThickness}${UM}} = ${density}${WH_L}`
      : `(1 - ${texNumber(d.packagingVolumeFraction!)}) \\times \\frac{${texNumber(energy)}${MWH}}{${thickness}${UM}} = ${density}${WH_L}`
    : undefined);

  const rev = energy !== undefined ? Math.min(1, 1 + d.npRatio! - d.firstCycleLoss_pct! / 100) : undefined;
  const utilization = num(out.naUtilization_pct);
  add("utilization", utilization && rev !== undefined ? `\\frac{${texNumber(rev)}}{${texNumber(d.npRatio!)} + 1} = ${utilization}\\,\\%` : undefined);
  const depth = num(out.anodeDepthOfDischarge_pct);
  add("depth", depth && rev !== undefined ? `\\frac{${texNumber(rev)}}{${texNumber(d.npRatio!)}} = ${depth}\\,\\%` : undefined);
  return lines;
}

/** Symbols used in the formula, for a key under it. */
export const formulaSymbols: readonly [tex: string, meaning: string][] = [
  ["Q", "cathode areal capacity (mAh cm⁻²)"],
  ["\\bar V", "average voltage (V)"],
  ["\\ell", "first-cycle loss, as a fraction of Q"],
  ["Q_\\text{rev}", "capacity cycled after the first cycle, Q min(1, 1 + N/P − ℓ)"],
  ["c", "cathode specific capacity (mAh g⁻¹)"],
  ["f", "active-material fraction"],
  [`c_\\text{Na}`, `capacity of Na metal, ${NA_SPECIFIC_CAPACITY_mAh_g.toFixed(1)} mAh g⁻¹`],
  ["H", "host envelope thickness (µm; 0 for none)"],
  ["t, \\rho", "foil thickness and density (cc: cathode, ac: anode)"],
  ["\\varepsilon", "electrolyte per capacity (g Ah⁻¹)"],
  ["p_m, p_V", "packaging mass and volume fractions"],
  ["M, T, A, n", "pouch mass and thickness, electrode footprint, repeat units"],
];

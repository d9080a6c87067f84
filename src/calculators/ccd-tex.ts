/**
 * KaTeX sources of the CCD planner's formulas with the reader's values substituted, for the island to
 * render. A value that is missing shows as its symbol and the result as "—".
 */
import type { CcdInput, CcdOutcome } from "./ccd.ts";
import { FARADAY_C_mol, NA_THICKNESS_um_per_mAh_cm2 } from "./constants.ts";
import { defaultResistanceConvention, type ResistanceConvention } from "./polarization.ts";
import type { Protocol } from "./staircase.ts";

type Values = Partial<Record<CcdInput, number>>;

/** A number as TeX: 4 significant digits, thin-space thousands, powers of ten outside 10⁻³…10⁶. */
export function texNumber(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return "—";
  if (x === 0) return "0";
  const abs = Math.abs(x);
  if (abs >= 1e-3 && abs < 1e6) {
    const [int = "", frac] = String(Number(x.toPrecision(digits))).split(".");
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, "\\,");
    return frac === undefined ? grouped : `${grouped}.${frac}`;
  }
  const [mantissa = "", exponent = ""] = x.toExponential(digits - 1).split("e");
  const m = String(Number(mantissa));
  const e = String(Number(exponent));
  return m === "1" ? `10^{${e}}` : m === "-1" ? `-10^{${e}}` : `${m}\\times10^{${e}}`;
}

/** The value as TeX, or the symbol when the value is missing. */
function val(value: number | undefined, symbol: string): string {
  return value === undefined ? symbol : texNumber(value);
}

/** An output as TeX followed by its unit (TeX), or "—". */
function result(value: number | string | undefined, unitTex: string): string {
  return typeof value === "number" ? `${texNumber(value)}\\ ${unitTex}` : "\\text{—}";
}

/** Lines stacked and centred (KaTeX's gathered environment). */
function gathered(lines: string[]): string {
  return `\\begin{gathered}${lines.join(" \\\\[4pt] ")}\\end{gathered}`;
}

/** Staircase currents, whole-test time and capacity, and plated thickness. */
export function staircaseTex(values: Values, outcome: CcdOutcome, protocol: Protocol): string {
  const j0 = val(values.startCurrent_mA_cm2, "j_0");
  const dj = val(values.stepCurrent_mA_cm2, "\\Delta j");
  const n = typeof outcome.outputs.steps === "number" ? outcome.outputs.steps : undefined;
  const last = n === undefined ? "N-1" : String(n - 1);
  const cycles = val(values.cyclesPerStep, "N_\\text{cyc}");
  const currents = `j_i = j_0 + i\\,\\Delta j = ${j0} + ${dj}\\,i\\ \\text{mA cm}^{-2},\\quad i = 0,\\dots,${last}`;
  const q = val(values.capacityPerHalfCycle_mAh_cm2, "Q");
  const half = val(values.halfCycle_h, "t_{1/2}");
  const time =
    protocol === "capacity"
      ? `t_\\text{total} = 2N_\\text{cyc}\\sum_i \\frac{Q}{j_i} = 2 \\times ${cycles} \\times \\sum_{i=0}^{${last}} \\frac{${q}}{j_i}`
      : `t_\\text{total} = 2N_\\text{cyc}\\,N\\,t_{1/2} = 2 \\times ${cycles} \\times ${val(n, "N")} \\times ${half}`;
  const capacity =
    protocol === "capacity"
      ? `Q_\\text{total} = 2N_\\text{cyc}\\,N\\,Q`
      : `Q_\\text{total} = 2N_\\text{cyc}\\,t_{1/2}\\sum_i j_i`;
  const thickness = `h = Q \\times ${texNumber(NA_THICKNESS_um_per_mAh_cm2, 3)}\\ \\mu\\text{m per mAh cm}^{-2}`;
  return gathered([
    currents,
    `${time} = ${result(outcome.outputs.totalTime_h, "\\text{h}")}`,
    `${capacity} = ${result(outcome.outputs.cumulativeCapacity_mAh_cm2, "\\text{mAh cm}^{-2}")}`,
    thickness,
  ]);
}

/** Symmetric-cell polarization at the maximum current density, in the resistance convention chosen. */
export function polarizationTex(
  values: Values,
  outcome: CcdOutcome,
  convention: ResistanceConvention = defaultResistanceConvention,
): string {
  const j = val(values.maxCurrent_mA_cm2, "j_\\text{max}");
  const r = val(values.interfacialResistance_ohm_cm2, "R_\\text{int}");
  const l =
    values.electrolyteThickness_um === undefined
      ? "L"
      : `${texNumber(values.electrolyteThickness_um * 1e-4)}\\ \\text{cm}`;
  const s =
    values.ionicConductivity_mS_cm === undefined
      ? "\\sigma"
      : `${texNumber(values.ionicConductivity_mS_cm * 1e-3)}\\ \\text{S cm}^{-1}`;
  const twice = convention === "perInterface";
  return (
    `\\eta = j\\left(${twice ? "2" : ""}R_\\text{int} + \\frac{L}{\\sigma}\\right) = ${j}\\ \\text{mA cm}^{-2} \\times ` +
    `\\left(${twice ? "2 \\times " : ""}${r} + \\frac{${l}}{${s}}\\right)\\ \\Omega\\,\\text{cm}^2 = ${result(outcome.outputs.polarizationAtMax_mV, "\\text{mV}")}`
  );
}

/** Sand's time with the reader's liquid-electrolyte values, in SI-like units (C, cm, s). */
export function sandTex(values: Values, outcome: CcdOutcome): string {
  const d = val(values.diffusivity_cm2_s, "D");
  const c = values.concentration_M === undefined ? "c_0" : texNumber(values.concentration_M * 1e-3);
  const j = values.sandCurrent_mA_cm2 === undefined ? "j" : texNumber(values.sandCurrent_mA_cm2 * 1e-3);
  const t = val(values.transferenceNumber, "t_+");
  const gap = values.sandGap_um === undefined ? "L" : texNumber(values.sandGap_um * 1e-4);
  const jLim = outcome.outputs.limitingCurrent_mA_cm2;
  const below = values.sandCurrent_mA_cm2 !== undefined && typeof jLim === "number" && values.sandCurrent_mA_cm2 <= jLim;
  // At or below the limiting current the salt never runs out: τ is shown as a formula, with the reason.
  const tauLine = below
    ? `\\tau = \\frac{\\pi D\\,(z c_0 F)^2}{4\\,\\big(j\\,(1 - t_+)\\big)^2}\\ \\text{is never reached: } j = ${j}\\ \\text{A cm}^{-2} \\le j_\\text{lim}`
    : `\\tau = \\frac{\\pi D\\,(z c_0 F)^2}{4\\,\\big(j\\,(1 - t_+)\\big)^2} = ` +
      `\\frac{\\pi \\times ${d} \\times (1 \\times ${c} \\times ${texNumber(FARADAY_C_mol, 6)})^2}{4 \\times \\big(${j} \\times (1 - ${t})\\big)^2} = ` +
      result(outcome.outputs.sandTime_s, "\\text{s}");
  return gathered([
    `j_\\text{lim} = \\frac{2 z F c_0 D}{(1 - t_+)\\,L} = \\frac{2 \\times 1 \\times ${texNumber(FARADAY_C_mol, 6)} \\times ${c} \\times ${d}}{(1 - ${t}) \\times ${gap}} = ` +
      result(
        typeof outcome.outputs.limitingCurrent_mA_cm2 === "number" ? outcome.outputs.limitingCurrent_mA_cm2 * 1e-3 : undefined,
        "\\text{A cm}^{-2}",
      ),
    `t_D = \\frac{L^2}{D} = \\frac{(${gap})^2}{${d}} = ${result(outcome.outputs.diffusionTime_s, "\\text{s}")}`,
    tauLine,
    `\\text{with } D \\text{ in cm}^2\\,\\text{s}^{-1},\\ c_0 \\text{ in mol cm}^{-3},\\ L \\text{ in cm},\\ F \\text{ in C mol}^{-1},\\ j \\text{ in A cm}^{-2}`,
  ]);
}

/** All three formulas, keyed by the block they belong to. */
export function formulaTex(
  values: Values,
  outcome: CcdOutcome,
  protocol: Protocol,
  convention: ResistanceConvention = defaultResistanceConvention,
): { staircase: string; polarization: string; sand: string } {
  return {
    staircase: staircaseTex(values, outcome, protocol),
    polarization: polarizationTex(values, outcome, convention),
    sand: sandTex(values, outcome),
  };
}

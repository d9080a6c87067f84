/**
 * Works a problem out at build time: runs its calculator on its parameters (the same compute functions the
 * islands call), takes the answer from the results, converts it to the problem's unit, and fills the
 * `{{placeholders}}` of its statement, hint and solution. A problem whose answer cannot be computed throws,
 * naming the problem, so the build fails rather than print a wrong number.
 */
import { texNumber } from "../calculators/ccd-tex.ts";
import { formatNumber } from "../calculators/format.ts";
import type { Problem } from "../schemas/problem.ts";
import { calculators, type Run } from "./calculators.ts";
import { convert, unitBySymbol } from "./units.ts";

/** A problem with everything the page prints about it. */
export interface WorkedProblem {
  problem: Problem;
  /** The answer in the problem's unit, at full precision. */
  answer: number;
  /** The answer as printed: `digits` significant digits ("26.6"). */
  answerText: string;
  /** The calculator's results and the numbers solutions may quote, at the problem's parameters. */
  run: Run;
  /** The statement, hint and solution with their placeholders filled. */
  statement: string;
  hint: string;
  solution: { text?: string; tex?: string }[];
  /** Outputs the teacher link hides. */
  hide: string[];
  /** Query string that puts the calculator in the problem's state ("?mode=angle&theta_deg=72.5"). */
  query: string;
  /** The same, with `hide=` for the teacher link. */
  teacherQuery: string;
}

// The unit a quantity is in, from the end of its name (the site's naming convention).
const SUFFIX_UNITS: readonly [string, string][] = [
  ["_um", "µm"], ["_mm", "mm"], ["_mV", "mV"], ["_V", "V"], ["_h", "h"], ["_s", "s"], ["_mJ_m2", "mJ m⁻²"],
  ["_mN_m", "mN m⁻¹"], ["_Wh_kg", "Wh kg⁻¹"], ["_Wh_L", "Wh L⁻¹"], ["_deg", "°"], ["_mA_cm2", "mA cm⁻²"], ["_mAh_cm2", "mAh cm⁻²"],
  ["_pct", "%"], ["_kPa", "kPa"],
];

/** The unit a quantity's name states ("" for a pure number such as npRatio); throws for a unit the kit lacks. */
export function unitOfName(name: string): string {
  const match = SUFFIX_UNITS.find(([suffix]) => name.endsWith(suffix));
  if (match) return match[1];
  if (name.includes("_")) throw new Error(`"${name}" is in a unit the self-check does not know; pick another result.`);
  return "";
}

/** The answer's quantity, before conversion to the problem's unit, with the unit its name states. */
function rawAnswer(problem: Problem, run: Run): { value: number; unit: string } {
  const calc = calculators[problem.calculator];
  const result = (r: Run, name: string) => {
    const value = r.outputs[name];
    if (value === undefined || !Number.isFinite(value)) {
      throw new Error(`Problem "${problem.id}": the ${calc.name} gives no ${name} with these parameters.`);
    }
    return value;
  };
  const a = problem.answer;
  if ("output" in a) return { value: result(run, a.output), unit: unitOfName(a.output) };
  if ("difference" in a) {
    const [first, second] = a.difference;
    if (unitOfName(first) !== unitOfName(second)) throw new Error(`Problem "${problem.id}": ${first} and ${second} differ in unit.`);
    return { value: result(run, first) - result(run, second), unit: unitOfName(first) };
  }
  const { input, output, target, from, to } = a.solve;
  const gap = (x: number) => result(calc.run({ ...problem.params, [input]: String(x) }), output) - target;
  return { value: bisect(gap, from, to, problem.id), unit: unitOfName(input) };
}

/** The root of `f` between `lo` and `hi`, where `f` changes sign exactly once. */
function bisect(f: (x: number) => number, lo: number, hi: number, id: string): number {
  let fLo = f(lo);
  if (fLo === 0) return lo;
  if (Math.sign(fLo) === Math.sign(f(hi))) {
    throw new Error(`Problem "${id}": the result does not reach the target between ${lo} and ${hi}.`);
  }
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, Math.abs(lo)); i++) {
    const mid = (lo + hi) / 2;
    const fMid = f(mid);
    if (fMid === 0) return mid;
    if (Math.sign(fMid) === Math.sign(fLo)) [lo, fLo] = [mid, fMid];
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** A number for prose: "26.6", "−154.8", "2×10⁻⁶". */
export function textNumber(value: number, digits: number): string {
  const [mantissa = "", exponent] = formatNumber(value, digits).split("e");
  const sup = exponent === undefined ? "" : `×10${[...String(Number(exponent))].map((c) => (c === "-" ? "⁻" : SUPERSCRIPT[Number(c)])).join("")}`;
  return (mantissa + sup).replace(/^-/, "−");
}

/**
 * The answer with exactly `digits` significant digits, zeros kept ("36.0", "5000", "0.250"), as prose or
 * TeX (thin spaces between thousands).
 */
export function answerNumber(value: number, digits: number, as: "text" | "tex"): string {
  const fixed = value.toPrecision(digits);
  if (fixed.includes("e")) return as === "tex" ? texNumber(value, digits) : textNumber(value, digits);
  if (as === "text") return fixed.replace(/^-/, "−");
  const [int = "", frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, "\\,");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.]+)(?:\|(\d))?\s*\}\}/g;

/** Fills `{{name}}` / `{{name|digits}}` in prose or TeX; `{{answer}}` is the printed answer. */
export function fill(
  template: string,
  values: Readonly<Record<string, number>>,
  answer: { value: number; digits: number },
  as: "text" | "tex",
  id: string,
): string {
  return template.replace(PLACEHOLDER, (_m, name: string, digits?: string) => {
    const isAnswer = name === "answer";
    const value = isAnswer ? answer.value : values[name];
    if (value === undefined) {
      throw new Error(`Problem "${id}": no value for {{${name}}}. Known: answer, ${Object.keys(values).join(", ")}.`);
    }
    if (isAnswer && digits === undefined) return answerNumber(value, answer.digits, as);
    const d = digits === undefined ? 4 : Number(digits);
    return as === "tex" ? texNumber(value, d) : textNumber(value, d);
  });
}

/** "?mode=angle&theta_deg=72.5": the problem's parameters as a link's query, in the order given. */
export function queryOf(params: Readonly<Record<string, string>>, hide: readonly string[] = []): string {
  const parts = Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  if (hide.length > 0) parts.push(`hide=${hide.join(",")}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

/** The outputs a teacher link hides: the problem's own list, else the result the answer comes from. */
export function hiddenOutputs(problem: Problem): string[] {
  if (problem.hide) return problem.hide;
  const a = problem.answer;
  return "output" in a ? [a.output] : "difference" in a ? [a.difference[0]] : [a.solve.output];
}

/** Works one problem out (see the module comment). */
export function workProblem(problem: Problem): WorkedProblem {
  const run = calculators[problem.calculator].run(problem.params);
  const raw = rawAnswer(problem, run);
  if (raw.unit !== problem.unit && (raw.unit === "" || problem.unit === "")) {
    throw new Error(`Problem "${problem.id}": the answer is in "${raw.unit}", not "${problem.unit}".`);
  }
  const answer = raw.unit === problem.unit ? raw.value : convert(raw.value, unitBySymbol(raw.unit), unitBySymbol(problem.unit));
  if (!Number.isFinite(answer)) throw new Error(`Problem "${problem.id}": the answer is not a finite number.`);
  const digits = problem.digits;
  // A solve problem may quote its target ({{target}}), in the unit of the result it matches.
  const values = "solve" in problem.answer ? { ...run.values, target: problem.answer.solve.target } : run.values;
  const text = (t: string) => fill(t, values, { value: answer, digits }, "text", problem.id);
  const tex = (t: string) => fill(t, values, { value: answer, digits }, "tex", problem.id);
  const hide = hiddenOutputs(problem);
  return {
    problem,
    answer,
    answerText: answerNumber(answer, digits, "text"),
    run,
    statement: text(problem.statement),
    hint: text(problem.hint),
    solution: problem.solution.map((s) => ({
      ...(s.text === undefined ? {} : { text: text(s.text) }),
      ...(s.tex === undefined ? {} : { tex: tex(s.tex) }),
    })),
    hide,
    query: queryOf(problem.params),
    teacherQuery: queryOf(problem.params, hide),
  };
}

/**
 * The trace analyser as a calculator: reader-adjustable thresholds (as fields), the CCD convention and the
 * test type in, a parsed trace and, for files without a current column, the planner's staircase; out come the
 * verdict (with the window of the trace that justifies it), the staircase's CCD and failure, and the cycling
 * metrics of Table 2.
 */
import { checkRange, type NumberField } from "./fields.ts";
import { emptyOutcome, type Outcome } from "./outcome.ts";
import { analyseSteps, type Analysis, type EvidenceWindow, type Thresholds } from "./short-detection.ts";
import type { StepPlan } from "./staircase.ts";
import { checkSymmetricCell, checkVoltage } from "./trace/cell-check.ts";
import { cyclingMetrics, detectTestType, type CyclingResult, type TestType } from "./trace/cycling.ts";
import type { Trace } from "./trace/trace.ts";
import { segmentTrace, type TraceStep } from "./trace-steps.ts";

export type Threshold = keyof Thresholds;

export const thresholdFields = {
  collapseFraction: {
    name: "collapseFraction",
    label: "Collapse threshold",
    unit: "× plateau",
    default: 0.5,
    min: 0,
    minExclusive: true,
    max: 1,
    maxExclusive: true,
    step: 0.05,
    help: "A short is a fall of |V| below this fraction of the plateau the half-cycle had established.",
  },
  collapseTime_s: {
    name: "collapseTime_s",
    label: "Collapse lasting at least",
    unit: "s",
    default: 60,
    min: 0,
    max: 1e6,
    step: 10,
    help: "How long |V| must stay collapsed to count as a short (or the share below, if shorter).",
  },
  collapseShare: {
    name: "collapseShare",
    label: "or a share of the half-cycle",
    unit: "",
    default: 0.05,
    min: 0,
    minExclusive: true,
    max: 1,
    step: 0.01,
    help: "A collapse lasting this share of its half-cycle counts too, so short half-cycles can be judged.",
  },
  noiseFactor: {
    name: "noiseFactor",
    label: "Noise threshold",
    unit: "× step noise",
    default: 10,
    min: 1,
    minExclusive: true,
    max: 1e6,
    step: 1,
    help: "A soft short is noise (or sharp drops) this many times the last healthy half-cycle's own.",
  },
  noiseFloor_mV: {
    name: "noiseFloor_mV",
    label: "Noise floor",
    unit: "mV",
    default: 0.5,
    min: 0,
    max: 1000,
    step: 0.1,
    help: "The step's noise is taken as at least this, so a very clean trace is not flagged for tiny wiggles.",
  },
  ohmicTolerance: {
    name: "ohmicTolerance",
    label: "Ohmic tolerance",
    unit: "",
    default: 0.5,
    min: 0,
    minExclusive: true,
    max: 100,
    step: 0.1,
    help: "Contact loss is flagged when a step's V/j rises above the first step's by more than this fraction.",
  },
} satisfies Record<Threshold, NumberField>;

export const thresholdNames = Object.keys(thresholdFields) as Threshold[];
export const thresholdDefaults: Thresholds = {
  collapseFraction: thresholdFields.collapseFraction.default,
  collapseTime_s: thresholdFields.collapseTime_s.default,
  collapseShare: thresholdFields.collapseShare.default,
  noiseFactor: thresholdFields.noiseFactor.default,
  noiseFloor_mV: thresholdFields.noiseFloor_mV.default,
  ohmicTolerance: thresholdFields.ohmicTolerance.default,
};

/** Which current a CCD names: the step at which the cell shorted, or the last step it passed. */
export const ccdConventions = ["failing", "passed"] as const;
export type CcdConvention = (typeof ccdConventions)[number];
export const defaultConvention: CcdConvention = "passed";
export const conventionLabels: Record<CcdConvention, string> = {
  failing: "Failing step (where the cell shorted)",
  passed: "Last step passed (before the short)",
};

/** Which analysis to show: the one the trace looks like, or the reader's choice. */
export const testTypeChoices = ["auto", "staircase", "cycling"] as const;
export type TestTypeChoice = (typeof testTypeChoices)[number];
export const testTypeLabels: Record<TestTypeChoice, string> = {
  auto: "As detected",
  staircase: "CCD staircase",
  cycling: "Constant-current cycling",
};

export const analyserOutputs = [
  "ccd_mA_cm2",
  "failureTime_h",
  "failureCurrent_mA_cm2",
  "overpotential_mV",
  "cycleLife_h",
  "cycles",
  "cumulativeCapacity_mAh_cm2",
] as const;
export type AnalyserOutput = (typeof analyserOutputs)[number];
export const staircaseOutputs = ["ccd_mA_cm2", "failureTime_h", "failureCurrent_mA_cm2"] as const satisfies readonly AnalyserOutput[];
export const cyclingOutputs = ["overpotential_mV", "cycleLife_h", "cycles", "cumulativeCapacity_mAh_cm2"] as const satisfies readonly AnalyserOutput[];

/** Label and unit of each analyser output. */
export const analyserOutputLabels: Record<AnalyserOutput, { label: string; unit: string }> = {
  ccd_mA_cm2: { label: "Critical current density", unit: "mA cm⁻²" },
  failureTime_h: { label: "Time of the failure", unit: "h" },
  failureCurrent_mA_cm2: { label: "Current density at the failure", unit: "mA cm⁻²" },
  overpotential_mV: { label: "Overpotential", unit: "mV" },
  cycleLife_h: { label: "Cycle life", unit: "h" },
  cycles: { label: "Complete cycles", unit: "" },
  cumulativeCapacity_mAh_cm2: { label: "Cumulative plated capacity", unit: "mAh cm⁻²" },
};

/** The analyser's conclusion about the trace, with the stretch of it that shows why. */
export interface Verdict {
  kind: "short" | "soft-short" | "shorted-from-start" | "no-short" | "not-symmetric";
  window: EvidenceWindow;
  /** Why, in a sentence. */
  sentence: string;
}

export interface AnalyserOutcome extends Outcome<Threshold, AnalyserOutput> {
  /** Steps found in the trace (for shading the chart); absent when the trace could not be split. */
  steps?: TraceStep[];
  analysis?: Analysis;
  verdict?: Verdict;
  /** The test the trace holds, as detected, and the one analysed (the reader may override). */
  detectedTestType?: TestType;
  testType?: TestType;
  convention: CcdConvention;
  /** Both CCD conventions, in mA cm⁻², when known. */
  ccdFailing_mA_cm2?: number;
  ccdPassed_mA_cm2?: number;
  cycling?: CyclingResult;
}

/** The reader's choices besides the thresholds. */
export interface AnalyserOptions {
  convention?: CcdConvention;
  testType?: TestTypeChoice;
}

const fmt = (x: number) => String(Number(x.toPrecision(3)));

/**
 * Analyses a trace. `plan` gives each step's current and timing when the file has no current column.
 * Never throws; outputs are finite or explained in `unavailable`.
 */
export function analyseTrace(
  trace: Trace,
  plan: readonly StepPlan[] | undefined,
  thresholds: Partial<Thresholds>,
  options: AnalyserOptions = {},
): AnalyserOutcome {
  const convention = options.convention ?? defaultConvention;
  const outcome: AnalyserOutcome = { ...emptyOutcome<Threshold, AnalyserOutput>(), convention };
  const th: Partial<Thresholds> = {};
  for (const name of thresholdNames) {
    const value = thresholds[name];
    if (value === undefined) continue;
    const reading = checkRange(value, thresholdFields[name]);
    if (reading.ok) th[name] = reading.value;
    else outcome.errors[name] = reading.error;
  }
  const absent = thresholdNames.filter((n) => th[n] === undefined);
  const unavailable = (reason: string, names: readonly AnalyserOutput[] = analyserOutputs) => {
    for (const o of names) if (outcome.outputs[o] === undefined) outcome.unavailable[o] = reason;
    return outcome;
  };
  if (absent.length > 0) {
    const labels = absent.map((n) => thresholdFields[n].label.toLowerCase());
    return unavailable(
      `Needs a valid ${labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`}.`,
    );
  }

  const segmentation = segmentTrace(trace, plan);
  if (!segmentation.ok) {
    const cell = checkVoltage(trace);
    if (!cell.symmetric) outcome.verdict = { kind: "not-symmetric", window: cell.window, sentence: cell.reason };
    return unavailable(segmentation.error);
  }
  const steps = segmentation.steps;
  outcome.steps = steps;
  outcome.warnings.push(...segmentation.notes);
  const t = trace.time_s;
  const detected = detectTestType(steps, t);
  const testType = options.testType === "staircase" || options.testType === "cycling" ? options.testType : detected;
  outcome.detectedTestType = detected;
  outcome.testType = testType;
  const other = testType === "staircase" ? cyclingOutputs : staircaseOutputs;
  unavailable(
    testType === "staircase" ? "Shown for constant-current cycling; this is read as a CCD staircase." : "Shown for a CCD staircase; this is read as constant-current cycling.",
    other,
  );

  const cell = checkSymmetricCell(trace, steps);
  if (!cell.symmetric) {
    outcome.verdict = { kind: "not-symmetric", window: cell.window, sentence: cell.reason };
    return unavailable("Not a symmetric Na | Na cell (see the verdict).");
  }

  const analysis = analyseSteps(trace, steps, th as Thresholds);
  outcome.analysis = analysis;
  outcome.warnings.push(...analysis.flags.map((f) => f.message));
  const { failure } = analysis;
  if (failure) {
    const kind = failure.kind === "start" ? "shorted-from-start" : failure.kind === "collapse" ? "short" : "soft-short";
    outcome.verdict = { kind, window: failure.window, sentence: failure.message };
  }

  if (testType === "staircase") staircaseResults(outcome, analysis, convention);
  else cyclingResults(outcome, trace, steps, analysis);
  return outcome;
}

function staircaseResults(outcome: AnalyserOutcome, analysis: Analysis, convention: CcdConvention): void {
  const { failure } = analysis;
  const passed = analysis.ccd_mA_cm2;
  if (passed !== undefined) outcome.ccdPassed_mA_cm2 = passed;
  if (failure && failure.kind !== "start") outcome.ccdFailing_mA_cm2 = failure.current_mA_cm2;
  if (failure) {
    outcome.outputs.failureTime_h = failure.time_s / 3600;
    outcome.outputs.failureCurrent_mA_cm2 = failure.current_mA_cm2;
  } else {
    outcome.unavailable.failureTime_h = outcome.unavailable.failureCurrent_mA_cm2 = "No short circuit found.";
    const last = [...analysis.steps].reverse().find((s) => s.completed) ?? analysis.steps.at(-1);
    if (last) {
      outcome.verdict = {
        kind: "no-short",
        window: { start_s: last.start_s, end_s: last.end_s },
        sentence:
          `No half-cycle lost its plateau: the last step, ${fmt(last.current_mA_cm2)} mA cm⁻², held about ${fmt(last.plateau_mV)} mV ` +
          "to its end, so the cell did not short within this trace.",
      };
    }
  }
  if (convention === "failing") {
    if (outcome.ccdFailing_mA_cm2 !== undefined) outcome.outputs.ccd_mA_cm2 = outcome.ccdFailing_mA_cm2;
    else if (!failure)
      outcome.unavailable.ccd_mA_cm2 =
        passed !== undefined
          ? `No step failed: the current at which this cell shorts lies above ${fmt(passed)} mA cm⁻².`
          : "The trace ends before its first step is complete.";
    else outcome.unavailable.ccd_mA_cm2 = "The cell was shorted from its first half-cycle: there is no step at which it failed.";
    return;
  }
  if (passed !== undefined) {
    outcome.outputs.ccd_mA_cm2 = passed;
    if (!failure)
      outcome.warnings.push(`No short circuit in the trace: the CCD is at least ${fmt(passed)} mA cm⁻², the highest step completed.`);
  } else if (failure) {
    outcome.unavailable.ccd_mA_cm2 = `The cell failed in its first step (${fmt(failure.current_mA_cm2)} mA cm⁻²): the CCD is below that.`;
  } else {
    outcome.unavailable.ccd_mA_cm2 = "The trace ends before its first step is complete.";
  }
}

function cyclingResults(outcome: AnalyserOutcome, trace: Trace, steps: readonly TraceStep[], analysis: Analysis): void {
  const cycling = cyclingMetrics(trace, steps, analysis);
  if (!cycling) {
    for (const o of cyclingOutputs) outcome.unavailable[o] = "No half-cycle to measure.";
    return;
  }
  outcome.cycling = cycling;
  if (cycling.overpotential_mV !== undefined) outcome.outputs.overpotential_mV = cycling.overpotential_mV;
  else outcome.unavailable.overpotential_mV = "No complete half-cycle before the failure.";
  outcome.outputs.cycleLife_h = cycling.cycleLife_h;
  outcome.outputs.cycles = cycling.cycles;
  outcome.outputs.cumulativeCapacity_mAh_cm2 = cycling.cumulativeCapacity_mAh_cm2;
  if (!analysis.failure) {
    const t = trace.time_s;
    outcome.verdict = {
      kind: "no-short",
      window: { start_s: t[0]!, end_s: t[t.length - 1]! },
      sentence:
        `No half-cycle lost its plateau in ${fmt(cycling.cycleLife_h)} h of cycling at ${fmt(cycling.current_mA_cm2)} mA cm⁻²: ` +
        "the cycle life is at least the length of the trace.",
    };
  }
}

/** What the trace chart marks: the current steps to shade, the failure and the verdict's evidence, in s. */
export interface TraceMarks {
  steps: { start_s: number; end_s: number; current_mA_cm2: number }[];
  failure?: { time_s: number; label: string };
  evidence?: { start_s: number; end_s: number; label: string };
}

const verdictNames: Record<Verdict["kind"], string> = {
  short: "Short circuit",
  "soft-short": "Soft short",
  "shorted-from-start": "Shorted from the start",
  "no-short": "Held its plateau",
  "not-symmetric": "Not a symmetric cell",
};

/** The steps, the failure and the evidence of an analysis, as the trace chart (src/charts/trace.ts) takes them. */
export function traceMarks(outcome: Pick<AnalyserOutcome, "steps" | "analysis" | "verdict">): TraceMarks {
  const marks: TraceMarks = {
    steps: (outcome.steps ?? []).map((s) => ({ start_s: s.start_s, end_s: s.end_s, current_mA_cm2: s.current_mA_cm2 })),
  };
  const f = outcome.analysis?.failure;
  const v = outcome.verdict;
  if (f && v && v.kind !== "not-symmetric") {
    const what = f.kind === "collapse" ? "Short circuit" : f.kind === "start" ? "Shorted from the start" : "Soft short";
    marks.failure = { time_s: f.time_s, label: `${what} at ${fmt(f.current_mA_cm2)} mA cm⁻², ${fmt4(f.time_s / 3600)} h` };
  }
  if (v) marks.evidence = { start_s: v.window.start_s, end_s: v.window.end_s, label: verdictNames[v.kind] };
  return marks;
}
const fmt4 = (x: number) => String(Number(x.toPrecision(4)));

/**
 * Query string placing a CCD (mA cm⁻²) and, when known, an interfacial resistance (Ω cm²) on the Table 1
 * chart of /data/, in the "compare your result" parameters that src/charts/compare.ts reads.
 */
export function table1CompareQuery(ccd_mA_cm2: number, resistance_ohm_cm2?: number, convention?: CcdConvention): string {
  const params = new URLSearchParams();
  if (resistance_ohm_cm2 !== undefined && resistance_ohm_cm2 > 0 && Number.isFinite(resistance_ohm_cm2))
    params.set("my1_resistance_ohm_cm2", fmt4(resistance_ohm_cm2));
  params.set("my1_ccd_mA_cm2", fmt4(ccd_mA_cm2));
  if (convention) params.set("ccdConvention", convention);
  return `?${params}`;
}

/**
 * Query string placing a cycling result on the Table 2 charts of /data/ ("compare your result", `my2_…`):
 * current density, areal capacity per half-cycle, overpotential and cycle life.
 */
export function table2CompareQuery(c: Pick<CyclingResult, "current_mA_cm2" | "arealCapacity_mAh_cm2" | "overpotential_mV" | "cycleLife_h">): string {
  const params = new URLSearchParams();
  params.set("my2_current_mA_cm2", fmt4(c.current_mA_cm2));
  if (c.arealCapacity_mAh_cm2 > 0) params.set("my2_capacity_mAh_cm2", fmt4(c.arealCapacity_mAh_cm2));
  if (c.overpotential_mV !== undefined && c.overpotential_mV > 0) params.set("my2_overpotential_mV", fmt4(c.overpotential_mV));
  if (c.cycleLife_h > 0) params.set("my2_cycle_life_h", fmt4(c.cycleLife_h));
  return `?${params}`;
}

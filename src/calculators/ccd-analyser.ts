/**
 * The CCD analyser as a calculator: reader-adjustable thresholds (as fields), a parsed trace and, for files
 * without a current column, the planner's staircase in; the CCD and the time and current of the failure out.
 */
import { checkRange, type NumberField } from "./fields.ts";
import { emptyOutcome, type Outcome } from "./outcome.ts";
import { analyseSteps, type Analysis, type Thresholds } from "./short-detection.ts";
import type { StepPlan } from "./staircase.ts";
import type { Trace } from "./trace-csv.ts";
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
    help: "A short is a fall of |V| below this fraction of the step's plateau for 3 samples in a row.",
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
    help: "A soft short is sample-to-sample noise this many times the step's own.",
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
    help: "Contact loss is flagged when V/j, or |V| within a step, rises by more than this fraction.",
  },
} satisfies Record<Threshold, NumberField>;

export const thresholdNames = Object.keys(thresholdFields) as Threshold[];
export const thresholdDefaults: Thresholds = {
  collapseFraction: thresholdFields.collapseFraction.default,
  noiseFactor: thresholdFields.noiseFactor.default,
  noiseFloor_mV: thresholdFields.noiseFloor_mV.default,
  ohmicTolerance: thresholdFields.ohmicTolerance.default,
};

export const analyserOutputs = ["ccd_mA_cm2", "failureTime_h", "failureCurrent_mA_cm2"] as const;
export type AnalyserOutput = (typeof analyserOutputs)[number];

/** Label and unit of each analyser output. */
export const analyserOutputLabels: Record<AnalyserOutput, { label: string; unit: string }> = {
  ccd_mA_cm2: { label: "Critical current density", unit: "mA cm⁻²" },
  failureTime_h: { label: "Time of the failure", unit: "h" },
  failureCurrent_mA_cm2: { label: "Current density at the failure", unit: "mA cm⁻²" },
};

export interface AnalyserOutcome extends Outcome<Threshold, AnalyserOutput> {
  /** Steps found in the trace (for shading the chart); absent when the trace could not be split. */
  steps?: TraceStep[];
  analysis?: Analysis;
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
): AnalyserOutcome {
  const outcome: AnalyserOutcome = emptyOutcome<Threshold, AnalyserOutput>();
  const th: Partial<Thresholds> = {};
  for (const name of thresholdNames) {
    const value = thresholds[name];
    if (value === undefined) continue;
    const reading = checkRange(value, thresholdFields[name]);
    if (reading.ok) th[name] = reading.value;
    else outcome.errors[name] = reading.error;
  }
  const absent = thresholdNames.filter((n) => th[n] === undefined);
  const unavailable = (reason: string) => {
    for (const o of analyserOutputs) outcome.unavailable[o] = reason;
    return outcome;
  };
  if (absent.length > 0) {
    const labels = absent.map((n) => thresholdFields[n].label.toLowerCase());
    return unavailable(
      `Needs a valid ${labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`}.`,
    );
  }

  const segmentation = segmentTrace(trace, plan);
  if (!segmentation.ok) return unavailable(segmentation.error);
  outcome.steps = segmentation.steps;
  outcome.warnings.push(...segmentation.notes);
  const analysis = analyseSteps(trace, segmentation.steps, th as Thresholds);
  outcome.analysis = analysis;
  outcome.warnings.push(...analysis.flags.map((f) => f.message));

  const { failure } = analysis;
  if (failure) {
    outcome.outputs.failureTime_h = failure.time_s / 3600;
    outcome.outputs.failureCurrent_mA_cm2 = failure.current_mA_cm2;
  } else {
    outcome.unavailable.failureTime_h = outcome.unavailable.failureCurrent_mA_cm2 = "No short circuit found.";
  }
  if (analysis.ccd_mA_cm2 !== undefined) {
    outcome.outputs.ccd_mA_cm2 = analysis.ccd_mA_cm2;
    if (!failure) {
      outcome.warnings.push(
        `No short circuit in the trace: the CCD is at least ${fmt(analysis.ccd_mA_cm2)} mA cm⁻², the highest step completed.`,
      );
    }
  } else if (failure) {
    outcome.unavailable.ccd_mA_cm2 = `The cell failed in its first step (${fmt(failure.current_mA_cm2)} mA cm⁻²): the CCD is below that.`;
  } else {
    outcome.unavailable.ccd_mA_cm2 = "The trace ends before its first step is complete.";
  }
  return outcome;
}

/** What the trace chart marks: the current steps to shade and the failure, in s. */
export interface TraceMarks {
  steps: { start_s: number; end_s: number; current_mA_cm2: number }[];
  failure?: { time_s: number; label: string };
}

/** The steps and the failure of an analysis, as the trace chart (src/charts/trace.ts) takes them. */
export function traceMarks(outcome: Pick<AnalyserOutcome, "steps" | "analysis">): TraceMarks {
  const marks: TraceMarks = {
    steps: (outcome.steps ?? []).map((s) => ({ start_s: s.start_s, end_s: s.end_s, current_mA_cm2: s.current_mA_cm2 })),
  };
  const f = outcome.analysis?.failure;
  if (f) {
    const what = f.kind === "collapse" ? "Short circuit" : "Soft short (noise)";
    marks.failure = { time_s: f.time_s, label: `${what} at ${fmt(f.current_mA_cm2)} mA cm⁻², ${fmt4(f.time_s / 3600)} h` };
  }
  return marks;
}

const fmt4 = (x: number) => String(Number(x.toPrecision(4)));

/**
 * Query string placing a CCD (mA cm⁻²) and, when known, an interfacial resistance (Ω cm²) on the Table 1
 * chart of /data/, in the "compare your result" parameters that src/charts/compare.ts reads.
 */
export function table1CompareQuery(ccd_mA_cm2: number, resistance_ohm_cm2?: number): string {
  const params = new URLSearchParams();
  if (resistance_ohm_cm2 !== undefined && resistance_ohm_cm2 > 0 && Number.isFinite(resistance_ohm_cm2))
    params.set("my1_resistance_ohm_cm2", fmt4(resistance_ohm_cm2));
  params.set("my1_ccd_mA_cm2", fmt4(ccd_mA_cm2));
  return `?${params}`;
}

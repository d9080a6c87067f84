/**
 * Messages between the CCD analyser island and its Web Worker (ccd-worker.ts). The worker reads the file,
 * keeps the trace, analyses it and lays out the chart; the island only sends settings and draws.
 */
import type { AnalyserOptions, AnalyserOutcome } from "../../calculators/ccd-analyser.ts";
import type { Thresholds } from "../../calculators/short-detection.ts";
import type { StepPlan } from "../../calculators/staircase.ts";
import type { OverpotentialLayout } from "../../charts/overpotential.ts";
import type { TraceChartLayout } from "../../charts/trace.ts";
import type { ImportChoice, ImportPlan } from "../../calculators/trace/import/plan.ts";

/** Size of the chart's viewBox, in its own units. */
export interface ChartSize {
  width: number;
  height: number;
}

/** What to analyse with: the planner's steps (used when the file has no current column) and the thresholds. */
export interface AnalysisSettings {
  plan: StepPlan[] | undefined;
  thresholds: Partial<Thresholds>;
  /** The CCD convention and the test type chosen by the reader. */
  options?: AnalyserOptions;
}

export type TraceRequest =
  | ({ type: "read"; id: number; file: Blob; name: string; size: ChartSize; import: ImportRequest } & AnalysisSettings)
  | ({ type: "analyse"; id: number; size: ChartSize; domain_h?: [number, number] } & AnalysisSettings)
  | { type: "layout"; id: number; size: ChartSize; domain_h?: [number, number] };

/** How to read the file: the reader's column and unit choices over the guess, and the electrode area. */
export interface ImportRequest {
  choice?: ImportChoice;
  /** Electrode area, in cm²; without it a current in A or mA gives no current density. */
  area_cm2?: number;
}

/** What the import found: the plan (format, columns, preview), in a sentence, and whether an area is needed. */
export interface ImportRead {
  plan: ImportPlan;
  sentence: string;
  needsArea: boolean;
}

/** The analysis and the chart laid out for it. */
export interface Analysed {
  outcome: AnalyserOutcome;
  layout: TraceChartLayout;
  /** The overpotential-against-time chart, for constant-current cycling. */
  cyclingLayouts?: { wide: OverpotentialLayout; narrow: OverpotentialLayout };
}

/** A file read: its samples (times in s, voltages in V) for the hover readout, and what it held. */
export interface TraceRead extends Analysed, ImportRead {
  time_s: Float64Array;
  voltage_V: Float64Array;
  rows: number;
  hasCurrent: boolean;
}

export type TraceResponse =
  | { type: "progress"; id: number; fraction: number; rows: number }
  | ({ type: "read"; id: number } & TraceRead)
  | ({ type: "analysed"; id: number } & Analysed)
  | { type: "layout"; id: number; layout: TraceChartLayout }
  | { type: "error"; id: number; message: string; plan?: ImportPlan };

/** The chart's two viewBox sizes: the wide one is prerendered; phones get the narrow one after hydration. */
export const CHART_SIZES = {
  wide: { width: 720, height: 360 },
  narrow: { width: 340, height: 300 },
} as const satisfies Record<string, ChartSize>;

/** The overpotential chart's two viewBox sizes. */
export const CYCLING_SIZES = {
  wide: { width: 720, height: 260 },
  narrow: { width: 340, height: 240 },
} as const satisfies Record<string, ChartSize>;

/** Container width, in CSS px, below which the narrow chart is used. */
export const NARROW_BELOW_px = 560;

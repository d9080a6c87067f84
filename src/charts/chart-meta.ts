/**
 * What a chart island receives besides its data and layout configuration: a stable id, the accessible
 * name and description of its SVG, and which table's "compare your result" cell it shows.
 */
import type { BarConfig } from "./bars.ts";
import type { ScatterConfig } from "./scatter.ts";

export interface ChartMeta {
  /** Anchor and file-name stem, e.g. "resistance-vs-ccd". */
  id: string;
  /** The SVG's accessible name. */
  title: string;
  /** The SVG's description: what a mark is and how to read it. */
  description: string;
  /** The table whose "compare your result" cell the chart shows. */
  table: 1 | 2;
}

export type ScatterChartProps = ChartMeta & { config: ScatterConfig };
export type BarChartProps = ChartMeta & { config: BarConfig };

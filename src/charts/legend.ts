/**
 * A chart's legend, which is also its filter: one item per series with its shape, colour slot and the
 * number of points it holds; hiding a series removes its marks but not its item.
 */
import type { ChartDataset } from "./points.ts";
import { seriesShape, symbolPath, type Shape } from "./symbols.ts";

export interface LegendItem {
  key: string;
  label: string;
  /** Position in the legend: colour slot (--c1 for 0) and shape. */
  index: number;
  shape: Shape;
  /** The shape's path for a legend swatch, centred on (0, 0) in a 16-unit box. */
  path: string;
  /** Points of this series in the chart's data. */
  count: number;
  /** True when the reader has hidden the series. */
  hidden: boolean;
}

/** Legend items in the dataset's series order; series without any point are left out. */
export function legendItems(dataset: ChartDataset, hidden: readonly string[] = []): LegendItem[] {
  return dataset.series
    .map((s, index) => ({
      key: s.key,
      label: s.label,
      index,
      shape: seriesShape(index),
      path: symbolPath(seriesShape(index), 64),
      count: dataset.points.filter((p) => p.series === s.key).length,
      hidden: hidden.includes(s.key),
    }))
    .filter((item) => item.count > 0);
}

/** Colour and shape slot of a series key (its position in the dataset's series), or 0 when unknown. */
export function seriesIndex(dataset: Pick<ChartDataset, "series">, key: string): number {
  return Math.max(0, dataset.series.findIndex((s) => s.key === key));
}

/** The hidden series after the reader toggles `key`: shown ones become hidden and hidden ones shown. */
export function toggleSeries(hidden: readonly string[], key: string): string[] {
  return hidden.includes(key) ? hidden.filter((k) => k !== key) : [...hidden, key];
}

/**
 * A chart's data as files a reader can download: CSV (one row per point, columns keyed with their units)
 * and JSON (the same rows, with the columns' names and units and the source). Text only; the island
 * turns it into a Blob.
 */
import type { CellValue, ChartDataset } from "./points.ts";

/** Where the numbers come from, written into every JSON download. */
export const DATA_SOURCE =
  "Yuan, Li, Zhan, Sprenkle, Li. Stabilizing Metallic Na Anodes via Sodiophilicity Regulation: A Review. Materials 2022, 15, 4636 (CC BY 4.0)";

/** One CSV field: quoted when it holds a comma, quote or line break; text that a spreadsheet would run as a formula is prefixed with '. */
export function csvField(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Keys of the CSV header: the point's id, reference, strategy and series, then the dataset's columns. */
export function exportKeys(dataset: ChartDataset): string[] {
  return ["id", "ref", "strategy", "series", ...dataset.columns.map((c) => c.key)];
}

function records(dataset: ChartDataset): Record<string, CellValue>[] {
  return dataset.points.map((p) => ({
    id: p.id,
    ref: p.ref,
    strategy: p.strategy,
    series: p.series,
    ...Object.fromEntries(dataset.columns.map((c) => [c.key, p.values[c.key] ?? null])),
  }));
}

/** The dataset as CSV text with a header line and CRLF line ends (RFC 4180); empty fields mean not reported. */
export function toCsv(dataset: ChartDataset): string {
  const keys = exportKeys(dataset);
  const lines = [keys.join(","), ...records(dataset).map((r) => keys.map((k) => csvField(r[k])).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}

/** The dataset as indented JSON: title, source, column names and units, series, and the rows (null = not reported). */
export function toJson(dataset: ChartDataset, title: string): string {
  return `${JSON.stringify(
    {
      title,
      source: DATA_SOURCE,
      columns: dataset.columns.map((c) => ({ key: c.key, label: c.label, ...(c.unit ? { unit: c.unit } : {}) })),
      series: dataset.series,
      rows: records(dataset),
    },
    null,
    2,
  )}\n`;
}

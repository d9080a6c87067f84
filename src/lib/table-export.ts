import { splitCsvFields, splitCsvRecords } from "./csv.ts";
import { review } from "./nav.ts";

/** What the JSON downloads of both tables share: their source, licence and how to read them. */

/**
 * A derived number without floating-point noise (0.1 × 3 gives 0.30000000000000004): twelve significant
 * digits are far more than any table value carries.
 */
export function roundForExport(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * Header fields of /data/tableN.json.
 * @param units How to read the unit suffixes of that table's field names.
 */
export function exportMeta(table: 1 | 2, units: string) {
  return {
    title: `Table ${table} of "${review.title}"`,
    source: {
      authors: review.authors,
      journal: review.journal,
      year: review.year,
      volume: review.volume,
      article: review.article,
      doi: `https://doi.org/${review.doi}`,
      licence: `${review.licence} (${review.licenceUrl})`,
    },
    transcribedBy: "Sodiophilic, from the published table; values are kept as printed, with data notes where they look odd",
    notReported: "null (in the CSV, an empty field) means the table prints a slash: the paper did not report the value",
    units,
  };
}

/** Size of a download as a reader reads it: "812 B", "4.3 kB" (1 kB = 1000 bytes, UTF-8). */
export function downloadSize(text: string): string {
  const bytes = new TextEncoder().encode(text).length;
  return bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} kB`;
}

/**
 * The part of a table's CSV download that holds the rows `ids`, in that order (a row with several
 * records keeps them all, as written), under the same header: the download of a filtered, sorted view.
 */
export function csvOfRows(csv: string, ids: readonly string[]): string {
  const [header = "", ...records] = splitCsvRecords(csv);
  const idColumn = splitCsvFields(header).indexOf("id");
  if (idColumn < 0) throw new Error("The table's CSV has no id column");
  const byId = new Map<string, string[]>();
  for (const record of records) {
    const id = splitCsvFields(record)[idColumn] ?? "";
    byId.set(id, [...(byId.get(id) ?? []), record]);
  }
  return [header, ...ids.flatMap((id) => byId.get(id) ?? [])].map((r) => `${r}\r\n`).join("");
}

/** A table's JSON download with only the rows `ids`, in that order, and a line saying what was kept. */
export function jsonOfRows(json: string, ids: readonly string[], view: string): string {
  const data = JSON.parse(json) as { rows: { id: string }[] } & Record<string, unknown>;
  const byId = new Map(data.rows.map((row) => [row.id, row]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  return `${JSON.stringify({ ...data, view, rows }, null, 2)}\n`;
}

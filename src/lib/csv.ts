/**
 * Writes CSV as RFC 4180 describes it: records end in CRLF, the first record is the header, and a field
 * that holds a comma, a double quote, CR or LF is wrapped in double quotes with its quotes doubled.
 * Empty fields stand for values that were not reported, so a spreadsheet never reads them as 0.
 */

/** One field: numbers are written in JavaScript's shortest round-trip form; null and undefined are empty. */
export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

/** One field as CSV text. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new RangeError(`A CSV field must be a finite number, received ${value}`);
  }
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record (without its line break). */
export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(",");
}

/**
 * A whole CSV document: the header, then one record per row, each ending in CRLF. Every row must have as
 * many fields as the header.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  rows.forEach((row, i) => {
    if (row.length !== header.length) {
      throw new Error(`CSV row ${i + 1} has ${row.length} fields; the header has ${header.length}`);
    }
  });
  return [header, ...rows].map((r) => `${csvRecord(r)}\r\n`).join("");
}

/**
 * The records of a CSV document as written (header first), each without its line break: a quoted field
 * may hold commas and line breaks, so records are split only outside quotes.
 */
export function splitCsvRecords(text: string): string[] {
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) {
      records.push(text.slice(start, i));
      if (c === "\r" && text[i + 1] === "\n") i++;
      start = i + 1;
    }
  }
  if (start < text.length) records.push(text.slice(start));
  return records;
}

/** The fields of one record (quotes removed, doubled quotes read as one). */
export function splitCsvFields(record: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const c = record[i];
    if (quoted) {
      if (c === '"' && record[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") fields.push(field), (field = "");
    else field += c;
  }
  fields.push(field);
  return fields;
}

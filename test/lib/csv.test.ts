import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, csvRecord, splitCsvFields, splitCsvRecords, toCsv, type CsvValue } from "../../src/lib/csv.ts";
import { parseCsv } from "../helpers/parse-csv.ts";

describe("csvField", () => {
  it.each([
    ["plain", "plain"],
    ["Na-SiO₂ composite", "Na-SiO₂ composite"],
    ["1 M NaPF₆ in EC/DMC, 5% FEC", '"1 M NaPF₆ in EC/DMC, 5% FEC"'],
    ['the "total" resistance', '"the ""total"" resistance"'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
    [0.25, "0.25"],
    [0, "0"],
    [5000, "5000"],
    [true, "true"],
    [null, ""],
    [undefined, ""],
  ] as [CsvValue, string][])("writes %j as %j", (value, text) => {
    expect(csvField(value)).toBe(text);
  });

  it("refuses a number that is not finite", () => {
    expect(() => csvField(Number.NaN)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: A CSV field must be a finite number, received NaN]`,
    );
  });
});

describe("toCsv", () => {
  it("writes the header, then one record per row, each ending in CRLF", () => {
    const csv = toCsv(["ref", "strategy", "ccd_mA_cm2"], [
      [42, "Na-SiO₂ composite", 0.5],
      [15, "heat-treated, 450 °C", null],
    ]);
    expect(csv).toBe('ref,strategy,ccd_mA_cm2\r\n42,Na-SiO₂ composite,0.5\r\n15,"heat-treated, 450 °C",\r\n');
  });

  it("refuses a row whose length differs from the header's", () => {
    expect(() => toCsv(["a", "b"], [["1"]])).toThrowErrorMatchingInlineSnapshot(
      `[Error: CSV row 1 has 1 fields; the header has 2]`,
    );
  });

  it("reads back as the same fields, whatever the text", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "₂", ",", '"', "\n", "\r", " ", "|", ";") });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, text), { maxLength: 8 }), (rows) => {
        expect(parseCsv(toCsv(["x", "y", "z"], rows))).toEqual([["x", "y", "z"], ...rows]);
      }),
    );
  });

  it("joins a record's fields with commas", () => {
    expect(csvRecord(["a", 1, null, "b,c"])).toBe('a,1,,"b,c"');
  });
});

describe("splitCsvRecords and splitCsvFields", () => {
  it("split a document at line breaks outside quotes only", () => {
    const csv = toCsv(["id", "note"], [["a", "one, two"], ["b", 'says "hi"\nthen leaves']]);
    expect(splitCsvRecords(csv)).toEqual(["id,note", 'a,"one, two"', 'b,"says ""hi""\nthen leaves"']);
    expect(splitCsvFields(splitCsvRecords(csv)[2])).toEqual(["b", 'says "hi"\nthen leaves']);
  });

  it("read back every field toCsv writes", () => {
    const text = fc.string().filter((t) => !t.includes("\r"));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 6 }), (rows) => {
        const records = splitCsvRecords(toCsv(["a", "b"], rows));
        expect(records.slice(1).map(splitCsvFields)).toEqual(rows.map(([a, b]) => [a, b]));
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { csvOfRows, downloadSize, exportMeta, jsonOfRows, roundForExport } from "../../src/lib/table-export.ts";

describe("roundForExport", () => {
  it.each([
    [0.1 * 3, 0.3],
    [0.25 * 213, 53.25],
    [1.5 * 333, 499.5],
    [0.3 * 5000, 1500],
  ])("writes %s as %s", (value, rounded) => {
    expect(roundForExport(value)).toBe(rounded);
  });
});

describe("downloadSize", () => {
  it.each([
    ["", "0 B"],
    ["a".repeat(999), "999 B"],
    ["a".repeat(3578), "3.6 kB"],
    ["Ω".repeat(600), "1.2 kB"],
  ])("gives the UTF-8 size of a %#th text as %j", (text, size) => {
    expect(downloadSize(text)).toBe(size);
  });
});

describe("exportMeta", () => {
  it("credits the review with its DOI and licence", () => {
    const meta = exportMeta(2, "units");
    expect(meta.title).toBe('Table 2 of "Stabilizing Metallic Na Anodes via Sodiophilicity Regulation: A Review"');
    expect(meta.source).toMatchObject({ journal: "Materials", year: 2022, volume: 15, article: 4636 });
    expect(meta.units).toBe("units");
  });
});

describe("downloads of the rows a reader sees", () => {
  const csv = "tableRow,id,note\r\n1,a,first\r\n2,b,\"two, tests\"\r\n2,b,second test\r\n3,c,third\r\n";

  it("csvOfRows keeps the header and every record of the rows shown, in the reader's order", () => {
    expect(csvOfRows(csv, ["c", "b"])).toBe("tableRow,id,note\r\n3,c,third\r\n2,b,\"two, tests\"\r\n2,b,second test\r\n");
  });

  it("csvOfRows gives the header alone when no row is shown, and refuses a file without an id column", () => {
    expect(csvOfRows(csv, [])).toBe("tableRow,id,note\r\n");
    expect(() => csvOfRows("tableRow,name\r\n1,a\r\n", ["a"])).toThrow("no id column");
  });

  it("jsonOfRows keeps the metadata, the rows shown in order and says which view they are", () => {
    const json = JSON.stringify({ title: "Table 1", rows: [{ id: "a" }, { id: "b" }, { id: "c" }] });
    expect(JSON.parse(jsonOfRows(json, ["c", "a"], "2 rows"))).toEqual({ title: "Table 1", view: "2 rows", rows: [{ id: "c" }, { id: "a" }] });
  });
});

import { describe, expect, it } from "vitest";
import { downloadSize, exportMeta, roundForExport } from "../../src/lib/table-export.ts";

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

import { describe, expect, it } from "vitest";
import { csvField, exportKeys, toCsv, toJson } from "../../src/charts/export";
import type { ChartDataset } from "../../src/charts/points";

const dataset: ChartDataset = {
  columns: [
    { key: "electrolyte", label: "Electrolyte" },
    { key: "currentDensity_mA_cm2", label: "Current density", unit: "mA cm⁻²" },
  ],
  series: [{ key: "carbon", label: "Carbon hosts" }],
  points: [
    { id: "ref51-a-1", ref: 51, strategy: "Na-carbon composite", series: "carbon", values: { electrolyte: "1 M NaPF₆ in EC/DMC", currentDensity_mA_cm2: 1 } },
    { id: "ref52-b", ref: 52, strategy: 'A "quoted", name', series: "carbon", values: { electrolyte: null, currentDensity_mA_cm2: null } },
  ],
};

describe("export", () => {
  it.each([
    [null, ""],
    [1.5, "1.5"],
    [true, "true"],
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["=SUM(A1)", "'=SUM(A1)"],
    ["-1+2", "'-1+2"],
  ] as const)("writes the CSV field %s as %s", (value, text) => {
    expect(csvField(value)).toBe(text);
  });

  it("writes a header of keys with units, then one line per point, empty where not reported", () => {
    expect(exportKeys(dataset)).toEqual(["id", "ref", "strategy", "series", "electrolyte", "currentDensity_mA_cm2"]);
    expect(toCsv(dataset)).toBe(
      "id,ref,strategy,series,electrolyte,currentDensity_mA_cm2\r\n" +
        "ref51-a-1,51,Na-carbon composite,carbon,1 M NaPF₆ in EC/DMC,1\r\n" +
        'ref52-b,52,"A ""quoted"", name",carbon,,\r\n',
    );
  });

  it("writes JSON with the source, the columns' units and null for not reported", () => {
    const json = JSON.parse(toJson(dataset, "Test chart"));
    expect(json.title).toBe("Test chart");
    expect(json.source).toMatch(/Materials 2022, 15, 4636/);
    expect(json.columns[1]).toEqual({ key: "currentDensity_mA_cm2", label: "Current density", unit: "mA cm⁻²" });
    expect(json.rows[1]).toEqual({ id: "ref52-b", ref: 52, strategy: 'A "quoted", name', series: "carbon", electrolyte: null, currentDensity_mA_cm2: null });
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importTraceText, type ImportResult } from "../../../src/calculators/trace/import/importer";
import { describePlan } from "../../../src/calculators/trace/import/plan";
import { sniff, SNIFF_BYTES } from "../../../src/calculators/trace/import/sniff";
import { xlsxToText } from "../../../src/calculators/trace/import/xlsx";

const dir = new URL("../../fixtures/cyclers/", import.meta.url);
const AREA_cm2 = 2;

/** Reads a fixture the way the analyser's worker does: sniff, decode (or unpack), import. */
function importFixture(name: string, area_cm2 = AREA_cm2): ImportResult & { encoding?: string } {
  const bytes = new Uint8Array(readFileSync(new URL(name, dir)));
  const sniffed = sniff(name, bytes.subarray(0, SNIFF_BYTES));
  if (sniffed.kind === "refused") return { ok: false, error: sniffed.message };
  if (sniffed.kind === "xlsx") {
    const sheet = xlsxToText(bytes);
    if (!sheet.ok) return { ok: false, error: sheet.error };
    return importTraceText(sheet.text, { name, ...(area_cm2 ? { area_cm2 } : {}) });
  }
  const text = new TextDecoder(sniffed.encoding).decode(bytes);
  return { ...importTraceText(text, { name, ...(area_cm2 ? { area_cm2 } : {}) }), encoding: sniffed.encoding };
}

// file, format, rows, last time (s), first and last voltage (V), first and last current density (mA cm⁻², 2 cm²)
const cases: [string, string, number, number, number, number, number, number][] = [
  ["biologic-bcs.csv", "biologic-csv", 400, 102040.47, 3.81503248214722, 4.17363882064819, 0, 0],
  ["eclab-synthetic.mpt", "biologic-eclab", 500, 14970, 0.0013, -0.0247058, 0, -0.25],
  ["arbin.csv", "arbin", 248, 1790.008, 3.3011441, 3.3009677, 0, 0],
  ["arbin-mits.xlsx", "arbin", 400, 12885.5601, 2.637298583984375, 0.664546012878418, 0, -0.02499984111636877],
  ["maccor.052", "maccor", 333, 3.33, 3.86823835, 3.86251621, -2420.0045777, -2420.11902035],
  ["maccor-testtime.041", "maccor", 74, 10, 3.90806439, 3.91172656, 0, 0],
  ["neware.csv", "neware", 605, 518298, 2.917, 0.4142, 0, 0.49586],
  ["neware-nested.csv", "neware-nested", 589, 5956, 4.3185, 4.453, 0, 0],
  ["novonix.csv", "novonix", 400, 14247.59004, 0.13736417, 1.49998751, 0, 0.02031415],
  ["pec.csv", "pec", 407, 322729.183, 3.272632, 3.7729416, 0, 819.9],
  ["bdf.csv", "bdf", 213, 1410680, 3.31121478737747, 3.0004273850505, -3.02757900453249, 0],
  ["semicolon-preamble.csv", "delimited", 240, 28680.12, 0.018, -0.020976, 0.1, -0.1],
];

describe("importing the cycler fixtures of test/fixtures/cyclers/", () => {
  it.each(cases)("%s is read as %s: %i rows, time from 0 to %d s, voltage and signed current", (file, format, rows, last_s, v0, v1, j0, j1) => {
    const r = importFixture(file);
    if (!r.ok) throw new Error(r.error);
    expect(r.plan.format.id).toBe(format);
    expect(r.rows).toBe(rows);
    const t = r.trace;
    expect(t.time_s[0]).toBe(0);
    expect(t.time_s[rows - 1]).toBeCloseTo(last_s, 3);
    expect(t.voltage_V[0]).toBeCloseTo(v0, 9);
    expect(t.voltage_V[rows - 1]).toBeCloseTo(v1, 9);
    expect(t.current_mA_cm2![0]).toBeCloseTo(j0, 9);
    expect(t.current_mA_cm2![rows - 1]).toBeCloseTo(j1, 9);
  });

  it("reads the EC-Lab export as Windows-1252 with a decimal comma, from time/s 7200 s as 0, and shows the preamble's 0.001 cm²", () => {
    const r = importFixture("eclab-synthetic.mpt");
    if (!r.ok) throw new Error(r.error);
    expect(r.encoding).toBe("windows-1252");
    expect(r.plan.decimalComma).toBe(true);
    expect(r.plan.headerArea_cm2).toBe(0.001);
    expect(r.plan.names).toContain("Temperature/°C");
    // "dq/mA.h" and "dQ/mA.h" are two columns, and the header's trailing tab is no column name to worry about.
    expect(r.plan.names.filter((n) => n.toLowerCase() === "dq/ma.h")).toHaveLength(2);
    expect(Array.from(r.trace.rest!.subarray(0, 21))).toEqual([...Array(20).fill(1), 0]);
    expect(describePlan(r.plan)).toBe(
      "BioLogic EC-Lab text export, decimal comma: time from time/s (s), voltage from <Ewe>/V (V), current from <I>/mA (mA), sign and rests from mode.",
    );
  });

  it("signs Maccor's currents by the State column and marks its R rows as rests", () => {
    const r = importFixture("maccor-testtime.041");
    if (!r.ok) throw new Error(r.error);
    expect(r.plan.mapping.timeUnit).toBe("hms");
    expect(Array.from(r.trace.rest!).filter(Boolean)).toHaveLength(11);
    const d = importFixture("maccor.052");
    if (!d.ok) throw new Error(d.error);
    expect(Array.from(d.trace.current_mA_cm2!).every((j) => j < 0)).toBe(true);
  });

  it("reads Neware's cumulative hh:mm:ss past 24 h and signs CC DChg rows negative", () => {
    const r = importFixture("neware.csv");
    if (!r.ok) throw new Error(r.error);
    expect(r.plan.names[r.plan.mapping.time]).toBe("Cumulative Time");
    expect(r.trace.time_s[r.rows - 1]! / 3600).toBeCloseTo(143.97, 2);
    const j = Array.from(r.trace.current_mA_cm2!);
    expect(j.some((x) => x < 0) && j.some((x) => x > 0)).toBe(true);
  });

  it("reads BT-Lab's date-times in time/s as seconds from the first row", () => {
    const r = importFixture("biologic-bcs.csv");
    if (!r.ok) throw new Error(r.error);
    expect(r.plan.mapping.timeUnit).toBe("datetime");
    expect(r.plan.delimiter).toBe(";");
  });

  it("asks for an area, and gives no current density, when the current is in A and no area is given", () => {
    const r = importFixture("arbin.csv", 0);
    if (!r.ok) throw new Error(r.error);
    expect(r.needsArea).toBe(true);
    expect(r.trace.current_mA_cm2).toBeNull();
    const own = importFixture("semicolon-preamble.csv", 0);
    expect(own.ok && own.needsArea).toBe(true);
  });

  it("refuses a BioLogic .mpr binary, saying to export an .mpt", () => {
    const r = importFixture("biologic-binary.mpr");
    expect(r).toEqual({
      ok: false,
      error: "This is a BioLogic EC-Lab binary file (.mpr): open it in EC-Lab and use Export as Text to save an .mpt file, then choose that.",
    });
  });
});

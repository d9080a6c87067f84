import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyseTrace, thresholdDefaults } from "../../../src/calculators/ccd-analyser";
import { importTraceText } from "../../../src/calculators/trace/import/importer";
import { sniff, SNIFF_BYTES } from "../../../src/calculators/trace/import/sniff";
import { xlsxToText } from "../../../src/calculators/trace/import/xlsx";
import type { Trace } from "../../../src/calculators/trace/trace";

const dir = new URL("../../fixtures/cyclers/", import.meta.url);

/** A fixture of test/fixtures/cyclers/ as the worker reads it (sniff, decode or unpack, import), over 1 cm². */
function traceOf(name: string): Trace {
  const bytes = new Uint8Array(readFileSync(new URL(name, dir)));
  const sniffed = sniff(name, bytes.subarray(0, SNIFF_BYTES));
  if (sniffed.kind === "refused") throw new Error(sniffed.message);
  const text = sniffed.kind === "xlsx" ? xlsxToText(bytes) : { ok: true as const, text: new TextDecoder(sniffed.encoding).decode(bytes) };
  if (!text.ok) throw new Error(text.error);
  const imported = importTraceText(text.text, { name, area_cm2: 1 });
  if (!imported.ok) throw new Error(imported.error);
  return imported.trace;
}

// The real exports (open-source battery-data projects' test files, see SOURCES.md) are full cells and half
// cells: Li-ion cells at 3–4.5 V, electrodes against Li or Na between 0 and 3 V; none may be called a shorted
// symmetric cell. Two of them hold no current at all (rests or a file cut before the current starts).
describe("real cycler exports analysed: no full cell or half cell is called a shorted symmetric cell", () => {
  it.each([
    ["biologic-bcs.csv", /^Its half-cycles sit at a median \|V\| of 3\.86 V/],
    ["arbin-mits.xlsx", /^Its half-cycles sit at a median \|V\| of 1\.4 V/],
    ["neware.csv", /^Its voltage changes sign in only 0 of 15 reversals/],
    ["neware-nested.csv", /^Its half-cycles sit at a median \|V\| of 4\.49 V/],
    ["novonix.csv", /^Its half-cycles sit at a median \|V\| of 1\.5 V/],
    ["pec.csv", /^Its half-cycles sit at a median \|V\| of 3\.26 V/],
    ["maccor.052", /^Its half-cycles sit at a median \|V\| of 3\.86 V/],
    ["bdf.csv", /^Its voltage sits at a median \|V\| of 3\.\d+ V/],
    ["arbin.csv", /^Its voltage sits at a median \|V\| of 3\.3 V/],
    ["maccor-testtime.041", /^Its voltage sits at a median \|V\| of 3\.9\d* V/],
  ])("%s is said to be a full cell or a half cell, with no short and no CCD", (name, sentence) => {
    const outcome = analyseTrace(traceOf(name), undefined, thresholdDefaults);
    expect(outcome.verdict?.kind).toBe("not-symmetric");
    expect(outcome.verdict?.sentence).toMatch(sentence);
    expect(outcome.verdict?.sentence).toMatch(/this is a full cell or a half-cell, so no short circuit or CCD is read from it\.$/);
    expect(outcome.analysis).toBeUndefined();
    expect(outcome.outputs).toEqual({});
  });

  it("reads the synthetic symmetric-cell EC-Lab and semicolon exports as symmetric cells cycling without a short", () => {
    for (const name of ["eclab-synthetic.mpt", "semicolon-preamble.csv"]) {
      const outcome = analyseTrace(traceOf(name), undefined, thresholdDefaults);
      expect(outcome.verdict?.kind, name).toBe("no-short");
      expect(outcome.testType, name).toBe("cycling");
    }
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNumberText, scanNumber } from "../../src/calculators/number-text.ts";

const value = (text: string) => {
  const r = readNumberText(text);
  return r.ok ? r.value : r.problem;
};

describe("readNumberText, the site's one number rule", () => {
  it.each([
    ["72.5", 72.5],
    [".5", 0.5],
    ["1.", 1],
    ["-2.5e-3", -0.0025],
    ["\u22120.4", -0.4],
    ["+3E2", 300],
    ["1,5", 1.5],
    ["0,500", 0.5],
    [",5", 0.5],
    ["12,3456", 12.3456],
    ["1234,5", 1234.5],
    ["1,5e3", 1500],
  ])("reads %j as %d", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it("refuses “1,500”, which could be 1.5 or 1500, and says both readings", () => {
    expect(readNumberText("1,500")).toEqual({
      ok: false,
      problem: "ambiguousComma",
      message: "“1,500” could be 1.5 or 1500: write 1.5 with a decimal point, or 1500 without a separator.",
    });
    expect(value("-12,345")).toBe("ambiguousComma");
    expect(value("999,000")).toBe("ambiguousComma");
  });

  it("refuses thousands separators, which it never reads", () => {
    expect(value("1,500,000")).toBe("separators");
    expect(value("1,500.5")).toBe("separators");
    expect(value("1.500,5")).toBe("separators");
    expect(value("1 500")).toBe("notANumber");
  });

  it("refuses what is not a decimal number", () => {
    for (const text of ["abc", "0x10", "Infinity", "NaN", "1e", "1,", ",", ".", "1.2.3", "1,2,3", "--1", "5 mV"]) {
      expect(value(text), text).toBe("notANumber");
    }
    expect(value("")).toBe("empty");
    expect(value("1e400")).toBe("tooLarge");
  });

  it("reads value ± δ with ±, +/- or +-, spaces optional", () => {
    for (const text of ["72.5±2", "72.5 ± 2", "72.5+/-2", "72.5 +/- 2", "72.5 +- 2", " 72.5 ±2 "]) {
      expect(readNumberText(text), text).toEqual({ ok: true, value: 72.5, uncertainty: 2 });
    }
    expect(readNumberText("1,5 ± 0,2")).toEqual({ ok: true, value: 1.5, uncertainty: 0.2 });
    expect(readNumberText("3e-6±5e-7")).toEqual({ ok: true, value: 3e-6, uncertainty: 5e-7 });
    expect(readNumberText("4 ± 0")).toEqual({ ok: true, value: 4, uncertainty: 0 });
  });

  it("says what is wrong with an uncertainty", () => {
    expect(readNumberText("72.5 ± -2")).toMatchObject({ ok: false, problem: "negativeUncertainty" });
    expect(readNumberText("72.5 ±")).toMatchObject({ ok: false, problem: "badUncertainty" });
    expect(readNumberText("72.5 ± two")).toMatchObject({ ok: false, problem: "badUncertainty" });
    expect(readNumberText("72.5 ± 2 ± 1")).toMatchObject({ ok: false, problem: "badUncertainty" });
    expect(readNumberText("72.5 ± 1,000")).toMatchObject({ ok: false, problem: "ambiguousComma" });
    expect(readNumberText("72.5 ± 2", { uncertainty: false })).toMatchObject({ ok: false, problem: "uncertaintyNotAllowed" });
  });

  it("reads every number JavaScript writes back as the same number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const r = readNumberText(String(x));
        return r.ok && Object.is(r.value, x === 0 ? Math.abs(x) : x) || (r.ok && x === 0 && r.value === 0);
      }),
    );
  });

  it("either reads a finite value and a non-negative uncertainty or names a problem, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789.,-+±/e ") }), (text) => {
        const r = readNumberText(text);
        return r.ok ? Number.isFinite(r.value) && (r.uncertainty === undefined || r.uncertainty >= 0) : r.message.length > 0;
      }),
    );
  });
});

describe("scanNumber", () => {
  it("reads the number at the start of a text and says how long it was", () => {
    expect(scanNumber("26.6 µm")).toEqual({ ok: true, value: 26.6, length: 4 });
    expect(scanNumber("0,5mV")).toEqual({ ok: true, value: 0.5, length: 3 });
    expect(scanNumber("5,000 mV")).toMatchObject({ ok: false, problem: "ambiguousComma" });
  });
});

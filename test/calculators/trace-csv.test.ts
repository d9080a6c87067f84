import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTraceCsv, TraceCsvParser, type TraceParseResult } from "../../src/calculators/trace-csv";

function trace(result: TraceParseResult) {
  if (!result.ok) throw new Error(result.error);
  return result.trace;
}
const errorOf = (text: string) => {
  const result = parseTraceCsv(text);
  return result.ok ? "parsed" : result.error;
};

describe("parseTraceCsv", () => {
  it("reads time_s, voltage_V and current_mA_cm2 into typed arrays", () => {
    const t = trace(parseTraceCsv("time_s,voltage_V,current_mA_cm2\n0,0.0398,0.1\n10,-0.0401,-0.1\n20,0.04,0.1\n"));
    expect(Array.from(t.time_s)).toEqual([0, 10, 20]);
    expect(Array.from(t.voltage_V)).toEqual([0.0398, -0.0401, 0.04]);
    expect(Array.from(t.current_mA_cm2!)).toEqual([0.1, -0.1, 0.1]);
  });

  it("converts time_h to seconds and has no current without the column", () => {
    const result = parseTraceCsv("voltage_V,time_h\n0.1,0\n0.2,0.5\n");
    expect(result.ok && result.timeColumn).toBe("time_h");
    const t = trace(result);
    expect(Array.from(t.time_s)).toEqual([0, 1800]);
    expect(t.current_mA_cm2).toBeNull();
  });

  it("accepts CRLF, a byte-order mark, comments, blank lines, quotes, other columns, tabs and semicolons", () => {
    const crlf = trace(
      parseTraceCsv('\uFEFF# exported\r\n"time_s","cycle","voltage_V"\r\n\r\n0,1,"0.5"\r\n1,1,0.25\r\n'),
    );
    expect(Array.from(crlf.voltage_V)).toEqual([0.5, 0.25]);
    expect(Array.from(trace(parseTraceCsv("time_s\tvoltage_V\n0\t1\n")).voltage_V)).toEqual([1]);
    expect(Array.from(trace(parseTraceCsv("time_s;voltage_V\n0;1\n")).voltage_V)).toEqual([1]);
    expect(Array.from(trace(parseTraceCsv("Time_S,Voltage_v\n0,1")).voltage_V)).toEqual([1]);
  });

  it("names the line of every problem", () => {
    const cases = [
      "",
      "\n# only a comment\n",
      "0,0.1\n1,0.2\n",
      "t,V\n0,0.1\n",
      "time_s,volts\n0,0.1\n",
      "time_s,time_h,voltage_V\n",
      "time_s,voltage_V,voltage_V\n",
      "time_s,voltage_V\n",
      "time_s,voltage_V\n0,0.1\n10,abc\n",
      "time_s,voltage_V\n0,0.1\n10,\n",
      "time_s,voltage_V\n0,0.1\n10\n",
      "time_s,voltage_V\n0,0.1\n10,0.2,3\n",
      "time_s,voltage_V\n0,0.1\n10,0x1F\n",
      "time_s,voltage_V\n0,0.1\n10,1e999\n",
      "time_s,voltage_V\n0,0.1\n10,0.2\n5,0.3\n",
      "time_s\tvoltage_V\n0\t0.1\t2\n",
    ];
    expect(cases.map(errorOf)).toMatchInlineSnapshot(`
      [
        "The file is empty: it needs a header row and at least one row of data.",
        "The file is empty: it needs a header row and at least one row of data.",
        "Line 1 holds numbers, not column names: start the file with a header row naming time_s (or time_h), voltage_V and optionally current_mA_cm2.",
        "Line 1: no time column; name it time_s (seconds) or time_h (hours) (found: t, V).",
        "Line 1: no voltage_V column, in volts (found: time_s, volts).",
        "Line 1: both time_s and time_h are present; keep one.",
        "Line 1: the column voltage_V appears twice.",
        "The file has a header (line 1) but no data rows.",
        "Line 3: "abc" in column voltage_V is not a number.",
        "Line 3: the voltage_V value is empty.",
        "Line 3: expected 2 values separated by ",", found 1.",
        "Line 3: expected 2 values separated by ",", found 3.",
        "Line 3: "0x1F" in column voltage_V is not a number.",
        "Line 3: "1e999" in column voltage_V is not a number.",
        "Line 4: time goes back from 10 to 5 (time_s); rows must be in time order.",
        "Line 2: expected 2 values separated by tabs, found 3.",
      ]
    `);
  });
});

describe("TraceCsvParser", () => {
  const text =
    "# synthetic\ntime_s,voltage_V,current_mA_cm2\n" +
    Array.from({ length: 500 }, (_, i) => `${i * 10},${(0.04 + i * 1e-5).toFixed(6)},0.1`).join("\n");

  it("gives the same trace whichever way the text is cut into chunks", () => {
    const whole = trace(parseTraceCsv(text));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 20 }), (cuts) => {
        const parser = new TraceCsvParser();
        const points = [0, ...cuts.sort((a, b) => a - b), text.length];
        for (let k = 1; k < points.length; k++) parser.push(text.slice(points[k - 1], points[k]));
        const t = trace(parser.finish());
        expect(t.time_s).toEqual(whole.time_s);
        expect(t.voltage_V).toEqual(whole.voltage_V);
        expect(t.current_mA_cm2).toEqual(whole.current_mA_cm2);
      }),
      { numRuns: 100 },
    );
  });

  it("counts rows and lines as it goes, for a progress bar", () => {
    const parser = new TraceCsvParser();
    parser.push(text.slice(0, text.indexOf("\n", 2000) + 1));
    expect(parser.line).toBeGreaterThan(2);
    expect(parser.rows).toBe(parser.line - 2);
  });

  it("asks to stop once the file is bad, keeping the line of the first error", () => {
    const parser = new TraceCsvParser();
    expect(parser.push("time_s,voltage_V\n0,0.1\n1,x\n")).toBe(false);
    expect(parser.push("2,0.3\n")).toBe(false);
    expect(parser.finish()).toEqual({ ok: false, error: 'Line 3: "x" in column voltage_V is not a number.' });
  });

  it("reads a file larger than its first buffer", () => {
    const rows = 70_000;
    const big = "time_s,voltage_V\n" + Array.from({ length: rows }, (_, i) => `${i},${i % 7}`).join("\n");
    const t = trace(parseTraceCsv(big));
    expect(t.time_s.length).toBe(rows);
    expect(t.voltage_V[rows - 1]).toBe((rows - 1) % 7);
  });
});

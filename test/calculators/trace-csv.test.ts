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
    expect(result.ok && result.plan.mapping.timeUnit).toBe("h");
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
        "Line 1 holds numbers, not column names: start the file with a header row naming the columns (for example time_s, voltage_V, current_mA_cm2).",
        "Line 1: no time column found (columns: t, V). Choose the time column and its unit below.",
        "parsed",
        "The header is on line 1, but no row below it has both a time and a voltage in the columns chosen (time_s, voltage_V): check the columns and the separator.",
        "The header is on line 1, but no row below it has both a time and a voltage in the columns chosen (time_s, voltage_V): check the columns and the separator.",
        "The header is on line 1, but no row below it has both a time and a voltage in the columns chosen (time_s, voltage_V): check the columns and the separator.",
        "Line 3: "abc" in column voltage_V is not a number. Choose another column below, or remove the row.",
        "parsed",
        "parsed",
        "parsed",
        "Line 3: "0x1F" in column voltage_V is not a number. Choose another column below, or remove the row.",
        "Line 3: "1e999" in column voltage_V is not a number. Choose another column below, or remove the row.",
        "Line 4: time goes back (column time_s, from 10 to 5 s from its origin). Choose a time column that runs through the whole test (total or test time, not a step time), or sort the rows by time.",
        "parsed",
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

  it("counts rows and lines as it goes, for a progress bar, once the first 64 KiB have made the plan", () => {
    const parser = new TraceCsvParser();
    const long = text + "\n" + Array.from({ length: 8000 }, (_, i) => `${5000 + i * 10},0.04,0.1`).join("\n");
    parser.push(long.slice(0, long.indexOf("\n", 70_000) + 1));
    expect(parser.line).toBeGreaterThan(2);
    expect(parser.rows).toBe(parser.line - 2);
  });

  it("asks to stop once the file is bad, keeping the line of the first error", () => {
    const parser = new TraceCsvParser();
    expect(parser.push("time_s,voltage_V\n0,0.1\n1,x\n" + "# filler past the planning buffer\n".repeat(2500))).toBe(false);
    expect(parser.push("2,0.3\n")).toBe(false);
    expect(parser.finish()).toEqual({ ok: false, error: 'Line 3: "x" in column voltage_V is not a number. Choose another column below, or remove the row.' });
  });

  it("reads a file larger than its first buffer", () => {
    const rows = 70_000;
    const big = "time_s,voltage_V\n" + Array.from({ length: rows }, (_, i) => `${i},${i % 7}`).join("\n");
    const t = trace(parseTraceCsv(big));
    expect(t.time_s.length).toBe(rows);
    expect(t.voltage_V[rows - 1]).toBe((rows - 1) % 7);
  });
});

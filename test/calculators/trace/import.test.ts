import { describe, expect, it } from "vitest";
import { readClock, readDateTime } from "../../../src/calculators/trace/import/cells";
import { guessMapping } from "../../../src/calculators/trace/import/columns";
import { importTraceText } from "../../../src/calculators/trace/import/importer";
import { acceptedExtensions, sniff } from "../../../src/calculators/trace/import/sniff";

const bytes = (text: string) => new TextEncoder().encode(text);
const errorOf = (text: string, options = {}) => {
  const r = importTraceText(text, options);
  return r.ok ? "parsed" : r.error;
};

describe("cells", () => {
  it.each([
    ["00:01:00", 60],
    ["25:13:07", 25 * 3600 + 13 * 60 + 7],
    ["  1d 02:03:04.5", 86400 + 7384.5],
    ["0d 00:00:01,25", 1.25],
  ])("readClock(%j) gives %d s", (cell, s) => expect(readClock(cell.trim())).toBeCloseTo(s, 9));

  it("readDateTime reads years first or last, month first, 12-hour clocks, and days first when the month cannot be", () => {
    const base = readDateTime("2021-05-05 15:36:22.757");
    expect(readDateTime("05/05/2021 15:36:23.757") - base).toBeCloseTo(1, 6);
    expect(readDateTime("2022-04-11 10:58:07 AM") - readDateTime("2022-04-11 10:58:07 PM")).toBe(-12 * 3600);
    expect(readDateTime("13/05/2021 00:00:00") - readDateTime("05/12/2021 00:00:00")).toBe(86400);
    expect(readDateTime("not a date")).toBeNaN();
  });
});

describe("guessMapping", () => {
  it("prefers a total time over a step time that resets, and reads units from the names", () => {
    const names = ["DataPoint", "Step Type", "Time", "Total Time", "Current(mA)", "Voltage(V)"];
    const m = guessMapping(names, (k) => ["1", "Rest", "00:00:01", "00:00:01", "0", "3.1"][k]);
    expect(m).toEqual({ time: 3, timeUnit: "hms", voltage: 5, voltageUnit: "V", current: 4, currentUnit: "mA", state: 1 });
  });

  it("finds EC-Lab's averaged columns, a BDF's units after a slash and PEC's millivolts", () => {
    expect(guessMapping(["mode", "time/s", "<Ewe>/V", "<I>/mA"], () => "1")).toMatchObject({ time: 1, voltage: 2, current: 3, currentUnit: "mA", state: 0 });
    expect(guessMapping(["Test Time / h", "Current / A", "Voltage / V"], () => "1")).toMatchObject({ timeUnit: "h", currentUnit: "A" });
    expect(guessMapping(["Total Time (Seconds)", "Voltage (mV)", "Current (mA)"], () => "1")).toMatchObject({ timeUnit: "s", voltageUnit: "mV" });
  });
});

describe("sniff", () => {
  it("refuses binary formats by content or extension, each with what to export instead", () => {
    expect(sniff("cell.res", bytes("\0\u0001\0\0Standard Jet DB"))).toMatchObject({ kind: "refused", message: expect.stringContaining("as CSV or .xlsx") });
    expect(sniff("cell.nda", bytes("NEWARE"))).toMatchObject({ kind: "refused", message: expect.stringContaining("BTSDA") });
    expect(sniff("cell.ndax", bytes("PK\u0003\u0004"))).toMatchObject({ kind: "refused" });
    expect(sniff("cell.cex", bytes("x"))).toMatchObject({ kind: "refused", message: expect.stringContaining("LANDdt") });
    expect(sniff("old.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toMatchObject({ kind: "refused", message: expect.stringContaining(".xlsx or CSV") });
    expect(sniff("book.xlsx", bytes("PK\u0003\u0004"))).toEqual({ kind: "xlsx" });
  });

  it("tells UTF-8 from Windows-1252 text", () => {
    expect(sniff("a.csv", bytes("T/°C\n"))).toEqual({ kind: "text", encoding: "utf-8" });
    expect(sniff("a.mpt", new Uint8Array([0x54, 0x2f, 0xb0, 0x43, 0x0a]))).toEqual({ kind: "text", encoding: "windows-1252" });
  });

  it("offers .mpt, .xlsx and Maccor's numbered extensions in the file picker", () => {
    for (const e of [".mpt", ".xlsx", ".001", ".052", ".999", ".csv", ".txt", ".mpr"]) expect(acceptedExtensions).toContain(e);
  });
});

describe("importTraceText", () => {
  it("still reads this site's own CSV, with time_h in hours", () => {
    const r = importTraceText("time_h,voltage_V,current_mA_cm2\n0,0.04,0.5\n0.5,-0.04,-0.5\n");
    expect(r.ok && [Array.from(r.trace.time_s), Array.from(r.trace.current_mA_cm2!)]).toEqual([[0, 1800], [0.5, -0.5]]);
  });

  it("applies the reader's choice of columns and units over the guess", () => {
    const text = "t_min;U_mV;I_uA\n0;10;5\n2;20;-5\n";
    expect(errorOf(text)).toBe("Line 1: no time column found (columns: t_min, U_mV, I_uA). Choose the time column and its unit below.");
    const r = importTraceText(text, { choice: { time: 0, timeUnit: "min", voltage: 1, voltageUnit: "mV", current: 2, currentUnit: "uA" }, area_cm2: 0.5 });
    expect(r.ok && [Array.from(r.trace.time_s), Array.from(r.trace.voltage_V), Array.from(r.trace.current_mA_cm2!)]).toEqual([
      [0, 120],
      [0.01, 0.02],
      [0.01, -0.01],
    ]);
  });

  it("names the line and what to do for a decimal comma in a comma-separated file, a clock that is not one and time going back", () => {
    expect(errorOf("time_s,voltage_V\n0,0.1\n1,\"0,2\"\n")).toBe(
      'Line 3: "0,2" in column voltage_V is not a number. It has a decimal comma: export with a decimal point, or use a tab or semicolon between columns.',
    );
    expect(errorOf("Total Time,Voltage(V)\n00:00:01,3.1\nsoon,3.2\n")).toBe(
      'Line 3: "soon" in column Total Time is not a duration hh:mm:ss. Choose the unit of the time column below.',
    );
    expect(errorOf("time/s\tEwe/V\n5\t0.1\n4\t0.1\n")).toMatch(/^Line 3: time goes back .* not a step time/);
  });

  it("skips rows without a time or a voltage instead of failing on them", () => {
    const r = importTraceText("time_s,voltage_V\n0,0.1\n1,\n,0.3\n3,0.4\n");
    expect(r.ok && r.rows).toBe(2);
  });
});

describe("planImport", () => {
  it("keeps empty cells in place, unwraps a line quoted whole and reads quoted cells holding the delimiter", async () => {
    const { planImport } = await import("../../../src/calculators/trace/import/plan");
    const r = planImport({ name: "a.txt", lines: ["time/s\t\tEwe/V\t", "1\t\t0.5\t"] });
    expect(r.ok && [r.plan.names, r.plan.preview[0]]).toEqual([["time/s", "", "Ewe/V", ""], ["1", "", "0.5", ""]]);
    const q = planImport({ name: "a.csv", lines: ['"Run Time (h),Potential (V),Note"', '"0.5,3.1,x"', '1,3.2,"a, b"'] });
    expect(q.ok && [q.plan.names, q.plan.preview]).toEqual([["Run Time (h)", "Potential (V)", "Note"], [["0.5", "3.1", "x"], ["1", "3.2", "a, b"]]]);
  });
});

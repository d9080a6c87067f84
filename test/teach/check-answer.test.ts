import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAnswer, describeTolerance, readAnswer, withinTolerance, type Expected } from "../../src/teach/check-answer.ts";
import { expectClose } from "../helpers/close.ts";

const thickness: Expected = { value: 26.58, unit: "µm", tolerance: { relative: 0.02 } };
const polarization: Expected = { value: 63.6, unit: "mV", tolerance: { relative: 0.02 } };
const npRatio: Expected = { value: 6.2, unit: "", tolerance: { absolute: 0.2 } };

const read = (text: string, unit: string) => {
  const r = readAnswer(text, unit);
  return r.ok ? r.value : r.message;
};

describe("readAnswer", () => {
  it.each([
    ["26.6 µm", "µm", 26.6],
    ["26.6 um", "µm", 26.6],
    ["26.6μm", "µm", 26.6],
    ["0.0266 mm", "µm", 26.6],
    ["26600 nm", "µm", 26600 * 1e-3],
    ["2.66e1 µm", "µm", 26.6],
    ["2.66 × 10^1 µm", "µm", 26.6],
    ["2.66×10¹ microns", "µm", 26.6],
    ["26,6 µm", "µm", 26.6],
    ["63.6mV", "mV", 63.6],
    ["0.0636 V", "mV", 63.6],
    ["63.6 mv", "mV", 63.6],
    ["12 h", "h", 12],
    ["720 min", "h", 12],
    ["43200 s", "h", 12],
    ["12 hours", "h", 12],
    ["154.8 mJ/m2", "mJ m⁻²", 154.8],
    ["154.8 mJ m^-2", "mJ m⁻²", 154.8],
    ["154.8 mJ·m⁻²", "mJ m⁻²", 154.8],
    ["154.8 mN/m", "mJ m⁻²", 154.8],
    ["0.1548 J m-2", "mJ m⁻²", 154.8],
    ["198.4 mN m⁻¹", "mN m⁻¹", 198.4],
    ["182 Wh/kg", "Wh kg⁻¹", 182],
    ["0.182 kWh kg-1", "Wh kg⁻¹", 182],
    ["35.5°", "°", 35.5],
    ["35.5 deg", "°", 35.5],
    ["5 Ah/cm2", "mAh cm⁻²", 5000],
    ["2 mA/cm²", "mA cm⁻²", 2],
    ["20.8 %", "%", 20.8],
    ["20.8%", "%", 20.8],
    ["6.2", "", 6.2],
    ["6.2:1", "", 6.2],
    ["−154.8 mJ m⁻²", "mJ m⁻²", -154.8],
  ])("reads %j as %d %s", (text, unit, value) => {
    const reading = readAnswer(text, unit);
    expect(reading.ok).toBe(true);
    if (reading.ok) expectClose(reading.value, value, 1e-9 * Math.abs(value));
  });

  it("reads numbers by the site's one rule: a decimal comma where unambiguous, never thousands separators", () => {
    expect(readAnswer("1,5 h", "h")).toEqual({ ok: true, value: 1.5 });
    expect(readAnswer("43200 s", "h")).toEqual({ ok: true, value: 12 });
    expect(read("1,500 h", "h")).toBe("“1,500” could be 1.5 or 1500: write 1.5 with a decimal point, or 1500 without a separator.");
    expect(read("43,200,000 s", "h")).toBe(
      "“43,200,000” has a thousands separator: write the number without separators, with a point for decimals (e.g. 1500.5).",
    );
    expect(read("26.6 ± 0.5 µm", "µm")).toBe("Give the value alone, without ± and an uncertainty.");
  });

  it("says what is wrong with an answer it cannot read", () => {
    expect([
      read("", "µm"),
      read("   ", "µm"),
      read("about 26", "µm"),
      read("26.6", "µm"),
      read("26.6", "mJ m⁻²"),
      read("26.6 furlongs", "µm"),
      read("26.6 mV", "µm"),
      read("12 µm", "h"),
      read("6.2 mV", ""),
      read("1e999 µm", "µm"),
    ]).toMatchInlineSnapshot(`
      [
        "Type an answer first: a number and its unit.",
        "Type an answer first: a number and its unit.",
        "Not a number: start with the value, such as 12.5 or 1.2e3, then the unit.",
        "Missing unit: give the answer in µm, mm or nm.",
        "Missing unit: give the answer in mJ m⁻² or mN m⁻¹.",
        "Unknown unit “furlongs”: give the answer in µm, mm or nm.",
        "mV measures a voltage, but this answer is a length: give the answer in µm, mm or nm.",
        "µm measures a length, but this answer is a time: give the answer in s, min or h.",
        "This answer is a pure number: give it without a unit.",
        "That number is too large to check.",
      ]
    `);
  });
});

describe("checkAnswer", () => {
  it.each([
    ["26.6 µm", thickness, "right"],
    ["26.6 um", thickness, "right"],
    ["0.0266 mm", thickness, "right"],
    ["27 µm", thickness, "right"],
    ["28 µm", thickness, "wrong"],
    ["26.6 nm", thickness, "wrong"],
    ["63.6mV", polarization, "right"],
    ["0.0636 V", polarization, "right"],
    ["0.1 V", polarization, "wrong"],
    ["6.3", npRatio, "right"],
    ["6.5", npRatio, "wrong"],
    ["26.6", thickness, "invalid"],
  ] as const)("judges %j against the answer as %s", (text, expected, status) => {
    expect(checkAnswer(text, expected).status).toBe(status);
  });

  it("tells right from wrong without stating the answer", () => {
    const messages = ["26.6 µm", "30 µm", "20 µm", "6.7", "6.2"].map(
      (t) => checkAnswer(t, t.includes("µm") ? thickness : npRatio).message,
    );
    expect(messages).toMatchInlineSnapshot(`
      [
        "Right: that is within ±2 % of the answer.",
        "Not yet: that is too high, by more than ±2 %. Check the hint and your units, then try again.",
        "Not yet: that is too low, by more than ±2 %. Check the hint and your units, then try again.",
        "Not yet: that is too high, by more than ±0.2. Check the hint and your units, then try again.",
        "Right: that is within ±0.2 of the answer.",
      ]
    `);
    for (const m of messages) expect(m).not.toContain("26.58");
  });

  it("counts an answer exactly at the edge of the tolerance as right", () => {
    expect(withinTolerance(26.58 * 1.02, thickness)).toBe(true);
    expect(withinTolerance(6.4, npRatio)).toBe(true);
    expect(withinTolerance(6.41, npRatio)).toBe(false);
  });

  it("describes tolerances as a student reads them", () => {
    expect([
      describeTolerance({ relative: 0.02 }, "µm"),
      describeTolerance({ relative: 0.005 }, "h"),
      describeTolerance({ absolute: 1 }, "°"),
      describeTolerance({ absolute: 0.5 }, "mV"),
      describeTolerance({ absolute: 0.2 }, ""),
    ]).toEqual(["±2 %", "±0.5 %", "±1°", "±0.5 mV", "±0.2"]);
  });

  it("accepts the answer itself, in any unit of its kind, for any answer", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (value) => {
        const expected: Expected = { value, unit: "µm", tolerance: { relative: 0.01 } };
        expect(checkAnswer(`${value} µm`, expected).status).toBe("right");
        expect(checkAnswer(`${value / 1000} mm`, expected).status).toBe("right");
        expect(checkAnswer(`${value * 1.5} µm`, expected).status).toBe("wrong");
      }),
    );
  });
});

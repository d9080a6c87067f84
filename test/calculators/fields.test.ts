import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNumber, type NumberField } from "../../src/calculators/fields.ts";

const angle: NumberField = { name: "theta_deg", label: "Contact angle θ", unit: "°", default: 90, min: 0, max: 180 };
const current: NumberField = {
  name: "maxCurrent_mA_cm2", label: "Highest current density", unit: "mA cm⁻²", default: 1, min: 0, minExclusive: true,
};
const cycles: NumberField = { name: "cyclesPerStep", label: "Cycles per step", unit: "", default: 1, min: 1, integer: true };

describe("readNumber", () => {
  it.each([
    ["72.5", 72.5],
    [" 90 ", 90],
    ["1e2", 100],
    ["0,5", 0.5],
    ["+.5", 0.5],
  ])("reads %j as %d", (raw, value) => {
    expect(readNumber(raw, angle)).toEqual({ ok: true, value });
  });

  it("says what is wrong with each kind of bad input", () => {
    const errors = ["", "abc", "0x10", "Infinity", "200", "-1", "1e400"].map((raw) => readNumber(raw, angle));
    expect(errors.map((e) => (e.ok ? e.value : e.error))).toMatchInlineSnapshot(`
      [
        "Enter a value for Contact angle θ.",
        "Contact angle θ must be a number in °.",
        "Contact angle θ must be a number in °.",
        "Contact angle θ must be a number in °.",
        "Contact angle θ must be at most 180°.",
        "Contact angle θ must be at least 0°.",
        "Contact angle θ is too large to compute with.",
      ]
    `);
    expect(readNumber("0", current)).toEqual({ ok: false, error: "Highest current density must be greater than 0 mA cm⁻²." });
    expect(readNumber("1.5", cycles)).toEqual({ ok: false, error: "Cycles per step must be a whole number." });
    expect(readNumber("x".repeat(100), angle)).toEqual({ ok: false, error: "Contact angle θ must be a number in °." });
  });

  it("never returns a value outside the field's range, whatever the text", () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const r = readNumber(raw, angle);
        return !r.ok || (Number.isFinite(r.value) && r.value >= 0 && r.value <= 180);
      }),
    );
  });

  it("reads value ± δ into a value and its standard uncertainty", () => {
    expect(readNumber("72.5±2", angle)).toEqual({ ok: true, value: 72.5, uncertainty: 2 });
    expect(readNumber("72.5 +/- 2", angle)).toEqual({ ok: true, value: 72.5, uncertainty: 2 });
    expect(readNumber("72.5 ± 2", angle, { uncertainty: false })).toEqual({
      ok: false,
      error: "Contact angle θ: give the value alone, without ± and an uncertainty.",
    });
  });

  it("says what is wrong with an uncertainty, an ambiguous comma or a count with ±", () => {
    expect(readNumber("72.5 ± -2", angle)).toEqual({
      ok: false,
      error: "Contact angle θ: the uncertainty after ± must be zero or positive.",
    });
    expect(readNumber("72.5 ± x", angle)).toEqual({
      ok: false,
      error: "Contact angle θ: after ± give the uncertainty as a number, e.g. 72.5 ± 2.",
    });
    expect(readNumber("1,500", current)).toEqual({
      ok: false,
      error: "Highest current density: “1,500” could be 1.5 or 1500: write 1.5 with a decimal point, or 1500 without a separator.",
    });
    expect(readNumber("3 ± 1", cycles)).toEqual({ ok: false, error: "Cycles per step is a count: give it without ±." });
    expect(readNumber("200 ± 1", angle)).toEqual({ ok: false, error: "Contact angle θ must be at most 180°." });
  });
});

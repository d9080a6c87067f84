import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { convert, readUnit, suggestedUnits, unitBySymbol, unitKey, units } from "../../src/teach/units.ts";
import { expectClose } from "../helpers/close.ts";

describe("unitKey", () => {
  it.each([
    ["µm", "um"],
    ["μm", "um"],
    ["mJ m⁻²", "mJ m-2"],
    ["mJ/m²", "mJ m-2"],
    ["mJ/m^2", "mJ m-2"],
    ["mJ·m^-2", "mJ m-2"],
    ["Wh/kg", "Wh kg-1"],
    ["mA / cm2", "mA cm-2"],
    ["  h ", "h"],
    ["", ""],
  ])("writes %j as %j", (text, key) => {
    expect(unitKey(text)).toBe(key);
  });

  it("refuses text that is not a product of unit symbols", () => {
    expect(["mJ//m2", "mJ m-2x", "12", "m/"].map(unitKey)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe("readUnit", () => {
  it("knows every unit by its printed symbol", () => {
    for (const unit of units) expect(readUnit(unit.symbol)).toBe(unit);
  });

  it("accepts a spelling in the wrong case when it can mean only one unit", () => {
    expect(readUnit("mv")?.symbol).toBe("mV");
    expect(readUnit("wh/kg")?.symbol).toBe("Wh kg⁻¹");
    expect(readUnit("wh/l")?.symbol).toBe("Wh L⁻¹");
    expect(readUnit("mWh cm-3")?.symbol).toBe("Wh L⁻¹");
    expect(readUnit("MJ m-2")?.symbol).toBe("mJ m⁻²");
    expect(readUnit("parsec")).toBeUndefined();
  });
});

describe("convert", () => {
  it.each([
    [1, "mm", "µm", 1000],
    [0.0636, "V", "mV", 63.6],
    [0.2688, "kWh L⁻¹", "Wh L⁻¹", 268.8],
    [720, "min", "h", 12],
    [0.1548, "J m⁻²", "mJ m⁻²", 154.8],
    [Math.PI, "rad", "°", 180],
    [1, "A m⁻²", "mA cm⁻²", 0.1],
    [12.3, "kPa", "Pa", 12300],
    [1, "bar", "kPa", 100],
  ])("turns %s %s into %s %s", (value, from, to, expected) => {
    expectClose(convert(value, unitBySymbol(from), unitBySymbol(to)), expected, 1e-9 * expected);
  });

  it("refuses to convert between kinds of quantity", () => {
    expect(() => convert(1, unitBySymbol("mV"), unitBySymbol("µm"))).toThrowErrorMatchingInlineSnapshot(
      `[Error: Cannot convert mV to µm.]`,
    );
    expect(() => unitBySymbol("furlong")).toThrow(/Unknown unit "furlong"/);
  });

  it("comes back to the same value after a round trip", () => {
    const pairs = units.flatMap((a) => units.filter((b) => b.dimension === a.dimension).map((b) => [a, b] as const));
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.double({ min: -1e6, max: 1e6, noNaN: true }), ([a, b], x) => {
        expectClose(convert(convert(x, a, b), b, a), x, 1e-9 * Math.max(1, Math.abs(x)));
      }),
    );
  });
});

describe("suggestedUnits", () => {
  it("lists the usual units of a kind for messages", () => {
    expect(suggestedUnits("length")).toBe("µm, mm or nm");
    expect(suggestedUnits("percentage")).toBe("%");
    expect(suggestedUnits("pressure")).toBe("kPa or Pa");
  });
});

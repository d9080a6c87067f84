import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../helpers/close";
import { axisLabel, axisTicks, formatValue, makeScale, niceDomain, withUnit } from "../../src/charts/axis";

describe("niceDomain", () => {
  it("starts a linear axis at 0 and ends it on a round number above the largest value", () => {
    expect(niceDomain([0.5, 2.5, 7], "linear")).toEqual([0, 8]);
    expect(niceDomain([2], "linear")).toEqual([0, 2.2]);
  });

  it("pads a log axis by 6 % of its span on each side, at least a tenth of a decade", () => {
    const [lo, hi] = niceDomain([3, 636], "log");
    const pad = Math.log10(636 / 3) * 0.06;
    expectClose(Math.log10(lo), Math.log10(3) - pad);
    expectClose(Math.log10(hi), Math.log10(636) + pad);
    const [a, b] = niceDomain([50], "log");
    expectClose(Math.log10(a), Math.log10(50) - 0.1);
    expectClose(Math.log10(b), Math.log10(50) + 0.1);
  });

  it("ignores what the axis cannot show: zero and negatives on log axes, non-finite values anywhere", () => {
    expect(niceDomain([0, -3, Number.NaN, Infinity], "log")).toEqual([1, 10]);
    expect(niceDomain([Number.NaN], "linear")).toEqual([0, 1]);
  });

  it("always contains every usable value", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), { minLength: 1 }), fc.constantFrom("linear", "log"), (values, kind) => {
        const [lo, hi] = niceDomain(values, kind as "linear" | "log");
        return values.every((v) => v >= lo && v <= hi);
      }),
    );
  });
});

describe("axisTicks", () => {
  it("labels every tick of a linear axis", () => {
    const scale = makeScale("linear", [0, 8], [68, 514]);
    const ticks = axisTicks(scale, "linear", 5);
    expect(ticks.map((t) => t.label)).toEqual(["0", "2", "4", "6", "8"]);
    expect(ticks.every((t) => t.major)).toBe(true);
    expect(ticks[0].position).toBe(68);
    expect(ticks.at(-1)!.position).toBe(514);
  });

  it("labels 1, 2 and 5 of each decade on a log axis holding fewer than three powers of ten", () => {
    const ticks = axisTicks(makeScale("log", [0.8, 60], [0, 100]), "log");
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(["1", "2", "5", "10", "20", "50"]);
    expect(ticks.find((t) => t.value === 3)).toMatchObject({ label: "", major: false });
  });

  it("labels only powers of ten when there are three or more, keeping the other multiples as minor ticks", () => {
    const ticks = axisTicks(makeScale("log", [0.2, 20000], [0, 100]), "log");
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(["1", "10", "100", "1,000", "10,000"]);
    expect(ticks.filter((t) => !t.major).length).toBeGreaterThan(20);
  });

  it("labels every tick of a log axis narrower than half a decade, where d3 ticks evenly", () => {
    const ticks = axisTicks(makeScale("log", [40, 62], [0, 100]), "log");
    expect(ticks.every((t) => t.major && t.label !== "")).toBe(true);
  });

  it("gives a log axis different tick labels from a linear one over the same data", () => {
    const domainLog = niceDomain([0.25, 50], "log");
    const domainLin = niceDomain([0.25, 50], "linear");
    const log = axisTicks(makeScale("log", domainLog, [0, 500]), "log").filter((t) => t.major).map((t) => t.label);
    const lin = axisTicks(makeScale("linear", domainLin, [0, 500]), "linear").map((t) => t.label);
    expect(log).toEqual(["0.2", "0.5", "1", "2", "5", "10", "20", "50"]);
    expect(lin).toEqual(["0", "10", "20", "30", "40", "50"]);
  });

  it("places ticks in increasing order inside the range", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: 1.5, max: 1e4, noNaN: true }), (lo, factor) => {
        const scale = makeScale("log", [lo, lo * factor], [10, 510]);
        const positions = axisTicks(scale, "log").map((t) => t.position);
        return positions.every((p, i) => p >= 10 - 0.01 && p <= 510 + 0.01 && (i === 0 || p > positions[i - 1]));
      }),
    );
  });
});

describe("labels", () => {
  it.each([
    [0.30000000000000004, "0.3"],
    [1500, "1,500"],
    [112000, "112,000"],
    [12.5, "12.5"],
    [0.25, "0.25"],
  ])("formats %s as %s", (value, text) => {
    expect(formatValue(value)).toBe(text);
  });

  it("puts the unit in parentheses after the quantity, and a space between a number and its unit", () => {
    expect(axisLabel({ name: "Critical current density", unit: "mA cm⁻²" })).toBe("Critical current density (mA cm⁻²)");
    expect(axisLabel({ name: "N/P ratio", unit: "" })).toBe("N/P ratio");
    expect(withUnit(25, "°C")).toBe("25 °C");
    expect(withUnit(0.5, "")).toBe("0.5");
  });
});

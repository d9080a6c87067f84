import fc from "fast-check";
import { scaleLinear } from "d3-scale";
import { describe, expect, it } from "vitest";
import { linearScale } from "../../src/charts/linear";

describe("linearScale", () => {
  it("maps 0–10 onto 68–616 as a straight line", () => {
    const x = linearScale([0, 10], [68, 616]);
    expect([x(0), x(5), x(10)]).toEqual([68, 342, 616]);
  });

  it("widens 0–210 to 0–220 with a nice domain, and labels ticks with the decimals their step needs", () => {
    const y = linearScale([0, 210], [300, 0], 10);
    expect(y.domain()).toEqual([0, 220]);
    expect(linearScale([0, 1], [0, 1]).ticks(5).map(linearScale([0, 1], [0, 1]).tickFormat(5))).toEqual(["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"]);
    expect(linearScale([0, 12000], [0, 1]).tickFormat(5)(10000)).toBe("10,000");
  });

  it("gives the same positions, domain, ticks and labels as d3-scale's scaleLinear", () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 1e-3, max: 1e4, noNaN: true }), fc.integer({ min: 2, max: 10 }),
      (lo, width, count) => {
        const ours = linearScale([lo, lo + width], [300, 20], 10);
        const d3 = scaleLinear().domain([lo, lo + width]).range([300, 20]).nice();
        expect(ours.domain()).toEqual(d3.domain());
        expect(ours.ticks(count)).toEqual(d3.ticks(count));
        expect(ours.ticks(count).map(ours.tickFormat(count))).toEqual(d3.ticks(count).map(d3.tickFormat(count)));
        for (const t of ours.ticks(count)) expect(ours(t)).toBeCloseTo(d3(t), 9);
      },
    ));
  });

  it("rounds a 0.03-wide domain near 10 000 to 9999.995–10000.035, the last digit exactly as d3-scale does", () => {
    const lo = 9999.999465131845;
    const width = 0.02853486815638462;
    expect(linearScale([lo, lo + width], [300, 20], 10).domain()).toEqual(scaleLinear().domain([lo, lo + width]).nice().domain());
  });

  it("puts every value of a zero-width domain in the middle of the range", () => {
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });
});

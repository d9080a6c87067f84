import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { laneOffset, packLanes, spreadCoincident } from "../../src/charts/dodge";

describe("spreadCoincident", () => {
  it("leaves marks that do not share a position where they are", () => {
    const discs = [{ x: 10, y: 10, r: 5 }, { x: 40, y: 10, r: 5 }];
    expect(spreadCoincident(discs)).toEqual([{ x: 10, y: 10 }, { x: 40, y: 10 }]);
  });

  it("gives every mark of a shared position its own centre, close to that position", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 20 }), fc.double({ min: 2, max: 11, noNaN: true }), (n, r) => {
        const out = spreadCoincident(Array.from({ length: n }, () => ({ x: 100, y: 100, r })));
        const keys = new Set(out.map((p) => `${p.x.toFixed(3)}:${p.y.toFixed(3)}`));
        const farthest = Math.max(...out.map((p) => Math.hypot(p.x - 100, p.y - 100)));
        return keys.size === n && farthest <= r * Math.sqrt(n + 0.5) + 1e-9;
      }),
    );
  });

  it("keeps the two marks of a pair from covering each other", () => {
    const [a, b] = spreadCoincident([{ x: 0, y: 0, r: 5 }, { x: 0, y: 0, r: 5 }]);
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(8);
  });

  it("treats centres less than half a unit apart as one position", () => {
    const out = spreadCoincident([{ x: 10.2, y: 10, r: 4 }, { x: 9.9, y: 10.1, r: 4 }]);
    expect(out[0]).not.toEqual({ x: 10.2, y: 10 });
  });
});

describe("packLanes", () => {
  it("keeps marks that fit in the first lane", () => {
    expect(packLanes([0, 20, 40], [5, 5, 5])).toEqual([0, 0, 0]);
  });

  it("moves an overlapping mark to the next free lane", () => {
    expect(packLanes([0, 4, 8, 30], [5, 5, 5, 5])).toEqual([0, 1, 2, 0]);
  });

  it("never puts overlapping marks in one lane while a lane is free", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 300, noNaN: true }), { maxLength: 5 }), (positions) => {
        const lanes = packLanes(positions, positions.map(() => 5), 5);
        return positions.every((p, i) => positions.every((q, j) => i === j || lanes[i] !== lanes[j] || Math.abs(p - q) >= 10));
      }),
    );
  });

  it("offsets lanes alternately either side of the centre line", () => {
    expect([0, 1, 2, 3, 4].map((l) => laneOffset(l, 12))).toEqual([0, -12, 12, -24, 24]);
  });
});

import { describe, expect, it } from "vitest";
import { arrange, placeOf } from "../../src/charts/placement";

describe("placement", () => {
  it.each([
    [1, 2, false, false, "plot"],
    [null, 2, true, false, "x-strip"],
    [null, 2, false, true, null],
    [1, null, false, true, "y-strip"],
    [null, null, true, true, null],
  ] as const)("puts a point with x %s and y %s (strips: %s, %s) in %s", (xv, yv, xs, ys, place) => {
    expect(placeOf(xv, yv, xs, ys)).toBe(place);
  });

  it("spreads coincident plot marks, and packs strip marks into lanes across the strip", () => {
    const out = arrange([
      { place: "plot", x: 100, y: 100, r: 5 },
      { place: "plot", x: 100, y: 100, r: 5 },
      { place: "x-strip", x: 500, y: 50, r: 5 },
      { place: "x-strip", x: 500, y: 52, r: 5 },
      { place: "y-strip", x: 200, y: 400, r: 5 },
    ]);
    expect(out[0]).not.toEqual(out[1]);
    expect(out.slice(2)).toEqual([
      { x: 500, y: 50 },
      { x: 488, y: 52 },
      { x: 200, y: 400 },
    ]);
  });
});

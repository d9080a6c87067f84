import { describe, expect, it } from "vitest";
import { expectClose } from "../helpers/close";
import { MARK_AREA, SERIES_SHAPES, radiusOfArea, seriesShape, symbolPath } from "../../src/charts/symbols";

describe("symbols", () => {
  it("gives the first series circles, then squares, triangles and diamonds, and wraps after six", () => {
    expect([0, 1, 2, 3].map(seriesShape)).toEqual(["circle", "square", "triangle", "diamond"]);
    expect(seriesShape(6)).toBe("circle");
    expect(seriesShape(-1)).toBe(SERIES_SHAPES[5]);
  });

  it("draws a different path for every shape, the star included", () => {
    const paths = [...SERIES_SHAPES, "star" as const].map((s) => symbolPath(s));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("draws a square of the requested area centred on the origin", () => {
    expect(symbolPath("square", 64)).toBe("M-4,-4h8v8h-8Z");
  });

  it("gives the radius of the circle with the same area", () => {
    expectClose(radiusOfArea(Math.PI * 25), 5);
    expectClose(radiusOfArea(MARK_AREA), Math.sqrt(80 / Math.PI));
  });
});

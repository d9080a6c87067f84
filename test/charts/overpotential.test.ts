import { describe, expect, it } from "vitest";
import { layoutOverpotential } from "../../src/charts/overpotential";

describe("layoutOverpotential", () => {
  const series = Array.from({ length: 10 }, (_, k) => ({ time_h: k + 0.5, overpotential_mV: 20 + k }));

  it("draws one mark per half-cycle, the median dashed and the short marked, within the plot", () => {
    const layout = layoutOverpotential(series, { overpotential_mV: 24.5, failure_h: 10 }, 720, 260);
    expect(layout.points).toHaveLength(10);
    expect(layout.points[0]!.x).toBeCloseTo(64 + (0.5 / 10) * 640, 9);
    expect(layout.failure).toEqual({ x: 704, label: "short at 10 h" });
    expect(layout.median!.label).toBe("median 24.5 mV");
    for (const p of layout.points) expect(p.y).toBeGreaterThanOrEqual(layout.plot.top);
    expect(layout.yLabel).toBe("Overpotential (mV)");
  });

  it("averages thousands of half-cycles into one vertex per pixel column and draws no marks then", () => {
    const long = Array.from({ length: 4000 }, (_, k) => ({ time_h: k * 0.25, overpotential_mV: 30 }));
    const layout = layoutOverpotential(long, { overpotential_mV: 30 }, 340, 240);
    expect(layout.points).toEqual([]);
    expect(layout.path.split("L").length).toBeLessThanOrEqual(261);
    expect(layout.failure).toBeUndefined();
  });
});

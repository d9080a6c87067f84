import { describe, expect, it } from "vitest";
import { CURVE_MAX_C, layoutSurfaceTensionCurve } from "../../src/charts/surface-tension-curve";
import { expectClose } from "../helpers/close";

describe("layoutSurfaceTensionCurve", () => {
  const layout = layoutSurfaceTensionCurve({ temperature_C: 250 });

  it("runs the temperature axis from the melting point to 400 °C, ticked every 50 °C", () => {
    expect(CURVE_MAX_C).toBe(400);
    expect(layout.xTicks.map((t) => t.label)).toEqual(["100", "150", "200", "250", "300", "350", "400"]);
    expect(layout.xTicks.at(-1)!.position).toBe(layout.plot.right);
    expect(layout.xLabel).toBe("Temperature (°C)");
    expect(layout.yLabel).toBe("γ_LV (mN m⁻¹)");
  });

  it("fits the y axis to the curve, 169 to 201 mN m⁻¹, between round ends 165 and 205", () => {
    expect(layout.yTicks.map((t) => t.label)).toEqual(["170", "180", "190", "200"]);
    expect(layout.yTicks[0].position).toBeLessThan(layout.plot.bottom);
    expect(layout.yTicks.at(-1)!.position).toBeGreaterThan(layout.plot.top);
  });

  it("draws the curve falling from the melting point, left to right and within the plot", () => {
    const coords = layout.path.slice(1).split("L").map((p) => p.split(",").map(Number));
    expect(coords).toHaveLength(61);
    expect(coords[0][0]).toBe(layout.plot.left);
    for (let i = 1; i < coords.length; i++) {
      expect(coords[i][0]).toBeGreaterThan(coords[i - 1][0]);
      expect(coords[i][1]).toBeGreaterThan(coords[i - 1][1]); // lower γ is further down the screen
    }
    for (const [, y] of coords) {
      expect(y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(y).toBeLessThanOrEqual(layout.plot.bottom);
    }
  });

  it("marks 250 °C on the curve, at 184.7 mN m⁻¹", () => {
    expect(layout.marker!.label).toBe("Pure Na at 250 °C: γ_LV = 184.7 mN m⁻¹");
    expect(layout.marker!.cx).toBe(layout.xTicks.find((t) => t.value === 250)!.position);
    expect(layout.notes).toEqual([]);
    expect(layout.title).toBe(
      "Surface tension of pure liquid Na against temperature: 200.8 mN m⁻¹ at its melting point (97.8 °C), " +
        "falling to 169.0 mN m⁻¹ at 400 °C. Marked: 250 °C, 184.7 mN m⁻¹.",
    );
  });

  it("marks the melting point itself", () => {
    expect(layoutSurfaceTensionCurve({ temperature_C: 97.794 }).marker!.cx).toBe(layout.plot.left);
  });

  it("says so, with the value, when the temperature lies beyond 400 °C", () => {
    const hot = layoutSurfaceTensionCurve({ temperature_C: 500 });
    expect(hot.marker).toBeUndefined();
    expect(hot.notes).toEqual(["500 °C lies beyond this plot, which ends at 400 °C; there γ_LV = 158.7 mN m⁻¹."]);
  });

  it("marks no temperature when there is none valid", () => {
    const none = layoutSurfaceTensionCurve({});
    expect(none.marker).toBeUndefined();
    expect(none.notes).toEqual([]);
  });

  it("places a measured alloy value at the temperature, stretching the axis down to it", () => {
    const alloy = layoutSurfaceTensionCurve({ temperature_C: 250, measured_mN_m: 70 });
    expect(alloy.measured!.label).toBe("Measured at 250 °C: 70.0 mN m⁻¹");
    expect(alloy.measured!.cx).toBe(alloy.marker!.cx);
    expect(alloy.yTicks.map((t) => t.label)).toEqual(["100", "150", "200"]);
    expect(alloy.measured!.cy).toBeGreaterThan(alloy.yTicks[0].position);
    expect(alloy.measured!.cy).toBeLessThanOrEqual(alloy.plot.bottom);
  });

  it("notes a measured value it cannot place", () => {
    expect(layoutSurfaceTensionCurve({ temperature_C: 250, measured_mN_m: 4000 }).notes).toEqual([
      "The measured value, 4000.0 mN m⁻¹, lies far off this axis.",
    ]);
    expect(layoutSurfaceTensionCurve({ measured_mN_m: 70 }).notes).toEqual([
      "The measured value, 70.0 mN m⁻¹, is not placed: it needs a temperature on this axis.",
    ]);
  });

  it("leaves values out of the names in teacher mode", () => {
    const hidden = layoutSurfaceTensionCurve({ temperature_C: 250, showValue: false });
    expect(hidden.marker!.label).toBe("Pure Na at 250 °C");
    expect(hidden.title).not.toContain("184.7");
  });

  it("tabulates the curve from the melting point to 400 °C", () => {
    expect(layout.table[0]).toEqual({ temperature_C: "97.8", gamma_mN_m: "200.8" });
    expect(layout.table.find((r) => r.temperature_C === "250")).toEqual({ temperature_C: "250", gamma_mN_m: "184.7" });
    expect(layout.table.at(-1)).toEqual({ temperature_C: "400", gamma_mN_m: "169.0" });
  });
});

describe("layoutSurfaceTensionCurve with uncertain inputs", () => {
  it("shades γ_LV ± δγ across the plot and T ± δT down it, centred on the marker", () => {
    const layout = layoutSurfaceTensionCurve({ temperature_C: 250, gammaUncertainty_mN_m: 1, temperatureUncertainty_C: 10 });
    const { gamma, temperature } = layout.bands;
    expect(gamma!.label).toBe("γ_LV = 184.7 ± 1.0 mN m⁻¹ (one standard uncertainty)");
    expect(temperature!.label).toBe("T = 250 ± 10 °C (one standard uncertainty)");
    expectClose(gamma!.y + gamma!.height / 2, layout.marker!.cy, 0.02);
    expectClose(temperature!.x + temperature!.width / 2, layout.marker!.cx, 0.02);
    expect(gamma!.width).toBe(layout.plot.right - layout.plot.left);
    expect(layout.title).toContain("A horizontal band shows γ_LV = 184.7 ± 1.0 mN m⁻¹");
  });

  it("centres the γ band on a measured value, and widens the axis to show it", () => {
    const layout = layoutSurfaceTensionCurve({ temperature_C: 250, measured_mN_m: 110, gammaUncertainty_mN_m: 20 });
    expectClose(layout.bands.gamma!.y + layout.bands.gamma!.height / 2, layout.measured!.cy, 0.02);
    expect(layout.yTicks[0]!.value).toBeLessThanOrEqual(90);
  });

  it("keeps a temperature band inside the axis near the melting point, and draws none without an uncertainty", () => {
    const near = layoutSurfaceTensionCurve({ temperature_C: 100, temperatureUncertainty_C: 20 });
    expect(near.bands.temperature!.x).toBe(near.plot.left);
    expect(layoutSurfaceTensionCurve({ temperature_C: 250 }).bands).toEqual({});
  });
});

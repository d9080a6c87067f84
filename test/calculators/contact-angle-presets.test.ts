import { describe, expect, it } from "vitest";
import { compute, fields, type InputName, modes } from "../../src/calculators/contact-angle";
import { presets } from "../../src/calculators/contact-angle-presets";
import { readNumber } from "../../src/calculators/fields";

describe("contact-angle presets", () => {
  it("have unique ids", () => {
    expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
  });

  it("cite the review's reference number they link to", () => {
    for (const preset of presets) expect(preset.source).toContain(`[${preset.ref}]`);
  });

  it.each(presets.map((p) => [p.id, p] as const))("%s sets valid URL parameters", (_id, preset) => {
    const { mode, ...rest } = preset.values;
    expect(modes).toContain(mode);
    for (const [name, raw] of Object.entries(rest)) {
      expect(Object.keys(fields)).toContain(name);
      expect(readNumber(raw, fields[name as InputName]).ok).toBe(true);
    }
  });

  it.each([
    ["nzsp-as-received", 122.5, "sodiophobic (θ > 90°)"],
    ["nzsp-annealed", 72.5, "sodiophilic (θ < 90°)"],
    ["na-cs-base", 0, "complete wetting (θ = 0°): Na spreads into a film"],
  ])("%s gives %s°, %s", (id, theta, regime) => {
    const preset = presets.find((p) => p.id === id);
    if (!preset) throw new Error(`no preset ${id}`);
    const { mode, ...rest } = preset.values;
    const values = { temperature_C: 250, ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, Number(v)])) };
    const outcome = compute(values, mode);
    expect(outcome.outputs.theta_deg).toBe(theta);
    expect(outcome.outputs.regime).toBe(regime);
  });
});

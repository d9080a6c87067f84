import { describe, expect, it } from "vitest";
import { analyseTrace, thresholdDefaults } from "../../../src/calculators/ccd-analyser";
import {
  cycling,
  firstHalfCycleOf,
  generate,
  realisticCell,
  staircase,
  timeInHalfCycle,
  truePlateau_mV,
  type CellModel,
} from "../../helpers/symmetric-cell-generator";

const taus = [5, 30, 120];
const shares = [0.3, 0.5, 0.7];
const rests = [0, 60, 600];
const grid = taus.flatMap((tau_s) => shares.flatMap((nonOhmicShare) => rests.map((rest_s) => ({ tau_s, nonOhmicShare, rest_s }))));
const currents = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

/** A cell of the grid, sampled every 1 to 10 s (varied across the grid so every period is met). */
const cellOf = (g: (typeof grid)[number], k: number, extra: Partial<CellModel> = {}): CellModel => ({
  ...realisticCell,
  tau_s: g.tau_s,
  nonOhmicShare: g.nonOhmicShare,
  samplePeriod_s: 1 + ((k * 4) % 10),
  seed: 100 + k,
  ...extra,
});
const label = (g: (typeof grid)[number]) => `τ ${g.tau_s} s, non-ohmic ${g.nonOhmicShare}, rests ${g.rest_s} s`;

describe("the analyser over a grid of realistic symmetric cells (relaxation 5–120 s, non-ohmic 0.3–0.7, rests 0–10 min)", () => {
  it("reports no short on any healthy staircase", () => {
    const wrong: string[] = [];
    grid.forEach((g, k) => {
      const programme = staircase(currents, 0.25, g.rest_s);
      const outcome = analyseTrace(generate(programme, cellOf(g, k)), undefined, thresholdDefaults);
      if (outcome.analysis?.failure || outcome.outputs.ccd_mA_cm2 !== 1)
        wrong.push(`${label(g)}: ${outcome.verdict?.sentence ?? outcome.unavailable.ccd_mA_cm2}`);
    });
    expect(wrong).toEqual([]);
  });

  it.each(["hard", "soft"] as const)("finds the failing step of every %s-shorted staircase", (kind) => {
    const wrong: string[] = [];
    grid.forEach((g, k) => {
      const programme = staircase(currents, 0.25, g.rest_s);
      const step = 2 + (k % 7);
      const at_s = timeInHalfCycle(programme, firstHalfCycleOf(programme, step), 0.3 + 0.05 * (k % 5));
      const outcome = analyseTrace(generate(programme, cellOf(g, k), { kind, at_s }), undefined, thresholdDefaults, {
        convention: "failing",
      });
      const verdict = kind === "hard" ? "short" : "soft-short";
      if (outcome.outputs.ccd_mA_cm2 !== currents[step] || outcome.verdict?.kind !== verdict)
        wrong.push(`${label(g)}, step ${currents[step]}: ${outcome.outputs.ccd_mA_cm2} (${outcome.verdict?.sentence})`);
      else if (outcome.ccdPassed_mA_cm2 !== currents[step - 1]) wrong.push(`${label(g)}: last passed ${outcome.ccdPassed_mA_cm2}`);
    });
    expect(wrong).toEqual([]);
  });

  it("measures the overpotential within 10 % and the cycle life within 1 % of constant-current cycling", () => {
    const wrong: string[] = [];
    grid.forEach((g, k) => {
      const programme = cycling(1, 0.5, 60, g.rest_s);
      const cell = cellOf(g, k, { resistance_ohm_cm2: 40, samplePeriod_s: 2 + (k % 9) });
      const shortAt_h = k % 2 === 0 ? 41.3 : undefined;
      const trace = generate(programme, cell, shortAt_h ? { kind: "hard", at_s: shortAt_h * 3600 } : undefined, k % 3 === 0);
      const outcome = analyseTrace(trace, undefined, thresholdDefaults);
      const eta = outcome.outputs.overpotential_mV as number;
      const life = outcome.outputs.cycleLife_h as number;
      const trueLife = shortAt_h ?? trace.time_s.at(-1)! / 3600;
      if (outcome.testType !== "cycling") wrong.push(`${label(g)}: read as ${outcome.testType}`);
      if (!(Math.abs(eta / truePlateau_mV(cell, 1) - 1) <= 0.1)) wrong.push(`${label(g)}: overpotential ${eta} mV`);
      if (!(Math.abs(life / trueLife - 1) <= 0.01)) wrong.push(`${label(g)}: cycle life ${life} h, not ${trueLife}`);
      if (outcome.cycling?.atLeast !== (shortAt_h === undefined)) wrong.push(`${label(g)}: ${outcome.verdict?.sentence}`);
    });
    expect(wrong).toEqual([]);
  });
});

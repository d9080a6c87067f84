/**
 * Two designs side by side: each one's outcome, and for every output both have, the change from A to B.
 */
import type { Outcome } from "./outcome";
import {
  compute, defaultPackaging, defaults, inputNames, outputNames, type EnergyInput, type EnergyOutput, type PackagingMode,
} from "./energy-density";

/** An output in both designs and how B differs from A (in the output's unit, and in % of A). */
export interface OutputDelta {
  a: number;
  b: number;
  /** B − A, in the output's unit. */
  delta: number;
  /** 100 · (B − A) / A; absent when A is 0. */
  relative_pct?: number;
}

export interface DesignComparison {
  a: Outcome<EnergyInput, EnergyOutput>;
  b: Outcome<EnergyInput, EnergyOutput>;
  /** Only outputs that both designs could compute. */
  deltas: Partial<Record<EnergyOutput, OutputDelta>>;
  /** Inputs whose values differ between the designs (absent in one counts as different). */
  changedInputs: EnergyInput[];
}

type Values = Partial<Record<EnergyInput, number>>;

/** Computes designs A and B (packaged alike) and the change of every output from A to B. Never throws. */
export function compareDesigns(a: Values, b: Values, packaging: PackagingMode = defaultPackaging): DesignComparison {
  const outcomeA = compute(a, packaging);
  const outcomeB = compute(b, packaging);
  const deltas: Partial<Record<EnergyOutput, OutputDelta>> = {};
  for (const name of outputNames) {
    const va = outcomeA.outputs[name];
    const vb = outcomeB.outputs[name];
    if (typeof va !== "number" || typeof vb !== "number") continue;
    // Outputs are finite and ≥ 0, so B − A is finite; only the ratio to a tiny A can overflow.
    const delta = vb - va;
    const relative = (100 * delta) / va;
    deltas[name] = va === 0 || !Number.isFinite(relative)
      ? { a: va, b: vb, delta }
      : { a: va, b: vb, delta, relative_pct: relative };
  }
  const same = (x?: number, y?: number) => x === y || (Number.isNaN(x) && Number.isNaN(y));
  const changedInputs = inputNames.filter((n) => !same(a[n], b[n]));
  return { a: outcomeA, b: outcomeB, deltas, changedInputs };
}

/** The page's example pair: the default cell with bare Na foil (A) and with Na in its carbon host (B). */
export const bareFoilVersusHost: { a: Values; b: Values } = {
  a: { ...defaults, hostMass_mg_cm2: 0, wettingAgentMass_mg_cm2: 0 },
  b: { ...defaults },
};

import { expect } from "vitest";

/** Asserts |actual − expected| ≤ tol (an absolute tolerance), with both numbers in the failure message. */
export function expectClose(actual: number, expected: number, tol = 1e-9): void {
  const ok = Number.isFinite(actual) && Math.abs(actual - expected) <= tol;
  expect(ok, `expected ${actual} to be within ${tol} of ${expected}`).toBe(true);
}

/**
 * Sand's time for a liquid electrolyte: under a constant current density the salt concentration at the
 * plating electrode falls until it reaches zero at τ = πD(z·c₀·F)² / (4·(j·(1 − t₊))²) — H. J. S. Sand,
 * Philos. Mag. 1 (1901) 45; in the form with the anion transference number 1 − t₊ used for metal
 * dendrites by Bai, Li, Brissot & Bazant, Energy Environ. Sci. 9 (2016) 3221. Past τ, growth at the
 * tips takes over (dendrites).
 */
import { FARADAY_C_mol } from "./constants.ts";
import type { NumberField } from "./fields.ts";

/** Input names of Sand's-time model (URL contract). */
export type SandInput = "sandCurrent_mA_cm2" | "diffusivity_cm2_s" | "concentration_M" | "transferenceNumber";

/** Charge number of Na⁺. */
const NA_CHARGE_NUMBER = 1;

export const sandFields = {
  sandCurrent_mA_cm2: {
    name: "sandCurrent_mA_cm2",
    label: "Current density j (liquid cell)",
    unit: "mA cm⁻²",
    default: 1,
    min: 0.001,
    max: 100,
    step: 0.1,
    help: "Constant plating current density applied to the liquid-electrolyte cell.",
  },
  diffusivity_cm2_s: {
    name: "diffusivity_cm2_s",
    label: "Salt diffusion coefficient D",
    unit: "cm² s⁻¹",
    default: 2e-6,
    min: 1e-12,
    max: 1e-3,
    step: 1e-7,
    help: "Ambipolar diffusion coefficient of the salt; about 10⁻⁶ to 10⁻⁵ cm² s⁻¹ in organic electrolytes.",
  },
  concentration_M: {
    name: "concentration_M",
    label: "Salt concentration c₀",
    unit: "mol L⁻¹",
    default: 1,
    min: 0.001,
    max: 20,
    step: 0.1,
    help: "Bulk concentration of the Na salt, e.g. 1 M NaPF₆.",
  },
  transferenceNumber: {
    name: "transferenceNumber",
    label: "Transference number t₊ of Na⁺",
    unit: "",
    default: 0.4,
    min: 0,
    max: 1,
    maxExclusive: true,
    step: 0.05,
    help: "Fraction of the current carried by Na⁺; the anions carry 1 − t₊.",
  },
} satisfies Record<SandInput, NumberField>;

/**
 * Sand's time τ, in s.
 * @param currentDensity_mA_cm2 Current density j, in mA cm⁻².
 * @param diffusivity_cm2_s Salt diffusion coefficient D, in cm² s⁻¹.
 * @param concentration_M Bulk salt concentration c₀, in mol L⁻¹ (10⁻³ mol cm⁻³).
 * @param transferenceNumber Cation transference number t₊, dimensionless, 0 ≤ t₊ < 1.
 */
export function sandTime_s(
  currentDensity_mA_cm2: number,
  diffusivity_cm2_s: number,
  concentration_M: number,
  transferenceNumber: number,
): number {
  const charge_C_cm3 = NA_CHARGE_NUMBER * concentration_M * 1e-3 * FARADAY_C_mol;
  const anionCurrent_A_cm2 = currentDensity_mA_cm2 * 1e-3 * (1 - transferenceNumber);
  return (Math.PI * diffusivity_cm2_s * charge_C_cm3 ** 2) / (4 * anionCurrent_A_cm2 ** 2);
}

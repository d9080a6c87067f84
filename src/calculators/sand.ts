/**
 * Sand's time for a liquid electrolyte: under a constant current density the salt concentration at the
 * plating electrode falls until it reaches zero at τ = πD(z·c₀·F)² / (4·(j·(1 − t₊))²) — H. J. S. Sand,
 * Philos. Mag. 1 (1901) 45; in the form with the anion transference number 1 − t₊ used for metal
 * dendrites by Bai, Li, Brissot & Bazant, Energy Environ. Sci. 9 (2016) 3221. Past τ, growth at the
 * tips takes over (dendrites). Sand's semi-infinite result applies above the limiting current of the cell's
 * finite gap (limitingCurrent_mA_cm2 below); at or under it the salt never runs out.
 */
import { FARADAY_C_mol } from "./constants.ts";
import type { NumberField } from "./fields.ts";

/** Input names of Sand's-time model (URL contract). */
export type SandInput = "sandCurrent_mA_cm2" | "diffusivity_cm2_s" | "concentration_M" | "transferenceNumber" | "sandGap_um";

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
  // ── The electrolyte gap, for the limiting current and the diffusion time ──
  sandGap_um: {
    name: "sandGap_um",
    label: "Electrolyte gap L between the electrodes",
    unit: "µm",
    // A 25 µm polyolefin separator (e.g. Celgard 2500); glass-fibre separators common in Na cells are
    // 250–700 µm thick. Our choice of a thin gap, the case in which the salt runs out least easily.
    default: 25,
    min: 0.01,
    max: 1e5,
    step: 5,
    help: "Thickness of electrolyte the salt diffuses across: about the separator's thickness.",
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

/**
 * Limiting current density of a binary salt between two parallel metal electrodes a gap L apart, in mA cm⁻²:
 * j_lim = 2·z·F·c₀·D / ((1 − t₊)·L). At steady state the salt profile across the gap is linear; it falls
 * from 2c₀ at the stripping electrode to 0 at the plating one when j = j_lim (A. J. Bard & L. R. Faulkner,
 * Electrochemical Methods, 2nd ed., Wiley 2001, for the limiting current of a steady diffusion layer with
 * migration; J.-N. Chazalviel, Phys. Rev. A 42 (1990) 7355, for this form with migration in a symmetric cell). At or
 * below j_lim the salt at the electrode never runs out; above it, it does at Sand's time.
 * @param diffusivity_cm2_s Salt diffusion coefficient D, in cm² s⁻¹.
 * @param concentration_M Bulk salt concentration c₀, in mol L⁻¹.
 * @param transferenceNumber Cation transference number t₊, 0 ≤ t₊ < 1.
 * @param gap_um Electrolyte gap L, in µm (10⁻⁴ cm).
 */
export function limitingCurrent_mA_cm2(
  diffusivity_cm2_s: number,
  concentration_M: number,
  transferenceNumber: number,
  gap_um: number,
): number {
  const charge_C_cm3 = NA_CHARGE_NUMBER * concentration_M * 1e-3 * FARADAY_C_mol;
  return (1e3 * 2 * charge_C_cm3 * diffusivity_cm2_s) / ((1 - transferenceNumber) * gap_um * 1e-4);
}

/**
 * Time for diffusion across the gap, L²/D, in s: the order of time the salt profile needs to settle into its
 * steady state (the diffusion length √(Dt) of Bard & Faulkner 2001 equals L at t = L²/D).
 * @param gap_um Electrolyte gap L, in µm.
 * @param diffusivity_cm2_s Salt diffusion coefficient D, in cm² s⁻¹.
 */
export function diffusionTime_s(gap_um: number, diffusivity_cm2_s: number): number {
  return (gap_um * 1e-4) ** 2 / diffusivity_cm2_s;
}

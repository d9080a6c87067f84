/**
 * Contact angles reported in the review, as states of the contact-angle calculator. Reference numbers are
 * the review's (Yuan et al., Materials 2022, 15, 4636), so a reader can follow them on /references/.
 */
import type { InputName, Mode } from "./contact-angle-fields";

export interface ContactAnglePreset {
  /** Stable id, usable as an anchor or a button key. */
  id: string;
  /** What the reader picks, e.g. "Molten Na on NZSP, as received". */
  label: string;
  /** The URL parameters the preset sets; parameters it leaves out keep their defaults. */
  values: { mode: Mode } & Partial<Record<InputName, string>>;
  /** Who measured it, with the review's reference number. */
  source: string;
  /** The review's reference number, for a link to /references/#ref-<n>. */
  ref: number;
  /** What the reader should know about using these numbers here. */
  note: string;
}

export const presets: readonly ContactAnglePreset[] = [
  {
    id: "nzsp-as-received",
    label: "Molten Na on NZSP, as received (122.5°)",
    values: { mode: "angle", theta_deg: "122.5" },
    source: "Gao et al. 2020 [15]",
    ref: 15,
    note:
      "Na₃Zr₂Si₂PO₁₂ as received, with NaOH/Na₂CO₃ on its surface. The review does not give the " +
      "temperature of the measurement, so γ_LV follows the temperature field.",
  },
  {
    id: "nzsp-annealed",
    label: "Molten Na on NZSP after annealing at 450 °C (72.5°)",
    values: { mode: "angle", theta_deg: "72.5" },
    source: "Gao et al. 2020 [15]",
    ref: 15,
    note:
      "The same electrolyte after 2 h at 450 °C, which removes the surface contamination. The review does not " +
      "give the temperature of the measurement, so γ_LV follows the temperature field.",
  },
  {
    id: "na-cs-base",
    label: "Na–Cs alloy on BASE at 250 °C (near 0°)",
    values: { mode: "angle", theta_deg: "0", temperature_C: "250" },
    source: "Lu et al. 2014 [6]",
    ref: 6,
    note:
      "Na–Cs at a 1:4 molar ratio on untreated β″-alumina. The alloy's surface tension is well below that of " +
      "pure Na, which the correlation gives; enter a measured γ_LV for the alloy to get its work of adhesion.",
  },
];

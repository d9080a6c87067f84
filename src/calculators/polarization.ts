/**
 * Ohmic polarization of a symmetric Na | electrolyte | Na cell: the current crosses two Na | electrolyte
 * interfaces and the electrolyte itself, so η = j·(2·R_int + L/σ) when R_int is the resistance of one
 * interface, or η = j·(R + L/σ) when R is the two interfaces together (the resistance convention).
 */
import type { NumberField } from "./fields.ts";
import { ohmicDrop_mV } from "./ohmic.ts";

/** Input names of the polarization model (URL contract). */
export type PolarizationInput = "interfacialResistance_ohm_cm2" | "electrolyteThickness_um" | "ionicConductivity_mS_cm";

export const polarizationFields = {
  interfacialResistance_ohm_cm2: {
    name: "interfacialResistance_ohm_cm2",
    label: "Interfacial resistance R_int",
    unit: "Ω cm²",
    // Table 1, NZSP–TiO₂ composite at 25 °C [13]: a row that reports both a resistance and a CCD (1 mA cm⁻²).
    default: 149,
    min: 0,
    max: 1e6,
    step: 1,
    help: "Area-specific resistance of the Na | electrolyte interfaces, as the convention above says: one of the two, or both together.",
  },
  electrolyteThickness_um: {
    name: "electrolyteThickness_um",
    label: "Electrolyte thickness L",
    unit: "µm",
    default: 1000,
    min: 0,
    minExclusive: true,
    max: 1e5,
    step: 10,
    help: "Thickness of the solid electrolyte pellet or separator between the two Na electrodes.",
  },
  ionicConductivity_mS_cm: {
    name: "ionicConductivity_mS_cm",
    label: "Ionic conductivity σ",
    unit: "mS cm⁻¹",
    // NZSP at room temperature, ~1 mS cm⁻¹ (the review, refs. 9 and 40).
    default: 1,
    min: 1e-6,
    max: 1000,
    step: 0.1,
    help: "Na⁺ conductivity of the electrolyte; NZSP conducts about 1 mS cm⁻¹ at room temperature.",
  },
} satisfies Record<PolarizationInput, NumberField>;

// ── Resistance convention ──────────────────────────────────────────────────────────────────────────
/**
 * What a reported interfacial resistance covers. Papers differ: many give R_int per interface (half of the
 * interfacial part of a symmetric cell's impedance arc), many give the whole cell's interfacial resistance.
 */
export const resistanceConventions = ["perInterface", "wholeCell"] as const;
export type ResistanceConvention = (typeof resistanceConventions)[number];
export const defaultResistanceConvention: ResistanceConvention = "perInterface";

export const resistanceConventionLabels: Record<ResistanceConvention, string> = {
  perInterface: "Per interface: η = j(2R + L/σ)",
  wholeCell: "Whole cell, both interfaces: η = j(R + L/σ)",
};

/** How many times R counts in a symmetric cell under a convention: 2 per interface, 1 for the whole cell. */
export function interfaceFactor(convention: ResistanceConvention): 1 | 2 {
  return convention === "wholeCell" ? 1 : 2;
}

/**
 * Area-specific resistance of the electrolyte layer, L/σ, in Ω cm².
 * @param thickness_um Electrolyte thickness L, in µm (10⁻⁴ cm).
 * @param conductivity_mS_cm Ionic conductivity σ, in mS cm⁻¹ (10⁻³ S cm⁻¹).
 */
export function electrolyteResistance_ohm_cm2(thickness_um: number, conductivity_mS_cm: number): number {
  return (thickness_um * 1e-4) / (conductivity_mS_cm * 1e-3);
}

/**
 * Total area-specific resistance of a symmetric cell, in Ω cm²: 2·R_int + L/σ per interface, R + L/σ for
 * the whole cell.
 * @param interfacialResistance_ohm_cm2 Interfacial resistance in the given convention, in Ω cm².
 * @param thickness_um Electrolyte thickness, in µm.
 * @param conductivity_mS_cm Ionic conductivity, in mS cm⁻¹.
 */
export function symmetricCellResistance_ohm_cm2(
  interfacialResistance_ohm_cm2: number,
  thickness_um: number,
  conductivity_mS_cm: number,
  convention: ResistanceConvention = defaultResistanceConvention,
): number {
  return (
    interfaceFactor(convention) * interfacialResistance_ohm_cm2 + electrolyteResistance_ohm_cm2(thickness_um, conductivity_mS_cm)
  );
}

/**
 * Ohmic polarization of a symmetric cell, in mV: η = j·(2·R_int + L/σ) per interface, j·(R + L/σ) whole cell.
 * @param currentDensity_mA_cm2 Current density j, in mA cm⁻².
 */
export function symmetricPolarization_mV(
  currentDensity_mA_cm2: number,
  interfacialResistance_ohm_cm2: number,
  thickness_um: number,
  conductivity_mS_cm: number,
  convention: ResistanceConvention = defaultResistanceConvention,
): number {
  const resistance = symmetricCellResistance_ohm_cm2(interfacialResistance_ohm_cm2, thickness_um, conductivity_mS_cm, convention);
  return ohmicDrop_mV(currentDensity_mA_cm2, resistance);
}

/** The fields of a Table 1 row (src/schemas/table1.ts) that a preset needs; a Table1Row fits as is. */
export interface ResistanceRow {
  /** Stable row id, e.g. "ref43-na5sn-composite". */
  id: string;
  /** Reference number in the review. */
  ref: number;
  /** Strategy as printed, e.g. "Na₅Sn composite". */
  strategy: string;
  /** Testing temperature, in °C. */
  testingTemperature_C: number;
  /** Reported resistance, in Ω cm²; null when the table gives none. */
  interfacialResistance_ohm_cm2: number | null;
  /** True when the table gives a whole-cell ("total") resistance. */
  resistanceIsTotal: boolean;
  /** Reported critical current density, in mA cm⁻²; null when not reported. */
  ccd_mA_cm2: number | null;
}

/** A preset that sets the polarization inputs from a row of the review's Table 1. */
export interface PolarizationPreset {
  id: string;
  label: string;
  values: Record<PolarizationInput, number>;
  /** Citation, e.g. "Oh et al. 2021 [43]". */
  source: string;
  /** The convention the loaded resistance is expressed in. */
  convention: ResistanceConvention;
  /** Caveats and the row's reported CCD, to show beside the preset. */
  note?: string;
}

const round = (x: number) => Number(x.toPrecision(6));

/**
 * Maps a Table 1 row to polarization inputs, or undefined when the row reports no resistance.
 * An interfacial resistance is loaded as reported, and taken to be in the chosen convention (the table does
 * not say which its papers used). A total resistance already includes the electrolyte, so what remains after
 * L/σ (with the given L and σ, kept in the preset so the sum reproduces R_total) is the interfaces' share:
 * halved per interface, whole for the whole cell; floored at 0.
 * @param source Citation for the preset; "Table 1 [ref]" when omitted.
 * @param thickness_um Electrolyte thickness L, in µm.
 * @param conductivity_mS_cm Ionic conductivity σ, in mS cm⁻¹.
 * @param convention What the loaded R_int stands for (default: per interface).
 */
export function presetFromTable1Row(
  row: ResistanceRow,
  source = `Table 1 [${row.ref}]`,
  thickness_um: number = polarizationFields.electrolyteThickness_um.default,
  conductivity_mS_cm: number = polarizationFields.ionicConductivity_mS_cm.default,
  convention: ResistanceConvention = defaultResistanceConvention,
): PolarizationPreset | undefined {
  const reported = row.interfacialResistance_ohm_cm2;
  if (reported === null || !Number.isFinite(reported) || reported < 0) return undefined;
  const perInterface = convention === "perInterface";
  const notes: string[] = [];
  let interfacial = reported;
  if (row.resistanceIsTotal) {
    const bulk = round(electrolyteResistance_ohm_cm2(thickness_um, conductivity_mS_cm));
    interfacial = round(Math.max(0, (reported - bulk) / interfaceFactor(convention)));
    notes.push(
      interfacial === 0
        ? `The table gives a total resistance of ${reported} Ω cm², below L/σ = ${bulk} Ω cm² here, so R_int is set to 0.`
        : perInterface
          ? `The table gives a total resistance of ${reported} Ω cm²; R_int is half of what remains after L/σ = ${bulk} Ω cm².`
          : `The table gives a total resistance of ${reported} Ω cm²; R is what remains after L/σ = ${bulk} Ω cm².`,
    );
  } else {
    notes.push(
      perInterface
        ? "Taken as the resistance of one interface (η = j(2R + L/σ)); switch the convention if the paper gives the whole cell's."
        : "Taken as both interfaces together (η = j(R + L/σ)); switch the convention if the paper gives one interface's.",
    );
  }
  if (Math.abs(row.testingTemperature_C - 25) > 5) {
    notes.push(`Measured at ${row.testingTemperature_C} °C; set σ for that temperature.`);
  }
  if (row.ccd_mA_cm2 !== null) notes.push(`Reported CCD: ${row.ccd_mA_cm2} mA cm⁻².`);
  return {
    id: row.id,
    label: `${row.strategy}, ${row.testingTemperature_C} °C`,
    values: {
      interfacialResistance_ohm_cm2: interfacial,
      electrolyteThickness_um: thickness_um,
      ionicConductivity_mS_cm: conductivity_mS_cm,
    },
    source,
    convention,
    note: notes.join(" "),
  };
}

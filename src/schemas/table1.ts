import { z } from "astro/zod";
import { checkIdMatchesRef, dataNotesSchema, refNumberSchema, rowIdSchema, tableRowSchema } from "./table-row.ts";

/**
 * One row of the review's Table 1 (src/content/data/table1.json): Na|solid-electrolyte symmetric cells of
 * all-solid-state Na-metal batteries, each with a wetting strategy. `null` always means the table prints
 * "/" (not reported), never zero.
 */

/** Solid-electrolyte families: NASICON Na₃Zr₂Si₂PO₁₂ (with its doped variants) or β″-alumina. */
export const ELECTROLYTE_FAMILIES = ["NZSP", "BASE"] as const;

/** One lifespan statement of the "Lifespan in Symmetric Cells" column, e.g. "1500 h at 0.1 mA cm⁻²". */
export const lifespanSchema = z.strictObject({
  /** How long the symmetric cell cycled, in h. */
  cycleLife_h: z.number().positive(),
  /**
   * Current density of the test, in mA cm⁻². Several values ("500 h at 0.3/0.5 mA cm⁻²") mean one test
   * that ran at each of them; the source does not say how the hours divide between them.
   */
  currentDensities_mA_cm2: z.array(z.number().positive()).min(1),
  /** True where the duration is printed with "~" (approximate). Absent means false. */
  approximate: z.boolean().default(false),
});

export const table1RowSchema = z
  .strictObject({
    /** Stable row id, e.g. "ref15-heat-treated-nzsp". */
    id: rowIdSchema,
    /** Reference number of the cited work in the review. */
    ref: refNumberSchema,
    /** Position of the row in the printed table, from 1; pages sort by it. */
    tableRow: tableRowSchema,
    /** Sodiophilicity regulation strategy as printed, with Unicode sub- and superscripts. */
    strategy: z.string().min(2),
    /** Solid-electrolyte family the strategy is applied to. */
    electrolyteFamily: z.enum(ELECTROLYTE_FAMILIES),
    /** Testing temperature of the symmetric cell, in °C. */
    testingTemperature_C: z.number(),
    /**
     * Na|electrolyte interfacial resistance, in Ω cm² (the column's unit, also where a cell prints Ω cm⁻²);
     * null when not reported.
     */
    interfacialResistance_ohm_cm2: z.number().positive().nullable(),
    /** True where the table labels the value "Total resistance" (whole cell) rather than interfacial. */
    resistanceIsTotal: z.boolean(),
    /** Critical current density, in mA cm⁻²; null when not reported. */
    ccd_mA_cm2: z.number().positive().nullable(),
    /** True where the critical current density is printed with "~". Absent means false. */
    ccdApproximate: z.boolean().default(false),
    /** Lifespan statements in printed order; null when not reported. */
    lifespans: z.array(lifespanSchema).min(1).nullable(),
    /** Data notes in our own words, shown to readers with the row. */
    notes: dataNotesSchema,
  })
  .superRefine((row, ctx) => {
    checkIdMatchesRef(row, ctx);
    if (row.interfacialResistance_ohm_cm2 === null && row.resistanceIsTotal) {
      ctx.addIssue({
        code: "custom",
        path: ["resistanceIsTotal"],
        message: "Must be false when the resistance is not reported (null)",
      });
    }
    if (row.ccd_mA_cm2 === null && row.ccdApproximate) {
      ctx.addIssue({
        code: "custom",
        path: ["ccdApproximate"],
        message: "Must be false when the critical current density is not reported (null)",
      });
    }
  });

export type Lifespan = z.output<typeof lifespanSchema>;
export type Table1Row = z.output<typeof table1RowSchema>;

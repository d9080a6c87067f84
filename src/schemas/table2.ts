import { z } from "astro/zod";
import { checkIdMatchesRef, dataNotesSchema, refNumberSchema, rowIdSchema, tableRowSchema } from "./table-row.ts";

/**
 * One row of the review's Table 2 (src/content/data/table2.json): Na-metal anodes in liquid electrolytes.
 * A cell with several values ("1; 3; 5") becomes one test condition per value; a single value printed for
 * several conditions applies to all of them. `null` always means the table prints "/" (not reported).
 */

/** Host families, as the review's sections 4.1 (carbon), 4.2 (alloy) and 4.3 (metal and MXene) group them. */
export const HOST_FAMILIES = ["carbon", "alloy", "metal-mxene"] as const;

/** Units a full-cell capacity is printed in; mAh cm⁻² appears in refs. 69 and 75 (see their notes). */
export const CAPACITY_UNITS = ["mAh g⁻¹", "mAh cm⁻²"] as const;

/** One symmetric-cell test condition: the four numeric columns read at the same position. */
export const conditionSchema = z.strictObject({
  /** Electrolyte of this condition, one of the row's `electrolytes`; present only when the row lists several. */
  electrolyte: z.string().min(2).optional(),
  /** Current density, in mA cm⁻²; null when not reported. */
  currentDensity_mA_cm2: z.number().positive().nullable(),
  /** Areal capacity plated per half-cycle, in mAh cm⁻²; null when not reported. */
  arealCapacity_mAh_cm2: z.number().positive().nullable(),
  /** Overpotential (voltage hysteresis), in mV; null when not reported. */
  overpotential_mV: z.number().positive().nullable(),
  /** Cycle life of the symmetric cell, in h; null when not reported. */
  cycleLife_h: z.number().positive().nullable(),
});

/** A capacity with the unit it is printed in. */
export const capacitySchema = z.strictObject({
  /** The number as printed. */
  value: z.number().positive(),
  /** The unit as printed. */
  unit: z.enum(CAPACITY_UNITS),
});

/**
 * Numbers one full-cell statement gives about one measurement. A field is absent when the statement does
 * not give it; a statement with two measurements ("100% after 500 cycles … and 97% after 120 cycles") has
 * two results.
 */
export const fullCellResultSchema = z
  .strictObject({
    /** Capacity of the full cell (specific, per cathode mass, unless the printed unit says otherwise). */
    capacity: capacitySchema.optional(),
    /** Whether `capacity` is a charge or a discharge capacity, where the statement says so. */
    capacityKind: z.enum(["charge", "discharge"]).optional(),
    /** Coulombic efficiency, in %. */
    coulombicEfficiency_pct: z.number().positive().max(100).optional(),
    /** Capacity retention, in % of the initial capacity. */
    capacityRetention_pct: z.number().positive().max(100).optional(),
    /** Capacity lost per cycle, in %. */
    capacityDecayPerCycle_pct: z.number().positive().optional(),
    /** Number of cycles after which the values were read (count). */
    cycles: z.number().int().positive().optional(),
    /** Cycling rate, in C (1 C charges the full capacity in 1 h). */
    cRate_C: z.number().positive().optional(),
    /** Negative-to-positive areal capacity ratio of the cell (dimensionless), e.g. 3.8 for "3.8:1". */
    npRatio: z.number().positive().optional(),
    /** True for first-cycle values ("initial", "at first cycle"). Absent means false. */
    initial: z.boolean().default(false),
    /** True where the statement hedges the numbers ("about", "almost", "~"). Absent means false. */
    approximate: z.boolean().default(false),
    /** True where the numbers are lower bounds ("over 100 mAh g⁻¹"). Absent means false. */
    lowerBound: z.boolean().default(false),
  })
  .superRefine((result, ctx) => {
    const numbers = ["capacity", "coulombicEfficiency_pct", "capacityRetention_pct", "capacityDecayPerCycle_pct",
      "cycles", "cRate_C", "npRatio"] as const;
    if (!numbers.some((key) => result[key] !== undefined)) {
      ctx.addIssue({ code: "custom", path: [], message: "A result needs at least one number" });
    }
    if (result.capacityKind !== undefined && result.capacity === undefined) {
      ctx.addIssue({ code: "custom", path: ["capacityKind"], message: "Given without a capacity" });
    }
  });

/** One printed full-cell statement (the table separates them with ➤) and the numbers read from it. */
export const fullCellStatementSchema = z.strictObject({
  /** The statement as printed, with Unicode sub- and superscripts. */
  text: z.string().min(5),
  /** Its numbers; empty when the statement is qualitative ("Cycling performance slightly enhanced"). */
  results: z.array(fullCellResultSchema),
});

export const table2RowSchema = z
  .strictObject({
    /** Stable row id, e.g. "ref51-na-carbon-composite". */
    id: rowIdSchema,
    /** Reference number of the cited work in the review. */
    ref: refNumberSchema,
    /** Position of the row in the printed table, from 1; pages sort by it. */
    tableRow: tableRowSchema,
    /** Sodiophilicity regulation strategy as printed, with Unicode sub- and superscripts. */
    strategy: z.string().min(2),
    /** Host family, from the section of the review that discusses the reference (see notes where mixed). */
    hostFamily: z.enum(HOST_FAMILIES),
    /** Liquid electrolyte(s) as printed; ref. 51 lists two, one per condition. */
    electrolytes: z.array(z.string().min(2)).min(1),
    /** Symmetric-cell test conditions in printed order; one all-null condition when every column is "/". */
    conditions: z.array(conditionSchema).min(1),
    /** Cathode of the full cell as printed; null when not reported. */
    cathode: z.string().min(2).nullable(),
    /** Full-cell results, one entry per printed statement; null when not reported. */
    fullCell: z.array(fullCellStatementSchema).min(1).nullable(),
    /** Data notes in our own words, shown to readers with the row. */
    notes: dataNotesSchema,
  })
  .superRefine((row, ctx) => {
    checkIdMatchesRef(row, ctx);
    const several = row.electrolytes.length > 1;
    row.conditions.forEach((condition, i) => {
      const path = ["conditions", i, "electrolyte"];
      if (several && condition.electrolyte === undefined) {
        ctx.addIssue({ code: "custom", path, message: "Required when the row lists several electrolytes" });
      } else if (several && !row.electrolytes.includes(condition.electrolyte!)) {
        ctx.addIssue({ code: "custom", path, message: `Not one of the row's electrolytes: "${condition.electrolyte}"` });
      } else if (!several && condition.electrolyte !== undefined) {
        ctx.addIssue({ code: "custom", path, message: "Only used when the row lists several electrolytes" });
      }
    });
    if ((row.cathode === null) !== (row.fullCell === null)) {
      ctx.addIssue({
        code: "custom",
        path: ["fullCell"],
        message: "Full-cell results and cathode must be both reported or both null",
      });
    }
  });

export type Condition = z.output<typeof conditionSchema>;
export type FullCellResult = z.output<typeof fullCellResultSchema>;
export type FullCellStatement = z.output<typeof fullCellStatementSchema>;
export type Table2Row = z.output<typeof table2RowSchema>;

import { lifespanAsTest, testCapacity_mAh_cm2 } from "../calculators/plating.ts";
import type { Lifespan, Table1Row } from "../schemas/table1.ts";
import { toCsv, type CsvValue } from "./csv.ts";
import { exportMeta, roundForExport } from "./table-export.ts";

/**
 * Table 1 as downloads: CSV with one line per lifespan test (a row without lifespans gives one line with
 * those fields empty) and JSON with the validated rows. Both add the cumulative plated capacity we derive.
 */

/** Cumulative plated capacity we derive for one lifespan test (mAh cm⁻²), and whether it is a lower bound. */
export interface DerivedCapacity {
  /** Current density × duration, in mAh cm⁻²; with several densities, the lowest one is used. */
  value_mAh_cm2: number;
  /** True when the test ran at several current densities, so the value underestimates the charge passed. */
  lowerBound: boolean;
}

/** The capacity a Table 1 lifespan test plated (see plating.ts). */
export function lifespanCapacity(lifespan: Lifespan): DerivedCapacity {
  const value = testCapacity_mAh_cm2(lifespanAsTest(lifespan));
  if (value === null) throw new Error("A lifespan always has a duration and a current density");
  return { value_mAh_cm2: roundForExport(value), lowerBound: lifespan.currentDensities_mA_cm2.length > 1 };
}

/** CSV column names; units follow the last underscore, as in the schema. */
export const TABLE1_CSV_COLUMNS = [
  "tableRow",
  "id",
  "ref",
  "strategy",
  "electrolyteFamily",
  "testingTemperature_C",
  "interfacialResistance_ohm_cm2",
  "resistanceIsTotal",
  "ccd_mA_cm2",
  "ccdApproximate",
  "lifespan_h",
  "lifespanApproximate",
  "lifespanCurrentDensities_mA_cm2",
  "derivedCumulativeCapacity_mAh_cm2",
  "derivedIsLowerBound",
  "notes",
] as const;

/** One CSV record per lifespan test of each row, rows in printed order. */
export function table1Records(rows: readonly Table1Row[]): CsvValue[][] {
  return [...rows]
    .sort((a, b) => a.tableRow - b.tableRow)
    .flatMap((row) => {
      const shared = [
        row.tableRow,
        row.id,
        row.ref,
        row.strategy,
        row.electrolyteFamily,
        row.testingTemperature_C,
        row.interfacialResistance_ohm_cm2,
        row.interfacialResistance_ohm_cm2 === null ? null : row.resistanceIsTotal,
        row.ccd_mA_cm2,
        row.ccd_mA_cm2 === null ? null : row.ccdApproximate,
      ];
      const notes = row.notes.join(" | ");
      if (row.lifespans === null) return [[...shared, null, null, null, null, null, notes]];
      return row.lifespans.map((lifespan) => {
        const derived = lifespanCapacity(lifespan);
        return [
          ...shared,
          lifespan.cycleLife_h,
          lifespan.approximate,
          lifespan.currentDensities_mA_cm2.join(";"),
          derived.value_mAh_cm2,
          derived.lowerBound,
          notes,
        ];
      });
    });
}

/** /data/table1.csv. */
export function table1Csv(rows: readonly Table1Row[]): string {
  return toCsv(TABLE1_CSV_COLUMNS, table1Records(rows));
}

/** /data/table1.json: what the data are, then the rows, each lifespan with its derived capacity. */
export function table1Json(rows: readonly Table1Row[]): string {
  const sorted = [...rows].sort((a, b) => a.tableRow - b.tableRow);
  return `${JSON.stringify(
    {
      ...exportMeta(1, "A numeric field name ends with its unit: _C is °C, _ohm_cm2 is Ω cm², _mA_cm2 is mA cm⁻², _mAh_cm2 is mAh cm⁻², _h is hours"),
      about:
        "Symmetric cells of all-solid-state Na-metal batteries, one entry per row of the review's Table 1. " +
        "Each lifespan carries the cumulative capacity we derive from it (current density × hours); where a " +
        "test ran at several current densities the lowest is used, so that value is a lower bound.",
      rows: sorted.map((row) => ({
        ...row,
        lifespans:
          row.lifespans?.map((lifespan) => {
            const derived = lifespanCapacity(lifespan);
            return {
              ...lifespan,
              derivedCumulativeCapacity_mAh_cm2: derived.value_mAh_cm2,
              derivedIsLowerBound: derived.lowerBound,
            };
          }) ?? null,
      })),
    },
    null,
    2,
  )}\n`;
}

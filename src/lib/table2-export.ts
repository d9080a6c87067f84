import { testCapacity_mAh_cm2 } from "../calculators/plating.ts";
import type { Condition, Table2Row } from "../schemas/table2.ts";
import { toCsv, type CsvValue } from "./csv.ts";
import { exportMeta, roundForExport } from "./table-export.ts";

/**
 * Table 2 as downloads: CSV with one line per symmetric-cell test condition, the row's other fields
 * repeated on each line, and JSON with the validated rows, full-cell numbers included. Both add the
 * cumulative plated capacity we derive for each condition.
 */

/** Current density × cycle life of one condition, in mAh cm⁻²; null when either is not reported. */
export function conditionCapacity_mAh_cm2(condition: Condition): number | null {
  const value = testCapacity_mAh_cm2(condition);
  return value === null ? null : roundForExport(value);
}

/** The electrolyte of one condition: its own when the row lists several, else the row's only one. */
export function conditionElectrolyte(row: Table2Row, condition: Condition): string {
  return condition.electrolyte ?? row.electrolytes.join("; ");
}

/** CSV column names; units follow the last underscore, as in the schema. */
export const TABLE2_CSV_COLUMNS = [
  "tableRow",
  "id",
  "ref",
  "strategy",
  "hostFamily",
  "condition",
  "electrolyte",
  "currentDensity_mA_cm2",
  "arealCapacity_mAh_cm2",
  "overpotential_mV",
  "cycleLife_h",
  "derivedCumulativeCapacity_mAh_cm2",
  "cathode",
  "fullCell",
  "notes",
] as const;

/** One CSV record per condition of each row, rows in printed order; `condition` counts from 1 within a row. */
export function table2Records(rows: readonly Table2Row[]): CsvValue[][] {
  return [...rows]
    .sort((a, b) => a.tableRow - b.tableRow)
    .flatMap((row) =>
      row.conditions.map((condition, i) => [
        row.tableRow,
        row.id,
        row.ref,
        row.strategy,
        row.hostFamily,
        i + 1,
        conditionElectrolyte(row, condition),
        condition.currentDensity_mA_cm2,
        condition.arealCapacity_mAh_cm2,
        condition.overpotential_mV,
        condition.cycleLife_h,
        conditionCapacity_mAh_cm2(condition),
        row.cathode,
        row.fullCell?.map((s) => s.text).join(" | ") ?? null,
        row.notes.join(" | "),
      ]),
    );
}

/** /data/table2.csv. */
export function table2Csv(rows: readonly Table2Row[]): string {
  return toCsv(TABLE2_CSV_COLUMNS, table2Records(rows));
}

/** /data/table2.json: what the data are, then the rows, each condition with its derived capacity. */
export function table2Json(rows: readonly Table2Row[]): string {
  const sorted = [...rows].sort((a, b) => a.tableRow - b.tableRow);
  return `${JSON.stringify(
    {
      ...exportMeta(
        2,
        "A numeric field name ends with its unit: _mA_cm2 is mA cm⁻², _mAh_cm2 is mAh cm⁻², _mV is mV, _h is hours, " +
          "_pct is %, _C is a C-rate (1 C charges the cell in one hour); a full-cell capacity states its own unit",
      ),
      about:
        "Na-metal anodes in liquid electrolytes, one entry per row of the review's Table 2. Each " +
        "symmetric-cell condition carries the cumulative capacity we derive from it (current density × " +
        "cycle life); each full-cell statement is kept as printed, with the numbers we read from it.",
      rows: sorted.map((row) => ({
        ...row,
        conditions: row.conditions.map((condition) => ({
          ...condition,
          derivedCumulativeCapacity_mAh_cm2: conditionCapacity_mAh_cm2(condition),
        })),
      })),
    },
    null,
    2,
  )}\n`;
}

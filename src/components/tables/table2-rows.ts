import { numberNotes } from "../../lib/data-notes.ts";
import { conditionCapacity_mAh_cm2 } from "../../lib/table2-export.ts";
import type { Table2Row } from "../../schemas/table2.ts";
import type { DisplayRow } from "./DataTable.tsx";

/** Table 2's rows reduced to what its table shows, derived capacities included; the island's props. */

/** One symmetric-cell condition as the table shows it; null where not reported. */
export interface ConditionCell {
  /** Current density, in mA cm⁻². */
  j_mA_cm2: number | null;
  /** Areal capacity per half-cycle, in mAh cm⁻². */
  q_mAh_cm2: number | null;
  /** Overpotential, in mV. */
  overpotential_mV: number | null;
  /** Cycle life, in h. */
  h: number | null;
  /** Derived cumulative plated capacity, in mAh cm⁻². */
  capacity_mAh_cm2: number | null;
}

export interface Table2DisplayRow extends DisplayRow {
  /** Electrolytes: one, or one per condition when the row lists several. */
  electrolytes: string[];
  /** Conditions in printed order. */
  conditions: ConditionCell[];
  /** Cathode of the full cell; null when not reported. */
  cathode: string | null;
  /** Full-cell statements as printed; null when not reported. */
  fullCell: string[] | null;
}

/** The rows in printed order, with their note numbers from `numberNotes`. */
export function table2DisplayRows(rows: readonly Table2Row[]): Table2DisplayRow[] {
  const sorted = [...rows].sort((a, b) => a.tableRow - b.tableRow);
  const { byRow } = numberNotes(sorted);
  return sorted.map((row) => ({
    id: row.id,
    ref: row.ref,
    order: row.tableRow,
    strategy: row.strategy,
    family: row.hostFamily,
    notes: byRow.get(row.id) ?? [],
    electrolytes:
      row.electrolytes.length > 1 ? row.conditions.map((c) => c.electrolyte ?? "") : [...row.electrolytes],
    conditions: row.conditions.map((c) => ({
      j_mA_cm2: c.currentDensity_mA_cm2,
      q_mAh_cm2: c.arealCapacity_mAh_cm2,
      overpotential_mV: c.overpotential_mV,
      h: c.cycleLife_h,
      capacity_mAh_cm2: conditionCapacity_mAh_cm2(c),
    })),
    cathode: row.cathode,
    fullCell: row.fullCell?.map((s) => s.text) ?? null,
  }));
}

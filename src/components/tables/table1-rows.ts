import { numberNotes } from "../../lib/data-notes.ts";
import { lifespanCapacity } from "../../lib/table1-export.ts";
import type { Table1Row } from "../../schemas/table1.ts";
import type { DisplayRow } from "./DataTable.tsx";

/** Table 1's rows reduced to what its table shows, derived capacities included; the island's props. */

/** One lifespan test as the table shows it. */
export interface LifespanCell {
  /** Duration, in h. */
  h: number;
  /** Current densities it ran at, in mA cm⁻². */
  j_mA_cm2: number[];
  /** Duration printed with "~". */
  approximate: boolean;
  /** Derived cumulative plated capacity, in mAh cm⁻². */
  capacity_mAh_cm2: number;
  /** True when the capacity is a lower bound (several current densities). */
  lowerBound: boolean;
}

export interface Table1DisplayRow extends DisplayRow {
  /** Testing temperature, in °C. */
  temperature_C: number;
  /** Interfacial (or, when `resistanceIsTotal`, total) resistance, in Ω cm²; null when not reported. */
  resistance_ohm_cm2: number | null;
  resistanceIsTotal: boolean;
  /** Critical current density, in mA cm⁻²; null when not reported. */
  ccd_mA_cm2: number | null;
  ccdApproximate: boolean;
  /** Lifespan tests in printed order; empty when not reported. */
  lifespans: LifespanCell[];
}

/** The rows in printed order, with their note numbers from `numberNotes`. */
export function table1DisplayRows(rows: readonly Table1Row[]): Table1DisplayRow[] {
  const sorted = [...rows].sort((a, b) => a.tableRow - b.tableRow);
  const { byRow } = numberNotes(sorted);
  return sorted.map((row) => ({
    id: row.id,
    ref: row.ref,
    order: row.tableRow,
    strategy: row.strategy,
    family: row.electrolyteFamily,
    notes: byRow.get(row.id) ?? [],
    temperature_C: row.testingTemperature_C,
    resistance_ohm_cm2: row.interfacialResistance_ohm_cm2,
    resistanceIsTotal: row.resistanceIsTotal,
    ccd_mA_cm2: row.ccd_mA_cm2,
    ccdApproximate: row.ccdApproximate,
    lifespans: (row.lifespans ?? []).map((lifespan) => {
      const derived = lifespanCapacity(lifespan);
      return {
        h: lifespan.cycleLife_h,
        j_mA_cm2: lifespan.currentDensities_mA_cm2,
        approximate: lifespan.approximate,
        capacity_mAh_cm2: derived.value_mAh_cm2,
        lowerBound: derived.lowerBound,
      };
    }),
  }));
}

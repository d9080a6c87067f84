/**
 * What the reader's cell means next to the review's tables, in a few sentences: how its numbers rank
 * among the reported ones and where it stands against the practical CCD target (Table 1) or this
 * edition's benchmark region (Table 2). Counts only; no judgement beyond the stated thresholds.
 */
import {
  BENCHMARK_AREAL_CAPACITY_mAh_cm2,
  BENCHMARK_CURRENT_DENSITY_mA_cm2,
  PRACTICAL_CCD_mA_cm2,
} from "../calculators/constants.ts";
import { withUnit } from "./axis.ts";
import { numberOf, type CellValue } from "./points.ts";

/** The reported values a Table 1 cell is compared with. */
export interface Table1Numbers {
  /** Every resistance Table 1 reports, in Ω cm². */
  resistances_ohm_cm2: number[];
  /** Every critical current density Table 1 reports, in mA cm⁻². */
  ccds_mA_cm2: number[];
}

/** The reported values a Table 2 cell is compared with. */
export interface Table2Numbers {
  /** Cumulative plated capacity of each strategy's best test, in mAh cm⁻². */
  cumulative_mAh_cm2: number[];
}

/** Sentences about a Table 1 cell; empty when it has neither a resistance nor a CCD. */
export function summarizeTable1(cell: Record<string, CellValue> | null, table: Table1Numbers): string[] {
  const out: string[] = [];
  const r = numberOf(cell, "interfacialResistance_ohm_cm2", true);
  const ccd = numberOf(cell, "ccd_mA_cm2", true);
  if (r !== null) {
    const higher = table.resistances_ohm_cm2.filter((v) => v > r).length;
    out.push(`Your resistance, ${withUnit(r, "Ω cm²")}, is lower than ${higher} of the ${table.resistances_ohm_cm2.length} resistances in Table 1.`);
  }
  if (ccd !== null) {
    const lower = table.ccds_mA_cm2.filter((v) => v < ccd).length;
    const target = ccd >= PRACTICAL_CCD_mA_cm2 ? "reaches" : "falls short of";
    out.push(
      `Your CCD, ${withUnit(ccd, "mA cm⁻²")}, ${target} the practical target of about ${withUnit(PRACTICAL_CCD_mA_cm2, "mA cm⁻²")} ` +
        `and is higher than ${lower} of the ${table.ccds_mA_cm2.length} CCDs in Table 1.`,
    );
  }
  return out;
}

/** Sentences about a Table 2 cell; empty when it lacks the values each sentence needs. */
export function summarizeTable2(cell: Record<string, CellValue> | null, table: Table2Numbers): string[] {
  const out: string[] = [];
  const j = numberOf(cell, "currentDensity_mA_cm2", true);
  const q = numberOf(cell, "arealCapacity_mAh_cm2", true);
  const total = numberOf(cell, "cumulativeCapacity_mAh_cm2", true);
  if (j !== null && q !== null) {
    const short = [
      j < BENCHMARK_CURRENT_DENSITY_mA_cm2 ? "current density" : "",
      q < BENCHMARK_AREAL_CAPACITY_mAh_cm2 ? "areal capacity" : "",
    ].filter(Boolean);
    out.push(
      short.length === 0
        ? "Your test lies inside this edition's benchmark region."
        : `Your test lies outside this edition's benchmark region: its ${short.join(" and ")} ${short.length > 1 ? "are" : "is"} below it.`,
    );
  }
  if (total !== null) {
    const rank = table.cumulative_mAh_cm2.filter((v) => v > total).length + 1;
    out.push(
      `It plated ${withUnit(total, "mAh cm⁻²")} over its life (current density × cycle life), ` +
        `which ranks ${rank} of ${table.cumulative_mAh_cm2.length + 1} next to each strategy's best test.`,
    );
  }
  return out;
}

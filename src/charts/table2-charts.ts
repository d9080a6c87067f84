/**
 * The three charts of Table 2 (Na-metal anodes in liquid electrolytes), reduced from the table's rows to
 * the small arrays the chart islands receive: one point per symmetric-cell test condition for current
 * density against areal capacity and against overpotential, and one bar per strategy for the cumulative
 * capacity plated by its best test (j × t, from src/calculators/plating.ts).
 */
import { BENCHMARK_AREAL_CAPACITY_mAh_cm2, BENCHMARK_CURRENT_DENSITY_mA_cm2 } from "../calculators/constants.ts";
import { bestTest, testCapacity_mAh_cm2 } from "../calculators/plating.ts";
import type { Table2Row } from "../schemas/table2.ts";
import type { BarChartProps, ScatterChartProps } from "./chart-meta.ts";
import type { Column, ChartDataset, ChartPoint, SeriesDef } from "./points.ts";

export const TABLE2_SERIES: SeriesDef[] = [
  { key: "carbon", label: "Carbon hosts" },
  { key: "alloy", label: "Alloy hosts" },
  { key: "metal-mxene", label: "Metal and MXene hosts" },
];

const TEST_COLUMNS: Column[] = [
  { key: "currentDensity_mA_cm2", label: "Current density", unit: "mA cm⁻²" },
  { key: "arealCapacity_mAh_cm2", label: "Areal capacity", unit: "mAh cm⁻²" },
  { key: "overpotential_mV", label: "Overpotential", unit: "mV" },
  { key: "cycleLife_h", label: "Cycle life", unit: "h" },
  { key: "cumulativeCapacity_mAh_cm2", label: "Cumulative plated capacity", unit: "mAh cm⁻²" },
];

const byRow = (rows: readonly Table2Row[]) => [...rows].sort((a, b) => a.tableRow - b.tableRow);

/** One point per test condition; a row whose columns are all "/" gives one point without values. */
export function conditionDataset(rows: readonly Table2Row[]): ChartDataset {
  const points = byRow(rows).flatMap((row) =>
    row.conditions.map((c, i): ChartPoint => ({
      id: row.conditions.length > 1 ? `${row.id}-${i + 1}` : row.id,
      ref: row.ref,
      strategy: row.strategy,
      series: row.hostFamily,
      values: {
        electrolyte: c.electrolyte ?? row.electrolytes.join("; "),
        currentDensity_mA_cm2: c.currentDensity_mA_cm2,
        arealCapacity_mAh_cm2: c.arealCapacity_mAh_cm2,
        overpotential_mV: c.overpotential_mV,
        cycleLife_h: c.cycleLife_h,
        cumulativeCapacity_mAh_cm2: testCapacity_mAh_cm2(c),
      },
    })),
  );
  return { columns: [{ key: "electrolyte", label: "Electrolyte" }, ...TEST_COLUMNS], series: TABLE2_SERIES, points };
}

/** One point per strategy: the test that plated the most (j × t); no values when no test reports both. */
export function cumulativeDataset(rows: readonly Table2Row[]): ChartDataset {
  const points = byRow(rows).map((row): ChartPoint => {
    const best = bestTest(row.conditions);
    const tests = row.conditions.filter((c) => testCapacity_mAh_cm2(c) !== null).length;
    return {
      id: row.id,
      ref: row.ref,
      strategy: row.strategy,
      series: row.hostFamily,
      values: {
        cumulativeCapacity_mAh_cm2: best ? testCapacity_mAh_cm2(best) : null,
        currentDensity_mA_cm2: best?.currentDensity_mA_cm2 ?? null,
        arealCapacity_mAh_cm2: best?.arealCapacity_mAh_cm2 ?? null,
        overpotential_mV: best?.overpotential_mV ?? null,
        cycleLife_h: best?.cycleLife_h ?? null,
      },
      ...(tests > 1 ? { note: `the best of ${tests} tests` } : {}),
    };
  });
  const [j, q, eta, t, cumulative] = TEST_COLUMNS;
  return { columns: [cumulative, j, q, eta, t], series: TABLE2_SERIES, points };
}

/** The three Table 2 charts, ready to hand to the islands. */
export function table2Charts(rows: readonly Table2Row[]): { capacity: ScatterChartProps; overpotential: ScatterChartProps; cumulative: BarChartProps } {
  const conditions = conditionDataset(rows);
  const j = BENCHMARK_CURRENT_DENSITY_mA_cm2;
  const q = BENCHMARK_AREAL_CAPACITY_mAh_cm2;
  return {
    capacity: {
      id: "current-vs-capacity",
      table: 2,
      title: "Current density against areal capacity of the symmetric-cell tests, Table 2",
      description:
        "One mark per symmetric-cell test in Table 2, both axes on log scales. Across: current density; up: areal capacity per half-cycle; " +
        `mark area grows with cycle life. The shaded corner (at least ${j} mA cm⁻² and ${q} mAh cm⁻²) is this edition's benchmark, an estimate of common targets for practical metal anodes. ` +
        "Tests at the same conditions are spread in a small cluster around their shared point; tests without an areal capacity sit in the strip below.",
      config: {
        x: { key: "currentDensity_mA_cm2", name: "Current density", unit: "mA cm⁻²", scale: "log" },
        y: { key: "arealCapacity_mAh_cm2", name: "Areal capacity", unit: "mAh cm⁻²", scale: "log", missing: ["No capacity", "reported"] },
        size: { key: "cycleLife_h", name: "Cycle life", unit: "h" },
        labelKeys: ["currentDensity_mA_cm2", "arealCapacity_mAh_cm2", "cycleLife_h", "electrolyte"],
        region: { x: j, y: q, label: ["This edition's benchmark", `≥ ${j} mA cm⁻², ≥ ${q} mAh cm⁻²`] },
        dataset: conditions,
      },
    },
    overpotential: {
      id: "overpotential-vs-current",
      table: 2,
      title: "Overpotential against current density of the symmetric-cell tests, Table 2",
      description:
        "One mark per symmetric-cell test in Table 2, both axes on log scales. Across: current density; up: overpotential (voltage hysteresis). " +
        "Tests at the same conditions are spread in a small cluster around their shared point.",
      config: {
        x: { key: "currentDensity_mA_cm2", name: "Current density", unit: "mA cm⁻²", scale: "log" },
        y: { key: "overpotential_mV", name: "Overpotential", unit: "mV", scale: "log" },
        labelKeys: ["currentDensity_mA_cm2", "overpotential_mV", "arealCapacity_mAh_cm2", "electrolyte"],
        dataset: conditions,
      },
    },
    cumulative: {
      id: "cumulative-capacity",
      table: 2,
      title: "Cumulative plated capacity of each strategy's best test, ranked, Table 2",
      description:
        "One bar per strategy in Table 2, longest first: the capacity its best symmetric-cell test plated over its life, current density times cycle life, on a log scale " +
        "(on a log axis the bars start at the axis minimum, not at zero).",
      config: {
        value: { key: "cumulativeCapacity_mAh_cm2", name: "Cumulative plated capacity", unit: "mAh cm⁻²", scale: "log" },
        labelKeys: ["currentDensity_mA_cm2", "cycleLife_h"],
        dataset: cumulativeDataset(rows),
      },
    },
  };
}

/**
 * The two charts of Table 1 (all-solid-state Na|solid-electrolyte symmetric cells), reduced from the
 * table's rows to the small arrays the chart islands receive: one point per row for resistance against
 * critical current density, one point per lifespan statement for lifespan against current density.
 */
import { PRACTICAL_CCD_mA_cm2 } from "../calculators/constants.ts";
import { lifespanAsTest } from "../calculators/plating.ts";
import type { Table1Row } from "../schemas/table1.ts";
import type { ScatterChartProps } from "./chart-meta.ts";
import type { ChartDataset, ChartPoint, SeriesDef } from "./points.ts";

export const TABLE1_SERIES: SeriesDef[] = [
  { key: "NZSP", label: "NASICON (NZSP)" },
  { key: "BASE", label: "β″-alumina (BASE)" },
];

const byRow = (rows: readonly Table1Row[]) => [...rows].sort((a, b) => a.tableRow - b.tableRow);

/** One point per row: interfacial resistance and critical current density, with the testing temperature. */
export function resistanceDataset(rows: readonly Table1Row[]): ChartDataset {
  return {
    columns: [
      { key: "interfacialResistance_ohm_cm2", label: "Interfacial resistance", unit: "Ω cm²" },
      { key: "ccd_mA_cm2", label: "CCD", unit: "mA cm⁻²" },
      { key: "testingTemperature_C", label: "Testing temperature", unit: "°C" },
      { key: "electrolyteFamily", label: "Electrolyte family" },
      { key: "resistanceIsTotal", label: "Resistance is of the whole cell" },
      { key: "ccdApproximate", label: "CCD printed as approximate" },
    ],
    series: TABLE1_SERIES,
    points: byRow(rows).map((row): ChartPoint => ({
      id: row.id,
      ref: row.ref,
      strategy: row.strategy,
      series: row.electrolyteFamily,
      values: {
        interfacialResistance_ohm_cm2: row.interfacialResistance_ohm_cm2,
        ccd_mA_cm2: row.ccd_mA_cm2,
        testingTemperature_C: row.testingTemperature_C,
        electrolyteFamily: row.electrolyteFamily,
        resistanceIsTotal: row.resistanceIsTotal,
        ccdApproximate: row.ccdApproximate,
      },
      ...(row.resistanceIsTotal ? { hollow: true, note: "total cell resistance, drawn hollow" } : {}),
    })),
  };
}

/**
 * One point per lifespan statement, at its lowest current density (as src/calculators/plating.ts reads
 * a test run at several); the highest is kept so the chart can draw the range. A row without any
 * lifespan gives one point with no values, which the chart lists apart.
 */
export function lifespanDataset(rows: readonly Table1Row[]): ChartDataset {
  const points = byRow(rows).flatMap((row): ChartPoint[] => {
    const common = { ref: row.ref, strategy: row.strategy, series: row.electrolyteFamily };
    if (row.lifespans === null) {
      return [{ ...common, id: row.id, values: { currentDensity_mA_cm2: null, currentDensityHighest_mA_cm2: null, cycleLife_h: null, testingTemperature_C: row.testingTemperature_C } }];
    }
    return row.lifespans.map((lifespan, i) => {
      const densities = lifespan.currentDensities_mA_cm2;
      const several = densities.length > 1;
      return {
        ...common,
        id: `${row.id}-${i + 1}`,
        values: {
          currentDensity_mA_cm2: lifespanAsTest(lifespan).currentDensity_mA_cm2,
          currentDensityHighest_mA_cm2: several ? Math.max(...densities) : null,
          cycleLife_h: lifespan.cycleLife_h,
          testingTemperature_C: row.testingTemperature_C,
        },
        ...(several || lifespan.approximate
          ? { note: [several ? `one test at ${densities.join(" and ")} mA cm⁻², drawn as a range` : "", lifespan.approximate ? "lifespan printed as approximate" : ""].filter(Boolean).join("; ") }
          : {}),
      };
    });
  });
  return {
    columns: [
      { key: "cycleLife_h", label: "Lifespan", unit: "h" },
      { key: "currentDensity_mA_cm2", label: "Current density", unit: "mA cm⁻²" },
      { key: "currentDensityHighest_mA_cm2", label: "Highest current density of the same test", unit: "mA cm⁻²" },
      { key: "testingTemperature_C", label: "Testing temperature", unit: "°C" },
    ],
    series: TABLE1_SERIES,
    points,
  };
}

/** Both Table 1 charts, ready to hand to the islands. */
export function table1Charts(rows: readonly Table1Row[]): { resistance: ScatterChartProps; lifespan: ScatterChartProps } {
  return {
    resistance: {
      id: "resistance-vs-ccd",
      table: 1,
      title: "Interfacial resistance against critical current density, Table 1",
      description:
        "One mark per row of Table 1. Across: critical current density; up: Na|electrolyte interfacial resistance on a log scale. " +
        `A dashed line marks the practical target of about ${PRACTICAL_CCD_mA_cm2} mA cm⁻². Rows without a reported CCD sit in the strip on the right, ` +
        "rows without a resistance in the strip below. Hollow marks give a whole-cell resistance.",
      config: {
        x: { key: "ccd_mA_cm2", name: "Critical current density", unit: "mA cm⁻²", scale: "linear", missing: ["No CCD", "reported"] },
        y: { key: "interfacialResistance_ohm_cm2", name: "Interfacial resistance", unit: "Ω cm²", scale: "log", missing: ["No resistance", "reported"] },
        labelKeys: ["interfacialResistance_ohm_cm2", "ccd_mA_cm2", "testingTemperature_C"],
        xReference: { value: PRACTICAL_CCD_mA_cm2, label: `Practical target ≈ ${PRACTICAL_CCD_mA_cm2} mA cm⁻²` },
        dataset: resistanceDataset(rows),
      },
    },
    lifespan: {
      id: "lifespan-vs-current",
      table: 1,
      title: "Symmetric-cell lifespan against current density, Table 1",
      description:
        "One mark per lifespan reported in Table 1 (a row can report two). Across: current density; up: how long the symmetric cell cycled, on a log scale. " +
        "A test run at two current densities is drawn at the lower one with a line reaching to the higher.",
      config: {
        x: { key: "currentDensity_mA_cm2", name: "Current density", unit: "mA cm⁻²", scale: "linear" },
        y: { key: "cycleLife_h", name: "Lifespan", unit: "h", scale: "log" },
        xUpperKey: "currentDensityHighest_mA_cm2",
        labelKeys: ["cycleLife_h", "currentDensity_mA_cm2", "testingTemperature_C"],
        dataset: lifespanDataset(rows),
      },
    },
  };
}

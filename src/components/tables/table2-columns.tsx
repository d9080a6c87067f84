import type { Column, FamilyOption } from "./DataTable.tsx";
import { NotReported, NoteMarks, Num, RefLink, Text, reported } from "./cells.tsx";
import type { ConditionCell, Table2DisplayRow } from "./table2-rows.ts";

/** Columns of Table 2 (Na-metal anodes in liquid electrolytes): one line per test condition. */

export const table2Families: FamilyOption[] = [
  { value: "carbon", label: "carbon" },
  { value: "alloy", label: "alloy" },
  { value: "metal-mxene", label: "metal–MXene" },
];

const FAMILY_LABELS = new Map(table2Families.map((f) => [f.value, f.label]));

/** A numeric column with one value per condition. */
function conditionColumn(
  key: string,
  header: string,
  unit: string,
  pick: (c: ConditionCell) => number | null,
): Column<Table2DisplayRow> {
  return {
    key,
    header,
    unit,
    numeric: true,
    sortValue: (row) => reported(row.conditions.map(pick)),
    cells: (row) => row.conditions.map((c) => <Num value={pick(c)} />),
  };
}

export const table2Columns: Column<Table2DisplayRow>[] = [
  {
    key: "strategy",
    header: "Strategy / host",
    rowHeader: true,
    class: "col-strategy",
    sortValue: (row) => row.strategy,
    cells: (row, { tableId }) => [
      <>
        {row.strategy}
        <NoteMarks notes={row.notes} tableId={tableId} />
      </>,
    ],
  },
  {
    key: "family",
    header: "Host family",
    sortValue: (row) => FAMILY_LABELS.get(row.family) ?? row.family,
    cells: (row) => [<>{FAMILY_LABELS.get(row.family) ?? row.family}</>],
  },
  {
    key: "electrolyte",
    header: "Electrolyte",
    class: "col-electrolyte",
    sortValue: (row) => row.electrolytes.join("; "),
    cells: (row) => row.electrolytes.map((e) => <>{e}</>),
  },
  conditionColumn("currentDensity", "Current density", "mA cm⁻²", (c) => c.j_mA_cm2),
  conditionColumn("arealCapacity", "Areal capacity", "mAh cm⁻²", (c) => c.q_mAh_cm2),
  conditionColumn("overpotential", "Overpotential", "mV", (c) => c.overpotential_mV),
  conditionColumn("cycleLife", "Cycle life", "h", (c) => c.h),
  conditionColumn("capacity", "Cumulative capacity, derived", "mAh cm⁻²", (c) => c.capacity_mAh_cm2),
  {
    key: "cathode",
    header: "Cathode",
    class: "col-cathode",
    sortValue: (row) => row.cathode,
    cells: (row) => [<Text value={row.cathode} />],
  },
  {
    key: "fullCell",
    header: "Full-cell result",
    class: "col-fullcell",
    cells: (row) => [
      row.fullCell === null ? (
        <NotReported />
      ) : row.fullCell.length === 1 ? (
        <>{row.fullCell[0]}</>
      ) : (
        <ul class="cell-list">
          {row.fullCell.map((s) => (
            <li>{s}</li>
          ))}
        </ul>
      ),
    ],
  },
  {
    key: "ref",
    header: "Ref.",
    numeric: true,
    sortValue: (row) => row.ref,
    cells: (row, { root }) => [<RefLink n={row.ref} root={root} />],
  },
];

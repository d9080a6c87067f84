import type { Column, FamilyOption } from "./DataTable.tsx";
import { AtLeast, Approx, NotReported, NoteMarks, Num, RefLink } from "./cells.tsx";
import type { Table1DisplayRow } from "./table1-rows.ts";

/** Columns of Table 1 (all-solid-state symmetric cells), in printed order plus our derived capacity. */

export const table1Families: FamilyOption[] = [
  { value: "NZSP", label: "NZSP (NASICON)" },
  { value: "BASE", label: "BASE (β″-alumina)" },
];

const FAMILY_TITLES: Record<string, string> = {
  NZSP: "NASICON-type Na₃Zr₂Si₂PO₁₂ and its doped variants",
  BASE: "β″-alumina solid electrolyte",
};

export const table1Columns: Column<Table1DisplayRow>[] = [
  {
    key: "strategy",
    header: "Strategy",
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
    header: "Electrolyte",
    sortValue: (row) => row.family,
    cells: (row) => [<abbr title={FAMILY_TITLES[row.family]}>{row.family}</abbr>],
  },
  {
    key: "temperature",
    header: "Testing temperature",
    unit: "°C",
    numeric: true,
    sortValue: (row) => row.temperature_C,
    cells: (row) => [<Num value={row.temperature_C} />],
  },
  {
    key: "resistance",
    header: "Interfacial resistance",
    unit: "Ω cm²",
    numeric: true,
    sortValue: (row) => row.resistance_ohm_cm2,
    cells: (row) => [
      <>
        <Num value={row.resistance_ohm_cm2} />
        {row.resistanceIsTotal && (
          <>
            {" "}
            <span class="tag" title="resistance of the whole cell, not of the interface alone">
              total
            </span>
          </>
        )}
      </>,
    ],
  },
  {
    key: "ccd",
    header: <abbr title="critical current density">CCD</abbr>,
    unit: "mA cm⁻²",
    numeric: true,
    sortValue: (row) => row.ccd_mA_cm2,
    cells: (row) => [<Num value={row.ccd_mA_cm2} approx={row.ccdApproximate} />],
  },
  {
    key: "lifespan",
    header: "Symmetric-cell lifespan",
    unit: "h at mA cm⁻²",
    numeric: true,
    class: "col-lifespan",
    sortValue: (row) => row.lifespans.map((l) => l.h),
    cells: (row) =>
      row.lifespans.length === 0
        ? [<NotReported />]
        : row.lifespans.map((l) => (
            <>
              {l.approximate && <Approx />}
              {l.h} at {l.j_mA_cm2.join("/")}
            </>
          )),
  },
  {
    key: "capacity",
    header: "Cumulative capacity, derived",
    unit: "mAh cm⁻²",
    numeric: true,
    sortValue: (row) => row.lifespans.map((l) => l.capacity_mAh_cm2),
    cells: (row) =>
      row.lifespans.length === 0
        ? [<NotReported />]
        : row.lifespans.map((l) => (
            <>
              {l.lowerBound && <AtLeast />}
              {l.approximate && <Approx />}
              {l.capacity_mAh_cm2}
            </>
          )),
  },
  {
    key: "ref",
    header: "Ref.",
    numeric: true,
    sortValue: (row) => row.ref,
    cells: (row, { root }) => [<RefLink n={row.ref} root={root} />],
  },
];

import { DataTable } from "./DataTable.tsx";
import { table1Columns, table1Families } from "./table1-columns.tsx";
import type { Table1DisplayRow } from "./table1-rows.ts";

interface Props {
  rows: Table1DisplayRow[];
  /** Site root from url(); see DataTable. */
  root: string;
  /** Caption after "Table 1.". */
  caption: string;
}

/** Table 1 as an island: the generic table with Table 1's columns. */
export default function Table1Island({ rows, root, caption }: Props) {
  return (
    <DataTable
      columns={table1Columns}
      rows={rows}
      tableId="table-1"
      label="Table 1."
      caption={caption}
      familyLegend="Electrolyte family"
      families={table1Families}
      root={root}
      file="table1"
    />
  );
}

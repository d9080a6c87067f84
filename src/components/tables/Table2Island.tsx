import { DataTable } from "./DataTable.tsx";
import { table2Columns, table2Families } from "./table2-columns.tsx";
import type { Table2DisplayRow } from "./table2-rows.ts";

interface Props {
  rows: Table2DisplayRow[];
  /** Site root from url(); see DataTable. */
  root: string;
  /** Caption after "Table 2.". */
  caption: string;
}

/** Table 2 as an island: the generic table with Table 2's columns. */
export default function Table2Island({ rows, root, caption }: Props) {
  return (
    <DataTable
      columns={table2Columns}
      rows={rows}
      tableId="table-2"
      label="Table 2."
      caption={caption}
      familyLegend="Host family"
      families={table2Families}
      root={root}
      file="table2"
    />
  );
}

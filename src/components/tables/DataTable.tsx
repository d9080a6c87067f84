import type { ComponentChild, ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { csvOfRows, jsonOfRows } from "../../lib/table-export.ts";
import {
  countLabel,
  nextSort,
  readTableView,
  visibleRows,
  writeTableView,
  type FilterState,
  type SortState,
  type SortValue,
} from "../../lib/table-view.ts";
import { saveText } from "../charts/download.ts";

/**
 * One sortable, filterable data table, driven by column definitions (table1-columns.tsx, table2-columns.tsx).
 * The server renders the complete table in printed order; after hydration the column headers become sort
 * buttons and the filter controls appear. A row with several test conditions is a <tbody> with one line
 * per condition; cells that hold one value for the whole row span its lines. The sort and filters live in
 * the URL (readTableView), so a link reopens the same view, and the rows shown can be downloaded alone.
 */

/** What every row passed to the table carries, besides its columns' data. */
export interface DisplayRow {
  /** Row id from the data file; also the row's anchor (`<tableId>-<id>`). */
  id: string;
  /** Reference number. */
  ref: number;
  /** Position in the printed table, from 1. */
  order: number;
  /** Strategy, as printed; the text filter searches it. */
  strategy: string;
  /** Family value the family filter uses. */
  family: string;
  /** Numbers of the row's data notes in the list under the table. */
  notes: number[];
}

/** What a cell may need besides its row. */
export interface CellContext {
  /** URL of the site root, relative to the page ("../"), for reference links. */
  root: string;
  /** The table's anchor id ("table-1"), which prefixes note and row anchors. */
  tableId: string;
}

export interface Column<R> {
  /** Sort key, unique within the table. */
  key: string;
  /** Header text. */
  header: ComponentChildren;
  /** Unit, shown in parentheses under the header. */
  unit?: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** The cell that names the row for screen readers (a <th>). */
  rowHeader?: boolean;
  /** Extra class on the column's cells, for widths. */
  class?: string;
  /** What the column sorts by; absent for columns that are not sortable. */
  sortValue?: (row: R) => SortValue;
  /** One cell spanning all the row's lines, or one per line. */
  cells: (row: R, context: CellContext) => ComponentChild[];
}

export interface FamilyOption {
  value: string;
  label: string;
}

export interface DataTableProps<R extends DisplayRow> {
  columns: Column<R>[];
  rows: R[];
  /** Anchor id of the table ("table-1"); prefixes control, note and row ids. */
  tableId: string;
  /** Numbered label, e.g. "Table 1." */
  label: string;
  /** Caption text after the label. */
  caption: string;
  /** Legend of the family filter, e.g. "Electrolyte family". */
  familyLegend: string;
  families: FamilyOption[];
  /** Site root as the server wrote it; replaced after hydration by the page-relative one (see below). */
  root: string;
  /** Name of the table's downloads under data/ ("table1" for data/table1.csv and .json). */
  file: string;
}

export function DataTable<R extends DisplayRow>(props: DataTableProps<R>) {
  const { columns, rows, tableId, families } = props;
  const allFamilies = families.map((f) => f.value);
  const [interactive, setInteractive] = useState(false);
  const [root, setRoot] = useState(props.root);
  const [sort, setSort] = useState<SortState | null>(null);
  const [filter, setFilter] = useState<FilterState>({ families: allFamilies, text: "" });
  const frame = useRef<HTMLElement>(null);

  useEffect(() => {
    // The props carry the root as built; the page's own links were made relative after the build, and the
    // wrapper's data-root attribute with them, so links rendered from now on follow the same form.
    const built = frame.current?.closest("[data-root]")?.getAttribute("data-root");
    if (built) setRoot(built);
    const view = readTableView(location.search, tableId, sortKeys, allFamilies);
    setSort(view.sort);
    setFilter(view.filter);
    setInteractive(true);
  }, []);

  useEffect(() => {
    if (!interactive) return;
    const query = writeTableView(location.search, tableId, { sort, filter }, allFamilies);
    if (query !== location.search) history.replaceState(history.state, "", `${location.pathname}${query}${location.hash}`);
  }, [interactive, sort, filter]);

  const byKey = useMemo(() => new Map(columns.map((c) => [c.key, c])), [columns]);
  const sortKeys = columns.filter((c) => c.sortValue).map((c) => c.key);
  const shown = visibleRows(
    rows,
    filter,
    sort,
    (row, key) => byKey.get(key)?.sortValue?.(row) ?? null,
    (row) => row.order,
  );
  const context: CellContext = { root, tableId };
  const isDefault = sort === null && filter.text === "" && filter.families.length === allFamilies.length;

  const toggleFamily = (value: string, on: boolean) =>
    setFilter((f) => ({
      ...f,
      families: on ? allFamilies.filter((v) => v === value || f.families.includes(v)) : f.families.filter((v) => v !== value),
    }));

  const captionId = `${tableId}-caption`;
  return (
    <figure class="data-table" ref={frame}>
      {/* Outside the scrolling box, so a narrow screen shows the whole caption. */}
      <figcaption id={captionId}>
        <span class="table-label">{props.label}</span> {props.caption}
      </figcaption>
      {interactive && (
        <div class="table-controls">
          <fieldset>
            <legend>{props.familyLegend}</legend>
            {families.map((f) => (
              <label key={f.value}>
                <input
                  type="checkbox"
                  name={`${tableId}-family`}
                  value={f.value}
                  checked={filter.families.includes(f.value)}
                  onChange={(e) => toggleFamily(f.value, e.currentTarget.checked)}
                />{" "}
                {f.label}
              </label>
            ))}
          </fieldset>
          <div class="table-filter">
            <label for={`${tableId}-filter`}>Strategy contains</label>
            <input
              id={`${tableId}-filter`}
              type="search"
              autocomplete="off"
              value={filter.text}
              onInput={(e) => {
                const text = e.currentTarget.value;
                setFilter((f) => ({ ...f, text }));
              }}
            />
          </div>
          <p class="table-count" role="status">
            {countLabel(shown.length, rows.length)}
          </p>
          <button
            type="button"
            class="button"
            disabled={isDefault}
            onClick={() => {
              setSort(null);
              setFilter({ families: allFamilies, text: "" });
            }}
          >
            Reset order and filters
          </button>
          <p class="table-hint">
            Select a column heading to sort by it, and again to reverse. A row with several values sorts by its
            smallest going up and its largest going down; values not reported always come last. The address of
            the page keeps this view, so a link to it opens the table the same way.
          </p>
          <ViewDownloads file={props.file} root={root} ids={shown.map((r) => r.id)} whole={isDefault} />
        </div>
      )}
      {/* A named section is a region landmark; focusable so the keyboard can scroll it sideways. The frame
          shades the side where more columns wait (site.ts sets its data-more). */}
      <div class="table-frame">
      <section class="table-scroll" tabIndex={0} aria-labelledby={captionId}>
        <table aria-labelledby={captionId}>
          <thead>
            <tr>
              {columns.map((c) => (
                <HeaderCell
                  key={c.key}
                  column={c}
                  sort={sort}
                  interactive={interactive}
                  onSort={() => setSort((s) => nextSort(s, c.key))}
                />
              ))}
            </tr>
          </thead>
          {shown.map((row) => (
            <RowGroup key={row.id} row={row} columns={columns} context={context} />
          ))}
          {shown.length === 0 && (
            <tbody>
              <tr>
                <td colSpan={columns.length}>No row matches these filters.</td>
              </tr>
            </tbody>
          )}
        </table>
      </section>
      </div>
    </figure>
  );
}

function HeaderCell<R>(props: { column: Column<R>; sort: SortState | null; interactive: boolean; onSort: () => void }) {
  const { column, sort } = props;
  const direction = sort?.key === column.key ? sort.direction : undefined;
  const unit = column.unit && <span class="unit"> ({column.unit})</span>;
  const classes = [column.numeric && "num", column.class].filter(Boolean).join(" ") || undefined;
  return (
    <th scope="col" class={classes} aria-sort={direction}>
      {props.interactive && column.sortValue ? (
        <button type="button" class="sort" onClick={props.onSort}>
          {column.header}
          <span class="sort-icon" aria-hidden="true">
            {/* A no-break space keeps the arrow with the last word of the heading. */}
            {direction === "ascending" ? "\u00a0▲" : direction === "descending" ? "\u00a0▼" : "\u00a0↕"}
          </span>
          {unit}
        </button>
      ) : (
        <>
          {column.header}
          {unit}
        </>
      )}
    </th>
  );
}

/** One row of the printed table: as many <tr> as it has lines; single-value cells span them. */
function RowGroup<R extends DisplayRow>(props: { row: R; columns: Column<R>[]; context: CellContext }) {
  const { row, columns, context } = props;
  const cells = columns.map((c) => c.cells(row, context));
  const lines = Math.max(1, ...cells.map((c) => c.length));
  return (
    <tbody id={`${context.tableId}-${row.id}`}>
      {Array.from({ length: lines }, (_, line) => (
        <tr key={line}>
          {columns.map((column, i) => {
            const own = cells[i]!;
            if (own.length <= 1 && line > 0) return null;
            const spans = own.length <= 1 && lines > 1;
            const classes = [column.numeric && "num", column.class].filter(Boolean).join(" ") || undefined;
            const content = own.length <= 1 ? own[0] : own[line];
            return column.rowHeader ? (
              <th key={column.key} scope={spans ? "rowgroup" : "row"} rowSpan={spans ? lines : undefined} class={classes}>
                {content}
              </th>
            ) : (
              <td key={column.key} rowSpan={spans ? lines : undefined} class={classes}>
                {content}
              </td>
            );
          })}
        </tr>
      ))}
    </tbody>
  );
}

/**
 * Downloads of the rows on screen, in their order: the table's own files (fetched from the site) cut to
 * those rows. Opened from disk, where the browser refuses to read files, it says so.
 */
function ViewDownloads(props: { file: string; root: string; ids: string[]; whole: boolean }) {
  const { file, root, ids } = props;
  const [status, setStatus] = useState("");
  const save = async (kind: "csv" | "json") => {
    try {
      const response = await fetch(`${root}data/${file}.${kind}`);
      if (!response.ok) throw new Error(String(response.status));
      const text = await response.text();
      const view = `${ids.length} rows, as filtered and sorted on ${location.href}`;
      const body = kind === "csv" ? csvOfRows(text, ids) : jsonOfRows(text, ids, view);
      saveText(`${file}-view.${kind}`, body, kind === "csv" ? "text/csv" : "application/json");
      setStatus("");
    } catch {
      setStatus(
        location.protocol === "file:"
          ? "Opened from disk, the browser will not read the table's file: use the links to the whole table, or serve the folder."
          : "The table's file could not be read; the links to the whole table still work.",
      );
    }
  };
  return (
    <p class="table-downloads">
      <span>Download {props.whole ? "the rows shown" : `these ${ids.length} rows`}:</span>{" "}
      <button type="button" class="button" disabled={ids.length === 0} onClick={() => save("csv")}>CSV</button>{" "}
      <button type="button" class="button" disabled={ids.length === 0} onClick={() => save("json")}>JSON</button>
      <span class="table-download-status" aria-live="polite">{status}</span>
    </p>
  );
}

/**
 * Sorting and filtering of a data table's rows, as pure functions, so the table island only renders what
 * these return. Values a paper did not report are null and always sort last, in either direction: a missing
 * number is not a small one.
 */

/**
 * What a column sorts by for one row: a number, a text, several numbers (one per test condition), or null
 * when the row does not report it.
 */
export type SortValue = number | string | readonly number[] | null;

export type SortDirection = "ascending" | "descending";

/** The column a table is sorted by, and which way. */
export interface SortState {
  /** Column key. */
  key: string;
  direction: SortDirection;
}

/** What a reader filters on. */
export interface FilterState {
  /** Families shown; a row whose family is not listed is hidden. */
  families: readonly string[];
  /** Text a row's strategy must contain (case, accents and sub- or superscripts ignored); "" keeps all. */
  text: string;
}

/** The fields of a row that filtering reads. */
export interface FilterableRow {
  family: string;
  strategy: string;
}

/**
 * Folds text for searching: lower case, accents dropped, Unicode sub- and superscripts read as plain
 * characters, so "sno2" finds "SnO₂" and "nax" finds "NaₓMoS₂".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether a row passes the filter. */
export function matchesFilter(row: FilterableRow, filter: FilterState): boolean {
  if (!filter.families.includes(row.family)) return false;
  const needle = foldForSearch(filter.text);
  return needle === "" || foldForSearch(row.strategy).includes(needle);
}

/**
 * One row's value as a single key for a direction. A row with several numbers sorts by the one that
 * goes first in that direction (its smallest when ascending, its largest when descending), so a row
 * reaches the top when any of its conditions would.
 */
export function sortKey(value: SortValue, direction: SortDirection): number | string | null {
  if (value === null || typeof value === "number" || typeof value === "string") {
    return typeof value === "number" && Number.isNaN(value) ? null : value;
  }
  const numbers = value.filter((v) => !Number.isNaN(v));
  if (numbers.length === 0) return null;
  return direction === "ascending" ? Math.min(...numbers) : Math.max(...numbers);
}

/** Orders two keys in a direction; null goes last either way. Texts compare in English collation. */
export function compareKeys(a: number | string | null, b: number | string | null, direction: SortDirection): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order =
    typeof a === "number" && typeof b === "number"
      ? a - b
      : String(a).localeCompare(String(b), "en", { sensitivity: "base", numeric: true });
  return direction === "ascending" ? order : -order;
}

/**
 * Rows sorted by `valueOf` in the direction of `sort`, ties kept in printed order (`orderOf`); with no sort,
 * the printed order. Returns a new array.
 */
export function sortRows<R>(
  rows: readonly R[],
  sort: SortState | null,
  valueOf: (row: R, key: string) => SortValue,
  orderOf: (row: R) => number,
): R[] {
  const keyed = rows.map((row) => ({
    row,
    key: sort ? sortKey(valueOf(row, sort.key), sort.direction) : null,
    order: orderOf(row),
  }));
  keyed.sort((a, b) => (sort ? compareKeys(a.key, b.key, sort.direction) : 0) || a.order - b.order);
  return keyed.map((k) => k.row);
}

/** The sort after a reader activates a column's header: a new column starts ascending; the same one flips. */
export function nextSort(current: SortState | null, key: string): SortState {
  if (current?.key === key) {
    return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
  }
  return { key, direction: "ascending" };
}

/** The rows a reader sees: filtered, then sorted. */
export function visibleRows<R extends FilterableRow>(
  rows: readonly R[],
  filter: FilterState,
  sort: SortState | null,
  valueOf: (row: R, key: string) => SortValue,
  orderOf: (row: R) => number,
): R[] {
  return sortRows(
    rows.filter((row) => matchesFilter(row, filter)),
    sort,
    valueOf,
    orderOf,
  );
}

/** The live count under the controls: "12 of 18 rows", "1 of 18 rows". */
export function countLabel(shown: number, total: number): string {
  return `${shown} of ${total} row${total === 1 ? "" : "s"}`;
}

/** A table's sort and filters as a reader leaves them; what its URL keeps. */
export interface TableView {
  sort: SortState | null;
  filter: FilterState;
}

/**
 * The URL parameters of one table's view, named after its anchor so two tables on a page keep apart:
 * `table-1-sort=ccd` (a column key; a leading "-" sorts descending), `table-1-family=oxide,sulfide` (only
 * when some family is hidden; empty when all are) and `table-1-q=` (the strategy text).
 */
export function tableParams(tableId: string) {
  return { sort: `${tableId}-sort`, family: `${tableId}-family`, text: `${tableId}-q` };
}

/**
 * The view a query string gives a table, with what it could not read left at the default: an unknown
 * column or family is ignored, so an old link still opens the table.
 * @param sortKeys Keys of the sortable columns.
 * @param families Every family value, in the order the filter lists them.
 */
export function readTableView(search: string, tableId: string, sortKeys: readonly string[], families: readonly string[]): TableView {
  const params = new URLSearchParams(search);
  const names = tableParams(tableId);
  const sortText = params.get(names.sort) ?? "";
  const key = sortText.replace(/^-/, "");
  const sort: SortState | null = sortKeys.includes(key) ? { key, direction: sortText.startsWith("-") ? "descending" : "ascending" } : null;
  const listed = params.get(names.family);
  const wanted = listed === null ? families : listed.split(",").filter((f) => families.includes(f));
  return { sort, filter: { families: families.filter((f) => wanted.includes(f)), text: params.get(names.text) ?? "" } };
}

/**
 * `search` with one table's view written into it (other parameters kept, in order); a default view leaves
 * no parameter of that table. Returns the query string with its "?", or "" when nothing remains.
 */
export function writeTableView(search: string, tableId: string, view: TableView, families: readonly string[]): string {
  const params = new URLSearchParams(search);
  const names = tableParams(tableId);
  params.delete(names.sort);
  params.delete(names.family);
  params.delete(names.text);
  if (view.sort) params.set(names.sort, `${view.sort.direction === "descending" ? "-" : ""}${view.sort.key}`);
  if (families.some((f) => !view.filter.families.includes(f))) params.set(names.family, view.filter.families.join(","));
  if (view.filter.text !== "") params.set(names.text, view.filter.text);
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}

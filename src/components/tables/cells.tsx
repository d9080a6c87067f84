import type { ComponentChild } from "preact";

/** Small pieces both tables' cells are made of. Only rendering: every number arrives ready to show. */

/** A value the paper did not report: a dash that reads as "not reported", never 0. */
export function NotReported() {
  return (
    <span class="nr" title="not reported">
      <span aria-hidden="true">—</span>
      <span class="visually-hidden">not reported</span>
    </span>
  );
}

/** "~" for a value printed as approximate, read as "about". */
export function Approx() {
  return (
    <>
      <span aria-hidden="true">~</span>
      <span class="visually-hidden">about </span>
    </>
  );
}

/** "≥" for a derived value that is a lower bound, read as "at least". */
export function AtLeast() {
  return (
    <>
      <span aria-hidden="true">≥ </span>
      <span class="visually-hidden">at least </span>
    </>
  );
}

/** A number as stored (no rounding: the data carry it as printed), or the not-reported dash. */
export function Num({ value, approx = false }: { value: number | null; approx?: boolean }) {
  if (value === null) return <NotReported />;
  return (
    <>
      {approx && <Approx />}
      {String(value)}
    </>
  );
}

/** A text cell, or the not-reported dash. */
export function Text({ value }: { value: string | null }) {
  return value === null ? <NotReported /> : <>{value}</>;
}

// The two links below name themselves with aria-label rather than hidden text inside them: an absolutely
// positioned child at the start of a link moves the point that automated clicks aim at off the link.

/** The row's reference as "[N]", linking to its entry on the references page. */
export function RefLink({ n, root }: { n: number; root: string }) {
  return (
    <a href={`${root}references/#ref-${n}`} aria-label={`Reference [${n}]`}>
      [{n}]
    </a>
  );
}

/** Links from a row to its data notes under the table ("note 2"). */
export function NoteMarks({ notes, tableId }: { notes: readonly number[]; tableId: string }) {
  if (notes.length === 0) return null;
  const links: ComponentChild[] = notes.map((n, i) => (
    <>
      {i > 0 && ", "}
      <a href={`#${tableId}-note-${n}`} aria-label={`data note ${n}`}>
        note {n}
      </a>
    </>
  ));
  return <span class="note-marks"> ({links})</span>;
}

/** Keeps the numbers of a list that are reported, for sorting a column with one value per condition. */
export function reported(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null);
}

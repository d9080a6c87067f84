import { z } from "astro/zod";

/**
 * Fields and checks shared by the rows of the review's Tables 1 and 2 (src/content/data/table1.json,
 * table2.json). Every row is one printed table row; its numbers are carried exactly as printed.
 */

/** Stable row id: "ref" + the reference number + a slug of the strategy, e.g. "ref15-heat-treated-nzsp". */
export const rowIdSchema = z.string().regex(/^ref\d+(-[a-z0-9]+)+$/);

/** Number of the cited work in the review's reference list (links to /references/#ref-N). */
export const refNumberSchema = z.number().int().positive();

/**
 * Position of the row in the printed table, from 1 (Table 2 counts on across its continuation pages).
 * Content collections do not keep file order, so pages sort by it.
 */
export const tableRowSchema = z.number().int().positive();

/**
 * Data notes in our own words: where the printed value is odd (a unit slip, "~", a formula that does not
 * balance) or where the chapter text says something the table does not. Shown to readers with the row.
 */
export const dataNotesSchema = z.array(z.string().min(10));

/** Adds an issue on `id` when its number differs from `ref`, so a copied row cannot keep a stale id. */
export function checkIdMatchesRef(row: { id: string; ref: number }, ctx: z.RefinementCtx): void {
  const fromId = Number(/^ref(\d+)-/.exec(row.id)?.[1]);
  if (fromId !== row.ref) {
    ctx.addIssue({
      code: "custom",
      path: ["id"],
      message: `The id names ref. ${fromId} but the row's ref is ${row.ref}`,
    });
  }
}

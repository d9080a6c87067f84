import { z } from "astro/zod";

/** One entry of the review's reference list, numbered as in the review (src/content/data/references.json). */
export const referenceSchema = z.object({
  /** Stable id, "ref-" followed by the number. */
  id: z.string().regex(/^ref-\d+$/),
  /** Reference number in the review (1–92); citations use it. */
  n: z.number().int().positive(),
  /** Authors as printed: "Family, I.", with a final "et al." where the review truncates the list. */
  authors: z.array(z.string().min(2)).min(1),
  /** Article title as printed in the review. */
  title: z.string().min(3),
  /** Journal abbreviation as printed. */
  journal: z.string().min(2),
  /** Year of publication. */
  year: z.number().int().min(1900).max(2100),
  /** Volume as printed (may be a year-like string for some journals). */
  volume: z.string().min(1),
  /** Page range or article number as printed, with an en dash for ranges. */
  pages: z.string().min(1),
});

export type Reference = z.infer<typeof referenceSchema>;

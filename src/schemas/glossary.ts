import { z } from "astro/zod";

/** One term of the glossary (src/content/data/glossary.json). */
export const glossarySchema = z.object({
  /** Slug of the term, derived from it when the file is read; the anchor on /glossary/. */
  id: z.string().min(1),
  /** The term or abbreviation as written in the chapters, e.g. "BASE". */
  term: z.string().min(1),
  /** What an abbreviation stands for; absent for plain terms. */
  expansion: z.string().min(2).optional(),
  /** Our own definition, for a student. */
  definition: z.string().min(10),
  /** Chapter numbers where the term appears. */
  chapters: z.array(z.number().int().positive()).default([]),
});

export type GlossaryEntry = z.infer<typeof glossarySchema>;

import { z } from "astro/zod";

/** Front matter of a chapter of the review (src/content/chapters/NN-slug.mdx). */
export const chapterSchema = z.object({
  /** Chapter title as shown in the page heading and navigation. */
  title: z.string().min(3),
  /** Chapter number, as in the review's section numbering (1–5). */
  number: z.number().int().positive(),
  /** Position in the reading order; usually equal to `number`. */
  order: z.number().int().nonnegative(),
  /** One paragraph, shown at the top of the chapter and on the home page. */
  summary: z.string().min(40),
});

export type Chapter = z.infer<typeof chapterSchema>;

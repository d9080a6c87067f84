import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { chapterSchema } from "./schemas/chapter.ts";
import { glossarySchema } from "./schemas/glossary.ts";
import { problemSchema } from "./schemas/problem.ts";
import { referenceSchema } from "./schemas/reference.ts";
import { rowsLoader } from "./schemas/rows-loader.ts";
import { table1RowSchema } from "./schemas/table1.ts";
import { table2RowSchema } from "./schemas/table2.ts";
import { slugify } from "./lib/slug.ts";

// Data collections validate every row with its schema; a malformed row fails the build, naming file, row and field.

const chapters = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/chapters" }),
  schema: chapterSchema,
});

const references = defineCollection({
  loader: rowsLoader({ file: "src/content/data/references.json", schema: referenceSchema }),
});

const glossary = defineCollection({
  loader: rowsLoader({
    file: "src/content/data/glossary.json",
    schema: glossarySchema,
    parser: (text) => (JSON.parse(text) as { term: string }[]).map((e) => ({ id: slugify(e.term), ...e })),
  }),
});

const table1 = defineCollection({
  loader: rowsLoader({ file: "src/content/data/table1.json", schema: table1RowSchema }),
});

const table2 = defineCollection({
  loader: rowsLoader({ file: "src/content/data/table2.json", schema: table2RowSchema }),
});

const problems = defineCollection({
  loader: rowsLoader({ file: "src/content/data/problems.json", schema: problemSchema }),
});

export const collections = { chapters, references, glossary, table1, table2, problems };

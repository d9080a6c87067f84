import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { chapterSchema } from "./schemas/chapter.ts";
import { glossarySchema } from "./schemas/glossary.ts";
import { referenceSchema } from "./schemas/reference.ts";
import { slugify } from "./lib/slug.ts";

const chapters = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/chapters" }),
  schema: chapterSchema,
});

const references = defineCollection({
  loader: file("src/content/data/references.json"),
  schema: referenceSchema,
});

const glossary = defineCollection({
  loader: file("src/content/data/glossary.json", {
    parser: (text) => (JSON.parse(text) as { term: string }[]).map((e) => ({ id: slugify(e.term), ...e })),
  }),
  schema: glossarySchema,
});

export const collections = { chapters, references, glossary };

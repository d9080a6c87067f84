import { getCollection, type CollectionEntry } from "astro:content";
import { chapterSlug } from "./slug.ts";

export type ChapterEntry = CollectionEntry<"chapters">;

/** All chapters in reading order, each with its route slug. */
export async function chaptersInOrder(): Promise<(ChapterEntry & { slug: string })[]> {
  const all = await getCollection("chapters");
  return all
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => Object.assign(entry, { slug: chapterSlug(entry.id) }));
}

/** A URL- and id-safe slug: "N/P ratio" → "n-p-ratio", "β″-alumina" → "β-alumina". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u0300-\u036f″'’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** The route slug of a chapter from its file id: "02-molten" → "molten". */
export function chapterSlug(id: string): string {
  return id.replace(/^\d+-/, "");
}

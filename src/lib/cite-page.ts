/**
 * "Cite this page" for a chapter: a reference line and a BibTeX entry for the chapter of this edition, with the
 * review it presents in the note, matching the edition's own entry on the About page.
 */
import { review } from "./nav.ts";

/** The year this edition was written (About's BibTeX gives the same). */
export const EDITION_YEAR = 2026;
const EDITION = `Sodiophilic: an interactive edition of “${review.title}”`;

export interface ChapterCitationInput {
  /** Chapter number, 1–5 (also the section of the review it presents). */
  number: number;
  title: string;
  /** Route slug ("molten"), for the BibTeX key. */
  slug: string;
  /** The page's absolute URL when the build knows its site (SITE_URL); otherwise none is printed. */
  url?: string | undefined;
}

/** The citation as a line of text. */
export function chapterCitationText({ number, title, url }: ChapterCitationInput): string {
  return (
    `Sodiophilic contributors. “${number}. ${title}.” In ${EDITION}, ${EDITION_YEAR}` +
    `${url ? `, ${url}` : ""}. Presents section ${number} of ${review.shortAuthors}, ${review.journal} ${review.year}, ` +
    `${review.volume}, ${review.article}, https://doi.org/${review.doi} (${review.licence}).`
  );
}

/** The citation as a BibTeX @incollection entry. */
export function chapterBibtex({ number, title, slug, url }: ChapterCitationInput): string {
  const fields: [string, string][] = [
    ["title", `{${number}. ${title}}`],
    ["booktitle", `{${EDITION}}`],
    ["author", "{Sodiophilic contributors}"],
    ["year", String(EDITION_YEAR)],
    ["chapter", String(number)],
    ...(url ? ([["url", url]] as [string, string][]) : []),
    ["note", `Presents section ${number} of Yuan et al., ${review.journal} ${review.year}, ${review.volume}, ${review.article}, doi:${review.doi}, ${review.licence}`],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@incollection{Sodiophilic-${slug},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(",\n")}\n}`;
}

import type { Reference } from "../schemas/reference.ts";

/** BibTeX key of a reference: first author's family name, year, and the review's number ("Gao2020ref15"). */
export function bibtexKey(ref: Reference): string {
  const family = (ref.authors[0] ?? "anon").split(",")[0] ?? "anon";
  const ascii = family.normalize("NFKD").replace(/[^A-Za-z]/g, "");
  return `${ascii || "ref"}${ref.year}ref${ref.n}`;
}

/** Authors in BibTeX form ("Gao, Z. and Yang, J. and others"). */
function bibtexAuthors(authors: readonly string[]): string {
  return authors.map((a) => (a === "et al." ? "others" : a)).join(" and ");
}

/** Escapes the characters BibTeX treats specially; Unicode stays (biber and modern BibTeX read UTF-8). */
function escapeBibtex(text: string): string {
  return text.replace(/([{}%&$#_])/g, "\\$1");
}

/** One @article entry for a reference of the review. */
export function toBibtex(ref: Reference): string {
  const fields: [string, string][] = [
    ["author", bibtexAuthors(ref.authors)],
    ["title", `{${escapeBibtex(ref.title)}}`],
    ["journal", escapeBibtex(ref.journal)],
    ["year", String(ref.year)],
    ["volume", ref.volume],
    ["pages", ref.pages.replace("–", "--")],
    ["note", `Reference ${ref.n} of Yuan et al., Materials 2022, 15, 4636`],
  ];
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n");
  return `@article{${bibtexKey(ref)},\n${body}\n}`;
}

/** The whole reference list as one .bib file, in the review's order. */
export function toBibtexFile(refs: readonly Reference[]): string {
  return [...refs].sort((a, b) => a.n - b.n).map(toBibtex).join("\n\n") + "\n";
}

/** Short author line for previews: "Gao, Z.; Yang, J.; et al." for long lists. */
export function shortAuthors(authors: readonly string[]): string {
  const named = authors.filter((a) => a !== "et al.");
  if (named.length <= 3 && named.length === authors.length) return named.join("; ");
  return `${named.slice(0, 2).join("; ")}; et al.`;
}

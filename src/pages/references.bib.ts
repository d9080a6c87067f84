import { getCollection } from "astro:content";
import { toBibtexFile } from "../lib/bibtex.ts";

/** The whole reference list as a BibTeX file, generated from the same data as the references page. */
export async function GET(): Promise<Response> {
  const refs = (await getCollection("references")).map((e) => e.data);
  return new Response(toBibtexFile(refs), { headers: { "Content-Type": "application/x-bibtex; charset=utf-8" } });
}

import { describe, expect, it } from "vitest";
import references from "../../src/content/data/references.json" with { type: "json" };
import { bibtexKey, shortAuthors, toBibtex, toBibtexFile } from "../../src/lib/bibtex.ts";
import { referenceSchema } from "../../src/schemas/reference.ts";

const refs = references.map((r) => referenceSchema.parse(r));
const ref15 = refs.find((r) => r.n === 15)!;

describe("the reference list", () => {
  it("has all 92 references of the review, numbered 1 to 92", () => {
    expect(refs.map((r) => r.n)).toEqual(Array.from({ length: 92 }, (_, i) => i + 1));
  });

  it("carries reference 15 over exactly as printed", () => {
    expect(ref15).toMatchObject({
      authors: expect.arrayContaining(["Gao, Z.", "Yang, J.", "et al."]),
      title: "Stabilizing Na₃Zr₂Si₂PO₁₂/Na Interfacial Performance by Introducing a Clean and Na-Deficient Surface",
      journal: "Chem. Mater.",
      year: 2020,
      volume: "32",
      pages: "3970–3979",
    });
  });
});

describe("BibTeX", () => {
  it("keys an entry by first author, year and review number", () => {
    expect(bibtexKey(ref15)).toBe("Gao2020ref15");
  });

  it("writes an @article with BibTeX page ranges and 'others' for et al.", () => {
    expect(toBibtex(ref15)).toMatchInlineSnapshot(`
      "@article{Gao2020ref15,
        author = {Gao, Z. and Yang, J. and Yuan, H. and Fu, H. and Li, Y. and Li, Y. and Ferber, T. and Guhl, C. and Sun, H. and Jaegermann, W. and others},
        title = {{Stabilizing Na₃Zr₂Si₂PO₁₂/Na Interfacial Performance by Introducing a Clean and Na-Deficient Surface}},
        journal = {Chem. Mater.},
        year = {2020},
        volume = {32},
        pages = {3970--3979},
        note = {Reference 15 of Yuan et al., Materials 2022, 15, 4636}
      }"
    `);
  });

  it("puts all 92 entries in one file, with unique keys", () => {
    const file = toBibtexFile(refs);
    const keys = [...file.matchAll(/@article\{([^,]+),/g)].map((m) => m[1]);
    expect(keys).toHaveLength(92);
    expect(new Set(keys).size).toBe(92);
  });

  it("shortens long author lists for previews", () => {
    expect(shortAuthors(ref15.authors)).toBe("Gao, Z.; Yang, J.; et al.");
    expect(shortAuthors(["Sarkar, S.", "Thangadurai, V."])).toBe("Sarkar, S.; Thangadurai, V.");
  });
});

import { describe, expect, it } from "vitest";
import { chapterBibtex, chapterCitationText } from "../../src/lib/cite-page.ts";

const molten = { number: 2, title: "Molten sodium cells", slug: "molten" };

describe("cite this page", () => {
  it("gives the chapter, the edition and the review it presents as a line of text", () => {
    expect(chapterCitationText(molten)).toBe(
      "Sodiophilic contributors. “2. Molten sodium cells.” In Sodiophilic: an interactive edition of “Stabilizing Metallic Na " +
        "Anodes via Sodiophilicity Regulation: A Review”, 2026. Presents section 2 of Yuan, Li, Zhan, Sprenkle and Li, " +
        "Materials 2022, 15, 4636, https://doi.org/10.3390/ma15134636 (CC BY 4.0).",
    );
  });

  it("gives a BibTeX @incollection entry, with the page's URL only when the build knows it", () => {
    expect(chapterBibtex(molten)).toMatchInlineSnapshot(`
      "@incollection{Sodiophilic-molten,
        title     = {{2. Molten sodium cells}},
        booktitle = {{Sodiophilic: an interactive edition of “Stabilizing Metallic Na Anodes via Sodiophilicity Regulation: A Review”}},
        author    = {{Sodiophilic contributors}},
        year      = {2026},
        chapter   = {2},
        note      = {Presents section 2 of Yuan et al., Materials 2022, 15, 4636, doi:10.3390/ma15134636, CC BY 4.0}
      }"
    `);
    expect(chapterBibtex({ ...molten, url: "https://example.org/review/molten/" })).toContain(
      "  url       = {https://example.org/review/molten/},\n",
    );
  });
});

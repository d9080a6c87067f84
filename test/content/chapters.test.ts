import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chapterProse, unsourcedFigures } from "../helpers/sourced-numbers.ts";
import { BACKGROUND_SOURCES, backgroundLabel, parseBackgroundSources } from "../../src/lib/background-sources.ts";
import { formatStatedValue } from "../../src/lib/values.ts";
import references from "../../src/content/data/references.json";

const dir = new URL("../../src/content/chapters/", import.meta.url);
const chapters = readdirSync(dir).filter((f) => f.endsWith(".mdx")).sort();
const read = (file: string) => readFileSync(new URL(file, dir), "utf8");

describe("every figure a chapter states is computed or sourced", () => {
  it("finds all five chapters", () => {
    expect(chapters).toEqual([
      "01-introduction.mdx",
      "02-molten.mdx",
      "03-all-solid-state.mdx",
      "04-conventional.mdx",
      "05-outlook.mdx",
    ]);
  });

  it.each(chapters)("%s states no number without a citation, a background source or code behind it", (file) => {
    const unsourced = unsourcedFigures(read(file)).map((u) => `line ${u.line}: "${u.figure}" in: ${u.sentence}`);
    expect(unsourced).toEqual([]);
  });

  it.each(chapters)("%s cites background sources that exist, inside an aside only those it lists", (file) => {
    const mdx = read(file);
    for (const m of mdx.matchAll(/<Aside\b[^>]*sources="([^"]*)"[^>]*>([\s\S]*?)<\/Aside>/g)) {
      const listed = parseBackgroundSources(m[1]);
      for (const ref of m[2].matchAll(/<BackgroundRef k="([^"]+)"/g)) expect(listed).toContain(ref[1]);
    }
    for (const ref of mdx.matchAll(/<BackgroundRef k="([^"]+)"/g)) expect(() => backgroundLabel(ref[1])).not.toThrow();
    for (const m of mdx.matchAll(/\[B(\d+)\]/g)) {
      expect(Number(m[1])).toBeLessThanOrEqual(BACKGROUND_SOURCES.length);
    }
  });
});

describe("unsourcedFigures", () => {
  it("flags a temperature in a sentence without a citation", () => {
    const mdx = "Sodium spreads on the coated ceramic at 120 °C. The cell lasted long <Cite n=\"20\" />.\n";
    expect(unsourcedFigures(mdx).map((u) => u.figure)).toEqual(["120 °C"]);
  });

  it("flags a derived quantity, a bare decimal and a multiple in words", () => {
    const mdx = "The shift raises the factor from 0.46 to 1.30, so the metal sticks three times more strongly.\n";
    expect(unsourcedFigures(mdx).map((u) => u.figure)).toEqual(["0.46", "1.30", "three times"]);
  });

  it("flags a number in an aside that names no source", () => {
    const mdx = "<Aside>\nA bare foil moves about 8.9 µm per mAh cm⁻².\n</Aside>\n";
    expect(unsourcedFigures(mdx).map((u) => u.figure)).toEqual(["8.9 µm"]);
  });

  it("flags a number in a figure caption without a reference", () => {
    const mdx = '<Figure id="fig-9-1" n="9.1" caption="Cells ran at 300 °C.">\n  <X />\n</Figure>\n';
    expect(unsourcedFigures(mdx).map((u) => u.figure)).toEqual(["300 °C"]);
  });

  it("accepts a cited sentence, a sourced aside, a computed value and the review's own statement", () => {
    const mdx = [
      "Water's surface tension is 72 mN m⁻¹ <BackgroundRef k=\"crc\" />.",
      "Cells lasted 6000 cycles at 120 °C <Cite n=\"21\" />.",
      "",
      "<Aside sources=\"crc\">",
      "Sodium melts at 97.8 °C.",
      "</Aside>",
      "",
      "Each mAh cm⁻² is <Value of=\"naThicknessPerCapacity\" /> of sodium.",
      "The review puts the record at 190 °C. Table 1 lists 636 Ω cm².",
      "",
    ].join("\n");
    expect(unsourcedFigures(mdx)).toEqual([]);
  });

  it("ignores cross-references, years, formulas and counts without units", () => {
    const mdx =
      "[Figure 2.1](#fig-2-1), Table 1, [Equation (3.2)](#eq) and chapter 4 were set up in 1976 for Na₃.₄Zr₁.₆Sc₀.₄Si₂PO₁₂ and NSCA-31 with 34 entries.\n";
    expect(unsourcedFigures(mdx)).toEqual([]);
  });

  it("reports the line where the offending sentence starts", () => {
    const mdx = "---\ntitle: x\n---\n\nFirst line.\nA cell ran 500 h.\n";
    expect(unsourcedFigures(mdx)).toEqual([{ line: 5, figure: "500 h", sentence: "A cell ran 500 h." }]);
  });

  it("keeps line numbers when it strips markup", () => {
    const mdx = '<Equation id="e" n="1" tex="x = 1.5" />\nText.\n';
    expect(chapterProse(mdx).split("\n")).toHaveLength(mdx.split("\n").length);
  });
});

describe("background sources and computed values", () => {
  it("numbers background sources B1, B2, … apart from the review's references", () => {
    expect(backgroundLabel("crc")).toBe("B1");
    expect(references.every((r: { n: number }) => r.n >= 1 && r.n <= 92)).toBe(true);
    expect(() => parseBackgroundSources("crc, nonsense")).toThrow(/Unknown background source "nonsense"/);
  });

  it("computes the stated values from the constants", () => {
    expect(formatStatedValue("naThicknessPerCapacity")).toBe("8.9 µm");
    expect(formatStatedValue("naThicknessPerCapacity", 3)).toBe("8.86 µm");
    expect(formatStatedValue("naSpecificCapacity")).toBe("1166 mAh g⁻¹");
    expect(formatStatedValue("naMeltingPoint")).toBe("98 °C");
    expect(formatStatedValue("naMassPerCapacity")).toBe("0.86 mg cm⁻²");
    expect(formatStatedValue("naSurfaceTensionAtMelting")).toBe("200 mN m⁻¹");
    expect(formatStatedValue("naSurfaceTensionAt250C")).toBe("185 mN m⁻¹");
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { citeOccurrences } from "../../src/lib/citations.ts";
import { chapterSlug } from "../../src/lib/slug.ts";

const chapters = readdirSync("src/content/chapters").filter((f) => f.endsWith(".mdx"));

describe("citation anchors in the built chapters", () => {
  it.each(chapters)("%s: cite-<k> is the k-th citation of the source, the one the references page links back to", (file) => {
    const body = readFileSync(`src/content/chapters/${file}`, "utf8");
    const html = readFileSync(`dist/review/${chapterSlug(file.replace(/\.mdx$/, ""))}/index.html`, "utf8");
    const occurrences = citeOccurrences(body);
    expect(occurrences.length).toBeGreaterThan(0);
    for (const o of occurrences) {
      const at = html.indexOf(`id="cite-${o.at}"`);
      expect(at, `cite-${o.at}`).toBeGreaterThan(0);
      const first = /data-cite="(\d+)"/.exec(html.slice(at))?.[1];
      expect(Number(first), `cite-${o.at}`).toBe(o.numbers[0]);
    }
    expect(html.includes(`id="cite-${occurrences.length + 1}"`)).toBe(false);
  });

  it("the references page links each reference back to every citation of it", () => {
    const html = readFileSync("dist/references/index.html", "utf8");
    const body = readFileSync("src/content/chapters/02-molten.mdx", "utf8");
    const o = citeOccurrences(body).at(-1)!;
    for (const n of o.numbers) {
      const entry = html.slice(html.indexOf(`id="ref-${n}"`), html.indexOf("</li>", html.indexOf(`id="ref-${n}"`)));
      expect(entry).toContain(`href="../review/molten/#cite-${o.at}"`);
    }
  });
});

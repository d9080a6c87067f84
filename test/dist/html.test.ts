import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { htmlFiles } from "../../scripts/page-bytes.mjs";

// Reads .htmlvalidate.json (recommended rules; inline styles allowed, KaTeX positions glyphs with them).
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe("the HTML of every built page", () => {
  it.each(htmlFiles("dist"))("dist/%s is valid (html-validate, recommended rules)", async (file) => {
    const report = await validator.validateFile(`dist/${file}`);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});

describe("the text of every built page", () => {
  // Astro's compiler drops the line break before an element that starts a source line, gluing
  // "published under" to its link; such a join is always a bug in our text.
  it.each(htmlFiles("dist"))("dist/%s has no word glued to the link, code or emphasis after it", async (file) => {
    const html = await import("node:fs/promises").then((fs) => fs.readFile(`dist/${file}`, "utf8"));
    const glued = [...html.matchAll(/[A-Za-z0-9,.;:”)’]<(a href|code>|i>|b>|strong>|em>)/g)].map((m) =>
      html.slice(Math.max(0, m.index - 30), m.index + 12),
    );
    expect(glued).toEqual([]);
  });
});

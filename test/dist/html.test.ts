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

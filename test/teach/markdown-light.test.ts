import { describe, expect, it } from "vitest";
import { alignEquals, inlineHtml, keepUnitsTogether, printedLength, texHtml } from "../../src/teach/markdown-light.ts";

describe("inlineHtml", () => {
  it("escapes text and renders emphasis", () => {
    expect(inlineHtml("a <b> & *c* **d**")).toBe("a &lt;b&gt; &amp; <em>c</em> <strong>d</strong>");
  });

  it("renders TeX between dollar signs with KaTeX, MathML included", () => {
    const html = inlineHtml("with $\\gamma_{LV}$ here");
    expect(html.startsWith("with <span class=\"katex\">")).toBe(true);
    expect(html).toContain("<math");
    expect(html.endsWith(" here")).toBe(true);
  });

  it("throws on TeX that KaTeX cannot read, so the build names it", () => {
    expect(() => texHtml("\\frac{1", true)).toThrow(/KaTeX parse error/);
  });
});

describe("keepUnitsTogether", () => {
  it.each([
    ["at 0.3 mA cm⁻² it", "at 0.3\u00a0mA\u00a0cm⁻² it"],
    ["636 Ω cm² each", "636\u00a0Ω\u00a0cm² each"],
    ["for 2 h removes", "for 2\u00a0h removes"],
    ["20 steps of 5 mm", "20 steps of 5\u00a0mm"],
    ["in 1 M NaPF₆", "in 1\u00a0M NaPF₆"],
  ])("binds %j", (text, bound) => {
    expect(keepUnitsTogether(text)).toBe(bound);
  });
});

describe("alignEquals", () => {
  it("breaks a long chain into aligned lines at its top-level equals signs", () => {
    const tex = String.raw`W_a = \gamma_{LV}\,(1+\cos\theta) = 184.7\,\mathrm{mJ\,m^{-2}}\times(1+\cos 122.5^\circ) = 85.5\,\mathrm{mJ\,m^{-2}}`;
    expect(alignEquals(tex)).toBe(
      String.raw`\begin{aligned}W_a &= \gamma_{LV}\,(1+\cos\theta) \\ &= 184.7\,\mathrm{mJ\,m^{-2}}\times(1+\cos 122.5^\circ) \\ &= 85.5\,\mathrm{mJ\,m^{-2}}\end{aligned}`,
    );
    expect(() => texHtml(alignEquals(tex), true)).not.toThrow();
  });

  it("leaves short chains, equals signs inside braces and self-arranged equations alone", () => {
    expect(alignEquals("a = b = c")).toBe("a = b = c");
    expect(alignEquals("E = QV = 3 \\times 3.4 = 10.2")).toBe("E = QV = 3 \\times 3.4 = 10.2");
    const braces = String.raw`x = \frac{{a = b}}{c}\,\mathrm{with\ a\ long\ enough\ tail\ to\ pass\ the\ length\ limit\ of\ eighty}`;
    expect(alignEquals(braces)).toBe(braces);
    const arranged = String.raw`\cos\theta = 1 - \frac{h}{R} = 0.8142, \qquad \theta = 35.5^\circ\ \text{and some more text to be long}`;
    expect(alignEquals(arranged)).toBe(arranged);
  });
});

describe("printedLength", () => {
  it("counts what TeX prints, not its markup", () => {
    expect(printedLength(String.raw`E = Q\,V = 3\,\mathrm{mAh\,cm^{-2}}`)).toBe("E=QV=3mAhcm-2".length);
    expect(printedLength(String.raw`\frac{a}{b}\times c`)).toBe(5);
  });
});

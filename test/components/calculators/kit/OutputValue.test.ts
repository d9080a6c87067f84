import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { OutputValue } from "../../../../src/components/calculators/kit/OutputValue.tsx";

describe("OutputValue", () => {
  it("keeps the output's own text the plain number and reads the uncertainty out after it", () => {
    const html = renderToString(h(OutputValue, { name: "theta_deg", label: "θ", unit: "°", value: "72.5", uncertainty: "2.0" }));
    expect(html).toContain('<output name="theta_deg">72.5</output>');
    expect(html).toContain(
      '<span class="calc-uncertainty"> <span aria-hidden="true">±</span><span class="visually-hidden">plus or minus</span> 2.0</span>',
    );
    expect(html.indexOf("calc-uncertainty")).toBeLessThan(html.indexOf("calc-unit"));
  });

  it("shows no uncertainty beside a missing result", () => {
    const html = renderToString(h(OutputValue, { name: "x", label: "x", value: undefined, uncertainty: "2.0", reason: "Needs x." }));
    expect(html).not.toContain("±");
    expect(html).toContain("Needs x.");
  });
});

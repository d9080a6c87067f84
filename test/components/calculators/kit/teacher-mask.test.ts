import { describe, expect, it } from "vitest";
import { MASK, maskPattern, maskText } from "../../../../src/components/calculators/kit/teacher-mask.ts";

const masked = (text: string, values: Parameters<typeof maskPattern>[0]) => maskText(text, maskPattern(values)!);

describe("teacher-mask", () => {
  it("masks a hidden result where it is printed as a whole number, and nowhere inside another number", () => {
    expect(masked("raises W_a from about 85.5 to 240.3 mJ m⁻² (not 1240.35)", [{ text: "240.3", unit: "mJ m⁻²" }])).toBe(
      `raises W_a from about 85.5 to ${MASK} mJ m⁻² (not 1240.35)`,
    );
  });

  it("masks a negative result written with either minus sign", () => {
    expect(masked("S = −129.2 or -129.2, but 129.2 is another number", [{ text: "-129.2", unit: "mJ m⁻²" }])).toBe(
      `S = ${MASK} or ${MASK}, but 129.2 is another number`,
    );
  });

  it("masks a one- or two-digit result only where its unit follows", () => {
    expect(masked("row 12. lasts 12 h, or 12h", [{ text: "12", unit: "h" }])).toBe(`row 12. lasts ${MASK} h, or ${MASK}h`);
  });

  it("has nothing to mask for words, empty results or results without digits", () => {
    expect(maskPattern([{ text: "sodiophilic (θ < 90°)" }, { text: undefined }, { text: "—" }])).toBeUndefined();
  });
  it("masks other roundings of the result that the page prints: 85.5 and 85 mJ m⁻² for a W_a of 85.47", () => {
    const values = [{ text: "85.47", unit: "mJ m⁻²", value: 85.4712 }];
    expect(maskText("W_a rises from about 85.5 to 240.3; 85 mJ m⁻² at best; 85.47 in the table; 86.1 is not it", maskPattern(values)!, values)).toBe(
      `W_a rises from about ${MASK} to 240.3; ${MASK} mJ m⁻² at best; ${MASK} in the table; 86.1 is not it`,
    );
  });
});

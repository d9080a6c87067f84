import { describe, expect, it } from "vitest";
import raw from "../../src/content/data/problems.json";
import { problemSchema } from "../../src/schemas/problem.ts";
import { validateRows } from "../../src/schemas/validate-rows.ts";
import { calculatorIds } from "../../src/teach/calculators.ts";

const FILE = "src/content/data/problems.json";
const problems = validateRows(FILE, raw, problemSchema);
const good = raw[0]!;

/** The build's error for a file holding `row` alone. */
function errorFor(row: unknown): string {
  try {
    validateRows(FILE, [row], problemSchema);
    return "no error";
  } catch (error) {
    return (error as Error).message;
  }
}

describe("problems.json", () => {
  it("holds at least 12 problems, with ids that are unique", () => {
    expect(problems.length).toBeGreaterThanOrEqual(12);
    expect(new Set(problems.map((p) => p.id)).size).toBe(problems.length);
  });

  it("spreads them over all five chapters and all three calculators", () => {
    expect(new Set(problems.map((p) => p.chapter))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(new Set(problems.map((p) => p.calculator))).toEqual(new Set(calculatorIds));
  });

  it("fills in the defaults: 3 significant digits unless a problem says otherwise", () => {
    const { digits, ...withoutDigits } = good as typeof good & { digits?: number };
    expect(digits).toBe(3);
    expect(validateRows(FILE, [withoutDigits], problemSchema)[0]!.digits).toBe(3);
  });
});

describe("the problem schema", () => {
  it("names the row and the field of every mistake", () => {
    expect(
      errorFor({
        ...good,
        chapter: 6,
        params: { ...good.params, theta_deg: "200", colour: "blue", mode: "guess" },
        answer: { output: "workOfAdhesion" },
        hide: ["nothing"],
      }),
    ).toMatchInlineSnapshot(`
      "src/content/data/problems.json: row 1 (id "untreated-nzsp-work-of-adhesion"), field "chapter": Expected number ≤ 5, received 6
      src/content/data/problems.json: row 1 (id "untreated-nzsp-work-of-adhesion"), field "params.mode": Expected one of angle, drop, young
      src/content/data/problems.json: row 1 (id "untreated-nzsp-work-of-adhesion"), field "params.theta_deg": Contact angle θ must be at most 180°.
      src/content/data/problems.json: row 1 (id "untreated-nzsp-work-of-adhesion"), field "params.colour": The contact-angle calculator has no parameter of that name
      src/content/data/problems.json: row 1 (id "untreated-nzsp-work-of-adhesion"), field "answer": The contact-angle calculator has no output "workOfAdhesion"
      src/content/data/problems.json: row 1 (id "untreated-nzsp-work-of-adhesion"), field "hide[0]": The contact-angle calculator has no output "nothing""
    `);
  });

  it("asks for the statement's citations to match the cite field", () => {
    expect([
      errorFor({ ...good, cite: "15, 16" }),
      errorFor({ ...good, statement: good.statement.replace("[15]", "") }),
      errorFor({ ...good, statement: good.statement.replace("[15]", "[150]"), cite: "150" }),
    ]).toMatchInlineSnapshot(`
      [
        "src/content/data/problems.json: row 1 (id "untreated-nzsp-work-of-adhesion"), field "cite": The statement cites 15; cite lists 15, 16",
        "src/content/data/problems.json: row 1 (id "untreated-nzsp-work-of-adhesion"), field "statement": Cite the review's reference for the number the problem rests on, e.g. [15]",
        "src/content/data/problems.json: row 1 (id "untreated-nzsp-work-of-adhesion"), field "cite": Citation "150": reference 150 does not exist (the review has 1–92).",
      ]
    `);
  });

  it("refuses a unit the self-check cannot read, and a step with nothing in it", () => {
    expect(errorFor({ ...good, unit: "furlong", solution: [{}] })).toMatchInlineSnapshot(`
      "src/content/data/problems.json: row 1 (id "untreated-nzsp-work-of-adhesion"), field "unit": Expected one of "" | "µm" | "mm" | "nm" | "cm" | "m" | "mV" | "V" | "µV" | "s" | "min" | "h" | "d" | "mJ m⁻²" | "mN m⁻¹" | "J m⁻²" | "Wh kg⁻¹" | "kWh kg⁻¹" | "Wh L⁻¹" | "kWh L⁻¹" | "°" | "rad" | "mA cm⁻²" | "A cm⁻²" | "µA cm⁻²" | "A m⁻²" | "mAh cm⁻²" | "Ah cm⁻²" | "µAh cm⁻²" | "%" | "kPa" | "Pa" | "MPa" | "bar", received "furlong"
      src/content/data/problems.json: row 1 (id "untreated-nzsp-work-of-adhesion"), field "solution[0]": A step needs a text, a tex, or both"
    `);
  });
});

import { describe, expect, it } from "vitest";
import raw from "../../src/content/data/table1.json";
import { table1RowSchema, type Table1Row } from "../../src/schemas/table1.ts";
import { validateRows } from "../../src/schemas/validate-rows.ts";

const rows = validateRows("src/content/data/table1.json", raw, table1RowSchema);
const byRef = (ref: number): Table1Row => {
  const row = rows.find((r) => r.ref === ref);
  if (!row) throw new Error(`no row for ref. ${ref}`);
  return row;
};

/** A row's lifespans written the way the review prints them, to compare with the printed cell. */
function printedLifespans(row: Table1Row): string {
  if (row.lifespans === null) return "/";
  return row.lifespans
    .map((l) => `${l.approximate ? "~" : ""}${l.cycleLife_h} h at ${l.currentDensities_mA_cm2.join("/")} mA cm⁻²`)
    .join("; ");
}

describe("table1.json", () => {
  it("parses every row against the schema and holds the table's 18 rows in printed order", () => {
    expect(rows).toHaveLength(18);
    expect(rows.map((r) => r.ref)).toEqual([15, 41, 42, 13, 14, 43, 44, 45, 46, 47, 48, 49, 50, 35, 36, 37, 38, 39]);
  });

  it("numbers rows 1 to 18 in file order, matching the printed table", () => {
    expect(rows.map((r) => r.tableRow)).toEqual(rows.map((_, i) => i + 1));
  });

  it("gives every row a distinct id that starts with its reference number", () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const row of rows) expect(row.id.startsWith(`ref${row.ref}-`)).toBe(true);
  });

  it("files refs. 35–39 under BASE and the other thirteen under NZSP", () => {
    const base = rows.filter((r) => r.electrolyteFamily === "BASE").map((r) => r.ref);
    expect(base).toEqual([35, 36, 37, 38, 39]);
  });

  // [ref, temperature °C, resistance Ω cm², total?, CCD mA cm⁻², lifespan cell as printed]
  it.each([
    [15, 25, 636, false, null, "1500 h at 0.1 mA cm⁻²; 250 h at 0.3 mA cm⁻²"],
    [41, 65, 400, true, null, "213 h at 0.25 mA cm⁻²"],
    [42, 25, 101, false, 0.5, "85 h at 0.2 mA cm⁻²"],
    [13, 25, 149, false, 1, "750 h at 0.1 mA cm⁻²"],
    [14, 75, 100, false, null, "100 h at 0.5 mA cm⁻²"],
    [43, 25, 8.5, false, 2.5, "500 h at 0.3/0.5 mA cm⁻²"],
    [44, 25, 280, true, 0.9, "800 h at 0.1 mA cm⁻²"],
    [45, 25, 3, false, 1, "1500 h at 0.1 mA cm⁻²; 500 h at 0.3 mA cm⁻²"],
    [46, 23, 101, false, null, "860 h at 0.1 mA cm⁻²"],
    [47, 60, null, false, 1.2, "150 h at 0.25 mA cm⁻²"],
    [48, 25, 175, true, null, "400 h at 0.3 mA cm⁻²"],
    [49, 25, 63, false, null, "700 h at 0.1/0.2 mA cm⁻²"],
    [50, 25, 93, false, 0.95, "~5000 h at 0.3 mA cm⁻²"],
    [35, 58, 150, false, null, "1000 h at 0.1 mA cm⁻²"],
    [36, 60, 9.6, false, null, "1000 h at 0.5 mA cm⁻²"],
    [37, 80, null, false, null, "200 h at 0.3 mA cm⁻²"],
    [38, 25, 6.6, false, 1.3, "3000 h at 0.2 mA cm⁻²; 400 h at 0.5 mA cm⁻²"],
    [39, 80, 3.6, false, 7, "/"],
  ] as const)("ref. %i: %i °C, %s Ω cm² (total: %s), CCD %s, lifespan %s", (ref, t, r, total, ccd, life) => {
    const row = byRef(ref);
    expect(row.testingTemperature_C).toBe(t);
    expect(row.interfacialResistance_ohm_cm2).toBe(r);
    expect(row.resistanceIsTotal).toBe(total);
    expect(row.ccd_mA_cm2).toBe(ccd);
    expect(printedLifespans(row)).toBe(life);
  });

  it("stores ref. 15 as 636 Ω cm² at 25 °C with 1500 h at 0.1 and 250 h at 0.3 mA cm⁻²", () => {
    expect(byRef(15)).toMatchObject({
      strategy: "450 °C heat-treated NZSP",
      testingTemperature_C: 25,
      interfacialResistance_ohm_cm2: 636,
      lifespans: [
        { cycleLife_h: 1500, currentDensities_mA_cm2: [0.1], approximate: false },
        { cycleLife_h: 250, currentDensities_mA_cm2: [0.3], approximate: false },
      ],
    });
  });

  it("flags ref. 39's CCD of ~7 mA cm⁻² as approximate and leaves its lifespan unreported", () => {
    const row = byRef(39);
    expect(row.ccd_mA_cm2).toBe(7);
    expect(row.ccdApproximate).toBe(true);
    expect(row.lifespans).toBeNull();
    expect(rows.filter((r) => r.ccdApproximate).map((r) => r.ref)).toEqual([39]);
  });

  it("flags only ref. 50's ~5000 h lifespan as approximate", () => {
    const approximate = rows.filter((r) => r.lifespans?.some((l) => l.approximate)).map((r) => r.ref);
    expect(approximate).toEqual([50]);
  });

  it("keeps a data note on each row whose resistance is printed in Ω cm⁻²", () => {
    for (const ref of [41, 35, 36]) {
      expect(byRef(ref).notes.some((n) => n.includes("Ω cm⁻²"))).toBe(true);
    }
  });

  it("writes strategies with Unicode subscripts and no stray spaces around them", () => {
    expect(byRef(43).strategy).toBe("Na₅Sn composite");
    expect(byRef(45).strategy).toBe("SnOₓ/Sn@NZSP");
    expect(byRef(49).strategy).toBe("Na₃.₄Zr₁.₆Sc₀.₄Si₂PO₁₂");
    expect(byRef(37).strategy).toBe("NaₓMoS₂-carbon-BASE triple junction");
    for (const row of rows) expect(row.strategy).not.toMatch(/ [₀-₉ₓ⁻¹²]|_/);
  });
});

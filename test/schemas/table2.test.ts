import { describe, expect, it } from "vitest";
import raw from "../../src/content/data/table2.json";
import { table2RowSchema, type Table2Row } from "../../src/schemas/table2.ts";
import { validateRows } from "../../src/schemas/validate-rows.ts";

const rows = validateRows("src/content/data/table2.json", raw, table2RowSchema);
const byRef = (ref: number): Table2Row => {
  const row = rows.find((r) => r.ref === ref);
  if (!row) throw new Error(`no row for ref. ${ref}`);
  return row;
};

/** A row's four symmetric-cell columns, one list per column, as the table prints them ("1; 3; 5"). */
function columns(row: Table2Row) {
  const pick = (key: "currentDensity_mA_cm2" | "arealCapacity_mAh_cm2" | "overpotential_mV" | "cycleLife_h") =>
    row.conditions.map((c) => c[key]);
  return [pick("currentDensity_mA_cm2"), pick("arealCapacity_mAh_cm2"), pick("overpotential_mV"), pick("cycleLife_h")];
}

describe("table2.json", () => {
  it("parses every row against the schema and holds the table's 34 rows, refs. 51 to 84 in order", () => {
    expect(rows).toHaveLength(34);
    expect(rows.map((r) => r.ref)).toEqual(Array.from({ length: 34 }, (_, i) => 51 + i));
  });

  it("numbers rows 1 to 34 in file order, matching the printed table", () => {
    expect(rows.map((r) => r.tableRow)).toEqual(rows.map((_, i) => i + 1));
  });

  it("gives every row a distinct id that starts with its reference number", () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const row of rows) expect(row.id.startsWith(`ref${row.ref}-`)).toBe(true);
  });

  it("groups hosts as sections 4.1–4.3 do: carbon 51–70, alloy 71–79, metal and MXene 80–84", () => {
    const refsOf = (family: string) => rows.filter((r) => r.hostFamily === family).map((r) => r.ref);
    expect(refsOf("carbon")).toEqual(Array.from({ length: 20 }, (_, i) => 51 + i));
    expect(refsOf("alloy")).toEqual([71, 72, 73, 74, 75, 76, 77, 78, 79]);
    expect(refsOf("metal-mxene")).toEqual([80, 81, 82, 83, 84]);
  });

  // [ref, current density mA cm⁻², areal capacity mAh cm⁻², overpotential mV, cycle life h], one entry per condition
  it.each([
    [51, [1, 1], [0.5, 0.5], [80, 50], [140, 600]],
    [52, [1, 3], [null, null], [18, 25], [200, 80]],
    [53, [1, 2, 5, 1], [1, 1, 1, 5], [51, 100, 250, 50], [870, 710, 560, 600]],
    [57, [1, 3, 5], [1, 6, 5], [270, 26, 18], [280, 1000, 2000]],
    [65, [0.5, 1, 1], [0.25, 0.5, 1], [30, 62.5, 70], [250, 250, 500]],
    [66, [10, 30, 50], [1, 1, 1], [5.3, 12, 22], [700, 675, 400]],
    [67, [0.3], [null], [4.8], [1600]],
    [71, [null], [null], [null], [null]],
    [76, [20, 40], [1, 3], [25, 25], [1200, 2800]],
    [81, [0.5, 0.5, 1], [0.5, 2.5, 1], [12, 12, 19], [1000, 1000, 400]],
    [82, [5, 3], [1, 1], [20, 62], [300, 300]],
    [84, [1, 3], [1, 1], [34, 85], [1700, 1600]],
  ])("ref. %i reads j %j mA cm⁻², Q %j mAh cm⁻², η %j mV, %j h", (ref, j, q, eta, t) => {
    expect(columns(byRef(ref))).toEqual([j, q, eta, t]);
  });

  it("splits ref. 51's two electrolytes and broadcasts the single current density and capacity to both", () => {
    const row = byRef(51);
    expect(row.electrolytes).toEqual(["1 M NaPF₆ in EC/DMC", "1 M NaPF₆ in FEC/DMC"]);
    expect(row.conditions).toEqual([
      { electrolyte: "1 M NaPF₆ in EC/DMC", currentDensity_mA_cm2: 1, arealCapacity_mAh_cm2: 0.5, overpotential_mV: 80, cycleLife_h: 140 },
      { electrolyte: "1 M NaPF₆ in FEC/DMC", currentDensity_mA_cm2: 1, arealCapacity_mAh_cm2: 0.5, overpotential_mV: 50, cycleLife_h: 600 },
    ]);
    expect(rows.filter((r) => r.electrolytes.length > 1).map((r) => r.ref)).toEqual([51]);
  });

  it("reads ref. 51's full cell as 100 mAh g⁻¹, CE 99.8%, 90% retention after 1000 cycles at 3 C", () => {
    const row = byRef(51);
    expect(row.cathode).toBe("Na₃V₂(PO₄)₃");
    expect(row.fullCell?.[0].results[0]).toMatchObject({
      capacity: { value: 100, unit: "mAh g⁻¹" },
      coulombicEfficiency_pct: 99.8,
      capacityRetention_pct: 90,
      cycles: 1000,
      cRate_C: 3,
    });
  });

  it("keeps refs. 69 and 75's capacities in the printed mAh cm⁻², each with a data note", () => {
    const printedPerArea = rows
      .filter((r) => r.fullCell?.some((s) => s.results.some((x) => x.capacity?.unit === "mAh cm⁻²")))
      .map((r) => r.ref);
    expect(printedPerArea).toEqual([69, 75]);
    expect(byRef(69).fullCell?.map((s) => s.results[0].capacity?.value)).toEqual([115, 93]);
    expect(byRef(75).fullCell?.[0].results[0]).toMatchObject({ capacity: { value: 103.6 }, capacityRetention_pct: 98 });
    for (const ref of [69, 75]) expect(byRef(ref).notes.some((n) => n.includes("mAh cm⁻²"))).toBe(true);
  });

  it("reads ref. 76's one statement as two results, 100% after 500 cycles at 10 C and 97% after 120 at 0.5 C", () => {
    expect(byRef(76).fullCell?.[0].results).toMatchObject([
      { capacityRetention_pct: 100, cycles: 500, cRate_C: 10 },
      { capacityRetention_pct: 97, cycles: 120, cRate_C: 0.5 },
    ]);
  });

  it("marks hedged and bounded full-cell numbers (refs. 59 and 80)", () => {
    expect(byRef(59).fullCell?.[1].results[0]).toMatchObject({ capacityRetention_pct: 67.5, approximate: true });
    expect(byRef(80).fullCell?.[0].results[0]).toMatchObject({ capacity: { value: 100 }, lowerBound: true, initial: true });
    expect(byRef(80).fullCell?.[1].results[0]).toMatchObject({ coulombicEfficiency_pct: 100, approximate: true });
  });

  it("leaves cathode and full cell unreported together, for refs. 54, 55, 56, 58, 60, 65 and 83", () => {
    const none = rows.filter((r) => r.cathode === null).map((r) => r.ref);
    expect(none).toEqual([54, 55, 56, 58, 60, 65, 83]);
    for (const ref of none) expect(byRef(ref).fullCell).toBeNull();
  });

  it("stores ref. 84's N/P ratio of 3.8:1 and its 88.3% retention after 280 cycles", () => {
    expect(byRef(84).fullCell?.map((s) => s.results)).toMatchObject([
      [{ npRatio: 3.8 }],
      [{ capacityRetention_pct: 88.3, cycles: 280 }],
    ]);
  });

  it("writes formulas with Unicode sub- and superscripts and no stray spaces around them", () => {
    expect(byRef(82).strategy).toBe("Na-Ti₃C₂Tₓ-carbon cloth");
    expect(byRef(78).cathode).toBe("Na₃V₂(PO₄)₃/C");
    expect(byRef(72).cathode).toBe("Na₂/₃Ni₁/₃Mn₂/₃O₂");
    expect(byRef(53).fullCell?.[0].text).toBe("88.4 mAh g⁻¹ with a capacity retention of 87.6% after 800 cycles at 1 C");
    const texts = rows.flatMap((r) => [r.strategy, ...r.electrolytes, r.cathode ?? "", ...(r.fullCell ?? []).map((s) => s.text)]);
    for (const text of texts) expect(text).not.toMatch(/ [₀-₉ₓ⁻¹²]|_|➤/);
  });
});

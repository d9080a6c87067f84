import { describe, expect, it } from "vitest";
import raw from "../../src/content/data/table1.json";
import { TABLE1_CSV_COLUMNS, lifespanCapacity, table1Csv, table1Json, table1Records } from "../../src/lib/table1-export.ts";
import { table1RowSchema } from "../../src/schemas/table1.ts";
import { validateRows } from "../../src/schemas/validate-rows.ts";
import { expectClose } from "../helpers/close.ts";
import { parseCsv } from "../helpers/parse-csv.ts";

const rows = validateRows("src/content/data/table1.json", raw, table1RowSchema);
const csv = parseCsv(table1Csv(rows));
const header = csv[0]!;
/** The CSV lines of one reference, as objects keyed by column name. */
const linesOf = (ref: number) =>
  csv.slice(1).filter((r) => r[header.indexOf("ref")] === String(ref)).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));

describe("lifespanCapacity", () => {
  it.each([
    // h, mA cm⁻², mAh cm⁻², lower bound — refs. 15, 41, 43 (0.3/0.5) and 49 (0.1/0.2)
    [1500, [0.1], 150, false],
    [213, [0.25], 53.25, false],
    [500, [0.3, 0.5], 150, true],
    [700, [0.1, 0.2], 70, true],
  ])("%s h at %j mA cm⁻² plated %s mAh cm⁻² (lower bound: %s)", (h, j, q, lowerBound) => {
    const derived = lifespanCapacity({ cycleLife_h: h, currentDensities_mA_cm2: j, approximate: false });
    expectClose(derived.value_mAh_cm2, q);
    expect(derived.lowerBound).toBe(lowerBound);
  });

  it("writes products without floating-point noise", () => {
    expect(lifespanCapacity({ cycleLife_h: 3, currentDensities_mA_cm2: [0.1], approximate: false }).value_mAh_cm2).toBe(0.3);
  });
});

describe("table1.csv", () => {
  it("has a header with units, then one line per lifespan test: 21 lines for 18 rows", () => {
    expect(header).toEqual([...TABLE1_CSV_COLUMNS]);
    expect(header.filter((h) => /_(C|ohm_cm2|mA_cm2|mAh_cm2|h)$/.test(h))).toHaveLength(6);
    expect(csv).toHaveLength(1 + 21);
    expect(table1Records(rows)).toHaveLength(21);
    expect(new Set(csv.slice(1).map((r) => r[1])).size).toBe(18);
  });

  it("writes a row with two lifespans as two lines that repeat its other fields", () => {
    const lines = linesOf(15);
    expect(lines.map((l) => [l.lifespan_h, l.lifespanCurrentDensities_mA_cm2, l.derivedCumulativeCapacity_mAh_cm2])).toEqual([
      ["1500", "0.1", "150"],
      ["250", "0.3", "75"],
    ]);
    expect(lines.map((l) => l.interfacialResistance_ohm_cm2)).toEqual(["636", "636"]);
  });

  it("leaves values that are not reported empty, never 0", () => {
    const [ysz] = linesOf(39);
    expect(ysz).toMatchObject({ ccd_mA_cm2: "7", ccdApproximate: "true", lifespan_h: "", derivedCumulativeCapacity_mAh_cm2: "" });
    const [heat] = linesOf(15);
    expect(heat).toMatchObject({ ccd_mA_cm2: "", ccdApproximate: "" });
    const [alf3] = linesOf(47);
    expect(alf3).toMatchObject({ interfacialResistance_ohm_cm2: "", resistanceIsTotal: "" });
  });

  it("lists a test's several current densities in one field and marks its capacity as a lower bound", () => {
    const [na5sn] = linesOf(43);
    expect(na5sn).toMatchObject({
      lifespanCurrentDensities_mA_cm2: "0.3;0.5",
      derivedCumulativeCapacity_mAh_cm2: "150",
      derivedIsLowerBound: "true",
    });
  });

  it("keeps the approximate lifespan and total resistance flags, and joins a row's notes", () => {
    const [mg] = linesOf(50);
    expect(mg).toMatchObject({ lifespan_h: "5000", lifespanApproximate: "true", derivedCumulativeCapacity_mAh_cm2: "1500" });
    expect(mg!.notes.split(" | ")).toHaveLength(2);
    expect(linesOf(41)[0]).toMatchObject({ interfacialResistance_ohm_cm2: "400", resistanceIsTotal: "true" });
  });
});

describe("table1.json", () => {
  const json = JSON.parse(table1Json(rows));

  it("holds the 18 rows in printed order, with source, licence and units", () => {
    expect(json.rows).toHaveLength(18);
    expect(json.rows.map((r: { tableRow: number }) => r.tableRow)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(json.source.doi).toBe("https://doi.org/10.3390/ma15134636");
    expect(json.source.licence).toMatch(/^CC BY 4\.0/);
    expect(json.units).toContain("_ohm_cm2 is Ω cm²");
  });

  it("keeps not reported as null and adds the derived capacity to each lifespan", () => {
    const ysz = json.rows.find((r: { ref: number }) => r.ref === 39);
    expect(ysz.lifespans).toBeNull();
    const na5sn = json.rows.find((r: { ref: number }) => r.ref === 43);
    expect(na5sn.lifespans).toEqual([
      {
        cycleLife_h: 500,
        currentDensities_mA_cm2: [0.3, 0.5],
        approximate: false,
        derivedCumulativeCapacity_mAh_cm2: 150,
        derivedIsLowerBound: true,
      },
    ]);
  });
});

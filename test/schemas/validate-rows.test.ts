import { describe, expect, it } from "vitest";
import table1 from "../../src/content/data/table1.json";
import table2 from "../../src/content/data/table2.json";
import { table1RowSchema } from "../../src/schemas/table1.ts";
import { table2RowSchema } from "../../src/schemas/table2.ts";
import { formatPath, validateRows } from "../../src/schemas/validate-rows.ts";

const FILE1 = "src/content/data/table1.json";
const FILE2 = "src/content/data/table2.json";

/** A deep copy of the real rows, changed by `edit`, so each test breaks exactly one thing. */
function broken<T>(rows: T[], edit: (rows: any[]) => void): unknown[] {
  const copy = structuredClone(rows) as any[];
  edit(copy);
  return copy;
}

/** The message validateRows throws for `rows`. */
function messageFor(file: string, rows: unknown, schema: typeof table1RowSchema | typeof table2RowSchema): string {
  try {
    validateRows(file, rows, schema);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("validateRows accepted the rows");
}

describe("formatPath", () => {
  it.each([
    [["id"], "id"],
    [["conditions", 1, "currentDensity_mA_cm2"], "conditions[1].currentDensity_mA_cm2"],
    [["fullCell", 0, "results", 2, "capacity", "unit"], "fullCell[0].results[2].capacity.unit"],
  ])("writes %j as %s", (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe("validateRows", () => {
  it("returns the parsed rows, with absent flags filled in as false", () => {
    const rows = validateRows(FILE1, table1, table1RowSchema);
    expect(rows).toHaveLength(18);
    expect(rows[0].ccdApproximate).toBe(false);
    expect(rows[0].lifespans?.[0].approximate).toBe(false);
  });

  it("names file, row, id and field for a value of the wrong type", () => {
    const rows = broken(table1, (r) => (r[2].testingTemperature_C = "25 °C"));
    expect(messageFor(FILE1, rows, table1RowSchema)).toMatchInlineSnapshot(`"src/content/data/table1.json: row 3 (id "ref42-na-sio2-composite"), field "testingTemperature_C": Expected number, received string"`);
  });

  it("names a missing field", () => {
    const rows = broken(table1, (r) => delete r[4].resistanceIsTotal);
    expect(messageFor(FILE1, rows, table1RowSchema)).toMatchInlineSnapshot(`"src/content/data/table1.json: row 5 (id "ref14-fluorinated-carbon-nzsp"), field "resistanceIsTotal": Missing (expected boolean)"`);
  });

  it("lists the allowed values of an enum", () => {
    const rows = broken(table2, (r) => (r[10].hostFamily = "carbon cloth"));
    expect(messageFor(FILE2, rows, table2RowSchema)).toMatchInlineSnapshot(`"src/content/data/table2.json: row 11 (id "ref61-na-co3o4-carbon-sheet"), field "hostFamily": Expected one of "carbon" | "alloy" | "metal-mxene", received "carbon cloth""`);
  });

  it("gives the path of a field inside a nested condition", () => {
    const rows = broken(table2, (r) => (r[0].conditions[1].currentDensity_mA_cm2 = "1"));
    expect(messageFor(FILE2, rows, table2RowSchema)).toMatchInlineSnapshot(`"src/content/data/table2.json: row 1 (id "ref51-na-carbon-composite"), field "conditions[1].currentDensity_mA_cm2": Expected number, received string"`);
  });

  it("refuses 0 where the table printed \"/\" (not reported is null, never 0)", () => {
    const rows = broken(table2, (r) => (r[1].conditions[0].arealCapacity_mAh_cm2 = 0));
    expect(messageFor(FILE2, rows, table2RowSchema)).toMatchInlineSnapshot(`"src/content/data/table2.json: row 2 (id "ref52-na-c-composite"), field "conditions[0].arealCapacity_mAh_cm2": Expected number > 0, received 0"`);
  });

  it("names an unknown field, such as a misspelt one", () => {
    const rows = broken(table1, (r) => (r[0].lifespans[1].cycleLife_hours = 250));
    expect(messageFor(FILE1, rows, table1RowSchema)).toMatchInlineSnapshot(`"src/content/data/table1.json: row 1 (id "ref15-heat-treated-nzsp"), field "lifespans[1].cycleLife_hours": Unknown field"`);
  });

  it("reports a condition whose electrolyte is not one of the row's", () => {
    const rows = broken(table2, (r) => (r[0].conditions[0].electrolyte = "1 M NaPF₆ in DME"));
    expect(messageFor(FILE2, rows, table2RowSchema)).toMatchInlineSnapshot(`"src/content/data/table2.json: row 1 (id "ref51-na-carbon-composite"), field "conditions[0].electrolyte": Not one of the row's electrolytes: "1 M NaPF₆ in DME""`);
  });

  it("reports an id whose number disagrees with the row's ref", () => {
    const rows = broken(table1, (r) => (r[0].ref = 16));
    expect(messageFor(FILE1, rows, table1RowSchema)).toMatchInlineSnapshot(`"src/content/data/table1.json: row 1 (id "ref15-heat-treated-nzsp"), field "id": The id names ref. 15 but the row's ref is 16"`);
  });

  it("reports an id used twice, and a row without an id by its number only", () => {
    const rows = broken(table1, (r) => {
      r[3].id = r[1].id;
      r[3].ref = r[1].ref;
      delete r[5].id;
    });
    expect(messageFor(FILE1, rows, table1RowSchema)).toMatchInlineSnapshot(`
      "src/content/data/table1.json: row 4 (id "ref41-na-nzsp-reaction"), field "id": Duplicate of row 2
      src/content/data/table1.json: row 6, field "id": Missing (expected string)"
    `);
  });

  it("lists every problem of every row, one per line", () => {
    const rows = broken(table2, (r) => {
      r[6].cathode = 3;
      r[20].fullCell[0].results[0].cycles = 99.5;
      r[30].notes = "none";
    });
    expect(messageFor(FILE2, rows, table2RowSchema)).toMatchInlineSnapshot(`
      "src/content/data/table2.json: row 7 (id "ref57-na-co-n-doped-carbon"), field "cathode": Expected string, received number
      src/content/data/table2.json: row 21 (id "ref71-liquid-na-k"), field "fullCell[0].results[0].cycles": Expected an integer, received 99.5
      src/content/data/table2.json: row 31 (id "ref81-na-cuo-cu2o-cu-foam"), field "notes": Expected array, received string"
    `);
  });

  it("refuses a file that is not an array of rows", () => {
    expect(messageFor(FILE1, { rows: table1 }, table1RowSchema)).toMatchInlineSnapshot(`"src/content/data/table1.json: Expected a JSON array of rows, received object"`);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareKeys,
  countLabel,
  foldForSearch,
  matchesFilter,
  nextSort,
  readTableView,
  sortKey,
  sortRows,
  visibleRows,
  writeTableView,
  type SortState,
  type SortValue,
} from "../../src/lib/table-view.ts";

interface Row {
  id: string;
  order: number;
  family: string;
  strategy: string;
  ccd: number | null;
  lives: number[];
}

// Five rows shaped like Table 1's: printed order 1–5, some values not reported.
const rows: Row[] = [
  { id: "a", order: 1, family: "NZSP", strategy: "450 °C heat-treated NZSP", ccd: null, lives: [1500, 250] },
  { id: "b", order: 2, family: "NZSP", strategy: "Na-SiO₂ composite", ccd: 0.5, lives: [85] },
  { id: "c", order: 3, family: "NZSP", strategy: "SnOₓ/Sn@NZSP", ccd: 1, lives: [1500, 500] },
  { id: "d", order: 4, family: "BASE", strategy: "Sn@BASE", ccd: null, lives: [1000] },
  { id: "e", order: 5, family: "BASE", strategy: "YSZ-BASE composite", ccd: 7, lives: [] },
];
const valueOf = (row: Row, key: string): SortValue =>
  key === "ccd" ? row.ccd : key === "lives" ? row.lives : key === "strategy" ? row.strategy : null;
const orderOf = (row: Row) => row.order;
const ids = (list: Row[]) => list.map((r) => r.id).join("");
const all = { families: ["NZSP", "BASE"], text: "" };

describe("sortRows", () => {
  it.each([
    [null, "abcde"],
    [{ key: "ccd", direction: "ascending" }, "bcead"],
    [{ key: "ccd", direction: "descending" }, "ecbad"],
    [{ key: "strategy", direction: "ascending" }, "abdce"],
    [{ key: "lives", direction: "ascending" }, "bacde"],
    [{ key: "lives", direction: "descending" }, "acdbe"],
  ] as [SortState | null, string][])("sorts by %j into %s", (sort, expected) => {
    expect(ids(sortRows(rows, sort, valueOf, orderOf))).toBe(expected);
  });

  it("puts rows that do not report the value last in both directions, in printed order", () => {
    for (const direction of ["ascending", "descending"] as const) {
      const sorted = sortRows(rows, { key: "ccd", direction }, valueOf, orderOf);
      expect(ids(sorted).slice(-2)).toBe("ad");
    }
  });

  it("returns a new array and leaves the input as it was", () => {
    const before = ids(rows);
    const sorted = sortRows(rows, { key: "ccd", direction: "descending" }, valueOf, orderOf);
    expect(sorted).not.toBe(rows);
    expect(ids(rows)).toBe(before);
  });

  it("is a permutation that keeps every null after every number, whatever the values", () => {
    const value = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 30 }), fc.constantFrom("ascending", "descending"), (values, direction) => {
        const items = values.map((v, i) => ({ v, i }));
        const sorted = sortRows(items, { key: "v", direction: direction as "ascending" | "descending" }, (x) => x.v, (x) => x.i);
        expect(sorted.map((x) => x.i).sort((a, b) => a - b)).toEqual(items.map((x) => x.i));
        const firstNull = sorted.findIndex((x) => x.v === null);
        if (firstNull >= 0) expect(sorted.slice(firstNull).every((x) => x.v === null)).toBe(true);
        const numbers = sorted.filter((x) => x.v !== null).map((x) => x.v as number);
        const step = direction === "ascending" ? 1 : -1;
        for (let k = 1; k < numbers.length; k++) expect(step * (numbers[k]! - numbers[k - 1]!)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe("sortKey", () => {
  it.each([
    [[1500, 250], "ascending", 250],
    [[1500, 250], "descending", 1500],
    [[], "ascending", null],
    [null, "descending", null],
    [Number.NaN, "ascending", null],
    [0, "ascending", 0],
    ["Sn@BASE", "ascending", "Sn@BASE"],
  ] as [SortValue, "ascending" | "descending", number | string | null][])(
    "reads %j %s as %j",
    (value, direction, key) => {
      expect(sortKey(value, direction)).toBe(key);
    },
  );
});

describe("compareKeys", () => {
  it("reads 0 as a value, not as missing", () => {
    expect(compareKeys(0, null, "ascending")).toBeLessThan(0);
    expect(compareKeys(0, null, "descending")).toBeLessThan(0);
  });

  it("compares texts without regard to case and with numbers in numeric order", () => {
    expect(compareKeys("carbon fiber", "Disordered", "ascending")).toBeLessThan(0);
    expect(compareKeys("Na₃ 9", "Na₃ 10", "ascending")).toBeLessThan(0);
  });
});

describe("nextSort", () => {
  it("starts a new column ascending, then reverses it on the next activation", () => {
    const first = nextSort(null, "ccd");
    expect(first).toEqual({ key: "ccd", direction: "ascending" });
    expect(nextSort(first, "ccd")).toEqual({ key: "ccd", direction: "descending" });
    expect(nextSort(nextSort(first, "ccd"), "ccd")).toEqual({ key: "ccd", direction: "ascending" });
    expect(nextSort({ key: "ccd", direction: "descending" }, "ref")).toEqual({ key: "ref", direction: "ascending" });
  });
});

describe("filtering", () => {
  it.each([
    ["SnO₂", "sno2"],
    ["NaₓMoS₂-carbon", "naxmos2-carbon"],
    ["  Porous   dense\tTrilayer ", "porous dense trilayer"],
    ["Crème", "creme"],
  ])("foldForSearch(%j) gives %j", (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it("finds a strategy typed without subscripts or capitals", () => {
    expect(matchesFilter(rows[2]!, { ...all, text: "snox" })).toBe(true);
    expect(matchesFilter(rows[1]!, { ...all, text: "sio2" })).toBe(true);
    expect(matchesFilter(rows[1]!, { ...all, text: "tio2" })).toBe(false);
  });

  it("hides a family that is unchecked, and everything when none is checked", () => {
    expect(ids(visibleRows(rows, { families: ["BASE"], text: "" }, null, valueOf, orderOf))).toBe("de");
    expect(visibleRows(rows, { families: [], text: "" }, null, valueOf, orderOf)).toEqual([]);
  });

  it("filters, then sorts", () => {
    const shown = visibleRows(rows, { families: ["NZSP"], text: "" }, { key: "ccd", direction: "descending" }, valueOf, orderOf);
    expect(ids(shown)).toBe("cba");
  });

  it("keeps the rows that pass, in their relative order, for any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 4 }), (text) => {
        const shown = visibleRows(rows, { ...all, text }, null, valueOf, orderOf);
        expect(shown).toEqual(rows.filter((r) => matchesFilter(r, { ...all, text })));
      }),
    );
  });
});

describe("countLabel", () => {
  it.each([
    [12, 18, "12 of 18 rows"],
    [0, 34, "0 of 34 rows"],
    [1, 1, "1 of 1 row"],
  ])("counts %i of %i as %j", (shown, total, label) => {
    expect(countLabel(shown, total)).toBe(label);
  });
});

describe("a table's view in the URL", () => {
  const families = ["NZSP", "BASE"];
  const keys = ["strategy", "ccd", "resistance"];

  it("writes a sort, a hidden family and a text under the table's own names, keeping other parameters", () => {
    const query = writeTableView(
      "?theta_deg=72.5",
      "table-1",
      { sort: { key: "ccd", direction: "descending" }, filter: { families: ["BASE"], text: "Sn" } },
      families,
    );
    expect(query).toBe("?theta_deg=72.5&table-1-sort=-ccd&table-1-family=BASE&table-1-q=Sn");
  });

  it("leaves no parameter for the default view, and drops the ones a reset clears", () => {
    const view = { sort: null, filter: { families, text: "" } };
    expect(writeTableView("", "table-1", view, families)).toBe("");
    expect(writeTableView("?table-1-sort=ccd&table-2-q=x", "table-1", view, families)).toBe("?table-2-q=x");
  });

  it("reads back what it wrote", () => {
    const view = { sort: { key: "resistance", direction: "ascending" as const }, filter: { families: ["NZSP"], text: "Na₃" } };
    const query = writeTableView("", "table-2", view, families);
    expect(readTableView(query, "table-2", keys, families)).toEqual(view);
  });

  it("writes an empty family list when every family is hidden, and reads it as none", () => {
    const view = { sort: null, filter: { families: [], text: "" } };
    const query = writeTableView("", "table-1", view, families);
    expect(query).toBe("?table-1-family=");
    expect(readTableView(query, "table-1", keys, families).filter.families).toEqual([]);
  });

  it("ignores an unknown column or family, so an old link still opens the table", () => {
    expect(readTableView("?table-1-sort=-colour&table-1-family=NZSP,glass", "table-1", keys, families)).toEqual({
      sort: null,
      filter: { families: ["NZSP"], text: "" },
    });
  });

  it("reads nothing from another table's parameters", () => {
    expect(readTableView("?table-2-sort=ccd", "table-1", keys, families)).toEqual({ sort: null, filter: { families, text: "" } });
  });
});

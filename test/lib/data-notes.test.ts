import { describe, expect, it } from "vitest";
import { numberNotes } from "../../src/lib/data-notes.ts";

const unit = "The resistance is printed in Ω cm⁻²; the number is read in Ω cm².";
const hours = "The chapter text gives 600 h; the table lists 400 h.";

describe("numberNotes", () => {
  it("numbers notes in order of first appearance and lists a shared note once, for each of its rows", () => {
    const { notes, byRow } = numberNotes([
      { id: "r1", notes: [] },
      { id: "r2", notes: [unit, hours] },
      { id: "r3", notes: [unit] },
    ]);
    expect(notes).toEqual([
      { n: 1, text: unit, rowIds: ["r2", "r3"] },
      { n: 2, text: hours, rowIds: ["r2"] },
    ]);
    expect([...byRow]).toEqual([
      ["r1", []],
      ["r2", [1, 2]],
      ["r3", [1]],
    ]);
  });

  it("lists a note repeated within one row once", () => {
    const { notes, byRow } = numberNotes([{ id: "r1", notes: [unit, unit] }]);
    expect(notes).toHaveLength(1);
    expect(byRow.get("r1")).toEqual([1]);
  });
});

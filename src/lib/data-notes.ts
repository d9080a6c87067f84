/**
 * Numbers a table's data notes for the "Data notes" list under it. A note that several rows share (the
 * same unit slip in three rows) is listed once and linked from each of them.
 */

/** One numbered note and the rows it belongs to. */
export interface DataNote {
  /** Note number, from 1, in order of first appearance. */
  n: number;
  /** The note, in our words, as the data file gives it. */
  text: string;
  /** Ids of the rows it applies to, in the order given. */
  rowIds: string[];
}

/** The notes of `rows` (in printed order), numbered once each, and each row's note numbers. */
export function numberNotes(rows: readonly { id: string; notes: readonly string[] }[]): {
  notes: DataNote[];
  byRow: Map<string, number[]>;
} {
  const byText = new Map<string, DataNote>();
  const byRow = new Map<string, number[]>();
  for (const row of rows) {
    const numbers: number[] = [];
    for (const text of row.notes) {
      let note = byText.get(text);
      if (!note) {
        note = { n: byText.size + 1, text, rowIds: [] };
        byText.set(text, note);
      }
      if (!note.rowIds.includes(row.id)) note.rowIds.push(row.id);
      if (!numbers.includes(note.n)) numbers.push(note.n);
    }
    byRow.set(row.id, numbers);
  }
  return { notes: [...byText.values()], byRow };
}

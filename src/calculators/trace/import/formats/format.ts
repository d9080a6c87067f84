/** What one cycler's export looks like: a small module per format, registered in ./index.ts. */
import type { StateReader, UnitDefaults } from "../columns.ts";

/** The first lines of a file, decoded, without line ends; and its name. */
export interface Head {
  name: string;
  lines: readonly string[];
}

export interface CyclerFormat {
  id: string;
  /** As the mapping sentence names it ("BioLogic EC-Lab text export"). */
  label: string;
  /** True when the head of a file is this format's (from its content; the name only where it must). */
  detect(head: Head): boolean;
  /** Index in head.lines of the header row, when the format says where it is; otherwise it is searched for. */
  headerIndex?(head: Head): number | undefined;
  /** Units of columns whose names carry none. */
  units?: UnitDefaults;
  /** Data rows start with this many empty cells (Neware's nested layout); other rows are skipped. */
  leadingEmpty?: number;
  /** How the state column reads; the text reader (charge, discharge, rest) when absent. */
  state?: StateReader;
  /** An electrode area the file's preamble states, in cm², shown to the reader and never used unasked. */
  headerArea_cm2?(head: Head): number | undefined;
}

/** Index of the first line for which `test` holds, or undefined. */
export function lineIndex(head: Head, test: (line: string) => boolean): number | undefined {
  const i = head.lines.findIndex(test);
  return i === -1 ? undefined : i;
}

/** Splits a header line by the first of tab, semicolon and comma that it holds. */
export function cellsOf(line: string): string[] {
  const d = line.includes("\t") ? "\t" : line.includes(";") ? ";" : ",";
  return line.split(d).map((c) => c.trim().replace(/^"|"$/g, ""));
}

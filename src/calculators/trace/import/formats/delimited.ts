/**
 * Any other delimited text: comma, semicolon or tab, a preamble of any length; the header is the first
 * line whose names include a time and a voltage column. The reader checks the guess in the mapping menus.
 */
import type { CyclerFormat } from "./format.ts";

export const delimited: CyclerFormat = {
  id: "delimited",
  label: "Delimited text",
  detect: () => true,
};

/**
 * Every format the analyser recognises, most specific first: the first whose detect() holds is used. To add
 * a cycler, write one module beside these (detect + where its header is + its units) and list it here.
 */
import { arbin } from "./arbin.ts";
import { bdf } from "./bdf.ts";
import { biologicCsv } from "./biologic-csv.ts";
import { delimited } from "./delimited.ts";
import { eclab } from "./eclab.ts";
import type { CyclerFormat } from "./format.ts";
import { maccor } from "./maccor.ts";
import { neware, newareNested } from "./neware.ts";
import { novonix } from "./novonix.ts";
import { pec } from "./pec.ts";
import { sodiophilic } from "./sodiophilic.ts";

export const formats: readonly CyclerFormat[] = [
  eclab,
  novonix,
  pec,
  newareNested,
  neware,
  maccor,
  arbin,
  bdf,
  biologicCsv,
  sodiophilic,
  delimited,
];

export const formatById = (id: string) => formats.find((f) => f.id === id);
export type { CyclerFormat, Head } from "./format.ts";

/**
 * The first look at a file, from its name and first bytes: a binary format to refuse (saying what to export
 * instead), a spreadsheet to unpack, or text in UTF-8 or Windows-1252.
 */

export type Sniffed =
  | { kind: "text"; encoding: "utf-8" | "windows-1252" }
  | { kind: "xlsx" }
  | { kind: "refused"; message: string };

/** Bytes read from the start of a file to decide; also enough lines to find any preamble's end. */
export const SNIFF_BYTES = 1 << 16;

/** Binary formats by extension, with what to export instead. */
export const binaryFormats: Record<string, string> = {
  mpr: "a BioLogic EC-Lab binary file (.mpr): open it in EC-Lab and use Export as Text to save an .mpt file, then choose that",
  res: "an Arbin binary file (.res): export the test from MITS Pro or Data Watcher as CSV or .xlsx, then choose that",
  nda: "a Neware binary file (.nda): open it in BTSDA and export the records as CSV (or .xlsx), then choose that",
  ndax: "a Neware binary file (.ndax): open it in BTSDA and export the records as CSV (or .xlsx), then choose that",
  cex: "a LANHE / LAND binary file (.cex): open it in LANDdt and export the data as .xlsx or text, then choose that",
  xls: "an old-style Excel file (.xls): save it as .xlsx or CSV in a spreadsheet program, then choose that",
};

/**
 * Every extension the file picker offers: text and spreadsheets, Maccor's numbered extensions (.000 to
 * .999), and the binary formats (so that choosing one explains what to export instead).
 */
export const acceptedExtensions: readonly string[] = [
  ".csv", ".txt", ".tsv", ".mpt", ".dat", ".xlsx",
  ...Object.keys(binaryFormats).map((e) => `.${e}`),
  ...Array.from({ length: 1000 }, (_, i) => `.${String(i).padStart(3, "0")}`),
];

const extensionOf = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";

const startsWith = (bytes: Uint8Array, text: string) => [...text].every((c, i) => bytes[i] === c.charCodeAt(0));

function isUtf8(bytes: Uint8Array): boolean {
  // The head may end inside a character: drop an incomplete last sequence before judging.
  let end = bytes.length;
  for (let k = 1; k <= 3 && end - k >= 0; k++) {
    const b = bytes[end - k]!;
    if ((b & 0xc0) === 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (k < need) end -= k;
      break;
    }
    if ((b & 0x80) === 0) break;
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

export function sniff(name: string, head: Uint8Array): Sniffed {
  const ext = extensionOf(name);
  const refuse = (what: string) => ({ kind: "refused", message: `This is ${what}.` }) as const;
  if (startsWith(head, "BIO-LOGIC MODULAR FILE")) return refuse(binaryFormats.mpr!);
  if (startsWith(head, "PK\x03\x04")) {
    if (ext === "ndax") return refuse(binaryFormats.ndax!);
    if (ext === "xlsx" || ext === "xlsm") return { kind: "xlsx" };
    return refuse(`a compressed (zip) file that is not an .xlsx workbook: unpack it, or save the data as CSV, then choose that`);
  }
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0)
    return refuse(binaryFormats[ext === "xls" ? "xls" : ext] ?? binaryFormats.xls!);
  if (ext in binaryFormats) return refuse(binaryFormats[ext]!);
  if (head.subarray(0, 4096).includes(0))
    return refuse(`not a text file (it holds binary data): export the data from the cycler's software as CSV or text, then choose that`);
  return { kind: "text", encoding: isUtf8(head) ? "utf-8" : "windows-1252" };
}

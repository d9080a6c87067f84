/**
 * An .xlsx workbook as tab-separated lines, for the same text path as every other export. Reads the OOXML
 * itself with fflate's unzip (small, maintained, no dependencies): the data sheet is the one named
 * "Channel…" (Arbin MITS Pro), else the largest. Loaded by the worker only when an .xlsx file is chosen.
 */
import { strFromU8, unzipSync } from "fflate";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescape = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-f]+));/gi, (_, name: string, dec?: string, hex?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ENTITIES[name.toLowerCase()]!,
  );
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const texts = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => unescape(m[1]!)).join("");

function column(ref: string): number {
  let n = 0;
  for (const c of ref) {
    const code = c.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

export type XlsxResult = { ok: true; text: string; sheet: string } | { ok: false; error: string };

export function xlsxToText(bytes: Uint8Array): XlsxResult {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.startsWith("xl/") && f.name.endsWith(".xml") || f.name.endsWith(".rels") });
  } catch {
    return { ok: false, error: "The workbook could not be unpacked (a damaged .xlsx file): save it again as .xlsx or CSV." };
  }
  const read = (path: string) => (files[path] ? strFromU8(files[path]) : undefined);
  const workbook = read("xl/workbook.xml");
  const rels = read("xl/_rels/workbook.xml.rels") ?? "";
  if (!workbook) return { ok: false, error: "This .xlsx file has no workbook inside: save it again as .xlsx or CSV." };
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attr(m[0], "Id"), attr(m[0], "Target")]));
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const target = targets.get(attr(m[0], "r:id")) ?? "";
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    return { name: unescape(attr(m[0], "name") ?? ""), path, size: files[path]?.length ?? 0 };
  });
  const sheet = sheets.find((s) => /^channel/i.test(s.name) && s.size > 0) ?? [...sheets].sort((a, b) => b.size - a.size)[0];
  const xml = sheet && read(sheet.path);
  if (!sheet || !xml) return { ok: false, error: "This workbook has no sheet with data." };
  const shared = [...(read("xl/sharedStrings.xml") ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]!));
  const lines: string[] = [];
  for (const row of xml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells: string[] = [];
    for (const c of row[1]!.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = c[1]!;
      const body = c[2] ?? "";
      const ref = attr(tag, "r");
      const k = ref ? column(ref) : cells.length;
      const type = attr(tag, "t");
      const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
      const value = type === "s" ? (shared[Number(v)] ?? "") : type === "inlineStr" ? texts(body) : unescape(v ?? "");
      while (cells.length < k) cells.push("");
      cells[k] = value.replace(/[\t\r\n]/g, " ");
    }
    lines.push(cells.join("\t"));
  }
  return { ok: true, text: lines.join("\n"), sheet: sheet.name };
}

/** Types for page-bytes.mjs (plain JavaScript so that `npm run bench` runs it without a build step). */
export interface Bytes {
  raw: number;
  gzip: number;
}
export interface PageBytes {
  /** URL path of the page, e.g. "/review/molten/". */
  page: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  files: { css: string[]; js: string[] };
}
export function htmlFiles(dir: string): string[];
export function pageBytes(dir: string, page: string): PageBytes;

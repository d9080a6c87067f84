import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "astro/zod";
import type { LoaderContext } from "astro/loaders";
import { rowsLoader } from "../../src/schemas/rows-loader.ts";

const schema = z.strictObject({ id: z.string(), value_mV: z.number() });

/** A project root holding `rows.json` with `text`, and a loader context that records what is stored. */
function setUp(text: string) {
  const root = mkdtempSync(join(tmpdir(), "rows-loader-"));
  writeFileSync(join(root, "rows.json"), text);
  const stored = new Map<string, unknown>();
  const context = {
    collection: "rows",
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      clear: () => stored.clear(),
      set: ({ id, data }: { id: string; data: unknown }) => (stored.set(id, data), true),
    },
    logger: { debug() {}, info() {}, warn() {}, error() {} },
    generateDigest: (data: unknown) => JSON.stringify(data),
  } as unknown as LoaderContext;
  return { context, stored };
}

describe("rowsLoader", () => {
  it("stores each valid row under its id", async () => {
    const { context, stored } = setUp('[{"id":"a","value_mV":1},{"id":"b","value_mV":2.5}]');
    await rowsLoader({ file: "rows.json", schema }).load(context);
    expect([...stored]).toEqual([
      ["a", { id: "a", value_mV: 1 }],
      ["b", { id: "b", value_mV: 2.5 }],
    ]);
  });

  it("rejects a malformed row with the file, row and field named, storing nothing", async () => {
    const { context, stored } = setUp('[{"id":"a","value_mV":1},{"id":"b","value_mV":"2.5"}]');
    await expect(rowsLoader({ file: "rows.json", schema }).load(context)).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: rows.json: row 2 (id "b"), field "value_mV": Expected number, received string]`);
    expect(stored.size).toBe(0);
  });

  it("names the file when its text is not JSON", async () => {
    const { context } = setUp("[{");
    await expect(rowsLoader({ file: "rows.json", schema }).load(context)).rejects.toThrow(/^rows\.json: Cannot parse the file: /);
  });

  it("lets a parser derive ids for entries that lack them", async () => {
    const { context, stored } = setUp('[{"term":"CCD"}]');
    const parser = (text: string) => (JSON.parse(text) as { term: string }[]).map((e) => ({ id: e.term.toLowerCase(), value_mV: 0 }));
    await rowsLoader({ file: "rows.json", schema, parser }).load(context);
    expect([...stored.keys()]).toEqual(["ccd"]);
  });

  it("offers the row schema to Astro for the collection's types", () => {
    expect(rowsLoader({ file: "rows.json", schema })).toMatchObject({ name: "rows-loader", schema });
  });
});

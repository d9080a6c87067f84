import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import type { z } from "astro/zod";
import { validateRows } from "./validate-rows.ts";

/**
 * Astro content loader for a JSON array of rows: validates the whole file with `validateRows`, so a
 * malformed row stops the build with a message naming the file, the row and the field, then stores one
 * entry per row under the row's `id`.
 */

export interface RowsLoaderOptions<S extends z.ZodType<{ id: string }>> {
  /** Path of the data file relative to the project root, e.g. "src/content/data/table1.json"; errors name it. */
  file: string;
  /** Schema of one row; its output carries the row's string `id`. */
  schema: S;
  /** Turns the file's text into rows (default JSON.parse); lets a file whose entries lack ids derive them. */
  parser?: (text: string) => unknown;
}

/** Reads and parses the file, naming it when the text is not valid. */
async function readRows(path: string, file: string, parser: (text: string) => unknown): Promise<unknown> {
  const text = await readFile(path, "utf-8");
  try {
    return parser(text);
  } catch (error) {
    throw new Error(`${file}: Cannot parse the file: ${(error as Error).message}`);
  }
}

export function rowsLoader<S extends z.ZodType<{ id: string }>>(options: RowsLoaderOptions<S>): Loader & { schema: S } {
  const { file, schema, parser = JSON.parse } = options;
  return {
    name: "rows-loader",
    // Gives the collection its types when content.config.ts does not repeat the schema.
    schema,
    load: async ({ store, config, logger, watcher, generateDigest }: LoaderContext) => {
      const path = fileURLToPath(new URL(file, config.root));
      const sync = async () => {
        const rows = validateRows(file, await readRows(path, file, parser), schema);
        store.clear();
        for (const data of rows) {
          store.set({ id: data.id, data, digest: generateDigest(data), filePath: file });
        }
        logger.debug(`${rows.length} rows from ${file}`);
      };
      await sync();
      // In dev, re-validate on save; a bad edit is reported without stopping the server.
      watcher?.add(path);
      watcher?.on("change", (changed) => {
        if (changed === path) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}

import type { z } from "astro/zod";

/**
 * Checks every row of a data file against a row schema and, when anything is wrong, throws one Error
 * that lists each problem on its own line as `file: row N (id "…"), field "path": message`, so a bad
 * value fails the build with the place to fix it. Rows are numbered from 1, as a reader counts them;
 * array indices inside a field path are JSON's, from 0.
 */

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** `["conditions", 1, "cycleLife_h"]` → `conditions[1].cycleLife_h`. */
export function formatPath(path: readonly PathKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join("");
}

/** The value found at `path` inside `root`, or undefined. */
function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Names a value's JSON type: "string", "number", "null", "array", "object", … */
function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** One issue as "message", without the row and field prefix. */
function describe(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return `Missing (expected ${issue.expected})`;
      // zod reports a fractional number given to .int() as a type error
      if (issue.expected === "int") return `Expected an integer, received ${JSON.stringify(value)}`;
      return `Expected ${issue.expected}, received ${typeName(value)}`;
    case "invalid_value":
      return `Expected one of ${issue.values.map((v) => JSON.stringify(v)).join(" | ")}, received ${JSON.stringify(value)}`;
    case "too_small":
    case "too_big": {
      const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
      const relation = issue.code === "too_small" ? (issue.inclusive ? "≥" : ">") : issue.inclusive ? "≤" : "<";
      if (issue.origin === "array") {
        const count = Array.isArray(value) ? value.length : 0;
        return `Expected ${relation} ${bound} items, received ${count}`;
      }
      return `Expected ${issue.origin} ${relation} ${bound}, received ${JSON.stringify(value)}`;
    }
    case "invalid_format":
      return `Expected a string matching ${issue.pattern ?? issue.format}, received ${JSON.stringify(value)}`;
    default:
      return issue.message;
  }
}

/** The lines of one issue (unrecognized keys give one line per key). */
function issueLines(prefix: string, issue: Issue, row: unknown): string[] {
  const at = (path: readonly PathKey[]) => (path.length ? `, field "${formatPath(path)}"` : "");
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => `${prefix}${at([...issue.path, key])}: Unknown field`);
  }
  return [`${prefix}${at(issue.path)}: ${describe(issue, valueAt(row, issue.path))}`];
}

/** `row 7 (id "ref51-…")`, or `row 7` when the row has no string id. */
function rowLabel(index: number, row: unknown): string {
  const id = valueAt(row, ["id"]);
  return typeof id === "string" ? `row ${index + 1} (id ${JSON.stringify(id)})` : `row ${index + 1}`;
}

/**
 * Parses `rows` (the content of `file`) with `schema`, row by row. Returns the parsed rows, or throws an
 * Error naming the file, the row and the field of every problem, including ids used twice.
 */
export function validateRows<S extends z.ZodType<{ id: string }>>(
  file: string,
  rows: unknown,
  schema: S,
): z.output<S>[] {
  if (!Array.isArray(rows)) {
    throw new Error(`${file}: Expected a JSON array of rows, received ${typeName(rows)}`);
  }
  const problems: string[] = [];
  const parsed: z.output<S>[] = [];
  const firstRowOfId = new Map<string, number>();
  rows.forEach((row: unknown, index) => {
    const prefix = `${file}: ${rowLabel(index, row)}`;
    const id = valueAt(row, ["id"]);
    if (typeof id === "string") {
      const first = firstRowOfId.get(id);
      if (first === undefined) firstRowOfId.set(id, index);
      else problems.push(`${prefix}, field "id": Duplicate of row ${first + 1}`);
    }
    const result = schema.safeParse(row);
    if (result.success) parsed.push(result.data);
    else problems.push(...result.error.issues.flatMap((issue) => issueLines(prefix, issue, row)));
  });
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return parsed;
}

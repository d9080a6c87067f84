import { useEffect, useMemo, useState } from "preact/hooks";
import {
  COMPARE_CHOICES,
  COMPARE_FIELDS,
  readCompare,
  readCompareFields,
  writeCompare,
  type CompareTable,
} from "../../charts/compare.ts";
import { summarizeTable1, summarizeTable2, type Table1Numbers, type Table2Numbers } from "../../charts/compare-summary.ts";
import { announceCompare } from "./chart-hooks.ts";
import { NeedsScript } from "../calculators/kit/NeedsScript.tsx";

type Props =
  | { table: 1; numbers: Table1Numbers }
  | { table: 2; numbers: Table2Numbers };

const summarize = (props: Props, cell: ReturnType<typeof readCompareFields>["cell"]) =>
  props.table === 1 ? summarizeTable1(cell, props.numbers) : summarizeTable2(cell, props.numbers);

/**
 * "Compare your result": the reader's own cell, with the fields of a table's columns. Every change is
 * checked (a bad value gets a message under its field and stays off the charts), written to the URL with
 * replaceState so the link shares it, and announced to the charts on the page. Nothing is sent anywhere.
 */
export default function CompareForm(props: Props) {
  const table: CompareTable = props.table;
  const [raw, setRaw] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState<string[]>([]);
  const [live, setLive] = useState(false);
  const reading = useMemo(() => readCompareFields(table, raw), [raw]);

  useEffect(() => {
    const fromUrl = readCompare(location.search, table);
    setRaw(fromUrl.raw);
    setNotes(fromUrl.notes);
    setLive(true);
  }, []);

  const update = (next: Record<string, string>) => {
    setRaw(next);
    history.replaceState(history.state, "", `${location.pathname}${writeCompare(location.search, table, next)}${location.hash}`);
    announceCompare();
  };
  const set = (name: string, text: string) => update({ ...raw, [name]: text });
  const prefix = `compare${table}`;
  const summary = summarize(props, reading.cell);

  return (
    <section class="compare" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`} class="compare-title">
        Compare your result with Table {table}
      </h3>
      <p class="compare-intro">
        Type your own cell's numbers; any field may stay empty. The charts below draw it as a star labelled “Your cell”. The numbers stay
        in this browser: they are kept only in the page address, so copying the link shares them.
      </p>
      <NeedsScript task="compare your cell" />
      <fieldset disabled={!live}>
        <legend class="visually-hidden">Your cell, Table {table}</legend>
        {COMPARE_FIELDS[table].map(({ field }) => {
          const id = `${prefix}-${field.name}`;
          const error = reading.errors[field.name];
          return (
            <div key={field.name} class={`compare-field${error ? " has-error" : ""}`}>
              <label for={id}>{field.label}</label>
              <span class="compare-input">
                <input
                  id={id}
                  name={field.name}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  spellcheck={false}
                  placeholder={`e.g. ${field.default}`}
                  value={raw[field.name] ?? ""}
                  aria-invalid={error ? "true" : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onInput={(e) => set(field.name, (e.currentTarget as HTMLInputElement).value)}
                />
                <span class="compare-unit">{field.unit}</span>
              </span>
              {error && (
                <span class="compare-error" id={`${id}-error`}>
                  {error}
                </span>
              )}
            </div>
          );
        })}
        {COMPARE_CHOICES[table].map((choice) => (
          <div key={choice.name} class="compare-field">
            <label for={`${prefix}-${choice.name}`}>{choice.label}</label>
            <select
              id={`${prefix}-${choice.name}`}
              name={choice.name}
              value={raw[choice.name] ?? ""}
              onChange={(e) => set(choice.name, (e.currentTarget as HTMLSelectElement).value)}
            >
              <option value="">Not given</option>
              {choice.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div class="compare-actions">
          <button type="button" class="button" onClick={() => update({})}>
            Clear my cell
          </button>
        </div>
      </fieldset>
      <div class="compare-summary" role="status">
        {summary.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {notes.length > 0 && (
        <div class="compare-notes" role="status">
          <p>Some parts of the link were not used:</p>
          <ul>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

import { useHydrated } from "./useHydrated.ts";

interface Props {
  /** Input name, also the URL parameter (e.g. "mode"). */
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange(value: string): void;
  idPrefix: string;
}

/** A group of radio buttons; arrow keys move between them, as browsers do for radios. */
export function ChoiceInput({ name, legend, options, value, onChange, idPrefix }: Props) {
  // Disabled until the island runs: with JavaScript off or from disk, a choice would change nothing.
  const ready = useHydrated();
  return (
    <fieldset class="calc-choice" disabled={!ready}>
      <legend>{legend}</legend>
      {options.map((o) => (
        // The input sits inside its label, so no `for` is needed (html-validate flags it as redundant).
        <label key={o.value}>
          <input
            type="radio"
            id={`${idPrefix}-${name}-${o.value}`}
            name={`${idPrefix}-${name}`}
            data-param={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

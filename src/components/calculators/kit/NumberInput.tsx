import type { NumberField } from "../../../calculators/fields.ts";
import { useHydrated } from "./useHydrated.ts";

interface Props {
  field: NumberField;
  /** Text in the box. */
  value: string;
  /** Message shown under the box when the value cannot be used. */
  error?: string | undefined;
  onInput(text: string): void;
  /** Prefix that makes ids unique when a calculator appears twice on a page. */
  idPrefix: string;
}

/**
 * A labelled numeric input with its unit beside it. A text box (with a decimal keypad on phones) rather
 * than type=number, so that whatever a link carried is shown as it was and flagged, not silently dropped.
 */
export function NumberInput({ field, value, error, onInput, idPrefix }: Props) {
  const id = `${idPrefix}-${field.name}`;
  // Read-only until the island runs: with JavaScript off or from disk, typing would change nothing.
  const ready = useHydrated();
  const describedBy = [error ? `${id}-error` : "", field.help ? `${id}-help` : ""].filter(Boolean).join(" ");
  return (
    <div class={`calc-field${error ? " has-error" : ""}`}>
      <label for={id}>{field.label}</label>
      <div class="calc-input">
        <input
          id={id}
          name={field.name}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={value}
          readOnly={!ready}
          aria-invalid={error ? "true" : undefined}
          aria-describedby={describedBy || undefined}
          onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        />
        {field.unit && <span class="calc-unit">{field.unit}</span>}
      </div>
      {error && (
        <p class="calc-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {field.help && (
        <p class="calc-help" id={`${id}-help`}>
          {field.help}
        </p>
      )}
    </div>
  );
}

interface Props {
  /** The select's name, also the URL parameter (e.g. "resistanceConvention"). */
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange(value: string): void;
  /** Prefix that makes ids unique when a calculator appears twice on a page. */
  idPrefix: string;
  /** One line of help under the select. */
  help?: string;
}

/** A labelled drop-down for a setting with a fixed set of values, named as in the URL. */
export function SelectInput({ name, label, options, value, onChange, idPrefix, help }: Props) {
  const id = `${idPrefix}-${name}`;
  return (
    <div class="calc-field">
      <label for={id}>{label}</label>
      <select
        id={id}
        name={name}
        class="calc-select"
        value={value}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {help && (
        <p class="calc-help" id={`${id}-help`}>
          {help}
        </p>
      )}
    </div>
  );
}

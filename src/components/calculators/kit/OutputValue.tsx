interface Props {
  /** Output name, e.g. "workOfAdhesion_mJ_m2". */
  name: string;
  label: string;
  unit?: string;
  /** The formatted result, or undefined when it cannot be computed. */
  value?: string | undefined;
  /** Why there is no result (shown after "—"). */
  reason?: string | undefined;
  /** Hidden until the reader asks (teacher mode). */
  hidden?: boolean;
  onReveal?: () => void;
}

/** One result: an <output> holding the number as plain text, its unit beside it, or "—" and the reason. */
export function OutputValue({ name, label, unit, value, reason, hidden, onReveal }: Props) {
  return (
    <div class="calc-result">
      <dt>{label}</dt>
      <dd>
        {hidden ? (
          <button type="button" class="button" onClick={onReveal}>
            Reveal<span class="visually-hidden"> {label}</span>
          </button>
        ) : (
          <>
            <output name={name}>{value ?? "—"}</output>
            {value !== undefined && unit && <span class="calc-unit"> {unit}</span>}
            {value === undefined && reason && <span class="calc-reason"> {reason}</span>}
          </>
        )}
      </dd>
    </div>
  );
}

interface Props {
  /** Output name, e.g. "workOfAdhesion_mJ_m2". */
  name: string;
  label: string;
  unit?: string;
  /** The formatted result, or undefined when it cannot be computed. */
  value?: string | undefined;
  /**
   * Standard uncertainty of the result, formatted (e.g. with formatMeasured), shown as " ± δ" in a span after
   * the <output>, whose own text stays the plain number.
   */
  uncertainty?: string | undefined;
  /** Why there is no result (shown after "—"). */
  reason?: string | undefined;
  /** Hidden until the reader asks (teacher mode). */
  hidden?: boolean;
  onReveal?: () => void;
}

/**
 * One result: an <output> holding the number as plain text, its uncertainty (" ± δ", read out as "plus or
 * minus δ") and unit beside it, or "—" and the reason.
 */
export function OutputValue({ name, label, unit, value, uncertainty, reason, hidden, onReveal }: Props) {
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
            {value !== undefined && uncertainty !== undefined && (
              <span class="calc-uncertainty">
                {" "}
                <span aria-hidden="true">±</span>
                <span class="visually-hidden">plus or minus</span> {uncertainty}
              </span>
            )}
            {value !== undefined && unit && <span class="calc-unit"> {unit}</span>}
            {value === undefined && reason && <span class="calc-reason"> {reason}</span>}
          </>
        )}
      </dd>
    </div>
  );
}

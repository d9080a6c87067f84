/** One result as the summary shows it. */
export interface SummaryItem {
  /** Short label, e.g. "W_a". */
  label: string;
  /** The formatted result, or undefined when it cannot be computed. */
  value?: string | undefined;
  unit?: string;
  /** Hidden in teacher mode: the summary must not give it away. */
  hidden?: boolean;
}

/**
 * The key results in one line that stays at the top of the screen while a phone reader scrolls through
 * the inputs (calculator.css makes it sticky below 48rem and hides it where the results sit beside the
 * inputs). It repeats what the <output> elements hold, so assistive technology skips it.
 */
export function ResultSummary({ items }: { items: SummaryItem[] }) {
  return (
    <div class="calc-summary" aria-hidden="true" data-summary>
      {items.map((item) => (
        <span class="calc-summary-item" key={item.label}>
          <span class="calc-summary-label">{item.label}</span>{" "}
          {item.hidden ? (
            <span class="calc-summary-hidden">hidden</span>
          ) : (
            <>
              <span class="calc-summary-value">{item.value ?? "—"}</span>
              {item.value !== undefined && item.unit && <span class="calc-unit"> {item.unit}</span>}
            </>
          )}
        </span>
      ))}
    </div>
  );
}

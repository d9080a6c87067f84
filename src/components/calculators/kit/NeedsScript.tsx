import { useHydrated } from "./useHydrated.ts";

interface Props {
  /** What the reader cannot do without the script, e.g. "change the values" or "read a file". */
  task: string;
}

/**
 * Says why the fields do not answer, in the prerendered HTML only: the stylesheet shows the sentence that fits
 * (JavaScript off, or the page opened from disk, where browsers refuse the island's modules) and nothing
 * while the island is about to start; it is gone once the island runs.
 */
export function NeedsScript({ task }: Props) {
  if (useHydrated()) return null;
  return (
    <p class="needs-script">
      <span class="needs-script-off">
        To {task}, this needs JavaScript, which is off in this browser. What is shown is computed for the default values.
      </span>
      <span class="needs-script-disk">
        To {task}, serve the site from a web server (any static one, e.g. <code>python3 -m http.server</code> in its
        folder): opened from disk, browsers do not start this page’s scripts. What is shown is computed for the
        default values.
      </span>
    </p>
  );
}

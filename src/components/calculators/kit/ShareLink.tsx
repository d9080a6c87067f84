import { useState } from "preact/hooks";

interface Props {
  /** Path of the calculator's own page, relative to the current page (e.g. "../../calculators/ccd/"). */
  pageHref: string;
  /** Query string reproducing the state, with its "?". */
  query: string;
}

/** A link that reproduces the calculator's state, and a button that copies it. */
export function ShareLink({ pageHref, query }: Props) {
  const [status, setStatus] = useState("");
  const href = `${pageHref}${query}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(new URL(href, location.href).href);
      setStatus("Link copied.");
    } catch {
      setStatus("The browser refused to copy: use the link instead.");
    }
  };
  return (
    <p class="calc-share">
      <a href={href}>Link to this calculation</a>{" "}
      <button type="button" class="button" onClick={copy}>
        Copy link
      </button>{" "}
      <span role="status" class="copy-status">
        {status}
      </span>
    </p>
  );
}

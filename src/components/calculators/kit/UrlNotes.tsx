/** Says what a shared link carried that the calculator did not use. */
export function UrlNotes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <div class="calc-notes" role="status">
      <p>Some settings in the link were not used:</p>
      <ul>
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}

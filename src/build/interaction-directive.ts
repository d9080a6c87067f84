import type { ClientDirective } from "astro";

/**
 * `client:interaction`: hydrates a calculator when the reader first reaches for it (a pointer over or on
 * it, a touch, or the keyboard's focus inside it), so opening the page runs no island code and the
 * prerendered results show at once. A URL with a query carries a state the prerendered HTML does not show
 * (a shared link, a teacher's hidden results), so then the island hydrates straight away.
 */
const interaction: ClientDirective = (load, _options, el) => {
  const events = ["pointerover", "pointerdown", "touchstart", "focusin"] as const;
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    for (const type of events) el.removeEventListener(type, start);
    const hydrate = await load();
    await hydrate();
    // What the reader typed or ticked while the island's code loaded is in the fields but not in its state:
    // replay it as the events the island listens to.
    el.querySelectorAll("input").forEach((input) => {
      // A radio button reports the choice made, not the one it replaced.
      const changed =
        input.type === "radio" ? input.checked && !input.defaultChecked
        : input.type === "checkbox" ? input.checked !== input.defaultChecked
        : input.value !== input.defaultValue;
      const checkable = input.type === "radio" || input.type === "checkbox";
      if (changed) input.dispatchEvent(new Event(checkable ? "change" : "input", { bubbles: true }));
    });
  };
  if (location.search.length > 1) {
    void start();
    return;
  }
  for (const type of events) el.addEventListener(type, start, { passive: true });
};

export default interaction;

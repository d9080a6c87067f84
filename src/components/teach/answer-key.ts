/**
 * The "Answer key" switch on /teach/: pressed, it marks the page (class "answer-key" on <body>, which the
 * print stylesheet reads) and opens every solution so that printing gives the key; released, it folds back
 * the solutions the reader had not opened. Without JavaScript the switch stays hidden and /teach/answers/
 * serves the same purpose.
 */
const button = document.querySelector<HTMLButtonElement>("[data-answer-key]");
if (button) {
  const solutions = () => [...document.querySelectorAll<HTMLDetailsElement>("details.solution")];
  let openBefore = new Set<HTMLDetailsElement>();
  button.hidden = false;
  button.addEventListener("click", () => {
    const on = button.getAttribute("aria-pressed") !== "true";
    button.setAttribute("aria-pressed", String(on));
    document.body.classList.toggle("answer-key", on);
    if (on) {
      openBefore = new Set(solutions().filter((d) => d.open));
      for (const d of solutions()) d.open = true;
    } else {
      for (const d of solutions()) d.open = openBefore.has(d);
    }
  });
}

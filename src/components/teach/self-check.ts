/**
 * Brings the self-checks of /teach/ to life (markup in SelfCheck.astro): Check, or Enter in the box, reads
 * the answer with its unit and shows the verdict in the status line, which screen readers announce.
 * Plain DOM code rather than an island: the whole page then ships a few kilobytes of JavaScript.
 */
import { checkAnswer, type Tolerance } from "../../teach/check-answer.ts";

for (const box of document.querySelectorAll<HTMLElement>("[data-self-check]")) {
  const input = box.querySelector("input")!;
  const button = box.querySelector("button")!;
  const result = box.querySelector<HTMLElement>("[role=status]")!;
  const expected = {
    value: Number(box.dataset.value),
    unit: box.dataset.unit ?? "",
    tolerance: JSON.parse(box.dataset.tolerance ?? "{}") as Tolerance,
  };
  const check = () => {
    const verdict = checkAnswer(input.value, expected);
    result.textContent = verdict.message;
    result.className = `self-check-result is-${verdict.status}`;
    if (verdict.status === "invalid") input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  };
  button.addEventListener("click", check);
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") check();
  });
  input.addEventListener("input", () => {
    result.textContent = "";
    result.className = "self-check-result";
    input.removeAttribute("aria-invalid");
  });
  box.hidden = false;
}

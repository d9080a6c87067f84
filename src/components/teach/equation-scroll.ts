/**
 * A solution's equation wider than the column scrolls sideways; such an equation, and only such, is made
 * focusable so that keyboard users can scroll it too. Widths change when a solution opens and when the
 * window is resized, so the check runs again then.
 */
function markScrollable(): void {
  for (const tex of document.querySelectorAll<HTMLElement>(".solution-tex")) {
    if (tex.scrollWidth > tex.clientWidth + 1) tex.tabIndex = 0;
    else tex.removeAttribute("tabindex");
  }
}

markScrollable();
for (const details of document.querySelectorAll("details.solution")) details.addEventListener("toggle", markScrollable);
let pending = 0;
window.addEventListener("resize", () => {
  cancelAnimationFrame(pending);
  pending = requestAnimationFrame(markScrollable);
});

/** Props every calculator island takes from its Astro wrapper. */
export interface CalculatorIslandProps {
  /** In a chapter: the page's URL is left alone, and the share link points at the calculator's own page. */
  embedded?: boolean;
  /** The calculator's page, relative to the current page; its query reproduces the state. */
  pageHref: string;
  /** The site root, relative to the current page (e.g. "../../"), for reference links. */
  root: string;
  /** Level of the calculator's own heading; its sections take the next level. */
  headingLevel?: 2 | 3 | 4;
  /** The calculator's heading text. */
  title: string;
}

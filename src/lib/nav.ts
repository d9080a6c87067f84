/** The site's main sections, in header order. Paths are relative to the site root. */
export const mainNav = [
  { label: "Review", path: "review/" },
  { label: "Data", path: "data/" },
  { label: "Calculators", path: "calculators/" },
  { label: "Teach", path: "teach/" },
  { label: "References", path: "references/" },
  { label: "Glossary", path: "glossary/" },
  { label: "About", path: "about/" },
] as const;

/** The review this site presents, for credits and citation. */
export const review = {
  authors: "Chenbo Yuan, Rui Li, Xiaowen Zhan, Vincent L. Sprenkle, Guosheng Li",
  shortAuthors: "Yuan, Li, Zhan, Sprenkle and Li",
  title: "Stabilizing Metallic Na Anodes via Sodiophilicity Regulation: A Review",
  journal: "Materials",
  year: 2022,
  volume: 15,
  article: 4636,
  doi: "10.3390/ma15134636",
  licence: "CC BY 4.0",
  licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
} as const;

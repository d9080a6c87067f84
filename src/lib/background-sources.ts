/**
 * Sources of the background this edition adds to the review: textbook physics, constants and context
 * that the review does not state. They are numbered B1, B2, … so that the review's own numbering of its
 * 92 references stays exact. Listed on the About page (#background-sources); cited by <Aside sources="…">.
 */
export interface BackgroundSource {
  /** Short key used in chapters, e.g. "crc". */
  key: string;
  /** Bibliographic entry as shown on the About page. */
  text: string;
}

export const BACKGROUND_SOURCES: readonly BackgroundSource[] = [
  {
    key: "crc",
    text: "Haynes, W.M. (ed.). CRC Handbook of Chemistry and Physics, 97th ed. CRC Press, 2016: density and melting point of Na, standard electrode potentials, abundance of the elements in Earth's crust, surface tension of water, standard Gibbs energies of formation.",
  },
  {
    key: "codata",
    text: "Tiesinga, E.; Mohr, P.J.; Newell, D.B.; Taylor, B.N. CODATA recommended values of the fundamental physical constants: 2018. Rev. Mod. Phys. 2021, 93, 025010: the Faraday constant.",
  },
  {
    key: "ciaaw",
    text: "Prohaska, T. et al. Standard atomic weights of the elements 2021 (IUPAC Technical Report). Pure Appl. Chem. 2022, 94, 573–600: molar masses.",
  },
  {
    key: "anl",
    text: "Fink, J.K.; Leibowitz, L. Thermodynamic and transport properties of sodium liquid and vapor. Argonne National Laboratory, ANL/RE-95/2, 1995: surface tension and density of liquid Na.",
  },
  {
    key: "capillarity",
    text: "de Gennes, P.-G.; Brochard-Wyart, F.; Quéré, D. Capillarity and Wetting Phenomena. Springer, 2004: Young's and the Young–Dupré equations, capillary length, Laplace pressure, spreading.",
  },
  {
    key: "reactive-wetting",
    text: "Eustathopoulos, N.; Nicholas, M.G.; Drevet, B. Wettability at High Temperatures. Pergamon, 1999: reactive wetting of liquid metals on ceramics.",
  },
  {
    key: "liquid-metals",
    text: "Iida, T.; Guthrie, R.I.L. The Physical Properties of Liquid Metals. Clarendon Press, 1988: surface tensions of the liquid alkali metals.",
  },
  {
    key: "phase-diagrams",
    text: "Massalski, T.B. (ed.). Binary Alloy Phase Diagrams, 2nd ed. ASM International, 1990: the Na–K, Na–Cs and Na–Pb systems.",
  },
  {
    key: "electrochem",
    text: "Bard, A.J.; Faulkner, L.R. Electrochemical Methods: Fundamentals and Applications, 2nd ed. Wiley, 2001: Ohm's law for an interface, impedance spectroscopy, Sand's equation, the C-rate convention.",
  },
  {
    key: "sei",
    text: "Peled, E. The electrochemical behavior of alkali and alkaline earth metals in nonaqueous battery systems — the solid electrolyte interphase model. J. Electrochem. Soc. 1979, 126, 2047–2051.",
  },
  {
    key: "hard-carbon",
    text: "Irisarri, E.; Ponrouch, A.; Palacín, M.R. Review — Hard carbon negative electrode materials for sodium-ion batteries. J. Electrochem. Soc. 2015, 162, A2476–A2482: practical capacities of hard carbon near 300 mAh g⁻¹.",
  },
  {
    key: "gic",
    text: "Jache, B.; Adelhelm, P. Use of graphite as a highly reversible electrode with superior cycle life for sodium-ion batteries by making use of co-intercalation phenomena. Angew. Chem. Int. Ed. 2014, 53, 10169–10173: Na enters graphite only together with ether solvent molecules.",
  },
  {
    key: "beta-alumina",
    text: "Lu, X.; Xia, G.; Lemmon, J.P.; Yang, Z. Advanced materials for sodium-beta alumina batteries: Status, challenges and perspectives. J. Power Sources 2010, 195, 2431–2442: the layered structure of β″-alumina and its conduction planes.",
  },
  {
    key: "nucleation",
    text: "Pei, A.; Zheng, G.; Shi, F.; Li, Y.; Cui, Y. Nanoscale nucleation and growth of electrodeposited lithium metal. Nano Lett. 2017, 17, 1132–1139: nucleation overpotential, and how the number of nuclei sets the size of deposits.",
  },
  {
    key: "mxene",
    text: "Naguib, M.; Mochalin, V.N.; Barsoum, M.W.; Gogotsi, Y. 25th anniversary article: MXenes: a new family of two-dimensional materials. Adv. Mater. 2014, 26, 992–1005: composition and surface terminations of MXenes.",
  },
];

/** The label of a background source, "B1" for the first. */
export function backgroundLabel(key: string): string {
  const i = BACKGROUND_SOURCES.findIndex((s) => s.key === key);
  if (i < 0) throw new Error(`Unknown background source "${key}"; add it to src/lib/background-sources.ts.`);
  return `B${i + 1}`;
}

/** Parses a sources attribute, "crc, codata", into keys; every key must be listed above. */
export function parseBackgroundSources(list: string): string[] {
  const keys = list.split(",").map((k) => k.trim()).filter(Boolean);
  for (const k of keys) backgroundLabel(k);
  return keys;
}

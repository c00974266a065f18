// Word lists of the identity core: the abbreviations people write in this field (Svcs =
// Services, WC = Workers' Compensation), legal suffixes that do not change who an organisation
// is (Inc, LLC), and the common words that prove nothing when two names share them ("Medical",
// "Pacific"). Maintained here: add a word, every comparison and the index pick it up.

const ABBREVIATIONS: Record<string, string> = {
  svcs: "services",
  svc: "services",
  srvcs: "services",
  serv: "services",
  servs: "services",
  service: "services",
  mgmt: "management",
  mgt: "management",
  mngmt: "management",
  ins: "insurance",
  insur: "insurance",
  med: "medical",
  medl: "medical",
  ctr: "center",
  cntr: "center",
  centre: "center",
  assoc: "associates",
  assocs: "associates",
  assn: "association",
  associate: "associates",
  grp: "group",
  hosp: "hospital",
  hosps: "hospitals",
  natl: "national",
  nat: "national",
  intl: "international",
  internat: "international",
  comp: "compensation",
  admin: "administrators",
  admins: "administrators",
  administration: "administrators",
  administrator: "administrators",
  adm: "administrators",
  univ: "university",
  st: "saint",
  ste: "sainte",
  mt: "mount",
  ft: "fort",
  dept: "department",
  dpt: "department",
  cnty: "county",
  tech: "technologies",
  technology: "technologies",
  techs: "technologies",
  sys: "systems",
  system: "systems",
  mfg: "manufacturing",
  pharm: "pharmaceuticals",
  pharma: "pharmaceuticals",
  labs: "laboratories",
  lab: "laboratories",
  laboratory: "laboratories",
  rehab: "rehabilitation",
  ortho: "orthopedic",
  orthopaedic: "orthopedic",
  orthopedics: "orthopedic",
  orthopaedics: "orthopedic",
  bros: "brothers",
  mgrs: "managers",
  dist: "district",
  distr: "district",
  cty: "city",
  calif: "california",
  cal: "california",
  amer: "american",
  fin: "financial",
  finl: "financial",
  fed: "federal",
  gen: "general",
  govt: "government",
  hlth: "health",
  hc: "healthcare",
  inst: "institute",
  mfrs: "manufacturers",
  mut: "mutual",
  so: "south",
  phys: "physicians",
  physician: "physicians",
  prof: "professional",
  rx: "pharmacy",
  sci: "sciences",
  science: "sciences",
  soc: "society",
  surg: "surgery",
  surgical: "surgery",
  therapeutics: "therapy",
  util: "utilization",
  wkrs: "workers",
  worker: "workers",
  indem: "indemnity",
  cas: "casualty",
  prop: "property",
  co_op: "cooperative",
  coop: "cooperative",
  dr: "doctor",
  drs: "doctors",
  assocation: "association",
};
/** Abbreviations that stand for more than one word. */
const MULTI: Record<string, string[]> = {
  wc: ["workers", "compensation"],
  socal: ["south", "california"],
  norcal: ["north", "california"],
  tpa: ["third", "party", "administrators"],
};

/** Suffixes of the legal form: dropped when they end a name ("Acme Co." = "Acme"). */
export const LEGAL_SUFFIXES = new Set([
  "inc",
  "incorporated",
  "llc",
  "llp",
  "lp",
  "ltd",
  "limited",
  "corp",
  "corporation",
  "co",
  "company",
  "pc",
  "apc",
  "pllc",
  "plc",
  "lc",
  "pa",
  "na",
  "gmbh",
  "sa",
  "ag",
  "lllp",
]);

export const STOPWORDS = new Set(["the", "of", "and", "for", "a", "an", "at", "in", "on", "de", "del", "la", "y"]);

/** Words so common in names of carriers, providers and firms that sharing them proves nothing. */
export const COMMON_WORDS = new Set(
  `
medical services group pacific health healthcare california claims insurance company national
american america united general first western southern northern eastern central valley bay area
coast coastal golden state city county community care center centers hospital hospitals clinic
clinics associates associated association partners management administrators solutions systems
network physicians doctor doctors surgery orthopedic rehabilitation therapy physical pain spine
sports imaging diagnostic diagnostics radiology laboratories pharmacy pharmaceuticals workers
compensation risk mutual fund trust financial holdings enterprises international global regional
premier advanced integrated family primary urgent occupational legal law office offices firm
attorneys department university saint mount fort san los las santa angeles diego francisco jose
sacramento orange riverside north south east west new life casualty property indemnity assurance
underwriters specialty specialists adjusting adjusters review utilization consulting resources
staffing industries manufacturing construction transportation logistics foods products
technologies express plus one best quality total complete comprehensive alliance allied
consolidated standard superior institute foundation memorial regional district school schools
unified public government federal employers employees employee benefit benefits plan plans
partners partnership professional professionals medicine neurology psychiatry psychology
chiropractic dental vision home homes senior services wellness recovery injury injuries work
works occupational trucking transport retail stores market markets bank mutual reinsurance
agency agencies brokers broker services inland empire southland sierra metro metropolitan
valley hills city southwest northwest southeast northeast sun golden west coast bayside
third party managers cooperative society sciences surgical surgeons surgeon doctors practice
practices medical capital
`
    .split(/\s+/)
    .filter(Boolean),
);

export type Expansion = { tokens: string[]; from: string | null };

/** The full words a token stands for, and the abbreviation it was written as (null if none). */
export function expandToken(token: string): Expansion {
  const multi = MULTI[token];
  if (multi) return { tokens: multi, from: token };
  const one = ABBREVIATIONS[token];
  if (one) return { tokens: [one], from: token };
  return { tokens: [token], from: null };
}

/** A word of the dictionary (common word or an expansion): two such words are never typos of each other. */
export const isKnownWord = (token: string): boolean =>
  COMMON_WORDS.has(token) || STOPWORDS.has(token) || LEGAL_SUFFIXES.has(token) || ABBREVIATIONS[token] !== undefined;

/** Every dictionary word of three letters or more (common words, abbreviations and what they stand for). */
export const KNOWN_WORDS: readonly string[] = [
  ...new Set([
    ...COMMON_WORDS,
    ...LEGAL_SUFFIXES,
    ...Object.keys(ABBREVIATIONS),
    ...Object.values(ABBREVIATIONS),
    ...Object.values(MULTI).flat(),
  ]),
].filter((w) => w.length >= 3);

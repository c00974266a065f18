// The maintained allow-list of words that look like names and must stay in a published
// determination (IMR-DOMAIN 11: clinical content stays): medical eponyms (tests, signs,
// diseases, fractures), drug and brand names, and the names of guidelines and of the IMR
// organization that every letter cites. The name finder never proposes these words as a
// name; a known party's own name still wins where it is written as a name ("Mr. Hawkins",
// "Dr. Bennett"), not where it is written as the term ("Hawkins test", "Bennett fracture").
// Add a word here (lower case) when a clinical word is removed or flagged by mistake.

const EPONYMS = `
romberg mcmurray apley lachman phalen tinel spurling hoffmann hoffman babinski finkelstein hawkins
neer kernig brudzinski patrick faber gaenslen waddell crohn graves hashimoto parkinson
alzheimer bell colles smith barton bennett dupuytren achilles baker schober thomas ober trendelenburg
yergason speed o'brien obrien adson apprehension jobe lhermitte valsalva 
hoover homan homans mcburney rovsing tinel's durkan froment wartenberg guyon kienbock
kienböck quervain quervain osgood schlatter sever scheuermann legg perthes paget raynaud
sjogren sjögren reiter bechterew strumpell guillain barre barré charcot tarlov schmorl
modic pfirrmann meyerding cobb chiari horner sequard sequard 
stinchfield thessaly nachlas yeoman kemp milgram bragard lasegue laségue fajersztajn naffziger
patte gerber cozen 
oswestry mini-mental folstein epworth
`;

const DRUGS = `
kenalog celebrex norco lyrica cymbalta toradol medrol mobic flexeril soma ultram percocet vicodin
lidoderm voltaren neurontin zanaflex ambien xanax valium tylenol advil aleve depo-medrol depomedrol
marcaine lidocaine botox synvisc euflexxa duexis terocin flector nucynta oxycontin butrans suboxone
ketamine baclofen tizanidine gabapentin pregabalin duloxetine tramadol meloxicam naproxen ibuprofen
omeprazole prilosec protonix pantoprazole ranitidine zantac cyclobenzaprine methocarbamol robaxin
skelaxin metaxalone carisoprodol hydrocodone oxycodone morphine ms-contin kadian dilaudid
hydromorphone fentanyl duragesic methadone buprenorphine belbuca opana oxymorphone tapentadol
codeine acetaminophen diclofenac celecoxib etodolac nabumetone ketorolac indomethacin
amitriptyline elavil nortriptyline pamelor trazodone desyrel zolpidem lunesta eszopiclone
sertraline zoloft fluoxetine prozac escitalopram lexapro citalopram celexa venlafaxine effexor
bupropion wellbutrin lorazepam ativan clonazepam klonopin alprazolam diazepam topamax topiramate
depakote lamictal keppra narcan naloxone naltrexone vivitrol sumatriptan imitrex fioricet
prednisone methylprednisolone dexamethasone decadron triamcinolone betamethasone celestone
bupivacaine ropivacaine sensorcaine xylocaine orphenadrine norflex lidopro capsaicin
hyaluronic orthovisc supartz gel-one monovisc hyalgan durolane prp
`;

/** Guidelines, their publishers and the IMR organization: cited in every letter. */
const CITED = `
maximus mtus acoem odg ama dwc imr ur qme ame pqme wcab eams cms medicare medi-cal medicaid
`;

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

export const MEDICAL_TERMS: ReadonlySet<string> = new Set([...words(EPONYMS), ...words(DRUGS), ...words(CITED)]);
export const DRUG_NAMES: ReadonlySet<string> = new Set(words(DRUGS));

const normalize = (word: string) =>
  word
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2019`]/g, "'")
    .replace(/'s$/, "")
    .replace(/s'$/, "s");

/** True for a word of the allow-list ("Romberg", "Norco", "O'Brien's", "TINEL"). */
export function isMedicalTerm(word: string): boolean {
  const w = normalize(word);
  return MEDICAL_TERMS.has(w) || MEDICAL_TERMS.has(w.replace(/'/g, ""));
}

/** True for a drug or brand name: never a name in clinical text. */
export function isDrugName(word: string): boolean {
  return DRUG_NAMES.has(normalize(word));
}

/**
 * The words after an eponym that make it the clinical term: "Hawkins test", "Bell's palsy",
 * "Colles fracture", "Baker's cyst", "Patrick (FABER) test", "Thomas test", "Crohn's disease".
 */
export const EPONYM_CONTEXT =
  /^(?:'s?)?[^\S\n]*(?:\(\s*[A-Za-z]+\s*\)\s*)?(?:test|tests|testing|sign|signs|maneuver|manoeuvre|maneuvers|palsy|fracture|fractures|disease|syndrome|cyst|contracture|tendon|tendinitis|tendinopathy|rupture|reflex|reflexes|impingement|thyroiditis|phenomenon|score|scale|index|questionnaire|classification|grade|type|procedure|operation|release|position|gait)\b/i;

/** True when the allow-listed word at [start, end) of `text` is used as the clinical term. */
export function isClinicalUse(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!isMedicalTerm(word)) return false;
  if (isDrugName(word)) return true;
  const after = text.slice(end, end + 40);
  if (EPONYM_CONTEXT.test(after)) return true;
  // "positive Hawkins and Neer" / "McMurray, Apley and Lachman were negative": next to another eponym
  const next = /^[^\S\n]*(?:,|and|or|\/)[^\S\n]*(?:and[^\S\n]+)?([\p{L}'-]+)/iu.exec(after);
  if (next && isMedicalTerm(next[1])) return true;
  // "positive Tinel's at the wrist", "negative Spurling"
  const before = text.slice(Math.max(0, start - 30), start);
  if (/(?:positive|negative|\+|-|equivocal|modified|bilateral|left|right)[^\S\n]*$/i.test(before)) return true;
  return false;
}

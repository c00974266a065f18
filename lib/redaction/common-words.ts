// Names that are also ordinary or clinical words. Redaction removes a person's surname (and
// given name) standing alone only when it is NOT one of these: "Long", "Young", "Bell",
// "Park", "Walker" or "Burns" alone would otherwise eat "Long-term", "Walker was provided",
// "Burns over the forearm" or a guideline title such as "Neck and Upper Back ... Page(s): 174".
// Such names are still removed in every form that marks them as a name: with the first name
// or an initial ("John Long", "J. Long", "LONG, JOHN"), with a title ("Dr. Long", "Ms. Long")
// or with a credential ("Long, M.D."). Everything here is compared in lower case.
import { PARTICLES } from "./person-name.ts";

const ENGLISH = `
able april art ash august baker banks barber bell best bill birch bird bishop black bliss
block bloom board bold bond booth bowman brave bridge bridges bright brook brooks brown buck
bull burn burns bush butcher cannon carpenter carter case cash castle chance chase cherry
child church clay cliff cloud coffee cole cook cooper coral cotton crane cross
crow crown dale dawn day dean dear dove drake driver duke earl early east easter english
fair faith farmer field fields finch fish fisher flint ford forest fox frank free freeman
french frost gale gates gay gem gene gentle german glass glen gold golden good goodman grace
grant gray green grey guy hale hall hardy hart hawk hay hazel heath heather hill hills holly
honey hood hope house hunt hunter irish iron irons ivy jack jade jewel jolly joy judge june
king knight lake lamb lane law lawyer little long lord loss love lovely low major mark marks
marsh mason may meadow meadows mercy merry mill miller mills moody moon moore moss new
newman noble north oak olive page palmer park parks parsons pat patience peace pearl penny
pepper person pike pine plum poole pope porter potter pound power powers price prince rain
ray read reed rich rider ring river rivers robin rock rose rowe ruby rush sage salmon salt
sawyer sharp shepherd short silver sky small snow south sparrow spring springs squire star
stark state steel stern still stone storm strange street stress strong summer summers sun
swan sweet swift tailor tall temple thorn tower trump turner violet wade walker wall walls
ward warden waters way weaver well wells west white wild will wills wise wolf wood woods
work worth young
`;

// Body parts, findings, treatments, devices and document words that are also surnames, and
// words of clinical text that are one-word organization names.
const CLINICAL = `
ache acute arm arms back bed bile blood bone bones brace brain branch breath calf cane cap
care cast chin chest cold cord cough cramp cross cure date disc disk dose drug ear fall falls
fat fever fine foot gait gland gut hair hand hands head heal heart heat heel hip ice joint
joints knee lip liver lung lungs mass nail nails neck nerve nerves nurse pace pain palm
patient pill plate pulse rest rib root roots scar shin side skin sleep sling spine stem
stroke test tests toe vein wade weight wrist
balance choice comfort core focus option premier prime relief select target vital
`;

// Upper-case abbreviations of the letters that could be read as a name in capitals.
const ABBREVIATIONS = `
ace adl ame bid cbc cpt dme dor emg esi hep imr mmi mri mtus ncv odg pmr pqme prn ptp qid qme
rfa rom slr tens tid ttd upd
`;

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...words(ENGLISH),
  ...words(CLINICAL),
  ...words(ABBREVIATIONS),
  // particles and titles never stand alone as a name
  ...PARTICLES,
  "mac",
  "bin",
  "ibn",
  "al",
  "el",
  "dr",
  "mr",
  "mrs",
  "ms",
  "miss",
  "prof",
  "doctor",
  "jr",
  "sr",
  "md",
  "do",
  "phd",
]);

const ENGLISH_WORDS: ReadonlySet<string> = new Set(words(ENGLISH));

/**
 * True for a name that is also an ordinary English word ("Frank", "Will", "Brooks", "Hills"),
 * not a body part or other clinical word: a known organization's name word of this kind is
 * removed when capitalized (known-layer.ts).
 */
export function isOrdinaryNameWord(token: string): boolean {
  return ENGLISH_WORDS.has(token.toLowerCase());
}

/** True when a name token must not be removed when it stands alone. */
export function isCommonWord(token: string): boolean {
  return COMMON_WORDS.has(token.toLowerCase());
}

// Words that make up the names of medical groups, insurers and clinics and that clinical text
// also uses in lower case ("referred to advanced pain management", "physical therapy"). An
// organization whose name is made only of these (and the words above) is removed only when
// written capitalized ("Advanced Pain Management", "ADVANCED PAIN MANAGEMENT").
const GENERIC_ORGANIZATION = `
a administration administrators advanced american an and associates at bay california
center centre central claims clinic clinics coast community comp compensation county
diagnostic diagnostics doctors employers family first for general group health healthcare
hospital imaging in industrial institute insurance interventional management medical
medicine memorial mental mutual national network neurology neurosurgery northern
occupational of on orthopaedic orthopaedics orthopedic orthopedics partners pharmacy physical
physicians primary psychiatric psychology radiology regional rehab rehabilitation risk
service services solutions southern specialists sports surgery surgical systems the therapy
united urgent valley western workers
`;

const GENERIC_ORGANIZATION_WORDS: ReadonlySet<string> = new Set(words(GENERIC_ORGANIZATION));

/** True for the words of the generic list alone ("Group", "Claims", "Services"), not the ordinary words above. */
export const isGenericOrganizationListWord = (token: string): boolean =>
  GENERIC_ORGANIZATION_WORDS.has(token.toLowerCase());

/** True when an organization-name token says nothing about which organization it is. */
export function isGenericOrganizationWord(token: string): boolean {
  const lower = token.toLowerCase();
  return GENERIC_ORGANIZATION_WORDS.has(lower) || COMMON_WORDS.has(lower);
}

// Everything about a case or a reviewer that the rules look at, computed once: the parties
// as identity mentions in an index (lib/identity), the latest expiry of each kind of
// credential, the first leave ahead, the case-independent reasons. Screening a panel of
// thousands for a case, or a thousand cases in a batch, then costs a few comparisons and
// map look-ups per pair. Due dates and "today" are California calendar days (calendar.ts).
import type { EntityKind, PreparedMention } from "../identity/compare.ts";
import { lazyAffiliation, preparedMention, type PreparedAffiliation } from "./affiliation-mentions.ts";
import { buildMentionIndex, type MentionIndex } from "../identity/mention-index.ts";
import { californiaDay, DAY_MS, utcDay } from "./calendar.ts";
import { DEFAULT_RANKING_WEIGHTS, workloadPoints, type RankingWeights } from "./score.ts";
import type {
  CaseForMatching,
  CaseParty,
  Disqualification,
  DirectoryLink,
  QualificationRules,
  ReviewerForMatching,
} from "./types.ts";

export const PREFERRED_LICENSE_STATE = "CA";
const PARTY_LABELS: Record<string, string> = {
  EMPLOYEE: "the employee",
  EMPLOYER: "the employer",
  CLAIMS_ADMINISTRATOR: "the claims administrator",
  REQUESTING_PHYSICIAN: "the requesting physician",
  REPRESENTATIVE: "the representative",
  UR_ORGANIZATION: "the UR organization",
  UR_REVIEWER: "the UR reviewer",
  MEDICAL_GROUP: "the requesting physician's medical group",
  FACILITY: "the facility where the treatment would be given",
  MANUFACTURER: "the maker of the disputed drug or device",
};

/** Parties recorded as a person; every other role names an organisation. */
const PERSON_ROLES = new Set(["EMPLOYEE", "REPRESENTATIVE", "REQUESTING_PHYSICIAN", "UR_REVIEWER"]);
/** Affiliations with a person (a relative, a physician); the other kinds are organisations. */
const PERSON_AFFILIATIONS = new Set(["EMPLOYEE", "PHYSICIAN"]);
/** Licenses that say a board acted against the physician, in whichever state. */
export const DISCIPLINARY_LICENSE_STATUSES = new Set(["REVOKED", "SUSPENDED", "SURRENDERED"]);

export type PreparedCase = {
  kase: CaseForMatching;
  dueDay: number;
  /** the case's specialty, then the similar ones */
  acceptedCodes: string[];
  /** who a tie would be with, per slot of the index: a party, or a party's organization */
  partyLabels: string[];
  /** the name of each slot as the case record has it */
  partyNames: string[];
  parties: MentionIndex;
  /** "reviewerId|pairKey" -> an administrator's answer to a possible conflict */
  decisions: Map<string, "CONFIRMED" | "DISMISSED">;
  priorReviewers: Set<string>;
};

export type { PreparedAffiliation } from "./affiliation-mentions.ts";

const directoryFields = (link: DirectoryLink | null | undefined) =>
  link ? { directoryId: link.id, aliases: [link.name, ...link.aliases], ancestorIds: link.ancestorIds } : {};

function partyMentions(party: CaseParty): {
  kind: EntityKind;
  name: string;
  identifier: string | null;
  directory: DirectoryLink | null | undefined;
  own: boolean;
}[] {
  const person = PERSON_ROLES.has(party.role);
  const out = [
    {
      kind: (person ? "PERSON" : "ORGANIZATION") as EntityKind,
      name: party.name,
      identifier: party.identifier,
      directory: person ? null : party.directory,
      own: true,
    },
  ];
  if (party.organization)
    out.push({
      kind: "ORGANIZATION",
      name: party.organization,
      identifier: null,
      directory: person ? party.directory : null,
      own: false,
    });
  else if (person && party.directory)
    out.push({ kind: "ORGANIZATION", name: "", identifier: null, directory: party.directory, own: false });
  return out;
}

export type PreparedReviewer = {
  reviewer: ReviewerForMatching;
  /** INACTIVE_ACCOUNT; then TOO_FEW_HOURS, DISCIPLINARY_HISTORY, AT_CAPACITY */
  accountReasons: Disqualification[];
  practiceReasons: Disqualification[];
  /** latest expiry day of an active, unrestricted license in an accepted state: verified / any */
  licenseUntil: number;
  unverifiedLicenseUntil: number;
  californiaUntil: number;
  /** board certifications: specialty, expiry day, verified */
  certs: { code: string; until: number; verified: boolean }[];
  /** first leave that has not ended by today (Infinity if none) */
  nextLeave: { from: number; to: number };
  affiliations: PreparedAffiliation[];
  remainingCapacity: number;
  /** the reviewer-only part of the score (workloadParts in words) */
  workloadPoints: number;
};

export function prepareCase(kase: CaseForMatching): PreparedCase {
  const partyLabels: string[] = [];
  const partyNames: string[] = [];
  const mentions: PreparedMention[] = [];
  for (const party of kase.parties) {
    const label = PARTY_LABELS[party.role] ?? "a party";
    for (const m of partyMentions(party)) {
      const name = m.name || m.directory?.name || "";
      mentions.push(preparedMention({ kind: m.kind, name, identifier: m.identifier, ...directoryFields(m.directory) }));
      partyNames.push(name);
      partyLabels.push(m.own ? label : label === "a party" ? "a party's organization" : `${label}'s organization`);
    }
  }
  const decisions = new Map<string, "CONFIRMED" | "DISMISSED">();
  for (const d of kase.conflictDecisions ?? []) decisions.set(`${d.reviewerId}|${d.pairKey}`, d.resolution);
  return {
    kase,
    dueDay: californiaDay(kase.validThrough),
    acceptedCodes: [...new Set([kase.specialtyCode, ...kase.similarSpecialtyCodes])],
    partyLabels,
    partyNames,
    parties: buildMentionIndex(mentions),
    decisions,
    priorReviewers: new Set(kase.priorReviewerIds),
  };
}

function prepareAffiliations(reviewer: ReviewerForMatching): PreparedAffiliation[] {
  return reviewer.affiliations.map((a) =>
    lazyAffiliation(a.name, {
      kind: PERSON_AFFILIATIONS.has(a.kind) ? "PERSON" : "ORGANIZATION",
      name: a.name,
      identifier: a.identifier,
      ...directoryFields(a.directory),
    }),
  );
}

const NONE: Disqualification[] = [];
const NO_LEAVE = { from: Infinity, to: Infinity };

export function prepareReviewer(
  reviewer: ReviewerForMatching,
  rules: QualificationRules,
  now: Date,
  weights: RankingWeights = DEFAULT_RANKING_WEIGHTS,
): PreparedReviewer {
  let licenseUntil = -Infinity,
    unverifiedLicenseUntil = -Infinity,
    californiaUntil = -Infinity;
  for (const l of reviewer.licenses) {
    if (l.status !== "ACTIVE" || l.restricted) continue;
    const until = utcDay(l.expiresOn);
    if (l.verifiedAt !== null && l.state === PREFERRED_LICENSE_STATE)
      californiaUntil = Math.max(californiaUntil, until);
    if (!rules.acceptedLicenseStates.includes(l.state)) continue;
    unverifiedLicenseUntil = Math.max(unverifiedLicenseUntil, until);
    if (l.verifiedAt !== null) licenseUntil = Math.max(licenseUntil, until);
  }
  let nextLeave = NO_LEAVE;
  if (reviewer.leaves.length > 0) {
    const today = californiaDay(now);
    for (const leave of reviewer.leaves) {
      const from = utcDay(leave.startsOn),
        to = utcDay(leave.endsOn);
      if (to >= today && from < nextLeave.from) nextLeave = { from, to };
    }
  }
  const { accountReasons, practiceReasons } = generalReasons(reviewer, rules);
  const certs = reviewer.certifications.map((c) => ({
    code: c.specialtyCode,
    until: utcDay(c.expiresOn),
    verified: c.verifiedAt !== null,
  }));
  const affiliations = prepareAffiliations(reviewer);
  return {
    reviewer,
    accountReasons,
    practiceReasons,
    licenseUntil,
    unverifiedLicenseUntil,
    californiaUntil,
    certs,
    nextLeave,
    affiliations,
    remainingCapacity: Math.max(
      0,
      Math.min(reviewer.maxOpenCases - reviewer.openCases, reviewer.maxCasesPerWeek - reviewer.casesLast7Days),
    ),
    workloadPoints: workloadPoints(reviewer, weights),
  };
}

function generalReasons(r: ReviewerForMatching, rules: QualificationRules) {
  const accountReasons: Disqualification[] = r.active
    ? NONE
    : [{ code: "INACTIVE_ACCOUNT", message: "Account is disabled." }];
  const actedAgainst = r.licenses.filter((l) => DISCIPLINARY_LICENSE_STATUSES.has(l.status));
  const fails =
    r.hoursPerWeek < rules.minHoursPerWeek ||
    r.disciplinaryHistory ||
    actedAgainst.length > 0 ||
    r.openCases >= r.maxOpenCases ||
    r.casesLast7Days >= r.maxCasesPerWeek;
  if (!fails) return { accountReasons, practiceReasons: NONE };
  const practiceReasons: Disqualification[] = [];
  if (r.hoursPerWeek < rules.minHoursPerWeek) {
    practiceReasons.push({
      code: "TOO_FEW_HOURS",
      message: `Active practice ${r.hoursPerWeek} h/week, under the ${rules.minHoursPerWeek} required.`,
    });
  }
  if (r.disciplinaryHistory)
    practiceReasons.push({ code: "DISCIPLINARY_HISTORY", message: "Has a disciplinary history." });
  for (const l of actedAgainst) {
    practiceReasons.push({
      code: "DISCIPLINARY_HISTORY",
      message: `Disciplinary history: license in ${l.state} ${l.status.toLowerCase()}.`,
    });
  }
  if (r.openCases >= r.maxOpenCases) {
    practiceReasons.push({
      code: "AT_CAPACITY",
      message: `At capacity: ${r.openCases} of ${r.maxOpenCases} open cases.`,
    });
  }
  if (r.casesLast7Days >= r.maxCasesPerWeek) {
    practiceReasons.push({
      code: "AT_CAPACITY",
      message: `At capacity: ${r.casesLast7Days} cases assigned in the last 7 days (weekly limit ${r.maxCasesPerWeek}).`,
    });
  }
  return { accountReasons, practiceReasons };
}

/** Whole calendar days from today to the due date (0 when due today or overdue). */
export const daysUntilDue = (pc: PreparedCase, now: Date): number =>
  Math.max(0, Math.round((pc.dueDay - californiaDay(now)) / DAY_MS));

// A demo reviewer panel of 34 fictional physicians with varied specialties, states,
// expiries and affiliations, so that the qualification screen has something to explain.
import type { AffiliationKind, LicenseStatus } from "../../lib/db/generated/enums.ts";

export type DemoReviewer = {
  name: string;
  email: string;
  specialty: string;
  subspecialty?: string;
  licenseState: string;
  licenseStatus: LicenseStatus;
  restricted?: boolean;
  licenseExpires: string;
  certExpires: string;
  years: number;
  hours: number;
  disciplinary?: boolean;
  affiliations?: { kind: AffiliationKind; name: string; identifier?: string }[];
};

const FIRST = [
  "Ana",
  "Ben",
  "Carla",
  "David",
  "Elena",
  "Farid",
  "Grace",
  "Hiro",
  "Irene",
  "Jamal",
  "Karen",
  "Luis",
  "Maya",
  "Nikhil",
  "Olga",
  "Pablo",
];
const LAST = [
  "Abbott",
  "Brennan",
  "Castillo",
  "Dunn",
  "Ekwueme",
  "Fischer",
  "Gupta",
  "Hale",
  "Ibarra",
  "Jensen",
  "Kowalski",
  "Lindqvist",
  "Moreno",
  "Nakamura",
  "Okafor",
  "Petrov",
];
const SPECIALTY_ROTATION = ["PMR", "PAIN", "ORTH", "NEURO", "ANES", "OCC", "PSY", "IM"];

function generated(index: number): DemoReviewer {
  const name = `${FIRST[index % 16]} ${LAST[(index * 7 + Math.floor(index / 16) * 5) % 16]}`;
  const variant = index % 8;
  return {
    name,
    email: `reviewer${index + 1}@demo.imr`,
    specialty: SPECIALTY_ROTATION[index % SPECIALTY_ROTATION.length],
    licenseState: variant === 3 ? "NV" : "CA",
    licenseStatus: variant === 5 ? "SUSPENDED" : "ACTIVE",
    restricted: variant === 6 && index > 8,
    licenseExpires: variant === 7 ? "2026-12-01" : "2028-06-30",
    certExpires: variant === 4 && index > 10 ? "2026-10-31" : "2030-12-31",
    years: 6 + (index % 20),
    hours: variant === 2 && index > 8 ? 16 : 24 + (index % 4) * 4,
    disciplinary: index === 29,
  };
}

/** The first three are named in the demo sign-ins: two qualify for the sample case, one is conflicted. */
export const DEMO_PANEL: DemoReviewer[] = [
  {
    name: "Priya Raman",
    email: "reviewer@demo.imr",
    specialty: "PMR",
    subspecialty: "Interventional Spine",
    licenseState: "CA",
    licenseStatus: "ACTIVE",
    licenseExpires: "2028-03-31",
    certExpires: "2031-12-31",
    years: 14,
    hours: 32,
  },
  {
    name: "Marcus Webb",
    email: "reviewer.pain@demo.imr",
    specialty: "PAIN",
    licenseState: "CA",
    licenseStatus: "ACTIVE",
    licenseExpires: "2027-09-30",
    certExpires: "2029-12-31",
    years: 9,
    hours: 40,
  },
  {
    name: "Sofia Lindgren",
    email: "reviewer.conflicted@demo.imr",
    specialty: "PMR",
    licenseState: "CA",
    licenseStatus: "ACTIVE",
    licenseExpires: "2028-01-31",
    certExpires: "2030-06-30",
    years: 11,
    hours: 30,
    affiliations: [{ kind: "CLAIMS_ADMINISTRATOR", name: "PACIFIC COAST CLAIMS SERVICES" }],
  },
  // two more around the sample case's claims administrator (a TPA of Pacific Mutual): one works
  // for its parent insurer (a conflict through the directory), one names "P.C.C. Services"
  // (possibly its initials: the assignment page asks an administrator to confirm or dismiss)
  {
    name: "Tomas Herrera",
    email: "reviewer.parent@demo.imr",
    specialty: "PMR",
    licenseState: "CA",
    licenseStatus: "ACTIVE",
    licenseExpires: "2029-05-31",
    certExpires: "2031-06-30",
    years: 17,
    hours: 28,
    affiliations: [{ kind: "CLAIMS_ADMINISTRATOR", name: "Pacific Mutual Insurance Company" }],
  },
  {
    name: "Hannah Osei",
    email: "reviewer.possible@demo.imr",
    specialty: "PMR",
    licenseState: "CA",
    licenseStatus: "ACTIVE",
    licenseExpires: "2029-02-28",
    certExpires: "2031-03-31",
    years: 8,
    hours: 36,
    affiliations: [{ kind: "EMPLOYER", name: "P.C.C. Services" }],
  },
  ...Array.from({ length: 29 }, (_, index) => generated(index + 3)),
];

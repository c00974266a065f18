// Reviewer records built through the administrator's use cases (account, license, board
// certification, verification), and a specialty of a test's own, so that automatic and
// batch matching in a shared database only ever see the test's own reviewers.
import { db } from "@/lib/db/client.ts";
import type { StaffActor } from "@/lib/auth/actor.ts";
import { createReviewer } from "@/lib/reviewers/create-reviewer.ts";
import { addLicense } from "@/lib/reviewers/add-license.ts";
import { addCertification } from "@/lib/reviewers/add-certification.ts";
import { verifyCredential } from "@/lib/reviewers/verify-credential.ts";
import { unique } from "./index.ts";

const DAY = 86_400_000;
/** "YYYY-MM-DD", n days from today (UTC). */
export const isoInDays = (days: number, now = new Date()) =>
  new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);

export async function createSpecialty(): Promise<string> {
  const code = unique("S");
  await db().specialty.create({ data: { code, name: `Test specialty ${code}` } });
  return code;
}

export const profileInput = {
  yearsInPractice: 12,
  hoursPerWeek: 32,
  disciplinaryHistory: false,
  maxOpenCases: 10,
  maxCasesPerWeek: 15,
};

export type RecordOptions = {
  specialtyCode?: string;
  licenseExpires?: string;
  certificationExpires?: string;
  verify?: boolean;
};

/** A reviewer entered the way an administrator does it; verified unless `verify: false`. */
export async function recordReviewer(admin: StaffActor, options: RecordOptions = {}) {
  const name = `Dr. ${unique("Panel")}`;
  const created = await createReviewer({
    actor: admin,
    input: { ...profileInput, name, email: `${unique("panel")}@test.imr` },
  });
  const { reviewerId } = created;
  const { licenseId } = await addLicense({
    actor: admin,
    input: {
      reviewerId,
      state: "CA",
      number: unique("A"),
      status: "ACTIVE",
      expiresOn: options.licenseExpires ?? "2034-12-31",
    },
  });
  const { certificationId } = await addCertification({
    actor: admin,
    input: {
      reviewerId,
      board: "American Board of Physical Medicine and Rehabilitation",
      specialtyCode: options.specialtyCode ?? "PMR",
      expiresOn: options.certificationExpires ?? "2034-12-31",
    },
  });
  if (options.verify !== false) {
    await verifyCredential({
      actor: admin,
      input: { credential: "license", credentialId: licenseId, source: "Medical Board of California license lookup" },
    });
    await verifyCredential({
      actor: admin,
      input: { credential: "certification", credentialId: certificationId, source: "ABMS Certification Matters" },
    });
  }
  const actor: StaffActor = {
    kind: "user",
    userId: created.userId,
    role: "REVIEWER",
    name,
    reviewerId,
    meta: { ip: "127.0.0.1", userAgent: "jest" },
  };
  return { ...created, name, licenseId, certificationId, actor };
}

// A board certification as recorded for a reviewer. Matching counts a verified, current
// certification in the case's specialty or a similar one (the SpecialtySimilarity table),
// valid through the case's due date (Labor Code 4610.6(e); 8 CCR 9792.10.5).
import type { Prisma } from "../db/generated/client.ts";
import { AppError } from "../errors.ts";
import { isoDate, optionalText, requiredText } from "./fields.ts";

export const certificationFields = {
  board: requiredText("certifying board", 160),
  specialtyCode: requiredText("specialty", 20),
  subspecialty: optionalText("subspecialty", 120),
  expiresOn: isoDate("expiry date"),
};

export const certificationSummary = (c: { board: string; specialtyCode: string; subspecialty: string | null }) =>
  `${c.specialtyCode}${c.subspecialty ? ` (${c.subspecialty})` : ""}, ${c.board}`;

/** The specialty must come from the maintained list. */
export async function requireSpecialty(tx: Prisma.TransactionClient, code: string): Promise<void> {
  if (!(await tx.specialty.findUnique({ where: { code }, select: { code: true } }))) {
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
      specialtyCode: ["Choose a specialty from the list."],
    });
  }
}

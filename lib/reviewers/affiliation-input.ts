// A material professional, familial or financial tie of a reviewer (Labor Code 139.5 and
// 4610.6; 8 CCR 9792.10.5): an organization or person, by kind, with an identifier where
// one exists (NPI, tax ID). The name is stored normalized as well, the form matching
// compares ("Acme Insurance Co." = "ACME INSURANCE COMPANY").
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { AppError } from "../errors.ts";
import { AffiliationKind } from "../db/generated/enums.ts";
import { normalizeName } from "../matching/normalize-name.ts";
import { optionalText, requiredText } from "./fields.ts";

export const AFFILIATION_KIND_LABELS: Record<AffiliationKind, string> = {
  EMPLOYER: "Employer",
  CLAIMS_ADMINISTRATOR: "Insurer / claims administrator",
  UR_ORGANIZATION: "UR organization",
  PHYSICIAN: "Physician",
  MEDICAL_GROUP: "Medical group",
  FACILITY: "Facility",
  MANUFACTURER: "Drug or device maker",
  EMPLOYEE: "Injured employee (person)",
};

export const affiliationFields = {
  kind: z.enum(AffiliationKind, "Choose the kind of affiliation."),
  name: requiredText("name", 200),
  identifier: optionalText("identifier", 40),
  note: optionalText("note", 500),
  /** the directory entry (lib/organizations); "" clears it, absent leaves it as it is */
  organizationId: z.preprocess(
    (v) => (v === "" ? null : v),
    z.uuid("Choose the organization from the directory again, or clear it.").nullish(),
  ),
};

type AffiliationFields = z.infer<z.ZodObject<typeof affiliationFields>>;

/** The stored form: the normalized name beside the name as typed. */
export function affiliationData(fields: AffiliationFields) {
  const normalizedName = normalizeName(fields.name);
  return { ...fields, normalizedName };
}

/** The chosen directory entry must exist (read inside the caller's transaction). */
export async function checkDirectoryEntry(
  tx: Pick<Prisma.TransactionClient, "organization">,
  organizationId: string | null | undefined,
): Promise<void> {
  if (!organizationId) return;
  const found = await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true } });
  if (!found)
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
      organizationId: ["That organization is no longer in the directory. Choose it again, or clear it."],
    });
}

export const nameWithoutWords = (normalizedName: string) =>
  normalizedName.length === 0
    ? { name: ['Enter a name with at least one letter or digit (titles like "Dr." or "Inc." alone are ignored).'] }
    : null;

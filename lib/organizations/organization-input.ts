// The directory entry's fields, shared by the administrator's forms, intake's "add to the
// directory" and the tests. Aliases arrive one per line (a textarea) or as a list: blank
// lines are dropped, the same alias twice (ignoring case and accents) is refused.
import { z } from "zod";
import { OrganizationKind } from "../db/generated/enums.ts";

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  CLAIMS_ADMINISTRATOR: "Claims administrator",
  INSURER: "Insurer",
  TPA: "Third-party administrator (TPA)",
  EMPLOYER: "Employer",
  UR_ORGANIZATION: "UR organization",
  MEDICAL_GROUP: "Medical group",
  FACILITY: "Facility",
  MANUFACTURER: "Drug or device maker",
  LAW_FIRM: "Law firm",
  OTHER: "Other",
};

export const ORGANIZATION_KINDS = Object.keys(ORGANIZATION_KIND_LABELS) as OrganizationKind[];

export const NAME_MAX = 200;
export const ALIASES_MAX = 50;

/** Lower case, accents removed: how names are compared in the directory. */
export const foldName = (value: string): string =>
  value
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

const UNSTORABLE = "contains a character that cannot be stored (a NUL character or a broken emoji)";
const storable = (value: string) => !value.includes("\u0000") && value.isWellFormed();
const hasWord = (value: string) => /[\p{L}\p{N}]/u.test(value);

export const organizationName = (label = "name") =>
  z
    .string(`Enter the ${label}.`)
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(NAME_MAX, `The ${label} is too long (at most ${NAME_MAX} characters).`)
    .refine(storable, `The ${label} ${UNSTORABLE}.`)
    .refine(hasWord, `The ${label} needs at least one letter or digit.`);

const optionalText = (label: string, max: number) =>
  z
    .string(`The ${label} must be text.`)
    .trim()
    .max(max, `The ${label} is too long (at most ${max} characters).`)
    .refine(storable, `The ${label} ${UNSTORABLE}.`)
    .nullish()
    .transform((value) => (value ? value : null));

const aliasList = z
  .union(
    [
      z.string("Enter the other names as text, one per line."),
      z.array(z.string("Each other name must be text."), "Enter the other names as text, one per line."),
    ],
    "Enter the other names as text, one per line.",
  )
  .nullish()
  .transform((value) =>
    (value == null ? [] : Array.isArray(value) ? value : value.split(/\r?\n/))
      .map((alias) => alias.trim())
      .filter((alias) => alias.length > 0),
  )
  .superRefine((aliases, ctx) => {
    // one message, the first problem: a pasted list of thousands must not answer thousands
    const problem = aliasProblem(aliases);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

function aliasProblem(aliases: string[]): string | null {
  if (aliases.length > ALIASES_MAX) return `At most ${ALIASES_MAX} other names.`;
  const seen = new Set<string>();
  for (const alias of aliases) {
    if (alias.length > NAME_MAX) return `An other name is too long (at most ${NAME_MAX} characters).`;
    if (!storable(alias)) return `An other name ${UNSTORABLE}.`;
    if (!hasWord(alias)) return `“${alias}” needs at least one letter or digit.`;
    if (seen.has(foldName(alias))) return `“${alias}” is listed twice.`;
    seen.add(foldName(alias));
  }
  return null;
}

/** "" or absent means none; anything else must be a directory id. */
export const optionalOrganizationId = (message = "Choose an organization from the directory.") =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), z.uuid(message).optional());

export const organizationFields = {
  kind: z.enum(OrganizationKind, "Choose the kind of organization."),
  name: organizationName(),
  aliases: aliasList,
  identifier: optionalText("identifier", 40),
  parentId: optionalOrganizationId("Choose the parent organization from the directory.").transform(
    (value) => value ?? null,
  ),
  note: optionalText("note", 1000),
};

/** An alias equal to the name itself says nothing; refused so the list stays meaningful. */
export function aliasesDifferFromName(input: { name: unknown; aliases: unknown }, ctx: z.RefinementCtx): void {
  if (typeof input.name !== "string" || !Array.isArray(input.aliases)) return;
  const name = foldName(input.name);
  if (input.aliases.some((alias) => foldName(String(alias)) === name))
    ctx.addIssue({
      code: "custom",
      path: ["aliases"],
      message: "An other name repeats the name itself; leave it out.",
    });
}

export const organizationInput = z.object(organizationFields).superRefine(aliasesDifferFromName);

export type OrganizationData = z.infer<typeof organizationInput>;

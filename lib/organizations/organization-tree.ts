// The parent of a directory organization must exist and must not be the organization or
// one of its subsidiaries (a cycle would make "the organizations above" endless).
// Writers of parents take one transaction-scoped lock, so two edits cannot close a cycle
// between them.
import type { Prisma } from "../db/generated/client.ts";
import { AppError } from "../errors.ts";
import { directoryAncestry } from "./directory-ancestry.ts";

// an arbitrary constant naming this lock among PostgreSQL advisory locks
const DIRECTORY_TREE_LOCK = 139_005;

export async function lockDirectoryTree(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${DIRECTORY_TREE_LOCK})`);
}

const invalid = (message: string) =>
  new AppError("VALIDATION", "Please correct the highlighted fields.", { parentId: [message] });

/** Checks the parent chosen for `organizationId` (null for a new organization). */
export async function checkParent(
  tx: Prisma.TransactionClient,
  parentId: string | null,
  organizationId: string | null,
): Promise<void> {
  if (parentId === null) return;
  if (parentId === organizationId) throw invalid("An organization cannot be its own parent.");
  const parent = await tx.organization.findUnique({ where: { id: parentId }, select: { id: true, name: true } });
  if (!parent)
    throw invalid("The parent organization is not in the directory (it may have been removed). Choose it again.");
  if (organizationId === null) return;
  const ancestors = (await directoryAncestry(tx, [parentId])).get(parentId) ?? [];
  if (ancestors.includes(organizationId)) {
    throw invalid(`${parent.name} is a subsidiary of this organization, so it cannot also be its parent.`);
  }
}

// A directory organization with the names it goes by and the organizations above it
// (parent, grandparent, ...): a subsidiary of a party counts as the party for conflicts of
// interest (Labor Code 139.5(d); 8 CCR 9792.10.5). One query per level, at most MAX_DEPTH
// levels, safe against a cycle in stored data.
import type { Prisma } from "../db/generated/client.ts";

export const MAX_DEPTH = 10;

export type DirectoryReader = Pick<Prisma.TransactionClient, "organization">;
export type DirectoryEntry = {
  id: string;
  name: string;
  aliases: string[];
  identifier: string | null;
  ancestorIds: string[];
};

/** For each id: its ancestors' ids, nearest first (parent, grandparent, ...). Unknown ids map to []. */
export async function directoryAncestry(reader: DirectoryReader, ids: string[]): Promise<Map<string, string[]>> {
  const parentOf = new Map<string, string | null>();
  let frontier = [...new Set(ids)];
  for (let level = 0; level <= MAX_DEPTH && frontier.length > 0; level++) {
    const rows = await reader.organization.findMany({
      where: { id: { in: frontier } },
      select: { id: true, parentId: true },
    });
    for (const row of rows) parentOf.set(row.id, row.parentId);
    frontier = [
      ...new Set(rows.map((row) => row.parentId).filter((id): id is string => id !== null && !parentOf.has(id))),
    ];
  }
  const out = new Map<string, string[]>();
  for (const id of new Set(ids)) {
    const ancestors: string[] = [];
    const seen = new Set([id]);
    let next = parentOf.get(id) ?? null;
    while (next && !seen.has(next) && ancestors.length < MAX_DEPTH) {
      ancestors.push(next);
      seen.add(next);
      next = parentOf.get(next) ?? null;
    }
    out.set(id, ancestors);
  }
  return out;
}

/** The entries of the given ids that exist, each with its names and its ancestors' ids. */
export async function loadDirectoryEntries(
  reader: DirectoryReader,
  ids: string[],
): Promise<Map<string, DirectoryEntry>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const [rows, ancestry] = await Promise.all([
    reader.organization.findMany({
      where: { id: { in: unique } },
      select: { id: true, name: true, aliases: true, identifier: true },
    }),
    directoryAncestry(reader, unique),
  ]);
  return new Map(
    rows.map((row) => [row.id, { ...row, aliases: row.aliases ?? [], ancestorIds: ancestry.get(row.id) ?? [] }]),
  );
}

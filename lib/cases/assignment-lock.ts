// One assignment writer at a time. Manual, automatic and batch assignment (and the
// re-match after a decline) take this transaction-scoped lock before they read the panel,
// so the workload and capacity they read cannot be made stale by another writer before
// they commit. Each case also moves only from READY_FOR_ASSIGNMENT, so a case is never
// offered twice even without the lock.
import type { Prisma } from "../db/generated/client.ts";

// an arbitrary constant naming this lock among PostgreSQL advisory locks
const ASSIGNMENT_LOCK = 4_610_006;

export async function lockAssignmentWriters(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${ASSIGNMENT_LOCK})`);
}

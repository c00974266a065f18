// DWC IMR case numbers: "CM" + two-digit year + "-" + seven digits (e.g. CM24-0012345),
// numbered per year from a counter row that the database increments atomically.
import type { Prisma } from "../db/generated/client.ts";

export const CASE_NUMBER_PATTERN = /^CM\d{2}-\d{7}$/;

export function formatCaseNumber(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 9_999_999)
    throw new Error(`Case sequence out of range: ${sequence}`);
  return `CM${String(year % 100).padStart(2, "0")}-${String(sequence).padStart(7, "0")}`;
}

export function normalizeCaseNumber(input: string): string {
  return input.trim().toUpperCase().replace(/\s+/g, "");
}

export async function nextCaseNumber(tx: Prisma.TransactionClient, receivedAt: Date): Promise<string> {
  const year = receivedAt.getUTCFullYear();
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "CaseNumberCounter" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "CaseNumberCounter"."last" + 1
    RETURNING "last"`;
  return formatCaseNumber(year, Number(rows[0].last));
}

import { db } from "../db/client.ts";

export async function listSpecialties(): Promise<{ code: string; name: string }[]> {
  return db().specialty.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } });
}

export async function specialtyName(code: string): Promise<string> {
  // in SQL: read on every case page, where Prisma's per-query compilation costs more than the read
  const [found] = await db().$queryRaw<{ name: string }[]>`SELECT "name" FROM "Specialty" WHERE "code" = ${code}`;
  return found?.name ?? code;
}

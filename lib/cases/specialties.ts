import { db } from "../db/client.ts";

export async function listSpecialties(): Promise<{ code: string; name: string }[]> {
  return db().specialty.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } });
}

export async function specialtyName(code: string): Promise<string> {
  return (await db().specialty.findUnique({ where: { code }, select: { name: true } }))?.name ?? code;
}

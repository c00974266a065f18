// Unfinished party uploads expire (IMR_PARTY_UPLOAD_EXPIRY_HOURS after they started, 24 by
// default): the hourly sweep (lib/jobs/handlers.ts) marks each EXPIRED and deletes its bytes
// from the upload folder, and deletes files there that no upload in progress owns (left by
// a crash). Safe to run twice.
import fs from "node:fs/promises";
import path from "node:path";
import { db } from "../../db/client.ts";
import { partyUploadDirectory } from "./upload-directory.ts";

const GRACE_MS = 3_600_000;

export async function sweepPartyUploads({
  now = new Date(),
  directory = partyUploadDirectory(),
}: { now?: Date; directory?: string } = {}): Promise<{ expired: number; filesRemoved: number }> {
  const stale = await db().partyUpload.findMany({
    where: { status: "UPLOADING", expiresAt: { lte: now } },
    select: { id: true },
    take: 1000,
  });
  let expired = 0;
  for (const { id } of stale) {
    const { count } = await db().partyUpload.updateMany({
      where: { id, status: "UPLOADING" },
      data: { status: "EXPIRED", finishedAt: now },
    });
    expired += count;
    await fs.rm(path.join(directory, id), { force: true });
    await fs.rm(path.join(directory, `${id}.json`), { force: true });
  }
  let filesRemoved = 0;
  const names = await fs.readdir(directory).catch(() => [] as string[]);
  const ids = [...new Set(names.map((name) => name.replace(/\.json$/, "")))];
  const open = new Set(
    (
      await db().partyUpload.findMany({
        where: { id: { in: ids.filter((id) => /^[0-9a-f-]{36}$/.test(id)) }, status: "UPLOADING" },
        select: { id: true },
      })
    ).map((u) => u.id),
  );
  for (const name of names) {
    const id = name.replace(/\.json$/, "");
    if (open.has(id)) continue;
    const file = path.join(directory, name);
    const stat = await fs.stat(file).catch(() => null);
    // a file just created may not have its row yet: leave it an hour
    if (!stat || now.getTime() - stat.mtimeMs < GRACE_MS) continue;
    await fs.rm(file, { force: true });
    filesRemoved += 1;
  }
  return { expired, filesRemoved };
}

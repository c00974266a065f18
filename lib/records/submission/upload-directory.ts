// Where party uploads in progress keep their bytes (the tus file store), until they finish
// and move into the document storage (lib/documents/storage) or are swept.
import path from "node:path";

export function partyUploadDirectory(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.PARTY_UPLOAD_DIR || "./storage/uploads-in-progress");
}

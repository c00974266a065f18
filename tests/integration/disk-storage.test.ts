// The filesystem document store (DOCUMENT_STORAGE=disk) under the storage contract, in a
// temporary folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { diskStorage } from "@/lib/documents/storage/disk-storage.ts";
import { describeStorageContract } from "@/tests/support/storage-contract.ts";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "imr-disk-storage-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describeStorageContract("disk", () => diskStorage({ DOCUMENT_STORAGE_DIR: root }), "disk");

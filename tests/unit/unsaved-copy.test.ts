// The reviewer's unsaved text kept in the browser (components/determinations/unsaved-copy.ts):
// kept per case with its revision, read back only in the shape it was written, dropped when
// too old, of another case or unreadable; and whether it says anything the saved draft does not.
import {
  UNSAVED_COPY_TTL_MS,
  dropUnsavedCopy,
  keepUnsavedCopy,
  parseUnsavedCopy,
  readUnsavedCopy,
  sameDraft,
  unsavedCopyKey,
  type StorageLike,
  type WorkspaceDraft,
} from "@/components/determinations/unsaved-copy.ts";

const NOW = Date.UTC(2026, 11, 7, 18, 0);
const CASE = "case-1";

function memoryStorage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const draft = (patch: Partial<WorkspaceDraft> = {}): WorkspaceDraft => ({
  caseId: CASE,
  clinicalSummary: "The patient is a 44-year-old woman with chronic low back pain.",
  documents: [
    { documentId: "d1", account: "REVIEWED", reason: "" },
    { documentId: "d2", account: "NOT_RELEVANT", reason: "A duplicate of d1." },
  ],
  items: [
    {
      disputedItemId: "i1",
      decision: "UPHELD",
      claimsAdminGuideline: "MTUS",
      reviewerGuideline: "MTUS ch. 12",
      guidelineId: null,
      rationale: "No red flags.",
    },
  ],
  ...patch,
});

test("kept, then read back as it was, with its revision and time", () => {
  const storage = memoryStorage();
  expect(keepUnsavedCopy(storage, draft(), 7, NOW)).toBe(true);
  expect(readUnsavedCopy(storage, CASE, NOW + 60_000)).toEqual({
    caseId: CASE,
    revision: 7,
    keptAt: NOW,
    draft: draft(),
  });
  expect([...storage.map.keys()]).toEqual([unsavedCopyKey(CASE)]);
});

test("one copy a case: the latest replaces the one before; other cases are apart", () => {
  const storage = memoryStorage();
  keepUnsavedCopy(storage, draft({ clinicalSummary: "first" }), 7, NOW);
  keepUnsavedCopy(storage, draft({ clinicalSummary: "second" }), 7, NOW + 1000);
  keepUnsavedCopy(storage, draft({ caseId: "case-2" }), 3, NOW);
  expect(readUnsavedCopy(storage, CASE, NOW)?.draft.clinicalSummary).toBe("second");
  expect(readUnsavedCopy(storage, "case-2", NOW)?.revision).toBe(3);
});

test("dropped: nothing left for the case", () => {
  const storage = memoryStorage();
  keepUnsavedCopy(storage, draft(), 7, NOW);
  dropUnsavedCopy(storage, CASE);
  expect(readUnsavedCopy(storage, CASE, NOW)).toBeNull();
});

test("too old: not offered, and removed", () => {
  const storage = memoryStorage();
  keepUnsavedCopy(storage, draft(), 7, NOW);
  expect(readUnsavedCopy(storage, CASE, NOW + UNSAVED_COPY_TTL_MS)).not.toBeNull();
  expect(readUnsavedCopy(storage, CASE, NOW + UNSAVED_COPY_TTL_MS + 1)).toBeNull();
  expect(storage.map.size).toBe(0);
});

test("a browser that refuses storage: not kept, nothing thrown", () => {
  const full: StorageLike = {
    getItem: () => {
      throw new Error("SecurityError");
    },
    setItem: () => {
      throw new Error("QuotaExceededError");
    },
    removeItem: () => {
      throw new Error("SecurityError");
    },
  };
  expect(keepUnsavedCopy(full, draft(), 7, NOW)).toBe(false);
  expect(readUnsavedCopy(full, CASE, NOW)).toBeNull();
  expect(() => dropUnsavedCopy(full, CASE)).not.toThrow();
  expect(keepUnsavedCopy(null, draft(), 7, NOW)).toBe(false);
  expect(readUnsavedCopy(null, CASE, NOW)).toBeNull();
});

describe("stored text that is not a copy as written: none", () => {
  const valid = { v: 1, caseId: CASE, revision: 7, keptAt: NOW, draft: draft() };
  test.each<[string, string]>([
    ["not JSON", "{not json"],
    ["JSON null", "null"],
    ["an array", "[]"],
    ["another version", JSON.stringify({ ...valid, v: 2 })],
    ["another case's copy under this key", JSON.stringify({ ...valid, caseId: "case-2" })],
    ["a draft of another case inside", JSON.stringify({ ...valid, draft: draft({ caseId: "case-2" }) })],
    ["no revision", JSON.stringify({ ...valid, revision: undefined })],
    ["a revision that is no integer", JSON.stringify({ ...valid, revision: 1.5 })],
    ["no time", JSON.stringify({ ...valid, keptAt: "yesterday" })],
    ["a time in the future", JSON.stringify({ ...valid, keptAt: NOW + 10 * 60_000 })],
    ["a summary that is no text", JSON.stringify({ ...valid, draft: { ...draft(), clinicalSummary: 5 } })],
    [
      "an unknown document account",
      JSON.stringify({
        ...valid,
        draft: draft({ documents: [{ documentId: "d1", account: "SKIMMED" as never, reason: "" }] }),
      }),
    ],
    [
      "an unknown decision",
      JSON.stringify({ ...valid, draft: draft({ items: [{ ...draft().items[0], decision: "MAYBE" as never }] }) }),
    ],
    [
      "a guideline id that is no text",
      JSON.stringify({ ...valid, draft: draft({ items: [{ ...draft().items[0], guidelineId: 3 as never }] }) }),
    ],
    ["items that are no list", JSON.stringify({ ...valid, draft: { ...draft(), items: {} } })],
  ])("%s", (_label, raw) => {
    expect(parseUnsavedCopy(raw, CASE, NOW)).toBeNull();
  });

  test("extra fields are left behind", () => {
    const raw = JSON.stringify({
      ...valid,
      draft: { ...draft(), extra: "x", items: [{ ...draft().items[0], injected: true }] },
    });
    expect(parseUnsavedCopy(raw, CASE, NOW)?.draft).toEqual(draft());
  });

  test("an unreadable copy is removed when read", () => {
    const storage = memoryStorage();
    storage.setItem(unsavedCopyKey(CASE), "{not json");
    expect(readUnsavedCopy(storage, CASE, NOW)).toBeNull();
    expect(storage.map.size).toBe(0);
  });
});

describe("whether the copy says anything the saved draft does not", () => {
  test.each<[string, WorkspaceDraft, boolean]>([
    ["the same", draft(), true],
    ["documents and items in another order", draft({ documents: [...draft().documents].reverse() }), true],
    [
      "a reason left over on a document marked Reviewed (not stored)",
      draft({
        documents: [{ documentId: "d1", account: "REVIEWED", reason: "typed, then Reviewed" }, draft().documents[1]],
      }),
      true,
    ],
    ["another summary", draft({ clinicalSummary: "Something else." }), false],
    [
      "a document accounted for differently",
      draft({
        documents: [{ documentId: "d1", account: "NOT_RELEVANT", reason: "Not about the knee." }, draft().documents[1]],
      }),
      false,
    ],
    [
      "one document more",
      draft({ documents: [...draft().documents, { documentId: "d3", account: "REVIEWED", reason: "" }] }),
      false,
    ],
    ["another decision", draft({ items: [{ ...draft().items[0], decision: "OVERTURNED" }] }), false],
    ["another rationale", draft({ items: [{ ...draft().items[0], rationale: "Red flags." }] }), false],
    ["a guideline picked from the list", draft({ items: [{ ...draft().items[0], guidelineId: "g1" }] }), false],
  ])("%s", (_label, other, same) => {
    expect(sameDraft(draft(), other)).toBe(same);
  });
});

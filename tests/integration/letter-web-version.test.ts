// The accessible web version of letters and notices, on the real database: at issue the
// letter's model is stored beside its PDF (and a notice's beside its PDF), it reads back
// through the schema, and the staff and party reads return it to whoever may read the PDF,
// audited, and refuse everyone else with nothing recorded. A document without a model (a
// letter issued before models were kept) simply has no web version.
import { db, closeDb } from "@/lib/db/client.ts";
import type { Actor, PartyActor, StaffActor } from "@/lib/auth/actor.ts";
import { systemActor } from "@/lib/auth/actor.ts";
import { AppError } from "@/lib/errors.ts";
import { loadLetterModel } from "@/lib/determinations/render-determination-letter.ts";
import { storeDocument } from "@/lib/documents/store-document.ts";
import { parseRenditionModel } from "@/lib/documents/rendition-model.ts";
import { downloadLetter } from "@/lib/documents/download-letter.ts";
import { documentsWithRendition, partyRenditions, readLetterRendition } from "@/lib/documents/read-letter-rendition.ts";
import { readPdf } from "../support/pdf-text.ts";
import {
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
  issueDetermination,
  assignAndAccept,
} from "../factories/index.ts";

const meta = { ip: "127.0.0.1", userAgent: "jest" };

type World = {
  caseId: string;
  caseNumber: string;
  determinationId: string;
  letterId: string;
  noticeId: string;
  oldLetterId: string;
  otherLetterId: string;
  otherCaseId: string;
  actors: Record<
    "anonymous" | "system" | "intake" | "admin" | "assignedReviewer" | "otherReviewer" | "ownParty" | "otherParty",
    Actor | null
  >;
};
let w: World;

const partyOf = async (caseId: string): Promise<PartyActor> => {
  const party = await db().party.findFirstOrThrow({ where: { caseId, role: "EMPLOYEE" } });
  return { kind: "party", partyId: party.id, caseId, meta };
};

beforeAll(async () => {
  await ensureSpecialties();
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const [assigned, other] = [await createReviewer(), await createReviewer()];
  const kase = await createTestCase(intake);
  await assignAndAccept(admin, assigned, kase.caseId);
  const issued = await issueDetermination(assigned, admin, kase.caseId);
  // a second case: its own party, reviewer and letter
  const otherCase = await createTestCase(intake);
  await assignAndAccept(admin, other, otherCase.caseId);
  const otherIssued = await issueDetermination(other, admin, otherCase.caseId);
  const notice = await db().document.findFirstOrThrow({
    where: { caseId: kase.caseId, kind: "NOTICE" },
    orderBy: { createdAt: "asc" },
  });
  const old = await db().$transaction((tx) =>
    storeDocument(tx, {
      caseId: kase.caseId,
      kind: "DETERMINATION_LETTER",
      title: "Final Determination (issued before web versions)",
      fileName: "old.pdf",
      mimeType: "application/pdf",
      bytes: Buffer.from("%PDF-1.4 old"),
    }),
  );
  w = {
    caseId: kase.caseId,
    caseNumber: kase.caseNumber,
    determinationId: issued.determinationId,
    letterId: issued.letterId,
    noticeId: notice.id,
    oldLetterId: old.id,
    otherLetterId: otherIssued.letterId,
    otherCaseId: otherCase.caseId,
    actors: {
      anonymous: null,
      system: systemActor,
      intake,
      admin,
      assignedReviewer: assigned,
      otherReviewer: other,
      ownParty: await partyOf(kase.caseId),
      otherParty: await partyOf(otherCase.caseId),
    },
  };
}, 180_000);
afterAll(closeDb);

test("at issue the letter's model is stored beside its PDF: the model the PDF was drawn from", async () => {
  const doc = await db().document.findUniqueOrThrow({
    where: { id: w.letterId },
    select: { renditionModel: true, content: { select: { bytes: true } } },
  });
  const stored = parseRenditionModel(doc.renditionModel);
  expect(stored?.kind).toBe("letter");
  if (stored?.kind !== "letter") throw new Error("no letter model");
  const determination = await db().determination.findUniqueOrThrow({
    where: { id: w.determinationId },
    select: { issuedAt: true },
  });
  const model = await loadLetterModel(db(), w.determinationId, { draft: false, issuedAt: determination.issuedAt! });
  expect(stored.model).toEqual(JSON.parse(JSON.stringify(model)));
  expect(stored.model.draft).toBeUndefined();
  expect(stored.model.caseNumber).toBe(w.caseNumber);
  // and the PDF carries that model's text
  const pdf = await readPdf(Buffer.from(doc.content!.bytes));
  const text = pdf.pages.join(" ").replace(/\s+/g, " ");
  expect(text).toContain(stored.model.claimNumber);
  expect(text).toContain(stored.model.items[0].description.trim().split(/\s+/).slice(0, 3).join(" "));
});

test("the eligibility notice's model is stored beside its PDF", async () => {
  const doc = await db().document.findUniqueOrThrow({
    where: { id: w.noticeId },
    select: { title: true, renditionModel: true },
  });
  const stored = parseRenditionModel(doc.renditionModel);
  expect(stored?.kind).toBe("notice");
  if (stored?.kind !== "notice") throw new Error("no notice model");
  expect(stored.model.title).toBe(doc.title);
  expect(stored.model.caseNumber).toBe(w.caseNumber);
  expect(stored.model.paragraphs.length).toBeGreaterThan(0);
});

const ALLOWED = ["intake", "admin", "assignedReviewer", "ownParty"] as const;
const REFUSED = ["anonymous", "system", "otherReviewer", "otherParty"] as const;

/** audit rows of the two cases (other test files write their own at the same time) */
const auditRows = () => db().auditEvent.count({ where: { caseId: { in: [w.caseId, w.otherCaseId] } } });
const readsOf = (documentId: string) =>
  db().auditEvent.count({ where: { entityId: documentId, action: "document.viewed" } });

describe.each([
  ["the letter", () => w.letterId, "letter"],
  ["the notice", () => w.noticeId, "notice"],
] as const)("%s as a web page", (_label, idOf, kind) => {
  test.each(ALLOWED.map((a) => [a]))("%s reads it, and the read is audited", async (who) => {
    const actor = w.actors[who]!;
    const before = await readsOf(idOf());
    const read = await readLetterRendition({ actor, documentId: idOf() });
    expect(read).toMatchObject({ documentId: idOf(), caseId: w.caseId, caseNumber: w.caseNumber });
    expect(read.rendition.kind).toBe(kind);
    expect(read.rendition.model.caseNumber).toBe(w.caseNumber);
    expect(await readsOf(idOf())).toBe(before + 1);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { entityId: idOf(), action: "document.viewed" },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({
      caseId: w.caseId,
      entityType: "Document",
      actorType: who === "ownParty" ? "PARTY" : "USER",
      actorId: actor.kind === "party" ? actor.partyId : (actor as StaffActor).userId,
      payload: { documentId: idOf(), form: "web page", by: who === "ownParty" ? "party" : "staff" },
    });
  });

  test.each(REFUSED.map((a) => [a]))("%s is refused, and nothing is recorded", async (who) => {
    const before = await auditRows();
    const refusal = await readLetterRendition({ actor: w.actors[who], documentId: idOf() }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect(["NOT_FOUND", "UNAUTHENTICATED", "FORBIDDEN"]).toContain((refusal as AppError).code);
    expect(JSON.stringify(refusal)).not.toContain(w.caseNumber);
    expect(await auditRows()).toBe(before);
  });
});

test("the party's and staff's PDF of the notice follow the same reach", async () => {
  expect(
    (await downloadLetter({ actor: w.actors.ownParty, documentId: w.noticeId })).bytes.subarray(0, 5).toString(),
  ).toBe("%PDF-");
  expect(
    (await downloadLetter({ actor: w.actors.intake, documentId: w.noticeId })).bytes.subarray(0, 5).toString(),
  ).toBe("%PDF-");
  for (const who of REFUSED) {
    await expect(downloadLetter({ actor: w.actors[who], documentId: w.noticeId })).rejects.toBeInstanceOf(AppError);
  }
});

test("another case's letter, a letter without a model, a stored value that is not a model, another kind of document, a made-up id: not found, unrecorded", async () => {
  const garbled = await db().$transaction((tx) =>
    storeDocument(tx, {
      caseId: w.caseId,
      kind: "NOTICE",
      title: "Garbled",
      fileName: "g.pdf",
      mimeType: "application/pdf",
      bytes: Buffer.from("%PDF-1.4 g"),
    }),
  );
  await db().document.update({
    where: { id: garbled.id },
    data: { renditionModel: { kind: "letter", model: { caseNumber: 7 } } },
  });
  const report = await db().$transaction((tx) =>
    storeDocument(tx, {
      caseId: w.caseId,
      kind: "MEDICAL_REPORT",
      title: "Progress report",
      fileName: "r.pdf",
      mimeType: "application/pdf",
      bytes: Buffer.from("%PDF-1.4 r"),
      renditionModel: {
        kind: "notice",
        model: {
          organizationName: "O",
          title: "T",
          caseNumber: w.caseNumber,
          date: "D",
          recipients: [],
          paragraphs: ["p"],
          closing: [],
        },
      },
    }),
  );
  const before = await auditRows();
  const cases: [Actor | null, unknown][] = [
    [w.actors.ownParty, w.otherLetterId],
    [w.actors.admin, w.oldLetterId],
    [w.actors.ownParty, w.oldLetterId],
    [w.actors.admin, garbled.id],
    [w.actors.admin, report.id],
    [w.actors.ownParty, report.id],
    [w.actors.admin, crypto.randomUUID()],
    [w.actors.admin, "not-a-uuid"],
    [w.actors.ownParty, { id: w.letterId }],
  ];
  for (const [actor, documentId] of cases) {
    await expect(readLetterRendition({ actor, documentId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  }
  expect(await auditRows()).toBe(before);
  // the old letter's PDF is still there for those who may read it
  expect((await downloadLetter({ actor: w.actors.admin, documentId: w.oldLetterId })).bytes.length).toBeGreaterThan(0);
});

test("the links are offered only for letters and notices with a web version", async () => {
  const staffLinks = await documentsWithRendition([w.letterId, w.noticeId, w.oldLetterId, null, "not-a-uuid"]);
  expect([...staffLinks].sort()).toEqual([w.letterId, w.noticeId].sort());
  const partyLinks = await partyRenditions(w.actors.ownParty as PartyActor);
  expect(partyLinks.has(w.letterId)).toBe(true);
  expect(partyLinks.has(w.noticeId)).toBe(true);
  expect(partyLinks.has(w.oldLetterId)).toBe(false);
  expect(partyLinks.has(w.otherLetterId)).toBe(false);
});

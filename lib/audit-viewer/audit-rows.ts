// Audit rows as people read them: the acting user's name, the party's role, the case
// number, the action and payload in words (./audit-details.ts: people and organisations the
// payload names by name). Names are looked up once per batch of rows, in SQL: a case page
// shows its history on every request, and Prisma compiles each query anew.
import { Prisma } from "../db/generated/client.ts";
import { isUuid } from "../format/ids.ts";
import type { RawReader } from "../db/raw-reader.ts";
import { auditActionWords } from "./audit-actions.ts";
import { describeActor } from "./audit-format.ts";
import { auditDetails, detailsText, namedIds, type AuditDetail } from "./audit-details.ts";

export const auditEventSelect = {
  id: true,
  at: true,
  actorType: true,
  actorId: true,
  actorRole: true,
  action: true,
  entityType: true,
  entityId: true,
  caseId: true,
  ip: true,
  userAgent: true,
  payload: true,
} satisfies Prisma.AuditEventSelect;

export type AuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof auditEventSelect }>;

export type AuditEventView = AuditEventRow & {
  key: string;
  actorName: string | null;
  /** "Ana Ruiz (Intake)", "Employee (party)", "The system" */
  who: string;
  /** "created the case" */
  words: string;
  caseNumber: string | null;
  /** the payload in words, field by field */
  details: AuditDetail[];
  /** the same in one line */
  summary: string;
};

type Reader = RawReader;

/** Ids (UUIDs, checked by missingFrom) as an SQL list. */
const uuidList = (ids: string[]) => Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`));

async function pairs(reader: Reader, query: Prisma.Sql): Promise<[string, string][]> {
  return (await reader.$queryRaw<{ id: string; value: string }[]>(query)).map((r) => [r.id, r.value]);
}

/** Remembers names between batches (an export reads many). */
/** The ids not looked up yet (each once; anything but a UUID is never looked up). */
const missingFrom = (ids: string[], known: Map<string, string>) =>
  [...new Set(ids)].filter((id) => isUuid(id) && !known.has(id));

export class AuditNameBook {
  private users = new Map<string, string>();
  private parties = new Map<string, string>();
  private cases = new Map<string, string>();
  private reviewers = new Map<string, string>();
  private organizations = new Map<string, string>();

  constructor(private readonly reader: Reader) {}

  /** A case whose number the caller has read already (a case's own history): not looked up again. */
  knowCase(id: string, caseNumber: string): this {
    this.cases.set(id, caseNumber);
    return this;
  }

  private async fill(ids: string[], known: Map<string, string>, load: (ids: string[]) => Promise<[string, string][]>) {
    const missing = missingFrom(ids, known);
    if (missing.length) for (const [id, value] of await load(missing)) known.set(id, value);
  }

  /** Users by their id and reviewers by their profile's id: both are people's names, read in one query. */
  private async fillPeople(userIds: string[], reviewerIds: string[]) {
    const users = missingFrom(userIds, this.users);
    const reviewers = missingFrom(reviewerIds, this.reviewers);
    if (users.length === 0 && reviewers.length === 0) return;
    const who = Prisma.join(
      [
        ...(users.length ? [Prisma.sql`u."id" IN (${uuidList(users)})`] : []),
        ...(reviewers.length ? [Prisma.sql`r."id" IN (${uuidList(reviewers)})`] : []),
      ],
      " OR ",
    );
    const found = await this.reader.$queryRaw<{ id: string; name: string; reviewerId: string | null }[]>`
      SELECT u."id"::text AS "id", u."name", r."id"::text AS "reviewerId"
        FROM "User" u LEFT JOIN "ReviewerProfile" r ON r."userId" = u."id" WHERE ${who}`;
    for (const user of found) {
      this.users.set(user.id, user.name);
      if (user.reviewerId) this.reviewers.set(user.reviewerId, user.name);
    }
  }

  async describe(rows: AuditEventRow[]): Promise<AuditEventView[]> {
    const actorIds = (type: string) => rows.filter((r) => r.actorType === type && r.actorId).map((r) => r.actorId!);
    const named = rows.map((r) => namedIds(r.payload));
    // One after another: the reader may be a transaction, which runs one query at a time.
    await this.fillPeople(
      [...actorIds("USER"), ...named.flatMap((n) => n.users)],
      named.flatMap((n) => n.reviewers),
    );
    await this.fill(actorIds("PARTY"), this.parties, (ids) =>
      pairs(
        this.reader,
        Prisma.sql`SELECT "id"::text AS "id", "role"::text AS "value" FROM "Party" WHERE "id" IN (${uuidList(ids)})`,
      ),
    );
    await this.fill(
      rows.flatMap((r) => (r.caseId ? [r.caseId] : [])),
      this.cases,
      (ids) =>
        pairs(
          this.reader,
          Prisma.sql`SELECT "id"::text AS "id", "caseNumber" AS "value" FROM "Case" WHERE "id" IN (${uuidList(ids)})`,
        ),
    );
    await this.fill(
      named.flatMap((n) => n.organizations),
      this.organizations,
      (ids) =>
        pairs(
          this.reader,
          Prisma.sql`SELECT "id"::text AS "id", "name" AS "value" FROM "Organization" WHERE "id" IN (${uuidList(ids)})`,
        ),
    );
    const names = { users: this.users, reviewers: this.reviewers, organizations: this.organizations };
    return rows.map((row) => {
      const actorName = row.actorType === "USER" && row.actorId ? (this.users.get(row.actorId) ?? null) : null;
      const partyRole = row.actorType === "PARTY" && row.actorId ? (this.parties.get(row.actorId) ?? null) : null;
      const details = auditDetails(row.payload, names);
      return {
        ...row,
        key: row.id.toString(),
        actorName,
        who: describeActor({ actorType: row.actorType, actorRole: row.actorRole, actorName, partyRole, ip: row.ip }),
        words: auditActionWords(row.action),
        caseNumber: row.caseId ? (this.cases.get(row.caseId) ?? null) : null,
        details,
        summary: detailsText(details),
      };
    });
  }
}

// Audit rows as people read them: the acting user's name, the party's role, the case
// number, the action and payload in words (./audit-details.ts: people and organisations the
// payload names by name). Names are looked up once per batch of rows.
import type { Prisma } from "../db/generated/client.ts";
import { isUuid } from "../format/ids.ts";
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

type Reader = Pick<Prisma.TransactionClient, "user" | "party" | "case" | "reviewerProfile" | "organization">;

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
    const found = await this.reader.user.findMany({
      where: {
        OR: [
          ...(users.length ? [{ id: { in: users } }] : []),
          ...(reviewers.length ? [{ reviewer: { is: { id: { in: reviewers } } } }] : []),
        ],
      },
      select: { id: true, name: true, reviewer: { select: { id: true } } },
    });
    for (const user of found) {
      this.users.set(user.id, user.name);
      if (user.reviewer) this.reviewers.set(user.reviewer.id, user.name);
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
    await this.fill(actorIds("PARTY"), this.parties, async (ids) =>
      (await this.reader.party.findMany({ where: { id: { in: ids } }, select: { id: true, role: true } })).map((p) => [
        p.id,
        p.role,
      ]),
    );
    await this.fill(
      rows.flatMap((r) => (r.caseId ? [r.caseId] : [])),
      this.cases,
      async (ids) =>
        (await this.reader.case.findMany({ where: { id: { in: ids } }, select: { id: true, caseNumber: true } })).map(
          (c) => [c.id, c.caseNumber],
        ),
    );
    await this.fill(
      named.flatMap((n) => n.organizations),
      this.organizations,
      async (ids) =>
        (await this.reader.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map(
          (o) => [o.id, o.name],
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

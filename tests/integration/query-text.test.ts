// Every list and search that reads a query string, given text PostgreSQL cannot take (a NUL
// byte, alone or inside a word), half a character (a lone surrogate), control characters,
// percent-escapes and very long strings, in each of its text fields: it answers (usually
// "no match", or "no filter" for a value past the field's limit) or refuses with a
// validation error, never another error (which a page would show as a 5xx).
import { z } from "zod";
import { closeDb } from "@/lib/db/client.ts";
import type { StaffActor } from "@/lib/auth/actor.ts";
import { AppError } from "@/lib/errors.ts";
import { firstValues } from "@/lib/format/search-params.ts";
import { listCases } from "@/lib/cases/list-cases.ts";
import { loadAdminQueue } from "@/lib/cases/admin-queue.ts";
import { listCompletedReviews } from "@/lib/cases/list-completed-reviews.ts";
import { listUsers } from "@/lib/users/list-users.ts";
import { listReviewers } from "@/lib/reviewers/list-reviewers.ts";
import { listExpiringCredentials } from "@/lib/reviewers/expiring-credentials.ts";
import { listOrganizations } from "@/lib/organizations/list-organizations.ts";
import { searchPublished } from "@/lib/publication/search-published.ts";
import { listPublications } from "@/lib/publication/admin-publications.ts";
import { listAuditEvents } from "@/lib/audit-viewer/list-audit-events.ts";
import { exportAuditEvents } from "@/lib/audit-viewer/export-audit-events.ts";
import { readReports } from "@/lib/reports/read-reports.ts";
import { createReviewer, createStaff, ensureSpecialties } from "../factories/index.ts";

afterAll(closeDb);

const BAD_TEXT: [string, string][] = [
  ["NUL", "\u0000"],
  ["NUL inside a word", "a\u0000b"],
  ["NUL around a case number", "\u0000CM24-0000001\u0000"],
  ["a lone high surrogate", "\uD800"],
  ["a lone low surrogate inside a word", "a\uDC00b"],
  ["control characters", "\u0001\u0008\u001b[31m\u007f"],
  ["CR LF and tab", "a\r\nb\tc"],
  ["percent-escapes left undecoded", "%00%ED%A0%80%"],
  ["a very long string", "x".repeat(100_000)],
  ["a very long string of NULs", "\u0000".repeat(10_000)],
  ["LIKE wildcards and a backslash", "%_\\"],
];

let admin: StaffActor, intake: StaffActor, reviewer: StaffActor;
beforeAll(async () => {
  await ensureSpecialties();
  [admin, intake, reviewer] = await Promise.all([createStaff("ADMIN"), createStaff("INTAKE"), createReviewer()]);
}, 60_000);

type List = { name: string; fields: string[]; call: (query: Record<string, string>) => Promise<unknown> };
const LISTS: List[] = [
  {
    name: "the intake case list",
    fields: ["q", "status", "sort", "dir", "page", "pageSize"],
    call: (query) => listCases({ actor: intake, query }),
  },
  {
    name: "the admin assignment queue",
    fields: ["q", "status", "sort", "page"],
    call: (params) => loadAdminQueue({ actor: admin, params }),
  },
  {
    name: "a reviewer's open reviews",
    fields: ["q", "status", "page"],
    call: (query) => listCases({ actor: reviewer, query, openOnly: true }),
  },
  {
    name: "a reviewer's completed reviews",
    fields: ["page", "pageSize"],
    call: (query) => listCompletedReviews({ actor: reviewer, query }),
  },
  {
    name: "the users list",
    fields: ["q", "role", "state", "sort", "page"],
    call: (query) => listUsers({ actor: admin, query }),
  },
  {
    name: "the reviewers list",
    fields: ["q", "specialty", "account", "credentials", "sort", "page"],
    call: (query) => listReviewers({ actor: admin, query }),
  },
  {
    name: "expiring credentials",
    fields: ["window", "page"],
    call: (query) => listExpiringCredentials({ actor: admin, query }),
  },
  {
    name: "the organization directory",
    fields: ["q", "kind", "page"],
    call: (query) => listOrganizations({ actor: admin, query }),
  },
  {
    name: "the public search of decisions",
    fields: [
      "q",
      "caseNumber",
      "outcome",
      "decision",
      "decidedFrom",
      "injuryTo",
      "specialty",
      "category",
      "subcategory",
      "page",
      "pageSize",
    ],
    call: (query) => searchPublished(query),
  },
  {
    name: "the publications list",
    fields: ["status", "caseNumber", "page"],
    call: (input) => listPublications({ actor: admin, input }),
  },
  {
    name: "the audit trail",
    fields: ["case", "actor", "action", "from", "to", "before", "after"],
    call: (input) => listAuditEvents({ actor: admin, input }),
  },
  {
    name: "the audit export",
    fields: ["case", "actor", "action", "from", "to"],
    call: (input) => exportAuditEvents({ actor: admin, input }),
  },
  { name: "the reports", fields: ["from", "to"], call: (input) => readReports({ actor: admin, input }) },
];

/** Null when the call answered or refused with a validation error; else what went wrong. */
async function problemOf(call: () => Promise<unknown>): Promise<string | null> {
  try {
    await call();
    return null;
  } catch (error) {
    if (error instanceof AppError && error.code === "VALIDATION") return null;
    if (error instanceof z.ZodError) return null;
    return error instanceof Error ? `${error.constructor.name}: ${error.message.slice(0, 300)}` : String(error);
  }
}

describe.each(LISTS.map((list) => [list.name, list] as const))("%s", (_name, list) => {
  test("every text field, given NUL, lone surrogates, controls and very long text, answers or refuses as a validation error", async () => {
    const problems: string[] = [];
    for (const field of list.fields) {
      for (const [label, value] of BAD_TEXT) {
        const problem = await problemOf(() => list.call({ [field]: value }));
        if (problem) problems.push(`${field} = ${label}: ${problem}`);
      }
    }
    // all fields at once, as a crafted URL would send them
    const problem = await problemOf(() => list.call(Object.fromEntries(list.fields.map((f) => [f, "a\u0000\uD800b"]))));
    if (problem) problems.push(`every field at once: ${problem}`);
    expect(problems).toEqual([]);
  }, 120_000);
});

test("a search for NUL alone is a search for nothing in particular; NUL inside a word matches nothing", async () => {
  const all = await listUsers({ actor: admin, query: {} });
  expect((await listUsers({ actor: admin, query: { q: "\u0000" } })).total).toBe(all.total);
  expect(await listUsers({ actor: admin, query: { q: "zz\u0000qq" } })).toMatchObject({ rows: [], total: 0 });
  expect((await listCases({ actor: intake, query: { q: "a\u0000b" } })).query.q).toBe("a b");
  expect((await listReviewers({ actor: admin, query: { q: "\uD800x" } })).query.q).toBe("x");
});

test("firstValues, which every page runs its query through, drops NUL, controls and lone surrogates", () => {
  expect(firstValues({ q: "a\u0000b", dir: ["\uD800asc", "desc"], none: undefined, "k\u0000": "v" })).toEqual({
    q: "a b",
    dir: "asc",
    none: undefined,
    "k ": "v",
  });
});

// Search the text of a whole case file (every stored page of its documents: text layer and
// OCR). Reach is the case file's: staff, or a reviewer only with an accepted assignment
// (caseFileWhereForActor); a case out of reach is "not found". Words and "quoted phrases"
// as people type them (websearch_to_tsquery, English stemming: "injuries" finds "injury"),
// any case, accents ignored. Hits come in the case file's order of documents (its date,
// newest first, then the newest stored) and, within a document, page by page: a reviewer
// reads them as the file runs, not by a score. Each hit carries a snippet as parts
// { text, match } (./snippet.ts). Audited as a read of medical records, with the query's
// length and the number of hits, never its words.
import { z } from "zod";
import { db } from "../db/client.ts";
import { Prisma } from "../db/generated/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseFileWhereForActor } from "../cases/case-access.ts";
import { AppError, notFound } from "../errors.ts";
import { isUuid } from "../format/ids.ts";
import { HEADLINE_OPTIONS, snippetParts, type SnippetPart } from "./snippet.ts";

export const SEARCH_QUERY_MAX = 200;
export const SEARCH_LIMIT_MAX = 50;

export const searchCaseFileInput = z.object({
  q: z
    .string({ error: "Type the words to search for." })
    .trim()
    .min(1, "Type the words to search for.")
    .max(SEARCH_QUERY_MAX, `A search is at most ${SEARCH_QUERY_MAX} characters.`)
    .refine((q) => !/[\u0000-\u001F\uD800-\uDFFF]/.test(q), "The search holds characters that cannot be searched."),
  limit: z.coerce
    .number({ error: "The limit is a number." })
    .int("The limit is a whole number.")
    .min(1, "The limit is at least 1.")
    .max(SEARCH_LIMIT_MAX, `The limit is at most ${SEARCH_LIMIT_MAX}.`)
    .default(20),
  offset: z.coerce
    .number({ error: "The offset is a number." })
    .int("The offset is a whole number.")
    .min(0, "The offset is 0 or more.")
    .max(100_000, "The offset is at most 100,000.")
    .default(0),
});

export type CaseFileSearchHit = {
  documentId: string;
  title: string;
  kind: string;
  documentDate: string | null;
  author: string | null;
  pageNumber: number;
  snippet: SnippetPart[];
};
export type CaseFileSearchResult = { total: number; hits: CaseFileSearchHit[] };

type HitRow = {
  documentId: string;
  title: string;
  kind: string;
  documentDate: Date | null;
  author: string | null;
  pageNumber: number;
  text: string;
  headline: string;
};

export async function searchCaseFile(
  actor: Actor | null,
  input: { caseId: unknown; q: unknown; limit?: unknown; offset?: unknown },
): Promise<CaseFileSearchResult> {
  const staff = requirePermission(actor, "documents.view");
  if (!isUuid(input.caseId)) throw notFound("Case");
  const caseId = input.caseId;
  const parsed = searchCaseFileInput.safeParse({ q: input.q, limit: input.limit, offset: input.offset });
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    throw new AppError("VALIDATION", parsed.error.issues[0]?.message ?? "Check the search.", fieldErrors);
  }
  const { q, limit, offset } = parsed.data;
  const kase = await db().case.findFirst({
    where: { id: caseId, ...caseFileWhereForActor(staff) },
    select: { id: true },
  });
  if (!kase) throw notFound("Case");

  const query = Prisma.sql`websearch_to_tsquery('english', imr_fold_accents(${q}))`;
  const matching = Prisma.sql`FROM "DocumentPage" p JOIN "Document" d ON d."id" = p."documentId"
    WHERE d."caseId" = ${caseId}::uuid AND p."searchVector" @@ ${query}`;
  return db().$transaction(async (tx) => {
    const [{ total }] = await tx.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" ${matching}`;
    const rows = total
      ? await tx.$queryRaw<HitRow[]>`
        SELECT h.*, ts_headline('english', imr_fold_accents(h."text"), ${query}, ${HEADLINE_OPTIONS}) AS "headline"
          FROM (SELECT d."id"::text AS "documentId", d."title", d."kind"::text AS "kind", d."documentDate", d."author",
                       p."pageNumber", p."text", d."createdAt"
                ${matching}
                ORDER BY d."documentDate" DESC NULLS FIRST, d."createdAt" DESC, d."id", p."pageNumber"
                LIMIT ${limit} OFFSET ${offset}) h
         ORDER BY h."documentDate" DESC NULLS FIRST, h."createdAt" DESC, h."documentId", h."pageNumber"`
      : [];
    await recordAudit(tx, staff, {
      action: "case_file.searched",
      entityType: "Case",
      entityId: caseId,
      caseId,
      payload: { queryLength: q.length, hits: total },
    });
    return {
      total,
      hits: rows.map((row) => ({
        documentId: row.documentId,
        title: row.title,
        kind: row.kind,
        documentDate: row.documentDate ? row.documentDate.toISOString().slice(0, 10) : null,
        author: row.author,
        pageNumber: row.pageNumber,
        snippet: snippetParts(row.headline, row.text),
      })),
    };
  });
}

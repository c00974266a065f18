// The routes bench:web measures besides the staff pages: the floor (the sign-in page, a
// minimal dynamic page of the same app), the public decisions page without a search, a
// published decision's page and its PDF; and the bytes of one response of each route.
import crypto from "node:crypto";
import type pg from "pg";
import { minimalPdf } from "../../tools/load/minimal-pdf.ts";
import type { RouteSpec } from "../../tools/load/bench/bench-targets.ts";

export const EXTRA_ROUTES = ["floor", "decisions", "decision", "pdf"] as const;
export type ExtraRoute = (typeof EXTRA_ROUTES)[number];
export type BenchRoute = Omit<RouteSpec, "name"> & { name: RouteSpec["name"] | ExtraRoute | typeof FLOOR_AGAIN };

/** The floor measured a second time, after the other routes (see floor-report.ts). */
export const FLOOR_AGAIN = "floor-again";

/** The routes in their order, the floor again at the end when it was measured with others. */
export function withFloorAgain(specs: BenchRoute[]): BenchRoute[] {
  const floor = specs.find((spec) => spec.name === "floor");
  if (!floor || specs.length < 2) return specs;
  return [...specs, { ...floor, name: FLOOR_AGAIN, label: "Floor again, after the other routes" }];
}

export type PublishedTargets = { caseNumbers: string[]; publicationIds: string[] };

/**
 * Up to 50 published decisions with a PDF. The generated load publishes its decisions without
 * one, so on a benchmark database without any, 50 of them are given a one-page PDF (with its
 * sha256) first.
 */
export async function findPublished(client: pg.Client): Promise<PublishedTargets> {
  const select = () =>
    client.query<{ id: string; caseNumber: string }>(
      `SELECT id, "caseNumber" FROM "PublishedDecision" WHERE status = 'PUBLISHED' AND pdf IS NOT NULL ORDER BY "publishedAt" DESC LIMIT 50`,
    );
  let { rows } = await select();
  if (rows.length === 0) {
    const pdf = minimalPdf("Published decision (benchmark)", [
      "A one-page PDF given by bench:web to a generated published decision.",
    ]);
    const sha256 = crypto.createHash("sha256").update(pdf).digest("hex");
    await client.query(
      `UPDATE "PublishedDecision" SET pdf = $1, "pdfSha256" = $2 WHERE id IN (
         SELECT id FROM "PublishedDecision" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 50)`,
      [pdf, sha256],
    );
    ({ rows } = await select());
  }
  return { caseNumbers: rows.map((r) => r.caseNumber), publicationIds: rows.map((r) => r.id) };
}

export function extraSpecs(published: PublishedTargets): BenchRoute[] {
  return [
    { name: "floor", label: "Floor: the sign-in page", as: "public", paths: ["/signin"] },
    { name: "decisions", label: "Public decisions page, no search", as: "public", paths: ["/decisions"] },
    {
      name: "decision",
      label: `A published decision's page (${published.caseNumbers.length} in turn)`,
      as: "public",
      paths: published.caseNumbers.map((n) => `/decisions/${n}`),
    },
    {
      name: "pdf",
      label: `A published decision's PDF (${published.publicationIds.length} in turn)`,
      as: "public",
      paths: published.publicationIds.map((id) => `/api/public/decisions/${id}/pdf`),
    },
  ];
}

/** The mean body size of the route's first few paths, and the caching headers of the first. */
export async function measureBytes(
  baseUrl: string,
  paths: string[],
  cookie: string | null,
): Promise<{ bytes: number; headers: Record<string, string | null> }> {
  const sample = paths.slice(0, 5);
  let total = 0;
  let headers: Record<string, string | null> = {};
  for (const [i, path] of sample.entries()) {
    const response = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
    total += (await response.arrayBuffer()).byteLength;
    if (i === 0) {
      headers = Object.fromEntries(
        ["cache-control", "etag", "content-security-policy"].map((name) => [name, response.headers.get(name)]),
      );
    }
  }
  return { bytes: Math.round(total / Math.max(1, sample.length)), headers };
}

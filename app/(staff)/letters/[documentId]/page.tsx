// A letter or notice as an accessible web page, beside its PDF, for staff who may open the
// case's file (the reach of the PDF download). Every read is audited; a letter out of reach,
// missing, or without a web version is not found. Rendered per request, never cached
// (Next.js sends dynamic pages with Cache-Control no-store).
import type { Metadata } from "next";
import { cache } from "react";
import { currentActor, homePathFor, requireRole } from "@/lib/auth/current-actor.ts";
import { readLetterRendition } from "@/lib/documents/read-letter-rendition.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { LetterWebPage } from "@/components/letters/letter-web-page.tsx";

export const dynamic = "force-dynamic";

/** One read (and one audit row) per request, shared by the title and the page. */
const read = cache(async (documentId: string) => readLetterRendition({ actor: await currentActor(), documentId }));

type Params = { params: Promise<{ documentId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const letter = await read((await params).documentId).catch(() => null);
  return { title: letter ? `${letter.title} (web version)` : "Letter not found" };
}

export default async function StaffLetterPage({ params }: Params) {
  const actor = await requireRole("INTAKE", "ADMIN", "REVIEWER");
  const letter = await orNotFound(read((await params).documentId));
  return (
    <LetterWebPage
      rendition={letter.rendition}
      pdfHref={`/api/letters/${letter.documentId}`}
      pdfLabel="Download PDF"
      backHref={`${homePathFor(actor.role)}/cases/${letter.caseId}`}
      backLabel={`Back to case ${letter.caseNumber}`}
    />
  );
}

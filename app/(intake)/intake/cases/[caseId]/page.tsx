import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { getCase } from "@/lib/cases/get-case.ts";
import { specialtyName } from "@/lib/cases/specialties.ts";
import { AppError } from "@/lib/errors.ts";
import { CaseFacts } from "@/components/cases/case-facts.tsx";
import { LetterLinks } from "@/components/determinations/letter-links.tsx";
import { PageHeader } from "@/components/ui/card.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";

export default async function IntakeCasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const actor = await requireRole("INTAKE", "ADMIN");
  const kase = await getCase({ actor, caseId }).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <>
      <PageHeader
        title={`Case ${kase.caseNumber}`}
        actions={actor?.role === "ADMIN" ? <Link href={`/admin/cases/${kase.id}`} className={buttonClass("secondary")}>Open in assignment</Link> : null}
      />
      <div className="space-y-4">
        <LetterLinks kase={kase} />
        <CaseFacts kase={kase} specialtyName={await specialtyName(kase.specialtyCode)} />
      </div>
    </>
  );
}

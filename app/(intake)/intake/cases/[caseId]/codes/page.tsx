// The case's access codes as intake sends them: each code stays here, through Back and reload,
// until it is marked sent; then only its hash remains.
import Link from "@/components/ui/link.tsx";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { codesToSend } from "@/lib/parties/codes-to-send.ts";
import { partyRoleLabel } from "@/lib/parties/party-role-labels.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { portalLink } from "@/lib/notifications/message-texts.ts";
import { PageHeader } from "@/components/ui/card.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { CodesToSend } from "@/components/parties/codes-to-send.tsx";
import { markCodeSentAction } from "./actions.ts";

export const dynamic = "force-dynamic";
export const metadata = { title: "Access codes to send" };

export default async function CaseCodesPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const actor = await requireRole("INTAKE", "ADMIN");
  const view = await orNotFound(codesToSend({ actor, caseId }));
  return (
    <>
      <PageHeader
        title="Access codes to send"
        description={`Case ${view.caseNumber}. Send each party its own code: print its code letter (English and Spanish) and mark the code sent. Until then the code stays on this page.`}
        actions={
          <Link href={`/intake/cases/${view.caseId}`} className={buttonClass("secondary")}>
            Back to the case
          </Link>
        }
      />
      <CodesToSend
        caseId={view.caseId}
        caseNumber={view.caseNumber}
        portalAddress={portalLink("/access")}
        codes={view.codes.map((c) => ({
          partyId: c.partyId,
          roleLabel: partyRoleLabel(c.role),
          name: c.name,
          code: c.code,
          issuedOn: c.issuedAt ? formatDateTime(c.issuedAt) : null,
          sentOn: c.sentAt ? formatDateTime(c.sentAt) : null,
          revoked: c.revoked,
        }))}
        markSent={markCodeSentAction}
      />
    </>
  );
}

// Shown after a case is created: the parties' access codes, to be sent to them. They also stay on
// the case's codes page (/intake/cases/<id>/codes, with the code letters) until marked sent.
import Link from "@/components/ui/link.tsx";
import type { CreatedCase } from "@/lib/cases/create-case.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Card } from "@/components/ui/card.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";

const ROLE_LABELS: Record<string, string> = {
  EMPLOYEE: "Employee",
  REPRESENTATIVE: "Representative",
  REQUESTING_PHYSICIAN: "Requesting physician",
  CLAIMS_ADMINISTRATOR: "Claims administrator",
};

export function AccessCodesPanel({ created }: { created: CreatedCase }) {
  return (
    <div className="space-y-4">
      <Alert tone="success" title={`Case ${created.caseNumber} created`}>
        The case is ready for assignment.
      </Alert>
      <Card title="Party access codes">
        <Alert tone="warning">
          Send each party their own code. The codes stay on the case&apos;s codes page, with a code letter to print for
          each party, until you mark them sent; then only a hash is kept.
        </Alert>
        <table className="mt-4 w-full text-sm" data-testid="access-codes">
          <thead>
            <tr className="text-left text-slate-600">
              <th className="py-1">Party</th>
              <th className="py-1">Name</th>
              <th className="py-1">Access code</th>
            </tr>
          </thead>
          <tbody>
            {created.accessCodes.map((code) => (
              <tr key={code.role} className="border-t border-slate-100" data-role={code.role}>
                <td className="py-2">{ROLE_LABELS[code.role] ?? code.role}</td>
                <td className="py-2">{code.name}</td>
                <td className="py-2 font-mono text-base tracking-wider" data-access-code>
                  {code.code}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3 text-sm text-slate-600">
          Parties open the case at <span className="font-mono">/access</span> with the case number{" "}
          <span className="font-mono font-semibold">{created.caseNumber}</span> and their code.
        </p>
      </Card>
      <div className="flex flex-wrap gap-3">
        <Link href={`/intake/cases/${created.caseId}/codes`} className={buttonClass()}>
          Codes to send and code letters
        </Link>
        <Link href={`/intake/cases/${created.caseId}`} className={buttonClass("secondary")}>
          Open the case
        </Link>
        <Link href={`/intake/cases/new?after=${created.caseNumber}`} className={buttonClass("secondary")}>
          Enter another application
        </Link>
      </div>
    </div>
  );
}

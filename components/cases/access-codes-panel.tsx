// Shown once after a case is created: the parties' access codes, to be sent to them.
import Link from "next/link";
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
          These codes are shown only once and stored only in hashed form. Send each party their own code now.
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
      <div className="flex gap-3">
        <Link href={`/intake/cases/${created.caseId}`} className={buttonClass()}>
          Open the case
        </Link>
        <Link href={`/intake/cases/new?after=${created.caseNumber}`} className={buttonClass("secondary")}>
          Enter another application
        </Link>
      </div>
    </div>
  );
}

import Link from "next/link";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { listAccessLockouts, type AccessLockout } from "@/lib/parties/access-lockouts.ts";
import { ACCESS_LIMITS } from "@/lib/parties/open-party-access.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { LockoutTable, type LockoutRow } from "@/components/audit/lockout-table.tsx";
import { Card, PageHeader } from "@/components/ui/card.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { liftLockoutAction } from "./actions.ts";

export const metadata = { title: "Party access lockouts" };

const rowOf = (l: AccessLockout & { caseId?: string | null }): LockoutRow => ({
  key: l.key, failures: l.failures, firstAt: formatDateTime(l.firstAt), lastAt: formatDateTime(l.lastAt), endsAt: formatDateTime(l.endsAt), caseId: l.caseId ?? null,
});

export default async function AccessLockoutsPage() {
  const lockouts = await listAccessLockouts({ actor: await requireRole("ADMIN") });
  const { windowMinutes, failuresPerAddress, failuresPerCase } = ACCESS_LIMITS;
  return (
    <>
      <PageHeader
        title="Party access lockouts"
        description={`Parties open their case with its number and their access code. ${failuresPerAddress} wrong codes from one address, or ${failuresPerCase} for one case number, within ${windowMinutes} minutes stop further tries until older failures pass out of that window. Lift a lockout when a party is stuck; every lift is recorded.`}
        actions={<Link href="/admin/audit?action=party.access_denied" className={buttonClass("secondary")}>Refused attempts in the audit trail</Link>}
      />
      <div className="space-y-4">
        <Card title={`Addresses (${lockouts.addresses.length})`}>
          <LockoutTable kind="address" rows={lockouts.addresses.map(rowOf)} lift={liftLockoutAction} emptyMessage="No address is locked out." />
        </Card>
        <Card title={`Case numbers (${lockouts.cases.length})`}>
          <p className="mb-3 text-sm text-slate-600">A locked case number stops guessing at the case; its parties’ own valid codes still open it.</p>
          <LockoutTable kind="case" rows={lockouts.cases.map(rowOf)} lift={liftLockoutAction} emptyMessage="No case number is locked out." />
        </Card>
        <p className="text-xs text-slate-500">As of {formatDateTime(lockouts.now)}. Times are California time.</p>
      </div>
    </>
  );
}

import Link from "@/components/ui/link.tsx";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { listAccessLockouts, type AccessLockout } from "@/lib/parties/access-lockouts.ts";
import { ACCESS_LIMITS } from "@/lib/parties/open-party-access.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { LockoutTable, type LockoutRow } from "@/components/audit/lockout-table.tsx";
import { Card, PageHeader } from "@/components/ui/card.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { liftLockoutAction } from "./actions.ts";

export const metadata = { title: "Party access lockouts" };

const rowOf = (l: AccessLockout & { caseId?: string | null; caseNumber?: string }): LockoutRow => ({
  key: l.key,
  failures: l.failures,
  firstAt: formatDateTime(l.firstAt),
  lastAt: formatDateTime(l.lastAt),
  endsAt: formatDateTime(l.endsAt),
  caseId: l.caseId ?? null,
  detail: l.caseNumber ? `on case ${l.caseNumber}` : undefined,
});

export default async function AccessLockoutsPage() {
  const lockouts = await listAccessLockouts({ actor: await requireRole("ADMIN") });
  const { windowMinutes, failuresPerAddress, failuresPerCase } = ACCESS_LIMITS;
  return (
    <>
      <PageHeader
        title="Party access lockouts"
        description={`Parties open their case with its number and their access code. Within ${windowMinutes} minutes, ${failuresPerAddress} wrong codes for one case from one address stop that address on that case (even with the right code), and ${failuresPerCase} wrong codes for one case from anywhere stop further guesses at that case; either ends once older failures pass out of that window. Failures on one case never stop anyone opening another. Addresses are known only behind a trusted proxy (TRUSTED_PROXY_HOPS). Lift a lockout when a party is stuck; every lift is recorded.`}
        actions={
          <Link href="/admin/audit?action=party.access_denied" className={buttonClass("secondary")}>
            Refused attempts in the audit trail
          </Link>
        }
      />
      <div className="space-y-4">
        <Card title={`Addresses (${lockouts.addresses.length})`}>
          <p className="mb-3 text-sm text-slate-600">
            Lifting an address lets it try again on every case it is stopped on.
          </p>
          <LockoutTable
            kind="address"
            rows={lockouts.addresses.map(rowOf)}
            lift={liftLockoutAction}
            emptyMessage="No address is locked out."
          />
        </Card>
        <Card title={`Case numbers (${lockouts.cases.length})`}>
          <p className="mb-3 text-sm text-slate-600">
            A locked case number stops guessing at the case; its parties’ own valid codes still open it.
          </p>
          <LockoutTable
            kind="case"
            rows={lockouts.cases.map(rowOf)}
            lift={liftLockoutAction}
            emptyMessage="No case number is locked out."
          />
        </Card>
        <p className="text-xs text-slate-500">As of {formatDateTime(lockouts.now)}. Times are California time.</p>
      </div>
    </>
  );
}

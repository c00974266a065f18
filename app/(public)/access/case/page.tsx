import { redirect } from "next/navigation";
import { currentParty } from "@/lib/parties/current-party.ts";
import { partyCaseView } from "@/lib/parties/party-case-view.ts";
import { formatCaliforniaDate, formatDateTime } from "@/lib/format/dates.ts";
import { PublicShell } from "@/components/ui/app-shell.tsx";
import { Card } from "@/components/ui/card.tsx";
import { StatusBadge } from "@/components/cases/case-badges.tsx";
import { leavePartyAccessAction } from "../actions.ts";

export const dynamic = "force-dynamic";
export const metadata = { title: "Your case" };

export default async function PartyCasePage() {
  const party = await currentParty();
  if (!party) redirect("/access");
  const view = await partyCaseView(party).catch(() => null);
  if (!view) redirect("/access");
  const letters = view.case.determinations;
  return (
    <PublicShell>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Case {view.case.caseNumber}</h1>
          <p className="mt-1 text-sm text-slate-600">Received {formatCaliforniaDate(view.case.receivedAt)}. Status: <StatusBadge status={view.case.status} /></p>
        </div>
        <form action={leavePartyAccessAction}>
          <button className="text-sm text-brand-700 underline" type="submit">Close case</button>
        </form>
      </div>
      <Card title="Letters" className="mt-6">
        {letters.length === 0 ? (
          <p className="text-sm text-slate-600">No final determination has been issued yet. The letter will appear here when the review is complete.</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {letters.map((letter) => (
              <li key={letter.letterId} className="flex flex-wrap items-center gap-3">
                <span>{letter.version > 1 ? `Amended final determination (version ${letter.version})` : "Final determination"}, issued {letter.issuedAt ? formatDateTime(letter.issuedAt) : ""}{letter.status === "SUPERSEDED" ? " — replaced by a later version" : ""}</span>
                <a className="font-semibold text-brand-700 underline" href={`/api/party/letters/${letter.letterId}`}>Download PDF</a>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </PublicShell>
  );
}

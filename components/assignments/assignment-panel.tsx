// The case's assignments for the administrator, newest first: who the case was offered to,
// who or what chose them and why, the score in words, and the reviewer's answer (accepted
// with the no-conflict attestation, or declined with the reason), or the offer's withdrawal
// with its reason. An offer not answered yet can be withdrawn here (`withdraw`).
import type { ActionResult } from "@/lib/action-result.ts";
import type { CaseSummary } from "@/lib/cases/get-case.ts";
import type { WithdrawnOffer } from "@/lib/cases/withdraw-offer.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import type { ScorePart } from "@/lib/matching/types.ts";
import { Badge, type BadgeTone } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import { ScoreParts } from "@/components/matching/score-parts.tsx";
import { WithdrawOfferForm } from "./withdraw-offer-form.tsx";

type Assignment = CaseSummary["assignments"][number];

const STATUS: Record<Assignment["status"], [string, BadgeTone]> = {
  OFFERED: ["Offered, waiting for an answer", "amber"],
  ACTIVE: ["Accepted", "green"],
  COMPLETED: ["Completed", "gray"],
  DECLINED: ["Declined", "red"],
  REVOKED: ["Withdrawn", "gray"],
};

function how(a: Assignment): string {
  const by = a.assignedBy?.name;
  if (a.method === "BATCH") return `batch assignment run by ${by ?? "the system"}`;
  if (a.method === "AUTO") return by ? `automatic assignment requested by ${by}` : "automatic re-match by the system";
  return `chosen by ${by ?? "an administrator"}`;
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

type Props = { assignments: Assignment[]; withdraw?: (input: unknown) => Promise<ActionResult<WithdrawnOffer>> };

export function AssignmentPanel({ assignments, withdraw }: Props) {
  if (assignments.length === 0) return null;
  return (
    <Card title="Assignment">
      <ol className="space-y-4 text-sm" aria-label="Assignments">
        {assignments.map((a) => {
          const [label, tone] = STATUS[a.status];
          const score = a.score as { score: number; parts: ScorePart[] } | null;
          return (
            <li key={a.id} className="space-y-1">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{a.reviewer.user.name}</span>
                <Badge tone={tone}>{label}</Badge>
                {score ? <Badge tone="blue">Score {score.score}</Badge> : null}
              </p>
              <p className="text-slate-600">
                Offered {formatDateTime(a.assignedAt)}, {how(a)}. Reason: {sentence(a.reason ?? "none recorded")}
              </p>
              {a.status === "DECLINED" ? (
                <p className="text-slate-600">
                  Declined {a.respondedAt ? formatDateTime(a.respondedAt) : ""}: {sentence(a.declineReason ?? "")}
                </p>
              ) : null}
              {a.status === "REVOKED" ? (
                <p className="text-slate-600">
                  Withdrawn {a.endedAt ? formatDateTime(a.endedAt) : ""}
                  {a.withdrawReason ? `: ${sentence(a.withdrawReason)}` : "."}
                </p>
              ) : null}
              {a.conflictAttestedAt ? (
                <p className="text-slate-600">
                  Accepted {formatDateTime(a.conflictAttestedAt)}, attesting to no conflict of interest with any party.
                </p>
              ) : null}
              {score && (a.status === "OFFERED" || a.status === "ACTIVE") ? (
                <ScoreParts parts={score.parts} label={`Score of ${a.reviewer.user.name}`} />
              ) : null}
              {a.status === "OFFERED" && withdraw ? (
                <div className="pt-1">
                  <WithdrawOfferForm assignmentId={a.id} reviewerName={a.reviewer.user.name} withdraw={withdraw} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}

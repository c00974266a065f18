// The facts of a case: application data, parties and disputed items.
import type { CaseSummary } from "@/lib/cases/get-case.ts";
import { formatDate, formatDateTime } from "@/lib/format/dates.ts";
import { Card, DefinitionList } from "@/components/ui/card.tsx";
import { DueDate, ReviewTypeBadge, StatusBadge } from "./case-badges.tsx";

const PARTY_LABELS: Record<string, string> = {
  EMPLOYEE: "Employee",
  REPRESENTATIVE: "Representative",
  REQUESTING_PHYSICIAN: "Requesting physician",
  CLAIMS_ADMINISTRATOR: "Claims administrator",
  EMPLOYER: "Employer",
  UR_ORGANIZATION: "UR organization",
};

const SERVICE_WORDS: Record<string, string> = { MAIL: "mail", EMAIL: "e-mail", PORTAL: "the portal" };

/** ", served by e-mail (consented)" for the parties the letter is served on. */
function servedBy(p: { role: string; serviceMethod: string; electronicServiceConsent: boolean }): string {
  if (!["EMPLOYEE", "REPRESENTATIVE", "REQUESTING_PHYSICIAN", "CLAIMS_ADMINISTRATOR"].includes(p.role)) return "";
  return ` · served by ${SERVICE_WORDS[p.serviceMethod] ?? p.serviceMethod}${p.serviceMethod !== "MAIL" && p.electronicServiceConsent ? " (consented)" : ""}`;
}

/** `showAssignee`: the status names the reviewer offered or reviewing (staff pages; not the reviewer's own). */
export function CaseFacts({
  kase,
  specialtyName,
  showParties = true,
  showAssignee = true,
}: {
  kase: CaseSummary;
  specialtyName: string;
  showParties?: boolean;
  showAssignee?: boolean;
}) {
  const assignments = kase.assignments.map((a) => ({
    status: a.status,
    assignedAt: a.assignedAt,
    respondedAt: a.respondedAt,
    reviewerName: showAssignee ? a.reviewer.user.name : null,
  }));
  return (
    <div className="space-y-4">
      <Card title="Application">
        <DefinitionList
          items={[
            ["Status", <StatusBadge key="s" status={kase.status} assignments={assignments} detail />],
            ["Review type", <ReviewTypeBadge key="t" type={kase.reviewType} />],
            ["Received", formatDateTime(kase.receivedAt)],
            ["Determination due", <DueDate key="d" dueAt={kase.dueAt} done={kase.status === "DECIDED"} />],
            ["Date of injury", formatDate(kase.dateOfInjury)],
            ["UR decision date", formatDate(kase.urDecisionDate)],
            ...(kase.urDecisionReference
              ? [["UR decision reference", kase.urDecisionReference] as [string, string]]
              : []),
            ["Claim number", kase.claimNumber],
            ["Specialty", specialtyName],
          ]}
        />
      </Card>
      {showParties ? (
        <Card title="Parties">
          <DefinitionList
            items={kase.parties.map((p) => [
              PARTY_LABELS[p.role] ?? p.role,
              `${p.name}${p.identifier ? ` (NPI ${p.identifier})` : ""}${servedBy(p)}`,
            ])}
          />
        </Card>
      ) : null}
      <Card title="Disputed items">
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          {kase.items.map((item) => (
            <li key={item.id}>{item.description}</li>
          ))}
        </ol>
      </Card>
    </div>
  );
}

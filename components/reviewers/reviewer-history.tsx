// The reviewer record's recent history, from the audit trail: who changed what, when.
import { formatDateTime } from "@/lib/format/dates.ts";
import { Card } from "@/components/ui/card.tsx";

type Entry = { id: string; at: Date; action: string; actorName: string | null; payload: unknown };

const FIELD_WORDS: Record<string, string> = {
  name: "name",
  yearsInPractice: "years in practice",
  hoursPerWeek: "hours a week",
  disciplinaryHistory: "disciplinary history",
  maxOpenCases: "open-case limit",
  maxCasesPerWeek: "weekly limit",
  state: "state",
  number: "number",
  status: "status",
  restricted: "restriction",
  expiresOn: "expiry",
  board: "board",
  specialtyCode: "specialty",
  subspecialty: "subspecialty",
  kind: "kind",
  identifier: "identifier",
  note: "note",
};

function describe(action: string, payload: Record<string, unknown>): string {
  const what = payload.credential === "certification" ? "Board certification" : "License";
  const fields = (payload.changed as string[] | undefined)?.map((f) => FIELD_WORDS[f] ?? f).join(", ");
  switch (action) {
    case "reviewer.created":
      return "Reviewer created";
    case "reviewer.updated":
      return `Profile changed: ${fields}`;
    case "reviewer.disabled":
      return "Account disabled (sessions ended)";
    case "reviewer.enabled":
      return "Account enabled";
    case "credential.added":
      return `${what} added: ${payload.summary}`;
    case "credential.updated":
      return `${what} changed: ${fields}${payload.verificationCleared ? "; verification cleared" : ""}`;
    case "credential.removed":
      return `${what} removed: ${payload.summary}`;
    case "credential.verified":
      return `${what} ${payload.summary} verified against ${payload.source}`;
    case "affiliation.added":
      return `Affiliation added: ${payload.normalizedName}`;
    case "affiliation.updated":
      return `Affiliation changed (${fields}): ${payload.normalizedName}`;
    case "affiliation.removed":
      return `Affiliation removed: ${payload.normalizedName}`;
    case "leave.added":
      return `Leave added: ${payload.startsOn} to ${payload.endsOn}`;
    case "leave.removed":
      return `Leave removed: ${payload.startsOn} to ${payload.endsOn}`;
    default:
      return action;
  }
}

export function ReviewerHistory({ entries }: { entries: Entry[] }) {
  return (
    <Card title="Record history">
      {entries.length === 0 ? <p className="text-sm text-slate-500">No changes recorded yet.</p> : null}
      <ol className="space-y-2 text-sm" aria-label="Record history">
        {entries.map((e) => (
          <li key={e.id}>
            <span className="text-slate-500">{formatDateTime(e.at)}</span>{" "}
            <span>{describe(e.action, (e.payload ?? {}) as Record<string, unknown>)}</span>
            {e.actorName ? <span className="text-slate-500"> — {e.actorName}</span> : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}

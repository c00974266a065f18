// A case's requests for information as the intake panel shows them (dates in California words).
import type { CaseInformationRequest } from "@/lib/information-requests/case-information-requests.ts";
import { partyRoleLabel } from "@/lib/parties/party-role-labels.ts";
import { formatCaliforniaLongDate, formatDateTime } from "@/lib/format/dates.ts";
import type { InformationRequestRow } from "./information-requests-panel.tsx";

export const informationRequestRows = (requests: CaseInformationRequest[]): InformationRequestRow[] =>
  requests.map((r) => ({
    id: r.id,
    partyLabel: `${partyRoleLabel(r.partyRole)}: ${r.partyName}`,
    question: r.question,
    sentOn: formatDateTime(r.sentAt),
    dueOn: formatCaliforniaLongDate(r.dueAt),
    overdue: r.overdue,
    answeredOn: r.answeredAt ? formatDateTime(r.answeredAt) : null,
    answerText: r.answerText,
    files: r.files,
  }));

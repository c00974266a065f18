// The records section of the party page: for the parties that send records (claims
// administrator, requesting physician, employee) the request's due date, the upload queue,
// the receipts of their own documents with their labels, and the claims administrator's
// declaration. Nothing for the other parties. Inserted into app/(public)/access/case/page.tsx.
import type { PartyActor } from "@/lib/auth/actor.ts";
import type { Lang } from "@/lib/i18n/party-messages.ts";
import { RECORDS_MESSAGES } from "@/lib/i18n/records-messages.ts";
import { partySubmissionsView } from "@/lib/records/submission/party-submissions-view.ts";
import { uploadLimits } from "@/lib/records/submission/submission-rules.ts";
import type { ActionResult } from "@/lib/action-result.ts";
import { Card } from "@/components/ui/card.tsx";
import { RecordsSubmissionPanel } from "./records-submission-panel.tsx";

type Action = (input: unknown) => Promise<ActionResult<unknown>>;

export async function RecordsSubmission({
  party,
  lang,
  label,
  declare,
}: {
  party: PartyActor;
  lang: Lang;
  label: Action;
  declare: Action;
}) {
  const view = await partySubmissionsView(party);
  if (!view) return null;
  const t = RECORDS_MESSAGES[lang];
  return (
    <Card title={t.title}>
      <RecordsSubmissionPanel
        view={view}
        lang={lang}
        maxMb={Math.round(uploadLimits().maxFileBytes / 1024 / 1024)}
        label={label}
        declare={declare}
      />
    </Card>
  );
}

"use client";
// An offer to the reviewer: the case's facts and parties (what the no-conflict attestation
// is about), Accept (only with the attestation ticked) or Decline (with the reason).
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import type { OfferResponse } from "@/lib/cases/respond-to-offer.ts";
import { formatCaliforniaDate, formatDateTime } from "@/lib/format/dates.ts";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { CheckboxField, Field } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";

export type OfferView = {
  assignmentId: string;
  offeredAt: string;
  caseId: string;
  caseNumber: string;
  reviewType: string;
  dueAt: string | null;
  specialty: string;
  items: string[];
  parties: { role: string; name: string; organization: string | null; identifier: string | null }[];
};

const ROLE_LABELS: Record<string, string> = {
  EMPLOYEE: "Employee",
  REPRESENTATIVE: "Representative",
  REQUESTING_PHYSICIAN: "Requesting physician",
  CLAIMS_ADMINISTRATOR: "Claims administrator",
  EMPLOYER: "Employer",
  UR_ORGANIZATION: "UR organization",
  UR_REVIEWER: "UR reviewer",
  MEDICAL_GROUP: "Medical group",
  FACILITY: "Facility",
  MANUFACTURER: "Drug or device maker",
};

export const ATTESTATION =
  "I attest that I have no material professional, familial or financial affiliation with any party of this case.";

/** `onCasePage`: after a decline, go back to the reviewer's list (the case is out of reach then). */
type Props = {
  offer: OfferView;
  respond: (input: unknown) => Promise<ActionResult<OfferResponse>>;
  onCasePage?: boolean;
};

export function OfferCard({ offer, respond, onCasePage = false }: Props) {
  const router = useRouter();
  const [declining, setDeclining] = useState(false);
  const [attested, setAttested] = useState(false);
  const [reason, setReason] = useState("");
  const { result, pending, run, errors } = useAction(respond, {
    onSuccess: (data) => {
      if (data.response === "ACCEPT") router.push(`/reviewer/cases/${data.caseId}`);
      else if (onCasePage) router.push("/reviewer");
    },
  });
  const id = (name: string) => `offer-${offer.assignmentId}-${name}`;
  const title = `Case ${offer.caseNumber}`;
  return (
    <Card
      title={title}
      actions={
        <span className="flex flex-wrap gap-2">
          <Badge tone={offer.reviewType === "EXPEDITED" ? "red" : "gray"}>
            {offer.reviewType.charAt(0) + offer.reviewType.slice(1).toLowerCase()}
          </Badge>
          {offer.dueAt ? <Badge tone="blue">Due {formatCaliforniaDate(new Date(offer.dueAt))}</Badge> : null}
        </span>
      }
    >
      <div className="space-y-4 text-sm" data-offer={offer.caseNumber}>
        <p className="text-slate-600">
          Offered {formatDateTime(new Date(offer.offeredAt))}. Specialty: {offer.specialty}.
        </p>
        <div>
          <h3 className="font-semibold">Disputed {offer.items.length === 1 ? "item" : "items"}</h3>
          <ol className="mt-1 list-decimal space-y-1 pl-5">
            {offer.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ol>
        </div>
        <div>
          <h3 className="font-semibold">Parties</h3>
          <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            {offer.parties.map((p) => (
              <div key={p.role} className="contents">
                <dt className="text-slate-500">{ROLE_LABELS[p.role] ?? p.role}</dt>
                <dd>
                  {p.name}
                  {p.organization ? `, ${p.organization}` : ""}
                  {p.identifier
                    ? ` (${p.role.endsWith("PHYSICIAN") || p.role === "UR_REVIEWER" ? "NPI" : "ID"} ${p.identifier})`
                    : ""}
                </dd>
              </div>
            ))}
          </dl>
        </div>
        <FormStatus result={result && !result.ok && !errors.attestNoConflict && !errors.reason ? result : null} />
        {result?.ok && result.data.response === "DECLINE" ? (
          <p role="status" className="text-slate-700">
            You declined this case.{" "}
            {result.data.reoffered
              ? "It has been offered to another reviewer."
              : "It goes back to the assignment queue."}
          </p>
        ) : declining ? (
          <form
            noValidate
            className="space-y-2 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
            onSubmit={(e) => {
              e.preventDefault();
              run({ assignmentId: offer.assignmentId, response: "DECLINE", reason });
            }}
          >
            <Field
              id={id("reason")}
              label="Why do you decline?"
              hint="For example a conflict of interest, unavailability or a specialty mismatch. The case goes to another reviewer."
              error={errors.reason}
              required
            >
              {(props) => <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
            </Field>
            <div className="flex flex-wrap gap-2">
              <Button type="submit" variant="danger" pending={pending} pendingLabel="Declining…">
                Decline the case
              </Button>
              <Button type="button" variant="secondary" onClick={() => setDeclining(false)} disabled={pending}>
                Cancel
              </Button>
            </div>
          </form>
        ) : (
          <form
            noValidate
            className="space-y-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
            onSubmit={(e) => {
              e.preventDefault();
              run({ assignmentId: offer.assignmentId, response: "ACCEPT", attestNoConflict: attested });
            }}
          >
            <CheckboxField
              id={id("attest")}
              checked={attested}
              onChange={(e) => setAttested(e.target.checked)}
              label={ATTESTATION}
              error={errors.attestNoConflict}
              required
            />
            <div className="flex flex-wrap gap-2">
              <Button
                type="submit"
                pending={pending}
                pendingLabel="Accepting…"
                aria-label={`Accept case ${offer.caseNumber}`}
              >
                Accept
              </Button>
              <Button
                type="button"
                variant="secondary"
                onClick={() => setDeclining(true)}
                disabled={pending}
                aria-label={`Decline case ${offer.caseNumber}`}
              >
                Decline
              </Button>
            </div>
          </form>
        )}
      </div>
    </Card>
  );
}

"use client";
// The reviewer's board certifications: each with its state and verification record; add, edit, verify, remove.
import type { ActionResult } from "@/lib/action-result.ts";
import { formatDate } from "@/lib/format/dates.ts";
import { Card } from "@/components/ui/card.tsx";
import { AddToggle } from "./add-toggle.tsx";
import { CertificationForm, type CertificationValues } from "./certification-form.tsx";
import { CredentialItem, type Verification } from "./credential-item.tsx";

export type CertificationRow = CertificationValues & Verification & { id: string };
type Action = (input: unknown) => Promise<ActionResult<unknown>>;
type Props = {
  reviewerId: string;
  certifications: CertificationRow[];
  specialties: { code: string; name: string }[];
  sources: string[];
  add: Action;
  update: Action;
  remove: Action;
  verify: Action;
};

export function CertificationSection({
  reviewerId,
  certifications,
  specialties,
  sources,
  add,
  update,
  remove,
  verify,
}: Props) {
  const nameOf = (code: string) => specialties.find((s) => s.code === code)?.name ?? code;
  return (
    <Card title={`Board certifications (${certifications.length})`}>
      {certifications.length === 0 ? (
        <p className="text-sm text-slate-600">
          No board certification recorded. A reviewer is offered only cases in a specialty they are certified in, or a
          similar one.
        </p>
      ) : null}
      <ul className="divide-y divide-slate-100" aria-label="Board certifications">
        {certifications.map((c) => (
          <CredentialItem
            key={c.id}
            kind="certification"
            id={c.id}
            title={`${nameOf(c.specialtyCode)}${c.subspecialty ? ` (${c.subspecialty})` : ""}`}
            details={
              <>
                {c.board}. Expires {formatDate(new Date(c.expiresOn))}.
              </>
            }
            expiresOn={c.expiresOn}
            verification={c}
            sources={sources}
            verify={verify}
            remove={remove}
            editForm={(close) => (
              <CertificationForm
                target={{ certificationId: c.id }}
                values={c}
                specialties={specialties}
                save={update}
                onDone={close}
              />
            )}
          />
        ))}
      </ul>
      <div className="mt-3">
        <AddToggle label="Add a certification">
          {(close) => <CertificationForm target={{ reviewerId }} specialties={specialties} save={add} onDone={close} />}
        </AddToggle>
      </div>
    </Card>
  );
}

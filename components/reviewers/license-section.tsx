"use client";
// The reviewer's licenses: each with its state and verification record; add, edit, verify, remove.
import type { ActionResult } from "@/lib/action-result.ts";
import { formatDate } from "@/lib/format/dates.ts";
import { Badge } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import { AddToggle } from "./add-toggle.tsx";
import { CredentialItem, type Verification } from "./credential-item.tsx";
import { LicenseForm, type LicenseValues } from "./license-form.tsx";

export type LicenseRow = LicenseValues & Verification & { id: string };
type Action = (input: unknown) => Promise<ActionResult<unknown>>;
type Props = {
  reviewerId: string;
  licenses: LicenseRow[];
  sources: string[];
  add: Action;
  update: Action;
  remove: Action;
  verify: Action;
};

export function LicenseSection({ reviewerId, licenses, sources, add, update, remove, verify }: Props) {
  return (
    <Card title={`Licenses (${licenses.length})`}>
      {licenses.length === 0 ? (
        <p className="text-sm text-slate-600">
          No license recorded. A reviewer needs an active, unrestricted, verified California license (or one of a state
          the matching settings accept).
        </p>
      ) : null}
      <ul className="divide-y divide-slate-100" aria-label="Licenses">
        {licenses.map((l) => (
          <CredentialItem
            key={l.id}
            kind="license"
            id={l.id}
            title={`License ${l.state} ${l.number}`}
            extraBadges={
              <>
                {l.status !== "ACTIVE" ? (
                  <Badge tone="red">{l.status.charAt(0) + l.status.slice(1).toLowerCase()}</Badge>
                ) : null}
                {l.restricted ? <Badge tone="red">Restricted</Badge> : null}
              </>
            }
            details={<>Expires {formatDate(new Date(l.expiresOn))}.</>}
            expiresOn={l.expiresOn}
            verification={l}
            sources={sources}
            verify={verify}
            remove={remove}
            editForm={(close) => <LicenseForm target={{ licenseId: l.id }} values={l} save={update} onDone={close} />}
          />
        ))}
      </ul>
      <div className="mt-3">
        <AddToggle label="Add a license">
          {(close) => <LicenseForm target={{ reviewerId }} save={add} onDone={close} />}
        </AddToggle>
      </div>
    </Card>
  );
}

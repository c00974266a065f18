"use client";
// The party's records: the request's due date ("due in 3 days", "late"), the upload queue
// (./records-upload-queue.tsx), the receipts of what it sent (time received, file name,
// pages, SHA-256, late) with their labels, and the declaration with a confirmation first.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import type { Lang } from "@/lib/i18n/party-messages.ts";
import { RECORDS_MESSAGES, type RecordsMessages } from "@/lib/i18n/records-messages.ts";
import type { PartyReceipt, PartySubmissionsView } from "@/lib/records/submission/party-submissions-view.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { LabelFields, type Labels } from "./records-label-fields.tsx";
import { RecordsUploadQueue } from "./records-upload-queue.tsx";

type Action = (input: unknown) => Promise<ActionResult<unknown>>;

const formatter = (lang: Lang, withTime: boolean) =>
  new Intl.DateTimeFormat(lang === "es" ? "es-US" : "en-US", {
    dateStyle: "long",
    ...(withTime ? { timeStyle: "short" as const } : {}),
    timeZone: "America/Los_Angeles",
  });

function DueBadge({ daysLeft, t }: { daysLeft: number; t: RecordsMessages }) {
  if (daysLeft < 0) return <Badge tone="red">{t.late}</Badge>;
  if (daysLeft === 0) return <Badge tone="amber">{t.dueToday}</Badge>;
  return <Badge tone={daysLeft <= 3 ? "amber" : "blue"}>{t.dueIn(daysLeft)}</Badge>;
}

function ReceiptLabels({
  receipt,
  t,
  editable,
  label,
}: {
  receipt: PartyReceipt;
  t: RecordsMessages;
  editable: boolean;
  label: Action;
}) {
  const router = useRouter();
  const [labels, setLabels] = useState<Labels>({
    kind: receipt.kind,
    documentDate: receipt.documentDate ?? "",
    author: receipt.author ?? "",
  });
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, start] = useTransition();
  if (!editable) {
    return (
      <p className="text-sm text-slate-700">
        {t.kinds[receipt.kind as keyof RecordsMessages["kinds"]] ?? receipt.kind} · {receipt.documentDate ?? t.notGiven}{" "}
        · {receipt.author ?? t.notGiven}
      </p>
    );
  }
  return (
    <form
      className="space-y-2"
      aria-label={`${t.labels}: ${receipt.fileName}`}
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const r = await label({ documentId: receipt.documentId, ...labels });
          setResult(r);
          if (r.ok) router.refresh();
        });
      }}
    >
      <LabelFields
        idPrefix={`doc-${receipt.documentId}`}
        t={t}
        labels={labels}
        onChange={setLabels}
        errors={result && !result.ok ? (result.fieldErrors ?? {}) : {}}
      />
      <div className="flex flex-wrap items-center gap-3" aria-live="polite">
        <Button type="submit" variant="secondary" pending={pending} pendingLabel={t.saving}>
          {t.save}
          <span className="sr-only"> ({receipt.fileName})</span>
        </Button>
        {result?.ok ? <span className="text-sm text-green-800">{t.saved}</span> : null}
        {result && !result.ok ? <span className="text-sm text-red-700">{t.refusal(result.message)}</span> : null}
      </div>
    </form>
  );
}

export function RecordsSubmissionPanel({
  view,
  lang,
  maxMb,
  label,
  declare,
}: {
  view: PartySubmissionsView;
  lang: Lang;
  maxMb: number;
  label: Action;
  declare: Action;
}) {
  const t = RECORDS_MESSAGES[lang];
  const router = useRouter();
  const [declaring, start] = useTransition();
  const [declared, setDeclared] = useState<ActionResult<unknown> | null>(null);
  const long = formatter(lang, true);
  const { request } = view;
  return (
    <div className="space-y-5 text-sm">
      <p className="text-slate-700">{view.role === "CLAIMS_ADMINISTRATOR" ? t.intro : t.introOthers}</p>
      {request ? (
        <div className="flex flex-wrap items-center gap-2" data-testid="records-due">
          <span>{t.requested(long.format(new Date(request.dueAt)))}</span>
          {request.declaredAt ? null : <DueBadge daysLeft={request.daysLeft} t={t} />}
        </div>
      ) : (
        <p className="text-slate-600">{t.noRequest}</p>
      )}
      {request?.declaredAt ? (
        <Alert tone="success">
          {request.declaredByMe
            ? t.declaredBy(long.format(new Date(request.declaredAt)))
            : t.declaredOther(long.format(new Date(request.declaredAt)))}
        </Alert>
      ) : null}
      {view.canUpload ? (
        <RecordsUploadQueue t={t} maxMb={maxMb} onReceived={() => router.refresh()} />
      ) : !request?.declaredByMe ? (
        <p className="text-slate-600">{t.closed}</p>
      ) : null}
      <section aria-labelledby="records-receipts-title" className="space-y-2">
        <h3 id="records-receipts-title" className="text-sm font-semibold text-slate-900">
          {t.receiptsTitle}
        </h3>
        <p className="text-xs text-slate-600">{t.onlyYours}</p>
        {view.receipts.length === 0 ? (
          <p className="text-slate-600">{t.noReceipts}</p>
        ) : (
          <ul className="divide-y divide-slate-200" aria-label={t.receiptsTitle}>
            {view.receipts.map((receipt) => (
              <li key={receipt.documentId} className="space-y-2 py-3" data-receipt={receipt.fileName}>
                <div className="flex flex-wrap items-center gap-2">
                  <span className="min-w-0 break-all font-medium">{receipt.fileName}</span>
                  {receipt.late ? <Badge tone="red">{t.lateBadge}</Badge> : null}
                </div>
                <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
                  <dt className="text-slate-600">{t.received}</dt>
                  <dd>{long.format(new Date(receipt.receivedAt))}</dd>
                  <dt className="text-slate-600">{t.pages}</dt>
                  <dd>{receipt.pageCount ?? "—"}</dd>
                  <dt className="text-slate-600">{t.checksum}</dt>
                  <dd>
                    <code className="break-all text-xs">{receipt.sha256}</code>
                  </dd>
                </dl>
                <ReceiptLabels receipt={receipt} t={t} editable={view.canUpload} label={label} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {view.canDeclare ? (
        <div className="space-y-2 border-t border-slate-200 pt-4" aria-live="polite">
          <ConfirmButton
            label={t.declare}
            question={t.declareQuestion}
            confirmLabel={t.declareConfirm}
            pendingLabel={t.declaring}
            pending={declaring}
            triggerVariant="primary"
            onConfirm={() =>
              start(async () => {
                const r = await declare({ confirmed: true });
                setDeclared(r);
                if (r.ok) router.refresh();
              })
            }
          />
          {declared && !declared.ok ? <Alert tone="error">{t.refusal(declared.message)}</Alert> : null}
        </div>
      ) : null}
      {declared?.ok ? <Alert tone="success">{t.declaredNow}</Alert> : null}
    </div>
  );
}

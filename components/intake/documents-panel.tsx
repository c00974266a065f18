"use client";
// The case's documents: upload (PDF, checked on the server by content and size), the list
// with type, date and pages, and the in-browser viewer (every view is audited).
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { Field } from "@/components/ui/field.tsx";
import { ViewerPanel } from "@/components/documents/viewer-panel.tsx";
import { formatDate } from "@/lib/format/dates.ts";

export type CaseDocument = {
  id: string;
  kind: string;
  title: string;
  documentDate: string | null;
  pageCount: number | null;
  /** PDF, or an image a party sent (shown as a picture) */
  mimeType?: string;
  /** a notice with an accessible web version (/letters/<id>) */
  webVersion?: boolean;
  /** how far its text has been read (components/reader/text-progress.tsx, rendered by the page) */
  textProgress?: React.ReactNode;
};

const KINDS: [string, string][] = [
  ["MEDICAL_REPORT", "Medical report"],
  ["UR_DECISION", "UR decision"],
  ["APPLICATION", "Application"],
  ["CORRESPONDENCE", "Correspondence"],
  ["OTHER", "Other"],
];
const KIND_LABEL: Record<string, string> = Object.fromEntries([...KINDS, ["NOTICE", "Notice"]]);

export function DocumentsPanel({
  caseId,
  documents,
  canUpload,
}: {
  caseId: string;
  documents: CaseDocument[];
  canUpload: boolean;
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [open, setOpen] = useState<CaseDocument | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string; fields?: Record<string, string[]> } | null>(null);

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    const response = await fetch(`/api/cases/${caseId}/documents`, {
      method: "POST",
      body: new FormData(event.currentTarget),
    }).catch(() => null);
    const body = response
      ? ((await response.json().catch(() => ({}))) as {
          ok?: boolean;
          message?: string;
          fieldErrors?: Record<string, string[]>;
        })
      : {};
    setPending(false);
    if (response?.ok && body.ok) {
      setMessage({ ok: true, text: "Document uploaded." });
      formRef.current?.reset();
      router.refresh();
    } else {
      setMessage({
        ok: false,
        text: body.message ?? "The upload failed. Check your connection and try again.",
        fields: body.fieldErrors,
      });
    }
  }

  return (
    <Card title={`Documents (${documents.length})`}>
      {documents.length === 0 ? (
        <p className="text-sm text-slate-600">No documents yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Case documents">
          {documents.map((doc) => (
            <li key={doc.id} className="flex flex-wrap items-center gap-3 py-2 text-sm">
              <span className="flex-1">
                <span className="font-medium">{doc.title}</span>{" "}
                <span className="text-slate-600">
                  {doc.documentDate ? formatDate(new Date(doc.documentDate)) : "undated"}
                  {doc.pageCount ? `, ${doc.pageCount} p.` : ""}
                </span>
                {doc.textProgress ? <span className="mt-1 block">{doc.textProgress}</span> : null}
              </span>
              <Badge>{KIND_LABEL[doc.kind] ?? doc.kind}</Badge>
              <button
                type="button"
                className="text-brand-700 underline"
                onClick={() => setOpen(doc)}
                aria-label={`View ${doc.title}`}
              >
                View
              </button>
              {doc.webVersion ? (
                <a
                  href={`/letters/${doc.id}`}
                  className="text-brand-700 underline"
                  aria-label={`Read ${doc.title} as a web page`}
                >
                  Web page
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <ViewerPanel document={open} onClose={() => setOpen(null)} />
      {canUpload ? (
        <form
          ref={formRef}
          onSubmit={upload}
          className="mt-4 grid gap-3 border-t border-slate-200 pt-4 sm:grid-cols-2"
          noValidate
        >
          <div className="sm:col-span-2" aria-live="polite">
            {message ? <Alert tone={message.ok ? "success" : "error"}>{message.text}</Alert> : null}
          </div>
          <Field id="upload-file" label="PDF file" required error={message?.fields?.file}>
            {(props) => (
              <input {...props} name="file" type="file" accept="application/pdf" required className="block text-sm" />
            )}
          </Field>
          <Field id="upload-kind" label="Kind" required error={message?.fields?.kind}>
            {(props) => (
              <select {...props} name="kind" defaultValue="MEDICAL_REPORT">
                {KINDS.map(([v, l]) => (
                  <option key={v} value={v}>
                    {l}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="upload-title" label="Title" required error={message?.fields?.title}>
            {(props) => <input {...props} name="title" placeholder="Progress report, Dr. …" />}
          </Field>
          <Field id="upload-date" label="Document date" error={message?.fields?.documentDate}>
            {(props) => <input {...props} name="documentDate" type="date" />}
          </Field>
          <div>
            <Button type="submit" pending={pending} pendingLabel="Uploading…">
              Upload
            </Button>
          </div>
        </form>
      ) : null}
    </Card>
  );
}

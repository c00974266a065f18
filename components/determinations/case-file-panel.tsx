"use client";
// The case file: every document with its type, date and pages, a viewer, and the reviewer's
// account of each one: reviewed (the letter lists it), or not relevant to the dispute with
// the reason. A determination is submitted only when every document is accounted for.
// Beside each: the pages opened in the reader; a document cited in the text cannot be set
// aside as not relevant; one marked reviewed but never opened asks how it was reviewed.
import { formatDate } from "@/lib/format/dates.ts";
import { MAX_NOT_RELEVANT_REASON, type DocumentAccountKind } from "@/lib/determinations/determination-input.ts";
import { Card } from "@/components/ui/card.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { inputClass } from "@/components/ui/field.tsx";

export type CaseFileDocument = {
  id: string;
  kind: string;
  title: string;
  documentDate: string | null;
  pageCount: number | null;
  /** a notice with an accessible web version (/letters/<id>) */
  webVersion?: boolean;
};
/** The reviewer's account of one document, by document id (no entry: not yet accounted for). */
export type DocumentAccount = { account: DocumentAccountKind; reason: string; unopenedReason?: string };
export type DocumentAccounts = Record<string, DocumentAccount>;

const KIND_LABELS: Record<string, string> = {
  APPLICATION: "Application",
  UR_DECISION: "UR decision",
  MEDICAL_REPORT: "Medical report",
  CORRESPONDENCE: "Correspondence",
  NOTICE: "Notice",
  OTHER: "Other",
};

const CHOICES: [DocumentAccountKind, string][] = [
  ["REVIEWED", "Reviewed"],
  ["NOT_RELEVANT", "Not relevant"],
];

type Props = {
  documents: CaseFileDocument[];
  accounts: DocumentAccounts;
  /** documents whose account is complete (reviewed, or not relevant with a reason) */
  accountedFor: number;
  /** messages per document id */
  errors: Record<string, string[]>;
  onChange: (documentId: string, account: DocumentAccount) => void;
  disabled: boolean;
  /** pages opened in the reader, per document */
  opened: Record<string, number[]>;
  /** documents cited in the summary or a rationale */
  cited: ReadonlySet<string>;
  /** open the document in the reader */
  onView: (documentId: string) => void;
};

export function CaseFilePanel({
  documents,
  accounts,
  accountedFor,
  errors,
  onChange,
  disabled,
  opened,
  cited,
  onView,
}: Props) {
  return (
    <Card title={`Case file (${documents.length})`}>
      {documents.length === 0 ? (
        <p className="text-sm text-slate-600">No documents have been received for this case yet.</p>
      ) : (
        <fieldset disabled={disabled}>
          <legend className="mb-1 text-sm text-slate-600">
            Account for each document: mark it Reviewed (the letter lists it) or Not relevant to the dispute, with the
            reason.
          </legend>
          <p
            className={`mb-2 text-sm font-medium ${accountedFor === documents.length ? "text-green-800" : "text-slate-800"}`}
            aria-live="polite"
            data-accounted={accountedFor}
          >
            {accountedFor} of {documents.length} {documents.length === 1 ? "document" : "documents"} accounted for
          </p>
          <ul className="divide-y divide-slate-100">
            {documents.map((doc) => {
              const current = accounts[doc.id];
              const error = errors[doc.id];
              const titleId = `doc-title-${doc.id}`;
              const errorId = `doc-error-${doc.id}`;
              const reasonId = `doc-reason-${doc.id}`;
              const unopenedId = `doc-unopened-${doc.id}`;
              const pagesOpened = opened[doc.id]?.length ?? 0;
              const isCited = cited.has(doc.id);
              return (
                <li key={doc.id} className="space-y-2 py-2 text-sm" data-document={doc.id}>
                  <div className="flex flex-wrap items-center gap-3">
                    <div className="flex-1">
                      <span id={titleId} className="font-medium">
                        {doc.title}
                      </span>{" "}
                      <span className="text-slate-600">
                        {doc.documentDate ? formatDate(new Date(doc.documentDate)) : "undated"}
                        {doc.pageCount ? `, ${doc.pageCount} p.` : ""}
                      </span>
                      <span className="block text-xs text-slate-700">
                        {doc.pageCount
                          ? `${Math.min(pagesOpened, doc.pageCount)} of ${doc.pageCount} pages opened`
                          : `${pagesOpened} ${pagesOpened === 1 ? "page" : "pages"} opened`}
                        {isCited ? " · cited in your text" : ""}
                      </span>
                    </div>
                    <Badge>{KIND_LABELS[doc.kind] ?? doc.kind}</Badge>
                    <button
                      type="button"
                      className="text-brand-700 underline"
                      onClick={() => onView(doc.id)}
                      aria-label={`Read ${doc.title} in the reader`}
                    >
                      Read
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
                  </div>
                  <div
                    role="radiogroup"
                    aria-labelledby={titleId}
                    aria-describedby={error?.length ? errorId : undefined}
                    aria-invalid={error?.length ? true : undefined}
                    className="flex flex-wrap gap-2"
                  >
                    {CHOICES.map(([value, label]) => (
                      <label
                        key={value}
                        className="inline-flex cursor-pointer items-center gap-2 rounded-md px-3 py-1.5 text-sm text-slate-800 ring-1 ring-inset ring-slate-300 has-checked:bg-brand-50 has-checked:font-medium has-checked:text-brand-800 has-checked:ring-brand-600 has-disabled:cursor-not-allowed"
                      >
                        <input
                          type="radio"
                          className="size-4 accent-brand-600"
                          name={`account-${doc.id}`}
                          value={value}
                          checked={current?.account === value}
                          disabled={value === "NOT_RELEVANT" && isCited && current?.account !== "NOT_RELEVANT"}
                          onChange={() =>
                            onChange(doc.id, {
                              account: value,
                              reason: current?.reason ?? "",
                              unopenedReason: current?.unopenedReason ?? "",
                            })
                          }
                        />
                        {label}
                      </label>
                    ))}
                  </div>
                  {current?.account === "NOT_RELEVANT" ? (
                    <div className="space-y-1">
                      <label htmlFor={reasonId} className="block text-sm font-medium text-slate-800">
                        Reason it is not relevant<span className="sr-only"> (“{doc.title}”)</span>
                        <span className="text-red-700" aria-hidden>
                          {" "}
                          *
                        </span>
                      </label>
                      <textarea
                        id={reasonId}
                        rows={2}
                        maxLength={MAX_NOT_RELEVANT_REASON}
                        className={inputClass}
                        value={current.reason}
                        aria-invalid={error?.length ? true : undefined}
                        aria-describedby={error?.length ? errorId : undefined}
                        onChange={(e) => onChange(doc.id, { account: "NOT_RELEVANT", reason: e.target.value })}
                      />
                      {isCited ? (
                        <p className="text-sm text-red-700">
                          This document is cited in your text: mark it Reviewed, or remove the citation.
                        </p>
                      ) : null}
                    </div>
                  ) : null}
                  {current?.account === "REVIEWED" && pagesOpened === 0 ? (
                    <div className="space-y-1">
                      <label htmlFor={unopenedId} className="block text-sm font-medium text-slate-800">
                        You have not opened this document in the reader: how did you review it?
                        <span className="sr-only"> (“{doc.title}”)</span>
                        <span className="text-red-700" aria-hidden>
                          {" "}
                          *
                        </span>
                      </label>
                      <textarea
                        id={unopenedId}
                        rows={2}
                        maxLength={MAX_NOT_RELEVANT_REASON}
                        className={inputClass}
                        value={current.unopenedReason ?? ""}
                        aria-invalid={error?.length ? true : undefined}
                        aria-describedby={error?.length ? errorId : undefined}
                        onChange={(e) =>
                          onChange(doc.id, { account: "REVIEWED", reason: "", unopenedReason: e.target.value })
                        }
                      />
                    </div>
                  ) : null}
                  {error?.length ? (
                    <p id={errorId} className="text-sm text-red-700">
                      {error.join(" ")}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
    </Card>
  );
}

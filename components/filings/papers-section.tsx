"use client";
// The papers of the online application: the UR decision (required) and any others, each
// uploaded as soon as it is chosen and checked by the server (type by content, encrypted or
// damaged PDFs, size, the same file twice), listed with its checksum, removable.
import { useState } from "react";
import type { FilingMessages } from "@/lib/i18n/filing-messages.ts";
import { postForm, postJson } from "./filing-api.ts";

export type Paper = { id: string; kind: string; fileName: string; byteSize: number; sha256: string };

type Props = {
  t: FilingMessages;
  lang: string;
  maxMb: number;
  papers: Paper[];
  onPapers: (papers: Paper[]) => void;
  /** the draft's token, saving the draft first if there is none yet */
  ensureToken: () => Promise<string | null>;
  error?: string[];
};

function PaperPicker({
  kind,
  label,
  hint,
  error,
  ...p
}: Props & { kind: "UR_DECISION" | "OTHER"; label: string; hint: string }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const id = kind === "UR_DECISION" ? "urDecision" : "otherPapers";
  const mine = p.papers.filter((paper) => paper.kind === kind);
  const shown = message ? [message] : error;
  async function upload(files: File[]) {
    if (!files.length) return;
    setBusy(true);
    setMessage(null);
    const token = await p.ensureToken();
    if (!token) {
      setBusy(false);
      setMessage(p.t.draft.notSaved);
      return;
    }
    let papers = p.papers;
    for (const file of files) {
      const form = new FormData();
      form.set("token", token);
      form.set("kind", kind);
      form.set("file", file);
      const result = await postForm<Paper>(`/api/public/filings/papers?lang=${p.lang}`, form);
      if (result.ok) papers = [...papers, result.data];
      else {
        setMessage(`${file.name}: ${result.fieldErrors?.file?.[0] ?? (result.message || p.t.draft.notSaved)}`);
        break;
      }
    }
    p.onPapers(papers);
    setBusy(false);
  }
  async function remove(paper: Paper) {
    const token = await p.ensureToken();
    const result = await postJson(`/api/public/filings/papers/remove`, { token, paperId: paper.id, lang: p.lang });
    if (result.ok || result.status === 404) p.onPapers(p.papers.filter((other) => other.id !== paper.id));
  }
  const describedBy = [`${id}-hint`, shown?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept="application/pdf,image/jpeg,image/png"
        multiple={kind === "OTHER"}
        disabled={busy}
        aria-describedby={describedBy}
        aria-invalid={shown?.length ? true : undefined}
        className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-800"
        onChange={(event) => {
          // a copy: the input's own list empties when its value is reset below
          void upload(Array.from(event.currentTarget.files ?? []));
          event.currentTarget.value = "";
        }}
      />
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {hint} {p.t.upload.accepts(p.maxMb)}
      </p>
      <p aria-live="polite" className="text-sm text-slate-600">
        {busy ? p.t.upload.uploading : null}
      </p>
      {shown?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {shown.join(" ")}
        </p>
      ) : null}
      {mine.length > 0 ? (
        <ul className="space-y-2" aria-label={label}>
          {mine.map((paper) => (
            <li key={paper.id} className="rounded-md bg-slate-50 p-2 text-sm ring-1 ring-slate-200">
              <div className="flex items-start justify-between gap-2">
                <span className="break-all font-medium">{paper.fileName}</span>
                <button type="button" className="shrink-0 text-brand-700 underline" onClick={() => void remove(paper)}>
                  {p.t.upload.remove}
                  <span className="sr-only"> {paper.fileName}</span>
                </button>
              </div>
              <p className="break-all font-mono text-xs text-slate-600">
                {p.t.upload.checksum}: {paper.sha256}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function PapersSection(props: Props) {
  const { t } = props;
  return (
    <div className="space-y-6">
      <PaperPicker {...props} kind="UR_DECISION" label={t.fields.urDecision} hint={t.hints.urDecision ?? ""} />
      <PaperPicker
        {...props}
        error={undefined}
        kind="OTHER"
        label={t.fields.otherPapers}
        hint={t.hints.otherPapers ?? ""}
      />
    </div>
  );
}

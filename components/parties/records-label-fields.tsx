"use client";
// The three labels of a document a party sends: type, the date it bears, its author.
import type { RecordsMessages } from "@/lib/i18n/records-messages.ts";
import { inputClass } from "@/components/ui/field.tsx";

export type Labels = { kind: string; documentDate: string; author: string };

const KINDS = ["MEDICAL_REPORT", "UR_DECISION", "APPLICATION", "CORRESPONDENCE", "OTHER"] as const;

export function LabelFields({
  idPrefix,
  t,
  labels,
  onChange,
  errors = {},
}: {
  idPrefix: string;
  t: RecordsMessages;
  labels: Labels;
  onChange: (labels: Labels) => void;
  errors?: Record<string, string[] | undefined>;
}) {
  const described = (field: string) => (errors[field]?.length ? `${idPrefix}-${field}-error` : undefined);
  const error = (field: string) =>
    errors[field]?.length ? (
      <p id={`${idPrefix}-${field}-error`} className="text-sm text-red-700">
        {errors[field]!.map(t.refusal).join(" ")}
      </p>
    ) : null;
  return (
    <div className="grid gap-2 sm:grid-cols-3">
      <div>
        <label htmlFor={`${idPrefix}-kind`} className="block text-xs font-medium text-slate-700">
          {t.type}
        </label>
        <select
          id={`${idPrefix}-kind`}
          className={inputClass}
          value={labels.kind}
          aria-invalid={errors.kind?.length ? true : undefined}
          aria-describedby={described("kind")}
          onChange={(e) => onChange({ ...labels, kind: e.target.value })}
        >
          <option value="">{t.noType}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t.kinds[kind]}
            </option>
          ))}
        </select>
        {error("kind")}
      </div>
      <div>
        <label htmlFor={`${idPrefix}-date`} className="block text-xs font-medium text-slate-700">
          {t.documentDate}
        </label>
        <input
          id={`${idPrefix}-date`}
          type="date"
          className={inputClass}
          value={labels.documentDate}
          aria-invalid={errors.documentDate?.length ? true : undefined}
          aria-describedby={described("documentDate")}
          onChange={(e) => onChange({ ...labels, documentDate: e.target.value })}
        />
        {error("documentDate")}
      </div>
      <div>
        <label htmlFor={`${idPrefix}-author`} className="block text-xs font-medium text-slate-700">
          {t.author}
        </label>
        <input
          id={`${idPrefix}-author`}
          type="text"
          maxLength={200}
          className={inputClass}
          value={labels.author}
          aria-invalid={errors.author?.length ? true : undefined}
          aria-describedby={described("author")}
          onChange={(e) => onChange({ ...labels, author: e.target.value })}
        />
        {error("author")}
      </div>
    </div>
  );
}

"use client";
// The redaction review page's body: each section of the letter with what the published copy
// leaves out struck through (removed), what the redactor doubted marked (doubtful, still in
// the copy), and what a reviewer chose to keep outlined; beside it the findings to answer
// (remove / keep / undo) and a field to remove more text. Each answer is saved at once.
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import type { RedactionReview, ReviewSection } from "@/lib/publication/redaction-review/load-redaction-review.ts";
import type { ReviewSegment } from "@/lib/publication/redaction-review/review-segments.ts";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";

type Edit = (input: unknown) => Promise<ActionResult<{ edits: number }>>;

function Segment({ segment }: { segment: ReviewSegment }) {
  const span = segment.span;
  if (!span) return <>{segment.text}</>;
  if (span.status === "removed") {
    return (
      <del title={`Removed: ${span.reason}`} className="rounded bg-red-100 px-0.5 text-red-900 decoration-red-700">
        {segment.text}
        <span className="sr-only"> (removed: {span.reason})</span>
      </del>
    );
  }
  if (span.status === "doubtful") {
    return (
      <mark title={`Doubtful: ${span.reason}`} className="rounded bg-amber-200 px-0.5 text-amber-950">
        {segment.text}
        <span className="sr-only"> (doubtful, still in the copy: {span.reason})</span>
      </mark>
    );
  }
  return (
    <span title={`Kept: ${span.reason}`} className="rounded px-0.5 ring-1 ring-green-600">
      {segment.text}
      <span className="sr-only"> (kept by a reviewer)</span>
    </span>
  );
}

function Finding({
  publicationId,
  section,
  text,
  label,
  tone,
  actions,
  edit,
}: {
  publicationId: string;
  section: string;
  text: string;
  label: string;
  tone: "amber" | "red" | "green";
  actions: ("remove" | "keep" | "undo")[];
  edit: Edit;
}) {
  const { pending, run, result } = useAction(edit);
  const words = { remove: "Remove", keep: "Keep", undo: "Undo" } as const;
  return (
    <li className="space-y-1 py-2">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={tone}>{label}</Badge>
        <span className="font-mono text-slate-900">“{text}”</span>
      </p>
      <div className="flex flex-wrap gap-2">
        {actions.map((action) => (
          <Button
            key={action}
            type="button"
            variant={action === "remove" ? "danger" : "secondary"}
            pending={pending}
            pendingLabel="Saving…"
            onClick={() => run({ publicationId, section, action, text })}
            aria-label={`${words[action]} “${text}”`}
          >
            {words[action]}
          </Button>
        ))}
      </div>
      <FormStatus result={result && !result.ok ? result : null} />
    </li>
  );
}

function RemoveMore({ publicationId, section, edit }: { publicationId: string; section: ReviewSection; edit: Edit }) {
  const [text, setText] = useState("");
  const { pending, run, result, errors } = useAction(edit, { onSuccess: () => setText("") });
  const id = `remove-${section.key.replace(/\W/g, "-")}`;
  return (
    <form
      noValidate
      className="mt-3 space-y-2"
      aria-label={`Remove more text from ${section.label}`}
      onSubmit={(e) => {
        e.preventDefault();
        run({ publicationId, section: section.key, action: "remove", text });
      }}
    >
      <Field id={id} label="Remove more text (every occurrence in this section)" error={errors.text ?? errors.section}>
        {(props) => <input {...props} value={text} onChange={(e) => setText(e.target.value)} maxLength={300} />}
      </Field>
      <Button type="submit" variant="secondary" pending={pending} pendingLabel="Saving…">
        Remove
      </Button>
      <FormStatus result={result && !result.ok && !errors.text ? result : null} />
    </form>
  );
}

function SectionCard({ publicationId, section, edit }: { publicationId: string; section: ReviewSection; edit: Edit }) {
  const spans = section.segments.filter((s) => s.span);
  const doubtful = spans.filter((s) => s.span?.status === "doubtful");
  const removed = spans.filter((s) => s.span?.status === "removed");
  const unique = (list: ReviewSegment[]) => [...new Map(list.map((s) => [s.text.toLowerCase(), s])).values()];
  return (
    <Card title={section.label}>
      <p className="whitespace-pre-wrap text-sm leading-7 text-slate-800">
        {section.segments.map((segment, i) => (
          <Segment key={i} segment={segment} />
        ))}
      </p>
      {doubtful.length + section.leaks.length + removed.length + section.edits.length > 0 ? (
        <ul
          className="mt-3 divide-y divide-slate-100 border-t border-slate-100"
          aria-label={`Findings in ${section.label}`}
        >
          {unique(doubtful).map((s) => (
            <Finding
              key={`d-${s.text}`}
              publicationId={publicationId}
              section={section.key}
              text={s.text}
              label={`Doubtful: ${s.span!.reason}`}
              tone="amber"
              actions={["remove", "keep"]}
              edit={edit}
            />
          ))}
          {section.leaks.map((l) => (
            <Finding
              key={`l-${l.found}`}
              publicationId={publicationId}
              section={section.key}
              text={l.found}
              label="Leak check: still in the copy"
              tone="red"
              actions={["remove", "keep"]}
              edit={edit}
            />
          ))}
          {unique(removed).map((s) => (
            <Finding
              key={`r-${s.text}`}
              publicationId={publicationId}
              section={section.key}
              text={s.text}
              label={`Removed: ${s.span!.reason}`}
              tone="red"
              actions={["keep"]}
              edit={edit}
            />
          ))}
          {section.edits.map((e) => (
            <Finding
              key={`e-${e.action}-${e.text}`}
              publicationId={publicationId}
              section={section.key}
              text={e.text}
              label={e.action === "remove" ? "You removed" : "You kept"}
              tone="green"
              actions={["undo"]}
              edit={edit}
            />
          ))}
        </ul>
      ) : null}
      <RemoveMore publicationId={publicationId} section={section} edit={edit} />
    </Card>
  );
}

const hasMarks = (s: ReviewSection) => s.leaks.length > 0 || s.edits.length > 0 || s.segments.some((seg) => seg.span);

export function RedactionReviewSections({ review, edit }: { review: RedactionReview; edit: Edit }) {
  const marked = review.sections.filter(hasMarks);
  const plain = review.sections.filter((s) => !hasMarks(s));
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        Legend: <del className="rounded bg-red-100 px-0.5">removed</del>,{" "}
        <mark className="rounded bg-amber-200 px-0.5">doubtful (still in the copy)</mark>,{" "}
        <span className="rounded px-0.5 ring-1 ring-green-600">kept by a reviewer</span>.
      </p>
      {marked.map((section) => (
        <SectionCard key={section.key} publicationId={review.publicationId} section={section} edit={edit} />
      ))}
      {plain.length > 0 ? (
        <details className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <summary className="cursor-pointer text-sm font-medium text-slate-800">
            Sections with nothing removed or doubtful ({plain.length})
          </summary>
          <div className="mt-3 space-y-4">
            {plain.map((section) => (
              <SectionCard key={section.key} publicationId={review.publicationId} section={section} edit={edit} />
            ))}
          </div>
        </details>
      ) : null}
    </div>
  );
}

export function PublishReviewed({
  publicationId,
  caseNumber,
  ready,
  action,
}: {
  publicationId: string;
  caseNumber: string;
  ready: boolean;
  action: (input: unknown) => Promise<ActionResult<unknown>>;
}) {
  const { pending, run, result } = useAction(action);
  return (
    <div className="space-y-2">
      <ConfirmButton
        label="Publish the redacted copy"
        question={`Publish the redacted copy of ${caseNumber}? It becomes public and searchable.`}
        confirmLabel="Publish"
        pendingLabel="Publishing…"
        pending={pending}
        disabled={!ready}
        onConfirm={() => run({ publicationId })}
        triggerVariant="primary"
      />
      {!ready ? (
        <p className="text-sm text-slate-600">
          Answer every finding first: publishing is possible once nothing is doubtful and the leak check finds nothing.
        </p>
      ) : null}
      <FormStatus result={result} />
    </div>
  );
}

"use client";
// What stops a form from being sent, at its top: a heading, the reason, and a link to each
// field with its message (a link puts the cursor in the field, opening a folded part if need
// be). The form moves the focus here after a failed submit, so a screen reader reads it out
// and Tab goes straight to the first field to correct.
import type { SummaryEntry } from "@/lib/cases/application-form.ts";

/** Puts the cursor in the control with this id (opening the folded part that holds it) and brings it into view. */
export function focusControl(id: string): boolean {
  const control = id ? document.getElementById(id) : null;
  if (!control) return false;
  for (let folded = control.closest("details"); folded; folded = folded.parentElement?.closest("details") ?? null)
    folded.open = true;
  control.focus();
  control.scrollIntoView?.({ block: "center" });
  return true;
}

type Props = {
  id: string;
  title: string;
  message?: React.ReactNode;
  entries: SummaryEntry[];
};

export function ErrorSummary({ id, title, message, entries }: Props) {
  return (
    <div
      id={id}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${id}-title`}
      className="rounded-md bg-red-50 p-4 text-sm text-red-800 ring-2 ring-inset ring-red-300 focus:outline-2 focus:outline-offset-2 focus:outline-red-700"
      data-testid="error-summary"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold">
        {title}
      </h2>
      {message ? <div className="mt-1">{message}</div> : null}
      {entries.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {entries.map((entry) => (
            <li key={entry.key}>
              {entry.id ? (
                <a
                  href={`#${entry.id}`}
                  className="underline underline-offset-2 hover:text-red-950"
                  onClick={(event) => {
                    if (focusControl(entry.id)) event.preventDefault();
                  }}
                >
                  {entry.text}
                </a>
              ) : (
                entry.text
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

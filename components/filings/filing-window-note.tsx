// The filing window as the filer types the dates: the last day, the mail extension, days
// left, or why the application is late and that it can still be filed with an explanation.
import type { FilingWindowSettings } from "@/lib/eligibility/filing-window.ts";
import type { FilingWindowView } from "@/lib/filings/filing-window-view.ts";
import { isoLongDateIn } from "@/lib/filings/filing-dates.ts";
import { FILING_MESSAGES, type Lang } from "@/lib/i18n/filing-messages.ts";

export function FilingWindowNote({
  view,
  lang,
  settings,
}: {
  view: FilingWindowView;
  lang: Lang;
  settings: FilingWindowSettings;
}) {
  const w = FILING_MESSAGES[lang].window;
  if (!view.known) return <p className="text-sm text-slate-600">{w.unknown}</p>;
  const due = isoLongDateIn(lang, view.dueDate);
  return (
    <div
      id="filing-window"
      role="status"
      className={`space-y-1 rounded-md p-3 text-sm ring-1 ring-inset ${view.late ? "bg-amber-50 text-amber-900 ring-amber-200" : "bg-slate-50 text-slate-800 ring-slate-200"}`}
    >
      {view.late ? (
        <>
          <p className="font-semibold">{w.late(due)}</p>
          <p>{w.lateCanFile}</p>
        </>
      ) : (
        <p className="font-semibold">
          {w.dueOn(due, view.days)} {view.daysLeft === 0 ? w.lastDay : w.daysLeft(view.daysLeft)}
        </p>
      )}
      {view.mailExtended ? <p>{w.mailNote(settings.mailExtensionDays)}</p> : null}
      {view.extendedToBusinessDay ? <p>{w.businessDayNote}</p> : null}
      {view.servedOnAssumed ? <p>{w.assumedServed}</p> : null}
    </div>
  );
}

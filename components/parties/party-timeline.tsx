// The case's progress for a party: each step with its date, or "not yet".
import type { TimelineStep } from "@/lib/parties/party-timeline.ts";
import type { PARTY_MESSAGES, Lang } from "@/lib/i18n/party-messages.ts";

const DATE = { en: "en-US", es: "es-US" } as const;

export function PartyTimeline({
  steps,
  t,
  lang,
}: {
  steps: TimelineStep[];
  t: (typeof PARTY_MESSAGES)[Lang];
  lang: Lang;
}) {
  const format = new Intl.DateTimeFormat(DATE[lang], { dateStyle: "long", timeZone: "America/Los_Angeles" });
  return (
    <ol className="space-y-3" aria-label={t.progress}>
      {steps.map((step) => (
        <li
          key={step.key}
          className="flex items-start gap-3 text-sm"
          data-step={step.key}
          data-done={step.at ? "true" : "false"}
        >
          <span
            aria-hidden
            className={`mt-1 size-3 shrink-0 rounded-full ${step.at ? "bg-green-600" : "bg-slate-300"}`}
          />
          <span>
            <span className="font-medium">{t.steps[step.key]}</span>
            {step.note ? <span className="text-slate-700"> ({t.notes[step.note]})</span> : null}
            <br />
            <span className="text-slate-600">{step.at ? format.format(step.at) : t.pending}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}

// The audit viewer's filters as a GET form, so a filtered view is a link that can be shared.
import Link from "@/components/ui/link.tsx";
import { AUDIT_ACTION_WORDS, KNOWN_AUDIT_ACTIONS } from "@/lib/audit-viewer/audit-actions.ts";
import { Field } from "@/components/ui/field.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";

type Props = { params: Record<string, string | undefined>; errors: Record<string, string[]> };

export function AuditFilters({ params, errors }: Props) {
  return (
    <form
      method="get"
      action="/admin/audit"
      role="search"
      aria-label="Filter the audit trail"
      className="mb-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <Field id="audit-case" label="Case" hint="Case number, e.g. CM26-0000001" error={errors.case}>
          {(p) => <input {...p} name="case" defaultValue={params.case ?? ""} autoComplete="off" />}
        </Field>
        <Field id="audit-actor" label="Actor" hint="E-mail, part of a name, “party” or “system”" error={errors.actor}>
          {(p) => <input {...p} name="actor" defaultValue={params.actor ?? ""} autoComplete="off" />}
        </Field>
        <Field id="audit-action" label="Action" error={errors.action}>
          {(p) => (
            <select {...p} name="action" defaultValue={params.action ?? ""}>
              <option value="">Any action</option>
              {KNOWN_AUDIT_ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {action} — {AUDIT_ACTION_WORDS[action]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="audit-from" label="From" hint="California date" error={errors.from}>
          {(p) => <input {...p} type="date" name="from" defaultValue={params.from ?? ""} />}
        </Field>
        <Field id="audit-to" label="To" hint="Inclusive" error={errors.to}>
          {(p) => <input {...p} type="date" name="to" defaultValue={params.to ?? ""} />}
        </Field>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="submit" className={buttonClass("primary")}>
          Filter
        </button>
        <Link href="/admin/audit" className={buttonClass("secondary")}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}

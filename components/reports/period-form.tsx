// The period of the reports: two dates (California calendar days, both included) in a GET
// form, so the period stays in the URL and can be shared; quick links for common periods.
import Form from "next/form";
import Link from "@/components/ui/link.tsx";
import { Field } from "@/components/ui/field.tsx";
import { SubmitButton } from "@/components/ui/button.tsx";

export type PeriodPreset = { label: string; from?: string; to?: string };

type Props = { from: string; to: string; errors?: Record<string, string[]>; presets: PeriodPreset[] };

const presetHref = (p: PeriodPreset) => {
  const query = new URLSearchParams();
  if (p.from) query.set("from", p.from);
  if (p.to) query.set("to", p.to);
  const text = query.toString();
  return text ? `/admin/reports?${text}` : "/admin/reports";
};

export function PeriodForm({ from, to, errors, presets }: Props) {
  return (
    <Form action="/admin/reports" className="space-y-3" aria-label="Report period">
      <div className="grid gap-3 sm:flex sm:flex-wrap sm:items-start">
        <div className="sm:w-48">
          <Field id="report-from" label="From" error={errors?.from} required>
            {(props) => <input {...props} type="date" name="from" defaultValue={from} required />}
          </Field>
        </div>
        <div className="sm:w-48">
          <Field id="report-to" label="To (included)" error={errors?.to} required>
            {(props) => <input {...props} type="date" name="to" defaultValue={to} required />}
          </Field>
        </div>
        <div className="sm:pt-6">
          <SubmitButton pendingLabel="Loading…" className="w-full sm:w-auto">
            Show reports
          </SubmitButton>
        </div>
      </div>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span className="text-slate-600">Quick periods:</span>
        {presets.map((p) => (
          <Link key={p.label} href={presetHref(p)} className="font-medium text-brand-700 hover:underline">
            {p.label}
          </Link>
        ))}
      </p>
    </Form>
  );
}

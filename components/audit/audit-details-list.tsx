// An audit event's payload in words (lib/audit-viewer/audit-details.ts): each field with its label,
// people and organisations linked to their page.
import Link from "next/link";
import type { AuditDetail } from "@/lib/audit-viewer/audit-details.ts";

export function AuditDetailsList({ details, className = "" }: { details: readonly AuditDetail[]; className?: string }) {
  if (details.length === 0) return null;
  return (
    <dl className={`grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5 text-xs ${className}`}>
      {details.map((d, i) => (
        <div key={`${d.label}-${i}`} className="contents">
          <dt className="text-slate-500">{d.label}</dt>
          <dd className="wrap-anywhere text-slate-700">
            {d.href ? (
              <Link href={d.href} className="text-brand-700 underline underline-offset-2">
                {d.text}
              </Link>
            ) : (
              d.text
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

// An audit event's payload in words (lib/audit-viewer/audit-details.ts): each field with its label,
// people and organisations linked to their page. Styled by .details-list (app/globals.css), so
// a long trail sends each shape once.
import Link from "@/components/ui/link.tsx";
import type { AuditDetail } from "@/lib/audit-viewer/audit-details.ts";

export function AuditDetailsList({ details, className = "" }: { details: readonly AuditDetail[]; className?: string }) {
  if (details.length === 0) return null;
  return (
    <dl className={`details-list ${className}`.trim()}>
      {details.map((d, i) => (
        <div key={`${d.label}-${i}`}>
          <dt>{d.label}</dt>
          <dd>{d.href ? <Link href={d.href}>{d.text}</Link> : d.text}</dd>
        </div>
      ))}
    </dl>
  );
}

"use client";
// The rows of a case table, drawn from what the server has already put in words
// (caseRowView in ./case-table.tsx): a page carries each row's few words once, as data,
// rather than the markup of every cell twice (HTML and the page's RSC payload).
import Link from "@/components/ui/link.tsx";
import { Badge, type BadgeTone } from "@/components/ui/badge.tsx";
import { DueDateText, type DueDateView } from "./due-date.tsx";
import { NOT_NARROW, WIDE, WIDER } from "./case-columns.ts";

export type CaseRowView = {
  id: string;
  href: string;
  caseNumber: string;
  employee: string | null;
  claimsAdministrator: string | null;
  status: [label: string, tone: BadgeTone];
  type: [label: string, tone: BadgeTone];
  received: string;
  due: DueDateView;
  items: number;
};

const orNone = (text: string | null) => text || <span className="text-slate-400">—</span>;

export function CaseRows({ rows }: { rows: CaseRowView[] }) {
  return rows.map((row) => (
    <tr key={row.id}>
      <td className="font-mono">
        <Link href={row.href} className="row-link">
          {row.caseNumber}
        </Link>
      </td>
      <td>{orNone(row.employee)}</td>
      <td className={WIDE}>{orNone(row.claimsAdministrator)}</td>
      <td>
        <Badge tone={row.status[1]}>{row.status[0]}</Badge>
      </td>
      <td className={WIDER}>
        <Badge tone={row.type[1]}>{row.type[0]}</Badge>
      </td>
      <td className={`whitespace-nowrap ${NOT_NARROW}`}>{row.received}</td>
      <td>
        <DueDateText view={row.due} />
      </td>
      <td className={`text-center ${WIDER}`}>{row.items}</td>
    </tr>
  ));
}

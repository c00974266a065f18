// Issued letters of a case, for staff, with a download link each and, where the letter's
// model was kept at issue, a link to its accessible web version (`webVersions`: those the page
// has already looked up; otherwise they are looked up here).
import type { CaseSummary } from "@/lib/cases/get-case.ts";
import { documentsWithRendition } from "@/lib/documents/read-letter-rendition.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { Card } from "@/components/ui/card.tsx";

export async function LetterLinks({ kase, webVersions }: { kase: CaseSummary; webVersions?: ReadonlySet<string> }) {
  const issued = kase.determinations.filter((d) => (d.status === "ISSUED" || d.status === "SUPERSEDED") && d.letterId);
  if (issued.length === 0) return null;
  const withWebVersion = webVersions ?? (await documentsWithRendition(issued.map((d) => d.letterId)));
  return (
    <Card title={issued.length > 1 ? "Final determination letters" : "Final determination"}>
      <ul className="space-y-2 text-sm">
        {issued.map((d) => (
          <li key={d.id} className="flex flex-wrap items-center gap-3">
            <span>
              Version {d.version}, issued {d.issuedAt ? formatDateTime(d.issuedAt) : ""}
              {d.status === "SUPERSEDED" ? " (replaced by an amended letter)" : ""}
            </span>
            <a className="font-semibold text-brand-700 underline" href={`/api/letters/${d.letterId}`}>
              Download letter (PDF)
            </a>
            {withWebVersion.has(d.letterId!) ? (
              <a className="font-semibold text-brand-700 underline" href={`/letters/${d.letterId}`}>
                Read as web page<span className="sr-only"> (version {d.version})</span>
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

// One report on the page: its title, how it is counted, a link to its CSV file (same
// period), then its chart and table.
import { Card } from "@/components/ui/card.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";

type Props = { id: string; title: string; definition: string; csvHref: string; children: React.ReactNode };

export function ReportSection({ id, title, definition, csvHref, children }: Props) {
  return (
    <section id={id} aria-label={title} className="scroll-mt-4">
      <Card
        title={title}
        actions={
          <a href={csvHref} download className={`${buttonClass("secondary")} px-3 py-1.5`}>
            Download CSV<span className="sr-only">: {title}</span>
          </a>
        }
      >
        <p className="mb-4 text-sm text-slate-600">{definition}</p>
        {children}
      </Card>
    </section>
  );
}

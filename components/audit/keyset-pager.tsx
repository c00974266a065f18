// Paging by position in the trail (newer / older than the rows shown), so a page deep in
// a long trail is as quick as the first. Links keep the filters.
import Link from "@/components/ui/link.tsx";

type Props = {
  filters: Record<string, string>;
  newer: string | null;
  older: string | null;
  shown: number;
  count: { value: number; capped: boolean };
};

const link = "rounded-md px-3 py-1.5 text-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50";
const href = (filters: Record<string, string>, extra: Record<string, string> = {}) =>
  `/admin/audit?${new URLSearchParams({ ...filters, ...extra })}`;

export function KeysetPager({ filters, newer, older, shown, count }: Props) {
  const total = count.capped ? `more than ${count.value.toLocaleString("en-US")}` : count.value.toLocaleString("en-US");
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-2 pt-3 text-sm text-slate-600">
      <p>
        {count.value === 0
          ? "No events"
          : `${shown} shown of ${total} matching event${count.value === 1 && !count.capped ? "" : "s"}`}
      </p>
      <div className="flex flex-wrap gap-2">
        {newer ? (
          <Link className={link} href={href(filters)}>
            Newest
          </Link>
        ) : null}
        {newer ? (
          <Link className={link} href={href(filters, { after: newer })} rel="prev">
            Newer
          </Link>
        ) : null}
        {older ? (
          <Link className={link} href={href(filters, { before: older })} rel="next">
            Older
          </Link>
        ) : null}
      </div>
    </nav>
  );
}

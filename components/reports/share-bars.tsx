// Horizontal bars that split 100% between two outcomes (deadlines met and missed), one bar
// per group, in plain SVG. The second outcome is hatched as well as coloured, so the two
// differ without colour; the counts and shares are written on the chart, in its
// description and in the table beside it.
export type ShareRow = { key: string; label: string; first: number; second: number };

const WIDTH = 360;
const ROW = 42;
const BAR = 18;
const FONT = 11;

type Props = { id: string; title: string; description: string; labels: [string, string]; rows: ShareRow[] };

const percent = (part: number, whole: number) => (whole ? Math.round((100 * part) / whole) : 0);
const count = (n: number) => n.toLocaleString("en-US");

export function ShareBars({ id, title, description, labels, rows }: Props) {
  const height = rows.length * ROW + 26;
  return (
    <figure className="mb-4">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="h-auto w-full max-w-xl"
        style={{ fontSize: FONT }}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <pattern id={`${id}-hatch`} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width={6} height={6} className="fill-red-700" />
            <line x1={0} y1={0} x2={0} y2={6} className="stroke-red-300" strokeWidth={2} />
          </pattern>
        </defs>
        {rows.map((row, i) => {
          const total = row.first + row.second;
          const firstWidth = total ? (WIDTH * row.first) / total : 0;
          const top = i * ROW;
          return (
            <g key={row.key}>
              <text x={0} y={top + 11} className="fill-slate-800 font-semibold">
                {row.label}:{" "}
                {total
                  ? `${count(row.first)} ${labels[0].toLowerCase()} (${percent(row.first, total)}%), ${count(row.second)} ${labels[1].toLowerCase()}`
                  : "none decided"}
              </text>
              {total ? (
                <>
                  <rect x={0} y={top + 17} width={firstWidth} height={BAR} className="fill-green-600">
                    <title>{`${row.label}: ${count(row.first)} ${labels[0].toLowerCase()}`}</title>
                  </rect>
                  <rect x={firstWidth} y={top + 17} width={WIDTH - firstWidth} height={BAR} fill={`url(#${id}-hatch)`}>
                    <title>{`${row.label}: ${count(row.second)} ${labels[1].toLowerCase()}`}</title>
                  </rect>
                </>
              ) : (
                <rect x={0} y={top + 17} width={WIDTH} height={BAR} className="fill-slate-100" />
              )}
            </g>
          );
        })}
        <g transform={`translate(0, ${rows.length * ROW + 6})`}>
          <rect width={12} height={12} className="fill-green-600" />
          <text x={17} y={10} className="fill-slate-700">
            {labels[0]}
          </text>
          <rect x={90} width={12} height={12} fill={`url(#${id}-hatch)`} />
          <text x={107} y={10} className="fill-slate-700">
            {labels[1]}
          </text>
        </g>
      </svg>
      <figcaption className="mt-1 text-xs text-slate-500">{title}. The table below gives every figure.</figcaption>
    </figure>
  );
}

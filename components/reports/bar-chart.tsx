// A column chart in plain SVG, for figures that read better as a picture (overturn rate by
// year, letters by month). The SVG is an image with a title and a description that states
// every value; the table beside it holds the same figures. It scales with its container.
export type Bar = { key: string; label: string; value: number; valueText: string };

const WIDTH = 360;
const HEIGHT = 180;
const PLOT = { left: 38, right: 6, top: 18, bottom: 28 };
const FONT = 11;

/** A round top for the axis: 1, 2 or 5 times a power of ten, at least the largest value. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= value)!;
}

type Props = {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  max?: number;
  axisText?: (value: number) => string;
};

export function BarChart({ id, title, description, bars, max, axisText = String }: Props) {
  const top = max ?? niceMax(Math.max(0, ...bars.map((b) => b.value)));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const slot = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.max(2, Math.min(56, slot * 0.7));
  // Label every k-th bar so that labels never overlap (about 48 units each).
  const every = Math.max(1, Math.ceil(40 / slot));
  const showValues = slot >= 30;
  const y = (value: number) => PLOT.top + plotHeight - (Math.min(value, top) / top) * plotHeight;
  const ticks = [0, top / 2, top];

  return (
    <figure className="mb-4">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full max-w-lg"
        style={{ fontSize: FONT }}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={PLOT.left}
              x2={WIDTH - PLOT.right}
              y1={y(tick)}
              y2={y(tick)}
              className="stroke-slate-200"
              strokeWidth={1}
            />
            <text x={PLOT.left - 6} y={y(tick)} dy="0.35em" textAnchor="end" className="fill-slate-500">
              {axisText(tick)}
            </text>
          </g>
        ))}
        {bars.map((bar, i) => {
          const cx = PLOT.left + slot * i + slot / 2;
          return (
            <g key={bar.key}>
              <rect
                x={cx - barWidth / 2}
                y={y(bar.value)}
                width={barWidth}
                height={Math.max(0, y(0) - y(bar.value))}
                rx={2}
                className="fill-brand-600"
              >
                <title>{`${bar.label}: ${bar.valueText}`}</title>
              </rect>
              {showValues ? (
                <text x={cx} y={y(bar.value) - 4} textAnchor="middle" className="fill-slate-800 font-semibold">
                  {bar.valueText}
                </text>
              ) : null}
              {i % every === 0 ? (
                <text x={cx} y={HEIGHT - PLOT.bottom + 15} textAnchor="middle" className="fill-slate-600">
                  {bar.label}
                </text>
              ) : null}
            </g>
          );
        })}
        <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(0)} y2={y(0)} className="stroke-slate-400" strokeWidth={1} />
      </svg>
      <figcaption className="mt-1 text-xs text-slate-500">{title}. The table below gives every figure.</figcaption>
    </figure>
  );
}

// Status and type badges: colour plus text, never colour alone.
// The tones' colours are the .badge-<tone> classes of app/globals.css.
const TONES = ["gray", "blue", "green", "amber", "red", "violet"] as const;

export type BadgeTone = (typeof TONES)[number];

export function Badge({ tone = "gray", children }: { tone?: BadgeTone; children: React.ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

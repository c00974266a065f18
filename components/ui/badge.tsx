// Status and type badges: colour plus text, never colour alone.
/** The tones; their colours are the .badge-<tone> classes of app/globals.css. */
export type BadgeTone = "gray" | "blue" | "green" | "amber" | "red" | "violet";

export function Badge({ tone = "gray", children }: { tone?: BadgeTone; children: React.ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

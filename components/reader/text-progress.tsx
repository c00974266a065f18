// How far a document's text has been read, in words with a status badge (server component;
// lib/reader/text-progress-words.ts says it).
import { Badge } from "@/components/ui/badge.tsx";
import type { DocumentTextProgress } from "@/lib/reader/text-progress.ts";
import { textProgressWords } from "@/lib/reader/text-progress-words.ts";

export function TextProgress({ progress }: { progress: DocumentTextProgress }) {
  const words = textProgressWords(progress);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Badge tone={words.tone}>{words.badge}</Badge>
      {words.detail ? <span className="text-xs text-slate-600">{words.detail}</span> : null}
    </span>
  );
}

/** The progress line of one document of a list, or nothing when it has none (a list's helper). */
export function progressOf(progress: readonly DocumentTextProgress[], documentId: string): React.ReactNode {
  const found = progress.find((p) => p.documentId === documentId);
  return found ? <TextProgress progress={found} /> : null;
}

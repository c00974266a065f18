"use client";
// Reading progress from the browser: each page the reviewer brings into view is counted as
// opened at once (the markers follow), and sent in batches: one call per document after a
// short pause, and whatever is left when the page is hidden; submitting waits for them, so
// the server's check of the pages opened sees what the reviewer saw.
import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";

const PAUSE_MS = 1200;

export function usePageViews(
  initial: Record<string, number[]>,
  record: ((input: unknown) => Promise<ActionResult<{ recorded: number }>>) | null,
) {
  const [opened, setOpened] = useState<Record<string, number[]>>(initial);
  const queue = useRef(new Map<string, Set<number>>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const inFlight = useRef(new Set<Promise<unknown>>());

  /** Sends what is queued; resolves once every batch sent so far has been answered. */
  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!record) return;
    const batches = [...queue.current.entries()];
    queue.current.clear();
    for (const [documentId, pages] of batches) {
      const sent = record({ documentId, pages: [...pages] }).catch(() => undefined);
      inFlight.current.add(sent);
      void sent.finally(() => inFlight.current.delete(sent));
    }
    await Promise.all([...inFlight.current]);
  }, [record]);

  const seen = useCallback(
    (documentId: string, page: number) => {
      setOpened((old) => {
        const pages = old[documentId] ?? [];
        if (pages.includes(page)) return old;
        const queued = queue.current.get(documentId) ?? new Set<number>();
        queued.add(page);
        queue.current.set(documentId, queued);
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => void flush(), PAUSE_MS);
        return { ...old, [documentId]: [...pages, page] };
      });
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden") void flush();
    };
    document.addEventListener("visibilitychange", onHide);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      void flush();
    };
  }, [flush]);

  return { opened, seen, flush };
}

"use client";
// Search the whole case file from one box: hits by document and page with their snippet (the
// matched words in <mark>); choosing a hit opens the document at that page with the words marked.
import { useState, type RefObject } from "react";
import { formatDate } from "@/lib/format/dates.ts";
import { Button } from "@/components/ui/button.tsx";
import { inputClass } from "@/components/ui/field.tsx";
import type { SearchHit } from "./reader-types.ts";

const PAGE_SIZE = 20;

type State =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "done"; query: string; total: number; hits: SearchHit[] }
  | { kind: "error"; message: string };

export function SearchPanel({
  caseId,
  inputRef,
  onJump,
}: {
  caseId: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onJump: (hit: SearchHit, query: string) => void;
}) {
  const [query, setQuery] = useState("");
  const [state, setState] = useState<State>({ kind: "idle" });

  async function run(q: string, offset = 0) {
    if (!q.trim()) return setState({ kind: "idle" });
    setState((old) => (offset ? old : { kind: "loading" }));
    try {
      const params = new URLSearchParams({ q, limit: String(PAGE_SIZE), offset: String(offset) });
      const response = await fetch(`/api/cases/${caseId}/search?${params}`, {
        headers: { accept: "application/json" },
      });
      const body = (await response.json().catch(() => null)) as
        { ok: true; total: number; hits: SearchHit[] } | { ok: false; message: string } | null;
      if (!body || !body.ok)
        return setState({ kind: "error", message: body && !body.ok ? body.message : "The search is not available." });
      setState((old) => ({
        kind: "done",
        query: q,
        total: body.total,
        hits: offset && old.kind === "done" ? [...old.hits, ...body.hits] : body.hits,
      }));
    } catch {
      setState({ kind: "error", message: "The search could not be reached. Check the connection and try again." });
    }
  }

  return (
    <div className="space-y-2">
      <form
        role="search"
        aria-label="Case file search"
        onSubmit={(e) => {
          e.preventDefault();
          void run(query);
        }}
        className="flex gap-2"
      >
        <label htmlFor="reader-search" className="sr-only">
          Search the case file
        </label>
        <input
          id="reader-search"
          ref={inputRef}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Search every document (press /)"
          className={inputClass}
          autoComplete="off"
        />
        <Button type="submit" variant="secondary" pending={state.kind === "loading"} pendingLabel="Searching…">
          Search
        </Button>
      </form>
      <div aria-live="polite" className="text-sm">
        {state.kind === "error" ? <p className="text-red-700">{state.message}</p> : null}
        {state.kind === "done" ? (
          <p className="text-slate-700">
            {state.total === 0
              ? `No page of the case file mentions “${state.query}”.`
              : `${state.total} ${state.total === 1 ? "page mentions" : "pages mention"} “${state.query}”.`}
          </p>
        ) : null}
      </div>
      {state.kind === "done" && state.hits.length ? (
        <ol
          className="max-h-64 divide-y divide-slate-100 overflow-y-auto rounded-md ring-1 ring-slate-200"
          data-testid="search-hits"
        >
          {state.hits.map((hit) => (
            <li key={`${hit.documentId}-${hit.pageNumber}`}>
              <button
                type="button"
                onClick={() => onJump(hit, state.query)}
                className="block w-full px-3 py-2 text-left text-sm hover:bg-brand-50 focus-visible:bg-brand-50"
              >
                <span className="font-medium text-slate-900">{hit.title}</span>{" "}
                <span className="text-slate-600">
                  {hit.documentDate ? formatDate(new Date(hit.documentDate)) : "undated"}, p. {hit.pageNumber}
                </span>
                <span className="mt-0.5 block text-slate-700">
                  {hit.snippet.map((part, i) =>
                    part.match ? (
                      <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-slate-900">
                        {part.text}
                      </mark>
                    ) : (
                      <span key={i}>{part.text}</span>
                    ),
                  )}
                </span>
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      {state.kind === "done" && state.hits.length < state.total ? (
        <Button type="button" variant="secondary" onClick={() => void run(state.query, state.hits.length)}>
          More results
        </Button>
      ) : null}
    </div>
  );
}

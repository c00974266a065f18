"use client";
// Shown when a page fails unexpectedly: a plain message, never the error's internals.
import { buttonClass } from "@/components/ui/button-styles.ts";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-slate-600">Nothing was changed. Please try again; if it keeps happening, contact the administrator.</p>
      <button type="button" onClick={reset} className={`${buttonClass()} mt-6`}>Try again</button>
    </main>
  );
}

"use client";
// Shown when the root layout itself fails (app/error.tsx covers every page below it). It
// replaces the whole document, so it brings its own html and body, and the styles. A plain
// message and the error's reference (its digest, as in the server's log), never its internals.
import Link from "@/components/ui/link.tsx";
import "./globals.css";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = typeof error === "object" && error !== null ? (error as { digest?: unknown }).digest : undefined;
  const reference = typeof digest === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(digest) ? digest : null;
  return (
    <html lang="en">
      <body className="min-h-screen">
        <title>Something went wrong · IMR Portal</title>
        <header className="bg-brand-800 text-white">
          <div className="mx-auto max-w-4xl px-4 py-3">
            <Link href="/" className="text-lg font-bold tracking-tight">
              IMR Portal
            </Link>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
          <h1 className="text-2xl font-bold">Something went wrong</h1>
          <p className="mt-2 text-slate-600">
            Nothing was changed. Please try again; if it keeps happening, contact the administrator.
          </p>
          {reference ? (
            <p className="mt-2 text-sm text-slate-600">
              Reference for the administrator: <code>{reference}</code>
            </p>
          ) : null}
          <div className="mt-6 flex flex-wrap justify-center gap-3">
            <button
              type="button"
              onClick={() => retry()}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
            >
              Try again
            </button>
            <Link
              href="/"
              className="rounded-md bg-white px-4 py-2 text-sm font-semibold text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
            >
              Go to the start page
            </Link>
          </div>
        </main>
      </body>
    </html>
  );
}

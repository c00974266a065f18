"use client";
// Shown when a page fails unexpectedly: a plain message and the error's reference (its digest,
// which matches the server's log), never its message or stack. This boundary replaces the
// route group's layout, so it draws the frame itself: the staff shell when next-auth's session
// endpoint names a signed-in staff user, the public one otherwise.
import Link from "@/components/ui/link.tsx";
import { useEffect, useState } from "react";
import type { StaffActor } from "@/lib/auth/actor.ts";
import { AppShell, PublicShell } from "@/components/ui/app-shell.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";

const ROLES = ["ADMIN", "INTAKE", "REVIEWER"] as const;
const HOME: Record<StaffActor["role"], string> = { ADMIN: "/admin", INTAKE: "/intake", REVIEWER: "/reviewer" };

/** The error's digest when it looks like one (short, plain characters); nothing else of the error is shown. */
function referenceOf(error: unknown): string | null {
  const digest = typeof error === "object" && error !== null ? (error as { digest?: unknown }).digest : undefined;
  return typeof digest === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(digest) ? digest : null;
}

/** The signed-in staff user as the shell shows them, "public" without one, null while asking. */
function useViewer(): StaffActor | "public" | null {
  const [viewer, setViewer] = useState<StaffActor | "public" | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : null))
      .then((session: { uid?: unknown; role?: unknown; user?: { name?: unknown } } | null) => {
        if (!live) return;
        const role = ROLES.find((r) => r === session?.role);
        if (!role || typeof session?.uid !== "string") return setViewer("public");
        const name = typeof session.user?.name === "string" ? session.user.name : "";
        setViewer({
          kind: "user",
          userId: session.uid,
          role,
          name,
          reviewerId: null,
          meta: { ip: null, userAgent: null },
        });
      })
      .catch(() => {
        if (live) setViewer("public");
      });
    return () => {
      live = false;
    };
  }, []);
  return viewer;
}

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const viewer = useViewer();
  const reference = referenceOf(error);
  const content = (
    <div className="mx-auto max-w-xl py-16 text-center">
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
        <button type="button" onClick={() => retry()} className={buttonClass()}>
          Try again
        </button>
        <Link href={viewer && viewer !== "public" ? HOME[viewer.role] : "/"} className={buttonClass("secondary")}>
          {viewer && viewer !== "public" ? "Go to your start page" : "Go to the start page"}
        </Link>
      </div>
    </div>
  );
  if (viewer === null)
    return (
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {content}
      </main>
    );
  return viewer === "public" ? <PublicShell>{content}</PublicShell> : <AppShell actor={viewer}>{content}</AppShell>;
}

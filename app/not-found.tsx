// A page that does not exist, or a record out of the caller's reach (the same answer, so a
// page never reveals that a record exists). Inside the staff shell for a signed-in staff user
// (this boundary replaces the route group's layout, so the page draws the shell itself), in
// the public one otherwise; a link to the user's own start page either way.
import Link from "@/components/ui/link.tsx";
import { connection } from "next/server";
import { currentActor, homePathFor } from "@/lib/auth/current-actor.ts";
import { AppShell, PublicShell } from "@/components/ui/app-shell.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";

export default async function NotFound() {
  // Rendered per request, so its scripts carry the request's CSP nonce (proxy.ts).
  await connection();
  const actor = await currentActor();
  const content = (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-600">This page does not exist, or you do not have access to it.</p>
      <Link href={actor ? homePathFor(actor.role) : "/"} className={`${buttonClass()} mt-6`}>
        {actor ? "Go to your start page" : "Go to the start page"}
      </Link>
    </div>
  );
  return actor ? <AppShell actor={actor}>{content}</AppShell> : <PublicShell>{content}</PublicShell>;
}

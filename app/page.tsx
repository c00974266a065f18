import Link from "@/components/ui/link.tsx";
import { redirect } from "next/navigation";
import { currentActor, homePathFor } from "@/lib/auth/current-actor.ts";
import { PublicShell } from "@/components/ui/app-shell.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const actor = await currentActor();
  if (actor) redirect(homePathFor(actor.role));
  return (
    <PublicShell>
      <h1 className="text-3xl font-bold tracking-tight">Independent Medical Review</h1>
      <p className="mt-3 max-w-2xl text-slate-700">
        Independent physicians decide whether a treatment denied by utilization review is medically necessary. Parties
        to a case download its letters here; staff manage applications, assignments and determinations.
      </p>
      <div className="mt-8 grid gap-4 sm:grid-cols-2">
        <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:col-span-2">
          <h2 className="text-lg font-semibold">Apply for Independent Medical Review</h2>
          <p className="mt-1 text-sm text-slate-600">
            Employee or representative: file the application online with a copy of the UR decision. No account is
            needed. <span lang="es">También en español.</span>
          </p>
          <Link href="/file" className={`${buttonClass()} mt-4`}>
            File an application
          </Link>
        </div>
        <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <h2 className="text-lg font-semibold">I am a party to a case</h2>
          <p className="mt-1 text-sm text-slate-600">
            Employee, representative, requesting physician or claims administrator: open your case with its number and
            your access code.
          </p>
          <Link href="/access" className={`${buttonClass()} mt-4`}>
            Open my case
          </Link>
        </div>
        <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <h2 className="text-lg font-semibold">Staff and reviewers</h2>
          <p className="mt-1 text-sm text-slate-600">
            Intake, administrators and physician reviewers sign in with their account.
          </p>
          <Link href="/signin" className={`${buttonClass("secondary")} mt-4`}>
            Staff sign-in
          </Link>
        </div>
      </div>
    </PublicShell>
  );
}

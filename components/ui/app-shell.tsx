// The frame of every staff page (./staff-shell.tsx: product name, the role's navigation, who is
// signed in) and of the public pages.
import Link from "@/components/ui/link.tsx";
import type { StaffActor } from "@/lib/auth/actor.ts";
import { StaffShell } from "@/components/ui/staff-shell.tsx";

/**
 * The staff frame, drawn by a client component from the user's name and role only: the page's
 * payload carries those two words for each frame (Next.js also puts one into every not-found
 * boundary of the page) rather than the frame's markup, and nothing else of the actor.
 */
export function AppShell({ actor, children }: { actor: Pick<StaffActor, "name" | "role">; children: React.ReactNode }) {
  return (
    <StaffShell name={actor.name} role={actor.role}>
      {children}
    </StaffShell>
  );
}

/** The public pages' menu words; the parties' pages pass them in the party's language. */
export type PublicShellLabels = { menu: string; decisions: string; access: string; signin: string };
const PUBLIC_LABELS: PublicShellLabels = {
  menu: "Main",
  decisions: "Published decisions",
  access: "Party access",
  signin: "Staff sign-in",
};

export function PublicShell({
  children,
  labels = PUBLIC_LABELS,
}: {
  children: React.ReactNode;
  labels?: PublicShellLabels;
}) {
  return (
    <div className="min-h-screen">
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3">
          <Link href="/" className="whitespace-nowrap text-lg font-bold tracking-tight">
            IMR Portal
          </Link>
          <nav aria-label={labels.menu} className="-mx-3 flex flex-wrap gap-x-1 text-sm sm:mx-0">
            <Link href="/decisions" className="rounded-md px-3 py-1.5 hover:bg-white/10">
              {labels.decisions}
            </Link>
            <Link href="/access" className="rounded-md px-3 py-1.5 hover:bg-white/10">
              {labels.access}
            </Link>
            <Link href="/signin" className="rounded-md px-3 py-1.5 hover:bg-white/10">
              {labels.signin}
            </Link>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-4xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}

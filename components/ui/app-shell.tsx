// The frame of every staff page: product name, the role's navigation (components/ui/staff-nav.tsx),
// who is signed in.
import Link from "next/link";
import type { StaffActor } from "@/lib/auth/actor.ts";
import { SignOutButton } from "@/components/auth/sign-out-button.tsx";
import { SessionExpiryWarning } from "@/components/auth/session-expiry-warning.tsx";
import { StaffNav, StaffSideNav } from "@/components/ui/staff-nav.tsx";
import { hasSideNav } from "@/components/ui/staff-nav-items.ts";

const ROLE_LABEL: Record<StaffActor["role"], string> = { INTAKE: "Intake", ADMIN: "Admin", REVIEWER: "Reviewer" };

export function AppShell({ actor, children }: { actor: StaffActor; children: React.ReactNode }) {
  const side = hasSideNav(actor.role);
  const width = side ? "max-w-[90rem]" : "max-w-6xl";
  return (
    <div className="min-h-screen">
      <header className="bg-brand-800 text-white">
        <div className={`mx-auto flex ${width} flex-wrap items-center justify-between gap-3 px-4 py-3`}>
          <div className="flex flex-wrap items-center gap-6">
            <Link href="/" className="text-lg font-bold tracking-tight">
              IMR Portal
            </Link>
            <StaffNav role={actor.role} />
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span>
              {actor.name} <span className="rounded bg-white/15 px-1.5 py-0.5 text-xs">{ROLE_LABEL[actor.role]}</span>
            </span>
            <Link
              href="/account/security"
              className="rounded-md px-2 py-1 text-white/90 underline-offset-2 hover:underline"
            >
              Sign-in security
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <SessionExpiryWarning />
      <div className={side ? `mx-auto ${width} px-4 lg:flex lg:items-start lg:gap-6` : undefined}>
        <StaffSideNav role={actor.role} />
        <main id="main" className={side ? "min-w-0 flex-1 py-6" : "mx-auto max-w-6xl px-4 py-6"}>
          {children}
        </main>
      </div>
    </div>
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

"use client";
// The frame of every staff page: product name, the role's navigation (./staff-nav.tsx), who is
// signed in. A client component drawn from the name and the role (./app-shell.tsx).
import Link from "@/components/ui/link.tsx";
import type { Role } from "@/lib/db/generated/enums.ts";
import { SignOutButton } from "@/components/auth/sign-out-button.tsx";
import { SessionExpiryWarning } from "@/components/auth/session-expiry-warning.tsx";
import { StaffNav, StaffSideNav } from "@/components/ui/staff-nav.tsx";
import { hasSideNav } from "@/components/ui/staff-nav-items.ts";

const ROLE_LABEL: Record<Role, string> = { INTAKE: "Intake", ADMIN: "Admin", REVIEWER: "Reviewer" };

export function StaffShell({ name, role, children }: { name: string; role: Role; children: React.ReactNode }) {
  const side = hasSideNav(role);
  const width = side ? "max-w-[90rem]" : "max-w-6xl";
  return (
    <div className="min-h-screen">
      <header className="bg-brand-800 text-white">
        <div className={`mx-auto flex ${width} flex-wrap items-center justify-between gap-3 px-4 py-3`}>
          <div className="flex flex-wrap items-center gap-6">
            <Link href="/" className="text-lg font-bold tracking-tight">
              IMR Portal
            </Link>
            <StaffNav role={role} />
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span>
              {name} <span className="rounded bg-white/15 px-1.5 py-0.5 text-xs">{ROLE_LABEL[role]}</span>
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
        <StaffSideNav role={role} />
        <main id="main" className={side ? "min-w-0 flex-1 py-6" : "mx-auto max-w-6xl px-4 py-6"}>
          {children}
        </main>
      </div>
    </div>
  );
}

// The frame of every staff page: product name, the role's navigation, who is signed in.
import Link from "next/link";
import type { StaffActor } from "@/lib/auth/actor.ts";
import { SignOutButton } from "@/components/auth/sign-out-button.tsx";

const NAV: Record<StaffActor["role"], { href: string; label: string }[]> = {
  INTAKE: [
    { href: "/intake", label: "Cases" },
    { href: "/intake/cases/new", label: "New case" },
    { href: "/intake/records", label: "Late records" },
  ],
  ADMIN: [
    { href: "/admin/dashboard", label: "Dashboard" },
    { href: "/admin", label: "Assignment queue" },
    { href: "/admin/qa", label: "QA queue" },
    { href: "/admin/reviewers", label: "Reviewers" },
    { href: "/admin/specialties", label: "Specialties" },
    { href: "/admin/organizations", label: "Organisations" },
    { href: "/admin/reports", label: "Reports" },
    { href: "/admin/publications", label: "Publications" },
    { href: "/admin/audit", label: "Audit" },
    { href: "/admin/users", label: "Users" },
    { href: "/admin/operations", label: "Jobs & e-mail" },
    { href: "/intake", label: "All cases" },
    { href: "/intake/cases/new", label: "New case" },
    { href: "/intake/records", label: "Late records" },
  ],
  REVIEWER: [{ href: "/reviewer", label: "My cases" }],
};

const ROLE_LABEL: Record<StaffActor["role"], string> = { INTAKE: "Intake", ADMIN: "Admin", REVIEWER: "Reviewer" };

export function AppShell({ actor, children }: { actor: StaffActor; children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex flex-wrap items-center gap-6">
            <Link href="/" className="text-lg font-bold tracking-tight">IMR Portal</Link>
            <nav aria-label="Main" className="flex flex-wrap gap-1">
              {NAV[actor.role].map((item) => (
                <Link key={item.href} href={item.href} className="rounded-md px-3 py-1.5 text-sm font-medium text-white/90 hover:bg-white/10">
                  {item.label}
                </Link>
              ))}
            </nav>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span>
              {actor.name} <span className="rounded bg-white/15 px-1.5 py-0.5 text-xs">{ROLE_LABEL[actor.role]}</span>
            </span>
            <Link href="/account/security" className="rounded-md px-2 py-1 text-white/90 underline-offset-2 hover:underline">Sign-in security</Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}

export function PublicShell({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-4xl items-center justify-between px-4 py-3">
          <Link href="/" className="text-lg font-bold tracking-tight">IMR Portal</Link>
          <nav aria-label="Main" className="flex gap-1 text-sm">
            <Link href="/decisions" className="rounded-md px-3 py-1.5 hover:bg-white/10">Published decisions</Link>
            <Link href="/access" className="rounded-md px-3 py-1.5 hover:bg-white/10">Party access</Link>
            <Link href="/signin" className="rounded-md px-3 py-1.5 hover:bg-white/10">Staff sign-in</Link>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-4xl px-4 py-8">{children}</main>
    </div>
  );
}

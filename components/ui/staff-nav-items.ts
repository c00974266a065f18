// The staff navigation as data (pure): each role's links in named groups, and which link
// the current address belongs to. Administrators' many links are grouped (a side navigation
// on wide screens, a menu on phones, components/ui/staff-nav.tsx); intake and reviewers have
// a few links in the header.
import type { Role } from "@/lib/db/generated/enums.ts";

export type NavLink = { href: string; label: string };
export type NavGroup = { label: string; links: NavLink[] };

export const STAFF_NAV: Record<Role, NavGroup[]> = {
  INTAKE: [
    {
      label: "Cases",
      links: [
        { href: "/intake", label: "Cases" },
        { href: "/intake/cases/new", label: "New case" },
        { href: "/intake/filings", label: "Online filings" },
        { href: "/intake/records", label: "Late records" },
        { href: "/intake/requests", label: "Overdue requests" },
      ],
    },
  ],
  ADMIN: [
    {
      label: "Work",
      links: [
        { href: "/admin/dashboard", label: "Dashboard" },
        { href: "/admin", label: "Assignment queue" },
        { href: "/admin/qa", label: "QA queue" },
        { href: "/admin/publications", label: "Publications" },
      ],
    },
    {
      label: "Cases",
      links: [
        { href: "/intake", label: "All cases" },
        { href: "/intake/cases/new", label: "New case" },
        { href: "/intake/filings", label: "Online filings" },
        { href: "/intake/records", label: "Late records" },
        { href: "/intake/requests", label: "Overdue requests" },
      ],
    },
    {
      label: "Panel",
      links: [
        { href: "/admin/reviewers", label: "Reviewers" },
        { href: "/admin/reviewers/expiring", label: "Expiring credentials" },
        { href: "/admin/specialties", label: "Specialties" },
        { href: "/admin/organizations", label: "Organisations" },
      ],
    },
    {
      label: "Oversight",
      links: [
        { href: "/admin/reports", label: "Reports" },
        { href: "/admin/audit", label: "Audit" },
        { href: "/admin/operations", label: "Jobs & e-mail" },
        { href: "/admin/access-lockouts", label: "Access lockouts" },
        { href: "/admin/users", label: "Users" },
      ],
    },
  ],
  REVIEWER: [{ label: "Cases", links: [{ href: "/reviewer", label: "My cases" }] }],
};

/** Roles whose links are grouped in a side navigation (a menu on phones) rather than the header. */
export const hasSideNav = (role: Role): boolean => role === "ADMIN";

/**
 * The link the address belongs to: the link to this very page (`exact`), or else the one
 * whose path is the longest whole-segment prefix of it (a case page belongs to its list, a
 * reviewer's record to Reviewers). Null when no link leads here.
 */
export function currentLink(pathname: string, links: readonly NavLink[]): { href: string; exact: boolean } | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const exact = links.find((l) => l.href === path);
  if (exact) return { href: exact.href, exact: true };
  const within = links.filter((l) => path.startsWith(`${l.href}/`)).sort((a, b) => b.href.length - a.href.length)[0];
  return within ? { href: within.href, exact: false } : null;
}

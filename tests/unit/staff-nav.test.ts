// The staff navigation (components/ui/staff-nav-items.ts): which link the address belongs
// to (the page itself, or the section it is in), and every link of the former flat menu
// still there, each once.
import { STAFF_NAV, currentLink, hasSideNav } from "@/components/ui/staff-nav-items.ts";

const adminLinks = STAFF_NAV.ADMIN.flatMap((g) => g.links);

test.each([
  ["/admin", { href: "/admin", exact: true }],
  ["/admin/", { href: "/admin", exact: true }],
  ["/admin/dashboard", { href: "/admin/dashboard", exact: true }],
  ["/admin/cases/6a1f1a55-8d0e-4a9e-9f55-0d1c1f1f1f1f", { href: "/admin", exact: false }],
  ["/admin/reviewers", { href: "/admin/reviewers", exact: true }],
  ["/admin/reviewers/expiring", { href: "/admin/reviewers/expiring", exact: true }],
  ["/admin/reviewers/new", { href: "/admin/reviewers", exact: false }],
  ["/admin/qa/6a1f1a55-8d0e-4a9e-9f55-0d1c1f1f1f1f", { href: "/admin/qa", exact: false }],
  ["/admin/publications/x/review", { href: "/admin/publications", exact: false }],
  ["/admin/quality", { href: "/admin", exact: false }],
  ["/intake/cases/new", { href: "/intake/cases/new", exact: true }],
  ["/intake/cases/6a1f1a55-8d0e-4a9e-9f55-0d1c1f1f1f1f", { href: "/intake", exact: false }],
  ["/account/security", null],
  ["/letters/abc", null],
] as const)("%s belongs to %j", (path, expected) => {
  expect(currentLink(path, adminLinks)).toEqual(expected);
});

test("administrators keep every link they had, in groups, each once; only they have the side navigation", () => {
  const hrefs = adminLinks.map((l) => l.href);
  expect(new Set(hrefs).size).toBe(hrefs.length);
  const labels = Object.fromEntries(adminLinks.map((l) => [l.href, l.label]));
  expect(labels).toMatchObject({
    "/admin/dashboard": "Dashboard",
    "/admin": "Assignment queue",
    "/admin/qa": "QA queue",
    "/admin/reviewers": "Reviewers",
    "/admin/specialties": "Specialties",
    "/admin/organizations": "Organisations",
    "/admin/reports": "Reports",
    "/admin/publications": "Publications",
    "/admin/audit": "Audit",
    "/admin/users": "Users",
    "/admin/operations": "Jobs & e-mail",
    "/intake": "All cases",
    "/intake/cases/new": "New case",
    "/intake/records": "Late records",
    "/intake/requests": "Overdue requests",
    "/admin/reviewers/expiring": "Expiring credentials",
    "/admin/access-lockouts": "Access lockouts",
  });
  expect(STAFF_NAV.ADMIN.map((g) => g.label)).toEqual(["Work", "Cases", "Panel", "Oversight"]);
  expect([hasSideNav("ADMIN"), hasSideNav("INTAKE"), hasSideNav("REVIEWER")]).toEqual([true, false, false]);
  expect(currentLink("/reviewer/cases/x", STAFF_NAV.REVIEWER[0].links)).toEqual({ href: "/reviewer", exact: false });
});

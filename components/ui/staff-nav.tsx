"use client";
// The staff navigation. Administrators: the links in groups (Work, Cases, Panel, Oversight)
// as a side navigation on wide screens and behind a "Menu" button on phones (a disclosure:
// aria-expanded, Escape closes it and gives the focus back to the button). Intake and
// reviewers: their few links in the header. The link of the current page is marked with
// aria-current="page" (a page within a link's section, such as a case page under its list,
// with aria-current="true") and stands out.
import Link from "@/components/ui/link.tsx";
import { usePathname } from "next/navigation";
import { useId, useRef, useState } from "react";
import type { Role } from "@/lib/db/generated/enums.ts";
import { STAFF_NAV, currentLink, hasSideNav, type NavLink } from "./staff-nav-items.ts";

function useCurrent(role: Role) {
  const pathname = usePathname() ?? "";
  const links: NavLink[] = STAFF_NAV[role].flatMap((g) => g.links);
  const current = currentLink(pathname, links);
  const ariaCurrent = (href: string): "page" | "true" | undefined =>
    current?.href !== href ? undefined : current.exact ? "page" : "true";
  return { ariaCurrent, currentLabel: links.find((l) => l.href === current?.href)?.label ?? null };
}

/** The header's links, for the roles without a side navigation. */
export function StaffNav({ role }: { role: Role }) {
  const { ariaCurrent } = useCurrent(role);
  if (hasSideNav(role)) return null;
  return (
    <nav aria-label="Main" className="flex flex-wrap gap-1">
      {STAFF_NAV[role]
        .flatMap((g) => g.links)
        .map((item) => {
          const current = ariaCurrent(item.href);
          return (
            <Link
              key={item.href}
              href={item.href}
              aria-current={current}
              className={`rounded-md px-3 py-1.5 text-sm font-medium hover:bg-white/10 ${current ? "bg-white/15 text-white underline decoration-2 underline-offset-4" : "text-white/90"}`}
            >
              {item.label}
            </Link>
          );
        })}
    </nav>
  );
}

/** The administrators' grouped navigation: beside the page on wide screens, a menu on phones. */
export function StaffSideNav({ role }: { role: Role }) {
  const { ariaCurrent, currentLabel } = useCurrent(role);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  if (!hasSideNav(role)) return null;
  const listId = `${id}-links`;
  return (
    <nav
      aria-label="Main"
      className="pt-3 lg:sticky lg:top-0 lg:max-h-screen lg:w-60 lg:shrink-0 lg:overflow-y-auto lg:py-6"
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
        className="flex w-full items-center justify-between gap-2 rounded-md bg-white px-3 py-2 text-sm font-semibold text-slate-900 shadow-sm ring-1 ring-slate-200 lg:hidden"
      >
        <span>Menu{currentLabel ? <span className="font-normal text-slate-600">: {currentLabel}</span> : null}</span>
        <span aria-hidden className={`transition-transform ${open ? "rotate-180" : ""}`}>
          ▾
        </span>
      </button>
      <div
        id={listId}
        className={`${open ? "block" : "hidden"} mt-2 space-y-4 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 lg:mt-0 lg:block`}
      >
        {STAFF_NAV[role].map((group) => {
          const headingId = `${id}-${group.label.toLowerCase()}`;
          return (
            <div key={group.label}>
              <p id={headingId} className="px-2 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">
                {group.label}
              </p>
              <ul aria-labelledby={headingId} className="space-y-0.5">
                {group.links.map((item) => {
                  const current = ariaCurrent(item.href);
                  return (
                    <li key={item.href}>
                      <Link
                        href={item.href}
                        aria-current={current}
                        onClick={() => setOpen(false)}
                        className={`block rounded-md border-l-4 px-2 py-1.5 text-sm ${
                          current
                            ? "border-brand-700 bg-brand-50 font-semibold text-brand-800"
                            : "border-transparent text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                        }`}
                      >
                        {item.label}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
    </nav>
  );
}

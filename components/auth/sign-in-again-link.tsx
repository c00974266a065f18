"use client";
// A link to the sign-in page that comes back here afterwards (/signin?next=<this page>; the
// sign-in page accepts only a path on this site: lib/http/next-path.ts). A plain link, not a
// client-side navigation: the page is left the ordinary way, so a form that keeps unsaved text
// in the browser (the reviewer's draft) stores it on the way out.
import { usePathname } from "next/navigation";
import { signInHref } from "@/lib/http/next-path.ts";

export function SignInAgainLink({
  children = "Sign in again",
  className = "font-semibold underline",
}: {
  children?: React.ReactNode;
  className?: string;
}) {
  const pathname = usePathname();
  return (
    <a
      href={signInHref(pathname)}
      className={className}
      // the query string too (a filtered list), read when followed
      onClick={(event) => {
        event.currentTarget.href = signInHref(`${window.location.pathname}${window.location.search}`);
      }}
    >
      {children}
    </a>
  );
}

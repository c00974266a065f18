"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/signin" });
      }}
      className="rounded-md px-3 py-1.5 text-sm font-medium text-white/90 ring-1 ring-inset ring-white/30 hover:bg-white/10"
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}

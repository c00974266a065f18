import { requireRole } from "@/lib/auth/current-actor.ts";
import Link from "next/link";
import { AppShell } from "@/components/ui/app-shell.tsx";

export const dynamic = "force-dynamic";

export default async function Layout({ children }: { children: React.ReactNode }) {
  const actor = await requireRole("ADMIN");
  return (
    <AppShell actor={actor}>
      <nav aria-label="Directory" className="-mt-2 mb-4 text-sm"><Link href="/admin/organizations" className="font-medium text-brand-700 underline-offset-2 hover:underline">Organisations</Link></nav>
      {children}
    </AppShell>
  );
}

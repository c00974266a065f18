// The signed-in user's own account pages, for every staff role. Reachable while the
// account still owes a step (new password, two-factor set-up): that is where they are done.
import { redirect } from "next/navigation";
import { currentAccountHolder } from "@/lib/auth/current-actor.ts";
import { AppShell } from "@/components/ui/app-shell.tsx";

export const dynamic = "force-dynamic";

export default async function Layout({ children }: { children: React.ReactNode }) {
  const holder = await currentAccountHolder();
  if (!holder) redirect("/signin");
  return <AppShell actor={holder.actor}>{children}</AppShell>;
}

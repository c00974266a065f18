// Letters and notices read as web pages, for every staff role (reach is checked per letter).
import { requireRole } from "@/lib/auth/current-actor.ts";
import { AppShell } from "@/components/ui/app-shell.tsx";

export const dynamic = "force-dynamic";

export default async function Layout({ children }: { children: React.ReactNode }) {
  const actor = await requireRole("INTAKE", "ADMIN", "REVIEWER");
  return <AppShell actor={actor}>{children}</AppShell>;
}

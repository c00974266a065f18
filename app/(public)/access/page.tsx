import { PublicShell } from "@/components/ui/app-shell.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PartyAccessForm } from "@/components/parties/party-access-form.tsx";
import { openPartyAccessAction } from "./actions.ts";

export const metadata = { title: "Open your case" };

export default function PartyAccessPage() {
  return (
    <PublicShell>
      <div className="mx-auto max-w-md">
        <h1 className="mb-2 text-2xl font-bold">Open your case</h1>
        <p className="mb-4 text-sm text-slate-600">For the employee, the employee&apos;s representative, the requesting physician and the claims administrator of an IMR case.</p>
        <Card>
          <PartyAccessForm action={openPartyAccessAction} />
        </Card>
      </div>
    </PublicShell>
  );
}

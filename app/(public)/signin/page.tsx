import { redirect } from "next/navigation";
import { signedInDestination } from "@/lib/auth/current-actor.ts";
import { PublicShell } from "@/components/ui/app-shell.tsx";
import { Card } from "@/components/ui/card.tsx";
import { SignInForm } from "@/components/auth/sign-in-form.tsx";

export const metadata = { title: "Staff sign-in" };
export const dynamic = "force-dynamic";

export default async function SignInPage() {
  // signed in already: home, or first the step the account still owes (new password, two-factor)
  const destination = await signedInDestination();
  if (destination) redirect(destination);
  return (
    <PublicShell>
      <div className="mx-auto max-w-md">
        <h1 className="mb-4 text-2xl font-bold">Staff sign-in</h1>
        <Card>
          <SignInForm />
        </Card>
        <p className="mt-4 text-sm text-slate-600">
          Employee, representative, physician or claims administrator? Use <a className="text-brand-700 underline" href="/access">party access</a> with your case number and access code.
        </p>
      </div>
    </PublicShell>
  );
}

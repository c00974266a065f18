import { redirect } from "next/navigation";
import { currentActor, homePathFor, signedInDestination } from "@/lib/auth/current-actor.ts";
import { nextPathFromQuery } from "@/lib/http/next-path.ts";
import { PublicShell } from "@/components/ui/app-shell.tsx";
import { Card } from "@/components/ui/card.tsx";
import { SignInForm } from "@/components/auth/sign-in-form.tsx";

export const metadata = { title: "Staff sign-in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // signed in already (or just now: the form refreshes this page): back to the page the user
  // came from (`next`, a path on this site only: lib/http/next-path.ts), else home; first,
  // though, the step the account still owes (new password, two-factor)
  const actor = await currentActor();
  if (actor) redirect(nextPathFromQuery(await searchParams) ?? homePathFor(actor.role));
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
          Employee, representative, physician or claims administrator? Use{" "}
          <a className="text-brand-700 underline" href="/access">
            party access
          </a>{" "}
          with your case number and access code.
        </p>
      </div>
    </PublicShell>
  );
}

import { redirect } from "next/navigation";
import { signedInDestination } from "@/lib/auth/current-actor.ts";
import { SPENT_LINK_MESSAGE, unlockLinkState } from "@/lib/auth/sign-in-unlock.ts";
import { UNLOCK_PASS_MINUTES } from "@/lib/auth/sign-in-throttle.ts";
import { PublicShell } from "@/components/ui/app-shell.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { Card } from "@/components/ui/card.tsx";
import { UnlockForm } from "./unlock-form.tsx";
import { takeUnlockLinkAction } from "./actions.ts";

export const metadata = { title: "Sign in past the wait" };
export const dynamic = "force-dynamic";

// The link e-mailed to an account's owner after failed sign-ins (lib/auth/sign-in-unlock.ts).
// Opening it only reads: the button on the page takes it.
export default async function UnlockSignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const destination = await signedInDestination();
  if (destination) redirect(destination);
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw.trim() : "";
  const link = await unlockLinkState(token);
  return (
    <PublicShell>
      <div className="mx-auto max-w-md">
        <h1 className="mb-4 text-2xl font-bold">Sign in past the wait</h1>
        <Card>
          {link.state === "spent" ? (
            <div className="space-y-4">
              <Alert tone="warning" title="This link cannot be used">
                {SPENT_LINK_MESSAGE}
              </Alert>
              <p className="text-sm">
                <a className="font-semibold text-brand-700 underline" href="/signin">
                  Go to staff sign-in
                </a>
              </p>
            </div>
          ) : (
            <UnlockForm
              token={token}
              taken={link.state === "pass"}
              passMinutes={UNLOCK_PASS_MINUTES}
              action={takeUnlockLinkAction}
            />
          )}
        </Card>
      </div>
    </PublicShell>
  );
}

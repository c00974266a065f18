import { redirect } from "next/navigation";
import { currentAccountHolder } from "@/lib/auth/current-actor.ts";
import { getOwnAccount } from "@/lib/users/get-own-account.ts";
import { ChangePasswordForm } from "@/components/auth/change-password-form.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { Card, PageHeader } from "@/components/ui/card.tsx";
import { changePasswordAction } from "../actions.ts";

export const metadata = { title: "Change password" };

export default async function PasswordPage() {
  const holder = await currentAccountHolder();
  if (!holder) redirect("/signin");
  const account = await getOwnAccount({ actor: holder.actor });
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <PageHeader title="Change password" description={`For ${account.email}.`} />
      {account.mustChangePassword ? (
        <Alert tone="warning" title="Choose your own password to continue">
          Your password was generated for you (a new account, or one an administrator reset). Replace it with one only
          you know.
        </Alert>
      ) : null}
      <Card>
        <div className="space-y-4">
          <p className="text-sm text-slate-600">
            Changing your password signs your account out everywhere else (other browsers and devices). This browser
            stays signed in.
          </p>
          <ChangePasswordForm change={changePasswordAction} />
        </div>
      </Card>
    </div>
  );
}

import Link from "@/components/ui/link.tsx";
import { redirect } from "next/navigation";
import { currentAccountHolder, homePathFor } from "@/lib/auth/current-actor.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { getOwnAccount } from "@/lib/users/get-own-account.ts";
import { startTwoFactorEnrolment } from "@/lib/users/two-factor-enrolment.ts";
import { ResetOwnTwoFactorForm } from "@/components/auth/reset-own-two-factor-form.tsx";
import { TwoFactorSetup } from "@/components/auth/two-factor-setup.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { Card, DefinitionList, PageHeader } from "@/components/ui/card.tsx";
import { confirmTwoFactorAction, resetOwnTwoFactorAction } from "../actions.ts";

export const metadata = { title: "Sign-in security" };

export default async function SecurityPage() {
  const holder = await currentAccountHolder();
  if (!holder) redirect("/signin");
  if (holder.pending === "change_password") redirect("/account/password");
  const { actor } = holder;
  const account = await getOwnAccount({ actor });
  const setup = account.totpEnabledAt ? null : await startTwoFactorEnrolment({ actor });
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <PageHeader title="Sign-in security" description="Two-factor sign-in and your password." />
      {holder.pending === "enrol_two_factor" ? (
        <Alert tone="warning" title="Set up two-factor sign-in to continue">
          Administrators and reviewers sign in with their password and a code from an app on their phone. Set it up once
          now; the portal opens after.
        </Alert>
      ) : null}
      <Card title="Two-factor sign-in" actions={account.totpEnabledAt ? <Badge tone="green">On</Badge> : null}>
        {account.totpEnabledAt ? (
          <div className="space-y-4 text-sm">
            <DefinitionList
              items={[
                ["On since", formatDateTime(account.totpEnabledAt)],
                ["Recovery codes left", `${account.recoveryCodesLeft} of 10`],
              ]}
            />
            {account.recoveryCodesLeft <= 3 ? (
              <Alert tone="warning">
                Few recovery codes are left. Turn two-factor off and set it up again to get ten new ones.
              </Alert>
            ) : null}
            <p className="text-slate-600">
              New phone, or need new recovery codes? Turn two-factor sign-in off and set it up again.
            </p>
            <ResetOwnTwoFactorForm required={account.twoFactorRequired} reset={resetOwnTwoFactorAction} />
          </div>
        ) : setup ? (
          <TwoFactorSetup setup={setup} continueHref={homePathFor(actor.role)} confirm={confirmTwoFactorAction} />
        ) : null}
      </Card>
      <Card
        title="Password"
        actions={
          <Link href="/account/password" className={buttonClass("secondary")}>
            Change password
          </Link>
        }
      >
        <p className="text-sm text-slate-700">
          {account.passwordChangedAt
            ? `Last changed ${formatDateTime(account.passwordChangedAt)}.`
            : "Not changed since the account was created."}
        </p>
      </Card>
    </div>
  );
}

import Link from "@/components/ui/link.tsx";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { ACCOUNT_RULE } from "@/lib/auth/sign-in-throttle.ts";
import { getUser } from "@/lib/users/get-user.ts";
import {
  AccessToggle,
  PasswordResetAction,
  RoleChangeForm,
  TwoFactorResetAction,
  UnlockAction,
} from "@/components/users/user-actions.tsx";
import { SignInHistory } from "@/components/users/sign-in-history.tsx";
import { AccountStateBadges, ROLE_LABEL, TwoFactorBadge } from "@/components/users/user-badges.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { Card, DefinitionList, PageHeader } from "@/components/ui/card.tsx";
import * as actions from "../actions.ts";

export const metadata = { title: "User" };

export default async function UserPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const actor = await requireRole("ADMIN");
  const user = await orNotFound(getUser({ actor, userId }));
  const link = "font-semibold text-brand-700 underline";
  return (
    <>
      <PageHeader
        title={user.name}
        description={user.email}
        actions={
          <Link href="/admin/users" className="text-sm font-semibold text-brand-700 underline">
            All users
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title="Account">
            <DefinitionList
              items={[
                ["Role", ROLE_LABEL[user.role]],
                ["State", <AccountStateBadges key="state" user={user} />],
                [
                  "Two-factor",
                  <span key="tf" className="flex flex-wrap items-center gap-2">
                    <TwoFactorBadge on={user.totpEnabledAt !== null} required={user.twoFactorRequired} />
                    {user.totpEnabledAt
                      ? `since ${formatDateTime(user.totpEnabledAt)}, ${user.recoveryCodesLeft} recovery codes left`
                      : user.twoFactorRequired
                        ? "required: set up at next sign-in"
                        : null}
                  </span>,
                ],
                [
                  "Password changed",
                  user.passwordChangedAt ? formatDateTime(user.passwordChangedAt) : "Not since the account was created",
                ],
                ["Created", formatDateTime(user.createdAt)],
                [
                  "Failed sign-ins in a row",
                  `${user.failedSignIns} (never locks: after ${ACCOUNT_RULE.free}, each attempt waits longer, ${ACCOUNT_RULE.maxDelaySeconds / 60} minutes at most, and the owner is e-mailed an unlock link)`,
                ],
              ]}
            />
            {user.reviewer ? (
              <p className="mt-4 text-sm">
                Reviewer record:{" "}
                <Link href={`/admin/reviewers/${user.reviewer.id}`} className={link}>
                  credentials, affiliations and capacity
                </Link>
              </p>
            ) : null}
          </Card>
          <Card title="Recent sign-ins">
            <SignInHistory events={user.events} />
          </Card>
        </div>
        <div className="space-y-4">
          {user.isSelf ? (
            <Card title="Your account">
              <Alert tone="info">
                Change your own password and two-factor sign-in on{" "}
                <Link href="/account/security" className={link}>
                  Sign-in security
                </Link>
                . Another administrator changes your role or access.
              </Alert>
            </Card>
          ) : (
            <>
              {user.lockedAt ? (
                <Card title="Locked">
                  <p className="mb-3 text-sm text-slate-700">
                    Locked {formatDateTime(user.lockedAt)} after {user.failedSignIns} failed sign-ins in a row. Sign-in
                    is refused, even with the right password, until unlocked.
                  </p>
                  <UnlockAction userId={user.id} unlock={actions.unlockUserAction} />
                </Card>
              ) : null}
              {user.totpEnabledAt ? (
                <Card title="Two-factor sign-in">
                  <p className="mb-3 text-sm text-slate-700">
                    For a lost phone with no recovery code left. They set it up again at their next sign-in.
                  </p>
                  <TwoFactorResetAction userId={user.id} reset={actions.resetTwoFactorAction} />
                </Card>
              ) : null}
              <Card title="Role">
                {user.role === "REVIEWER" ? (
                  <p className="text-sm text-slate-700">
                    A reviewer&apos;s role does not change: their physician record and cases depend on it. Disable the
                    account if they leave the panel.
                  </p>
                ) : (
                  <RoleChangeForm userId={user.id} role={user.role} change={actions.changeRoleAction} />
                )}
              </Card>
              <Card title="Password">
                <PasswordResetAction userId={user.id} reset={actions.resetPasswordAction} />
              </Card>
              <Card title="Access">
                <AccessToggle
                  userId={user.id}
                  disabled={user.disabledAt !== null}
                  isReviewer={user.reviewer !== null}
                  setDisabled={actions.setUserDisabledAction}
                />
              </Card>
            </>
          )}
        </div>
      </div>
    </>
  );
}

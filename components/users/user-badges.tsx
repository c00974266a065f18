// The state of a staff account in badges: disabled, locked, two-factor, password owed.
import { Badge } from "@/components/ui/badge.tsx";

type State = {
  disabledAt: Date | null;
  lockedAt: Date | null;
  totpEnabledAt: Date | null;
  mustChangePassword: boolean;
};

export const ROLE_LABEL = { INTAKE: "Intake", ADMIN: "Admin", REVIEWER: "Reviewer" } as const;

export function AccountStateBadges({ user }: { user: State }) {
  return (
    <span className="flex flex-wrap gap-1">
      {user.disabledAt ? <Badge tone="gray">Disabled</Badge> : null}
      {user.lockedAt ? <Badge tone="red">Locked</Badge> : null}
      {!user.disabledAt && !user.lockedAt ? <Badge tone="green">Active</Badge> : null}
      {user.mustChangePassword ? <Badge tone="amber">Must change password</Badge> : null}
    </span>
  );
}

export function TwoFactorBadge({ on, required }: { on: boolean; required?: boolean }) {
  if (on) return <Badge tone="green">Two-factor on</Badge>;
  return <Badge tone={required ? "amber" : "gray"}>Two-factor off</Badge>;
}

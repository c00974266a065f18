// How a credential's state reads: colour plus words, never colour alone.
import {
  credentialState,
  credentialSummary,
  daysUntil,
  type CredentialDates,
  type CredentialState,
} from "@/lib/reviewers/credential-status.ts";
import { Badge, type BadgeTone } from "@/components/ui/badge.tsx";

const LOOK: Record<CredentialState, [string, BadgeTone]> = {
  verified: ["Verified", "green"],
  unverified: ["Unverified", "amber"],
  expiring: ["Expiring", "violet"],
  expired: ["Expired", "red"],
};

export function CredentialBadge({ credential, now }: { credential: CredentialDates; now?: Date }) {
  const state = credentialState(credential, now);
  const [label, tone] = LOOK[state];
  const days = daysUntil(credential.expiresOn, now);
  return <Badge tone={tone}>{state === "expiring" ? `Expires in ${days} d` : label}</Badge>;
}

/** The reviewer list's summary: one badge per state present, with the count. */
export function CredentialSummaryBadges({ credentials, now }: { credentials: CredentialDates[]; now?: Date }) {
  if (credentials.length === 0) return <Badge tone="red">No credentials</Badge>;
  const counts = credentialSummary(credentials, now);
  const order: CredentialState[] = ["expired", "unverified", "expiring", "verified"];
  return (
    <span className="flex flex-wrap gap-1">
      {order
        .filter((state) => counts[state] > 0)
        .map((state) => (
          <Badge key={state} tone={LOOK[state][1]}>
            {counts[state]} {LOOK[state][0].toLowerCase()}
          </Badge>
        ))}
    </span>
  );
}

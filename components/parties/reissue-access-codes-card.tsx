// The intake case page's access-code card: the codes' state in words, and the reissue action.
import type { PartyAccessCodeView } from "@/lib/parties/party-access-codes-view.ts";
import { partyRoleLabel } from "@/lib/parties/party-role-labels.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import type { ActionResult } from "@/lib/action-result.ts";
import { ReissueAccessCodes, type ReissuedCode } from "./reissue-access-codes.tsx";

type Props = {
  codes: PartyAccessCodeView[];
  reissue: (input: unknown) => Promise<ActionResult<ReissuedCode>>;
  codesHref?: string;
};

export function ReissueAccessCodesCard({ codes, reissue, codesHref }: Props) {
  const parties = codes.map((c) => ({
    partyId: c.partyId,
    roleLabel: partyRoleLabel(c.role),
    name: c.name,
    state: c.state,
    issuedOn: c.issuedAt ? formatDateTime(c.issuedAt) : null,
    expiresOn: c.expiresAt ? formatDateTime(c.expiresAt) : null,
  }));
  return <ReissueAccessCodes parties={parties} reissue={reissue} codesHref={codesHref} />;
}

// A party's access code kept readable for intake until it has reached the party: sealed with
// AES-256-GCM under a key derived from the server secret (../auth/secret-box.ts, as the TOTP
// secrets), so the database alone does not reveal it. The sealed copy is erased when intake
// marks the code sent (./mark-code-sent.ts); from then on only its hash remains.
import { openSecret, sealSecret } from "../auth/secret-box.ts";

const PURPOSE = "party-access-code";

export const sealAccessCode = (code: string): string => sealSecret(code, PURPOSE);

/** The code, or null when the sealed value is missing or was not sealed with this server's secret. */
export const openAccessCode = (sealed: string | null | undefined): string | null =>
  sealed ? openSecret(sealed, PURPOSE) : null;

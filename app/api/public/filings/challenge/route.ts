// A fresh proof-of-work challenge for the online application (lib/filings/proof-of-work.ts).
import { getServerSecret } from "@/lib/config/secret.ts";
import { defineRoute, jsonResponse } from "@/lib/http/entry-point.ts";
import { issueChallenge, powDifficulty } from "@/lib/filings/proof-of-work.ts";

export const GET = defineRoute(async () =>
  jsonResponse({ ok: true, data: issueChallenge(getServerSecret(), new Date(), powDifficulty()) }),
);

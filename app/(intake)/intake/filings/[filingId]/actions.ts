"use server";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { acceptFiling, rejectFiling } from "@/lib/filings/decide-filing.ts";
import { defineAction } from "@/lib/http/entry-point.ts";

/** Accepts an online filing as a case (the corrected application; confirmed). */
export const acceptFilingAction = defineAction({
  run: async (input) => acceptFiling({ actor: await currentActor(), input }),
  revalidate: ["/intake/filings", "/intake"],
});

/** Rejects an online filing with the reason e-mailed to the filer (confirmed). */
export const rejectFilingAction = defineAction({
  run: async (input) => rejectFiling({ actor: await currentActor(), input }),
  message: "Rejected. The filer was e-mailed the reason.",
  revalidate: ["/intake/filings"],
});

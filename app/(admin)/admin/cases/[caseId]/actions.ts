"use server";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { assignReviewer } from "@/lib/cases/assign-reviewer.ts";
import { autoAssignCase } from "@/lib/cases/auto-assign-case.ts";
import { startAmendment } from "@/lib/determinations/start-amendment.ts";
import { decidePossibleConflict } from "@/lib/cases/decide-possible-conflict.ts";
import { withdrawOffer } from "@/lib/cases/withdraw-offer.ts";

const ADMIN_PAGES = [{ layout: "/admin" }];

export const assignReviewerAction = defineAction({
  run: async (input) => assignReviewer({ actor: await currentActor(), input }),
  message: "Case offered to the reviewer.",
  revalidate: ADMIN_PAGES,
});

export const autoAssignAction = defineAction({
  run: async (input) => autoAssignCase({ actor: await currentActor(), input }),
  message: "Case offered to the top-ranked reviewer.",
  revalidate: ADMIN_PAGES,
});

export const startAmendmentAction = defineAction({
  run: async (input) => startAmendment({ actor: await currentActor(), input }),
  revalidate: ADMIN_PAGES,
});

export const decidePossibleConflictAction = defineAction({
  run: async (input) => decidePossibleConflict({ actor: await currentActor(), input }),
  message: "Answer recorded. The candidate list is updated.",
  revalidate: ADMIN_PAGES,
});

export const withdrawOfferAction = defineAction({
  run: async (input) => withdrawOffer({ actor: await currentActor(), input }),
  message: "Offer withdrawn; the reviewer is told by e-mail. The case is back in the assignment queue.",
  revalidate: ADMIN_PAGES,
});

"use server";
// Thin transport for the reviewer record: resolve the actor, hand the raw input to the use
// case, report the outcome, refresh the reviewer pages.
import { currentActor } from "@/lib/auth/current-actor.ts";
import type { Actor } from "@/lib/auth/actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { createReviewer } from "@/lib/reviewers/create-reviewer.ts";
import { updateReviewerProfile } from "@/lib/reviewers/update-reviewer-profile.ts";
import { setReviewerDisabled } from "@/lib/reviewers/set-reviewer-disabled.ts";
import { addLicense } from "@/lib/reviewers/add-license.ts";
import { updateLicense } from "@/lib/reviewers/update-license.ts";
import { removeLicense } from "@/lib/reviewers/remove-license.ts";
import { addCertification } from "@/lib/reviewers/add-certification.ts";
import { updateCertification } from "@/lib/reviewers/update-certification.ts";
import { removeCertification } from "@/lib/reviewers/remove-certification.ts";
import { verifyCredential } from "@/lib/reviewers/verify-credential.ts";
import { addAffiliation } from "@/lib/reviewers/add-affiliation.ts";
import { updateAffiliation } from "@/lib/reviewers/update-affiliation.ts";
import { removeAffiliation } from "@/lib/reviewers/remove-affiliation.ts";
import { addLeave } from "@/lib/reviewers/add-leave.ts";
import { removeLeave } from "@/lib/reviewers/remove-leave.ts";

type Command<T> = (args: { actor: Actor | null; input: unknown }) => Promise<T>;

const act = <T>(command: Command<T>, message: string) =>
  defineAction({
    run: async (input) => command({ actor: await currentActor(), input }),
    message,
    revalidate: [{ layout: "/admin/reviewers" }],
  });

export const createReviewerAction = act(createReviewer, "Reviewer created.");
export const updateProfileAction = act(updateReviewerProfile, "Profile saved.");
export const setDisabledAction = act(setReviewerDisabled, "Account updated.");
export const addLicenseAction = act(
  addLicense,
  "License added. Verify it against its source before it counts for matching.",
);
export const updateLicenseAction = act(updateLicense, "License saved.");
export const removeLicenseAction = act(removeLicense, "License removed.");
export const addCertificationAction = act(
  addCertification,
  "Certification added. Verify it against its source before it counts for matching.",
);
export const updateCertificationAction = act(updateCertification, "Certification saved.");
export const removeCertificationAction = act(removeCertification, "Certification removed.");
export const verifyCredentialAction = act(verifyCredential, "Verification recorded.");
export const addAffiliationAction = act(addAffiliation, "Affiliation added.");
export const updateAffiliationAction = act(updateAffiliation, "Affiliation saved.");
export const removeAffiliationAction = act(removeAffiliation, "Affiliation removed.");
export const addLeaveAction = act(addLeave, "Leave added.");
export const removeLeaveAction = act(removeLeave, "Leave removed.");

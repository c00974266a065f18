"use server";
// Thin transport for the reviewer record: resolve the actor, hand the raw input to the use
// case, report the outcome, refresh the reviewer pages.
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import type { Actor } from "@/lib/auth/actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { createReviewer, type CreatedReviewer } from "@/lib/reviewers/create-reviewer.ts";
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

type UseCase<T> = (args: { actor: Actor | null; input: unknown }) => Promise<T>;

async function act<T>(useCase: UseCase<T>, input: unknown, message: string): Promise<ActionResult<T>> {
  const result = await runAction(async () => useCase({ actor: await currentActor(), input }), message);
  if (result.ok) revalidatePath("/admin/reviewers", "layout");
  return result;
}

export async function createReviewerAction(input: unknown): Promise<ActionResult<CreatedReviewer>> {
  return act(createReviewer, input, "Reviewer created.");
}
export async function updateProfileAction(input: unknown) {
  return act(updateReviewerProfile, input, "Profile saved.");
}
export async function setDisabledAction(input: unknown) {
  return act(setReviewerDisabled, input, "Account updated.");
}
export async function addLicenseAction(input: unknown) {
  return act(addLicense, input, "License added. Verify it against its source before it counts for matching.");
}
export async function updateLicenseAction(input: unknown) {
  return act(updateLicense, input, "License saved.");
}
export async function removeLicenseAction(input: unknown) {
  return act(removeLicense, input, "License removed.");
}
export async function addCertificationAction(input: unknown) {
  return act(addCertification, input, "Certification added. Verify it against its source before it counts for matching.");
}
export async function updateCertificationAction(input: unknown) {
  return act(updateCertification, input, "Certification saved.");
}
export async function removeCertificationAction(input: unknown) {
  return act(removeCertification, input, "Certification removed.");
}
export async function verifyCredentialAction(input: unknown) {
  return act(verifyCredential, input, "Verification recorded.");
}
export async function addAffiliationAction(input: unknown) {
  return act(addAffiliation, input, "Affiliation added.");
}
export async function updateAffiliationAction(input: unknown) {
  return act(updateAffiliation, input, "Affiliation saved.");
}
export async function removeAffiliationAction(input: unknown) {
  return act(removeAffiliation, input, "Affiliation removed.");
}
export async function addLeaveAction(input: unknown) {
  return act(addLeave, input, "Leave added.");
}
export async function removeLeaveAction(input: unknown) {
  return act(removeLeave, input, "Leave removed.");
}

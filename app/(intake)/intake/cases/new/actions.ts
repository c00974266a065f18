"use server";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { requirePermission } from "@/lib/auth/permissions.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { formArgument } from "@/lib/form-input.ts";
import { submitApplication, type ApplicationOutcome } from "@/lib/intake/submit-application.ts";
import { clearApplicationDraft, saveApplicationDraft } from "@/lib/intake/application-draft.ts";

const CHECKBOXES = ["signed", "urDecisionAttached", "liabilityDisputed", "expeditedCertified"];
const SKIP = new Set(["items", "itemCategory", "dupAction", "dupCaseId", "dupReason", ...CHECKBOXES]);

/** The form's fields as the use case's input: checkboxes as booleans, items as a list. */
function applicationFrom(form: FormData) {
  const descriptions = form.getAll("items").map(String);
  const categories = form.getAll("itemCategory").map(String);
  const action = form.get("dupAction");
  return {
    ...Object.fromEntries([...form.entries()].filter(([key]) => !SKIP.has(key)).map(([key, value]) => [key, String(value)])),
    ...Object.fromEntries(CHECKBOXES.map((name) => [name, form.has(name)])),
    items: descriptions.map((description, index) => ({ description, categoryId: categories[index] || undefined })),
    duplicateDecision:
      action === "merge" ? { action: "merge", caseId: String(form.get("dupCaseId")) }
      : action === "separate" ? { action: "separate", reason: String(form.get("dupReason") ?? "") }
      : undefined,
  };
}

// The caller first, then the form: a caller without the permission is refused whatever was
// sent, and anything but a form is a validation error (lib/form-input.ts).
export async function createCaseAction(_previous: unknown, form: unknown): Promise<ActionResult<ApplicationOutcome>> {
  return runAction(async () => {
    const actor = requirePermission(await currentActor(), "cases.create");
    const outcome = await submitApplication({ actor, input: applicationFrom(formArgument(form)) });
    if (outcome.kind !== "duplicate") await clearApplicationDraft({ actor });
    return outcome;
  });
}

export async function saveApplicationDraftAction(data: Record<string, string | boolean | string[]>): Promise<ActionResult<{ savedAt: Date }>> {
  return runAction(async () => saveApplicationDraft({ actor: await currentActor(), input: data }));
}

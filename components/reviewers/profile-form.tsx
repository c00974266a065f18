"use client";
// Edits the reviewer's name, practice and capacity.
import type { ActionResult } from "@/lib/action-result.ts";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";
import { ProfileFields, profileFromForm, type ProfileValues } from "./profile-fields.tsx";

type Props = {
  reviewerId: string;
  values: ProfileValues;
  save: (input: unknown) => Promise<ActionResult<{ changed: string[] }>>;
};

export function ProfileForm({ reviewerId, values, save }: Props) {
  const { result, pending, run, errors } = useAction(save);
  const saved = result?.ok ? (result.data.changed.length ? "Profile saved." : "Nothing had changed.") : undefined;
  return (
    <Card title="Practice and capacity">
      <form
        noValidate
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          run({ reviewerId, ...profileFromForm(new FormData(e.currentTarget)) });
        }}
      >
        <FormStatus result={result} success={saved} />
        <ProfileFields values={values} errors={errors} />
        <Button type="submit" pending={pending} pendingLabel="Saving…">
          Save profile
        </Button>
      </form>
    </Card>
  );
}

// The facts a reviewer keeps in view while reading: the employee's age and sex (the letter
// states them; names stay out of the reviewer's summary line), the review type and the due date.
import type { ReviewType } from "@/lib/db/generated/enums.ts";
import { DueDate, ReviewTypeBadge } from "@/components/cases/case-badges.tsx";

const SEX_WORDS: Record<string, string> = {
  F: "female",
  M: "male",
  FEMALE: "female",
  MALE: "male",
  X: "of another sex",
};

export function EmployeeLine({
  age,
  sex,
  reviewType,
  dueAt,
}: {
  age: number | null;
  sex: string | null;
  reviewType: ReviewType;
  dueAt: Date | null;
}) {
  const sexWords = sex ? (SEX_WORDS[sex.toUpperCase()] ?? sex.toLowerCase()) : null;
  return (
    <p className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-800" data-testid="employee-line">
      <span>
        <span className="font-medium">Employee:</span> {age !== null ? `${age}-year-old` : "age not stated"}
        {sexWords ? ` ${sexWords}` : ", sex not stated"}
      </span>
      <ReviewTypeBadge type={reviewType} />
      <span>
        <span className="font-medium">Due:</span> <DueDate dueAt={dueAt} done={false} />
      </span>
    </p>
  );
}

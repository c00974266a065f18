// The practice and capacity part of a reviewer's record, shared by create and update.
// The sample letters state at least 24 hours a week of active practice; the matching
// rules read the minimum from a setting (lib/matching/matching-settings.ts), so any
// figure may be recorded here.
import { z } from "zod";
import { checkbox, requiredText, wholeNumber } from "./fields.ts";

export const profileFields = {
  name: requiredText("name", 120),
  yearsInPractice: wholeNumber("years in practice", 0, 70),
  hoursPerWeek: wholeNumber("hours a week in active practice", 0, 168),
  disciplinaryHistory: checkbox,
  maxOpenCases: wholeNumber("limit of open cases", 0, 200),
  maxCasesPerWeek: wholeNumber("limit of cases a week", 0, 500),
};

export const profileInput = z.object(profileFields);
export type ProfileInput = z.infer<typeof profileInput>;

// A medical license as recorded for a reviewer. Matching counts only an ACTIVE, unrestricted,
// verified license in an accepted state (California unless a setting adds others), valid
// through the case's due date (Labor Code 4610.6(e); 8 CCR 9792.10.5).
import { z } from "zod";
import { LicenseStatus } from "../db/generated/enums.ts";
import { AppError } from "../errors.ts";
import { checkbox, isoDate, requiredText, usState } from "./fields.ts";

export const licenseFields = {
  state: usState,
  number: requiredText("license number", 40).transform((value) => value.toUpperCase()),
  status: z.enum(LicenseStatus, "Choose the license status."),
  restricted: checkbox,
  expiresOn: isoDate("expiry date"),
};

export const licenseSummary = (l: { state: string; number: string }) => `${l.state} ${l.number}`;

export const duplicateLicense = () =>
  new AppError("VALIDATION", "Please correct the highlighted fields.", {
    number: ["A license with this state and number is already recorded."],
  });

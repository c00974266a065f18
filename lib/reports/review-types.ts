// Names of the review types as the reports show them, and the order of their rows.
import type { ReviewType } from "../db/generated/enums.ts";

export const REVIEW_TYPE_NAMES: Record<ReviewType, string> = {
  STANDARD: "Standard",
  EXPEDITED: "Expedited",
  FORMULARY: "Pharmacy formulary",
};

export const ALL_REVIEW_TYPES = "All review types";

export const REVIEW_TYPE_ORDER = Object.keys(REVIEW_TYPE_NAMES) as ReviewType[];

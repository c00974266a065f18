// The case's progress as a party sees it, in plain steps with dates: received, eligibility,
// assigned to a reviewer, records complete, in review, decided. Pure.
export type TimelineStepKey = "received" | "eligibility" | "records" | "assigned" | "review" | "decided";
export type TimelineStep = {
  key: TimelineStepKey;
  at: Date | null;
  note?: "eligible" | "ineligible" | "deferred" | "needs_information";
};

export type TimelineFacts = {
  receivedAt: Date;
  eligibilityDecidedAt: Date | null;
  eligibilityOutcome: string | null;
  recordsCompleteAt: Date | null;
  firstOfferAt: Date | null;
  acceptedAt: Date | null;
  decidedAt: Date | null;
};

export function partyTimeline(f: TimelineFacts): TimelineStep[] {
  const note = f.eligibilityOutcome?.toLowerCase() as TimelineStep["note"] | undefined;
  return [
    { key: "received", at: f.receivedAt },
    { key: "eligibility", at: f.eligibilityDecidedAt, ...(note ? { note } : {}) },
    { key: "records", at: f.recordsCompleteAt },
    { key: "assigned", at: f.firstOfferAt },
    { key: "review", at: f.acceptedAt },
    { key: "decided", at: f.decidedAt },
  ];
}

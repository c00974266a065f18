// The records' due date follows how the claims administrator is served: electronically only with
// its consent (and an address for e-mail), 12 days; by mail otherwise, 15 days.
import { noticeDeliveryMethod, type ConsentingParty } from "@/lib/deadlines/notice-delivery.ts";
import { computeCaseDeadlines } from "@/lib/deadlines/case-deadlines.ts";

const SENT = new Date("2026-12-07T18:00:00Z"); // Monday

describe("noticeDeliveryMethod and the records due date", () => {
  it.each<[string, ConsentingParty | null, "ELECTRONIC" | "MAIL", string]>([
    [
      "e-mail with consent",
      { serviceMethod: "EMAIL", electronicServiceConsent: true, email: "ca@x.test" },
      "ELECTRONIC",
      "2026-12-21",
    ],
    [
      "portal with consent",
      { serviceMethod: "PORTAL", electronicServiceConsent: true, email: null },
      "ELECTRONIC",
      "2026-12-21",
    ],
    [
      "e-mail with consent but no address",
      { serviceMethod: "EMAIL", electronicServiceConsent: true, email: "  " },
      "MAIL",
      "2026-12-22",
    ],
    [
      "e-mail without consent",
      { serviceMethod: "EMAIL", electronicServiceConsent: false, email: "ca@x.test" },
      "MAIL",
      "2026-12-22",
    ],
    [
      "portal without consent",
      { serviceMethod: "PORTAL", electronicServiceConsent: false, email: null },
      "MAIL",
      "2026-12-22",
    ],
    [
      "mail with consent",
      { serviceMethod: "MAIL", electronicServiceConsent: true, email: "ca@x.test" },
      "MAIL",
      "2026-12-22",
    ],
    ["no claims administrator on file", null, "MAIL", "2026-12-22"],
  ])("%s: %s, records due %s", (_label, party, method, recordsDue) => {
    expect(noticeDeliveryMethod(party)).toBe(method);
    const records = computeCaseDeadlines({
      reviewType: "STANDARD",
      noticeSentAt: SENT,
      noticeMethod: noticeDeliveryMethod(party),
    }).find((d) => d.kind === "RECORDS_DUE")!;
    expect(records.dueDate).toBe(recordsDue);
    expect(records.basis).toBe(
      method === "ELECTRONIC" ? "12 days after the notice (sent electronically)" : "15 days after the notice",
    );
  });
});
